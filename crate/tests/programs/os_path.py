# os.path: the string work of paths, as on Linux (the page has no files).
import os, os.path
from os.path import join, splitext
import posixpath
print(os.path.join("a", "b.txt"), os.path.join("/a/", "b", "/c", "d"), join("", "x"), os.path.splitext("x.tar.gz"), splitext(".bashrc"), splitext("a/b.c/d"))
print(os.path.basename("/a/b/c.py"), os.path.dirname("/a/b/c.py"), os.path.split("a//b//"), os.path.split("//x"), os.path.split("file"))
for p in ["", ".", "a/../..", "/../a", "//a//b/./c/..", "///x", "a/b/../../../c", "./"]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.isabs("/x"), os.path.relpath("/a/b/c", "/a/d"), os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.sep, os.name, os.path.exists("/nope"), os.path.isfile("data.txt"), os.path is posixpath or "different")
print(type(os.getpid()), os.cpu_count() >= 1, os.linesep == "\n", os.fspath("p"))
try:
    os.path.join("a", 1)
except TypeError as e:
    print(e)
try:
    os.remove("f.txt")
except FileNotFoundError as e:
    print(e)
