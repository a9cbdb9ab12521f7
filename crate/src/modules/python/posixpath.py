"""Path names as on Linux (`os.path`): pure string work, plus the queries
of the disk, which a page has none of (nothing exists but "/")."""

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None


def _check(*parts):
    for p in parts:
        if not isinstance(p, str):
            raise TypeError(
                "expected str, bytes or os.PathLike object, not " + type(p).__name__
            )


def isabs(p):
    _check(p)
    return p.startswith("/")


def join(a, *rest):
    for p in (a, *rest):
        if not isinstance(p, str):
            raise TypeError(
                "join() argument must be str, bytes, or os.PathLike object, not '"
                + type(p).__name__ + "'"
            )
    path = a
    for part in rest:
        if part.startswith("/"):
            path = part
        elif not path or path.endswith("/"):
            path += part
        else:
            path += "/" + part
    return path


def split(p):
    _check(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def splitext(p):
    _check(p)
    slash = p.rfind("/")
    dot = p.rfind(".")
    if dot > slash:
        # A name's leading dots do not start its extension (".bashrc").
        start = slash + 1
        while start < dot and p[start] == ".":
            start += 1
        if start < dot:
            return p[:dot], p[dot:]
    return p, ""


def splitdrive(p):
    _check(p)
    return "", p


def normpath(p):
    _check(p)
    if not p:
        return "."
    initial = 0
    if p.startswith("/"):
        # POSIX keeps exactly two leading slashes, and makes three or more one.
        initial = 2 if p.startswith("//") and not p.startswith("///") else 1
    parts = []
    for part in p.split("/"):
        if part in ("", "."):
            continue
        if part != ".." or (not initial and not parts) or (parts and parts[-1] == ".."):
            parts.append(part)
        elif parts:
            parts.pop()
    path = "/" * initial + "/".join(parts)
    return path or "."


def abspath(p):
    _check(p)
    if not isabs(p):
        p = join("/", p)
    return normpath(p)


realpath = abspath


def relpath(p, start=curdir):
    _check(p, start)
    if not p:
        raise ValueError("no path specified")
    target = [x for x in abspath(p).split("/") if x]
    base = [x for x in abspath(start).split("/") if x]
    common = 0
    while common < min(len(target), len(base)) and target[common] == base[common]:
        common += 1
    parts = [pardir] * (len(base) - common) + target[common:]
    return join(*parts) if parts else curdir


def commonprefix(paths):
    if not paths:
        return ""
    low, high = min(paths), max(paths)
    for i, c in enumerate(low):
        if c != high[i]:
            return low[:i]
    return low


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    absolute = {isabs(p) for p in paths}
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[x for x in p.split("/") if x and x != "."] for p in paths]
    first, last = min(split_paths), max(split_paths)
    common = first
    for i, part in enumerate(first):
        if part != last[i]:
            common = first[:i]
            break
    return ("/" if absolute.pop() else "") + "/".join(common)


def expanduser(p):
    _check(p)
    return p


def expandvars(p):
    _check(p)
    return p


def normcase(p):
    _check(p)
    return p


def exists(p):
    return p == "/"


lexists = exists


def isdir(p):
    return p == "/"


def isfile(p):
    return False


def islink(p):
    return False


def ismount(p):
    return p == "/"


def _no_file(p):
    raise FileNotFoundError(2, "No such file or directory", p)


def getsize(p):
    _no_file(p)


def getmtime(p):
    _no_file(p)
