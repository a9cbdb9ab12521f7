import errno
import os
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EPIPE, errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR, errno.ETIMEDOUT, errno.ECONNREFUSED, errno.EINVAL, errno.ENOTDIR, errno.EISDIR)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95], len(errno.errorcode))
print(sorted(errno.errorcode.items())[:5])
print(os.strerror(errno.ENOENT), "|", os.strerror(0), "|", os.strerror(999), "|", os.strerror(errno.EACCES))
try:
    os.strerror("x")
except TypeError as e:
    print(e)
try:
    open("/no/such/file.txt")
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno], e.strerror, e.filename)
    print(vars(e), e.args)
e = OSError(errno.EACCES, os.strerror(errno.EACCES), "secret.txt")
print(type(e).__name__, e, vars(e))
e.add_note("check the permissions")
print(vars(e), e.__notes__)
print(vars(FileNotFoundError("x")), vars(ValueError("y")))
class MyError(OSError):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = "kept"
print(vars(MyError(errno.EEXIST, "exists")))
def handle(code):
    match code:
        case errno.ENOENT:
            return "missing"
        case errno.EACCES | errno.EPERM:
            return "forbidden"
        case _:
            return errno.errorcode.get(code, "unknown")
print([handle(c) for c in (2, 13, 1, 17, 100000)])
