#!/bin/sh
# Records what CPython 3.11 (python3) prints for each program here: the expected
# outputs of the page's processes and threads (NAME.stdout, NAME.stderr,
# NAME.exit). Run from this folder after adding or changing a program.
# Tracebacks name the program "main.py", as the page does. Output is
# unbuffered (PYTHONUNBUFFERED=1, which the spawned children inherit), so that
# lines from several processes land in the order they were printed, as on a
# terminal or the page, not each process's buffer at its exit.
# The masks (pids, times, addresses, CPython's library frames, pool worker
# numbers) are described in README.md; the harness applies the same ones to
# the page's output. start_method_fork is page-specific: CPython's output is
# kept as start_method_fork.cpython.* for reference only.
export PYTHONUNBUFFERED=1
for f in *.py; do
  name="${f%.py}"
  out="$name"
  [ "$name" = start_method_fork ] && out="$name.cpython"
  start=$(date +%s%N)
  timeout 60 python3 "$f" > "$out.stdout" 2> "$out.stderr"
  echo $? > "$out.exit"
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  [ "$ms" -gt 5000 ] && echo "$f took $ms ms (over 5 s)" >&2
  python3 - "$name" "$out.stdout" "$out.stderr" <<'PY'
import re
import sys

name, paths = sys.argv[1], sys.argv[2:]
# A traceback frame: `File "...", line N, in f` (the parent's and the
# children's: a child names the program by its absolute path).
FRAME = re.compile(r'^( *)File "([^"]*)", line \d+(?:, in .*)?$')
OWN = re.compile(r'File "(?:[^"]*/)?' + re.escape(name) + r'\.py"')


def collapse_library_frames(lines):
    """Each run of consecutive frames not in main.py (CPython's library,
    "<string>", "<frozen runpy>"), with their source and caret lines, becomes
    one line "<CPython library frames>" at the frames' indentation."""
    out, i = [], 0
    while i < len(lines):
        m = FRAME.match(lines[i])
        if not m or m.group(2) == "main.py":
            out.append(lines[i])
            i += 1
            continue
        indent = m.group(1)
        while True:
            i += 1
            while (i < len(lines) and lines[i].startswith(indent + " ")
                   and not FRAME.match(lines[i])):
                i += 1
            n = FRAME.match(lines[i]) if i < len(lines) else None
            if not (n and n.group(2) != "main.py" and n.group(1) == indent):
                break
        out.append(indent + "<CPython library frames>")
    return out


for path in paths:
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    text = OWN.sub('File "main.py"', text)
    text = "\n".join(collapse_library_frames(text.split("\n")))
    text = re.sub(r"0x[0-9a-fA-F]{6,}", "0x<addr>", text)
    text = re.sub(r"\b(pid|parent)=\d+", r"\1=<pid>", text)
    text = re.sub(r"\b\d+\.\d+(?=s\b| seconds\b|x\b)", "<time>", text)
    text = re.sub(r"PoolWorker-\d+", "PoolWorker-<n>", text)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
PY
done
