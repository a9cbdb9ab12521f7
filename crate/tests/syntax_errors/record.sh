#!/bin/sh
# Records what CPython 3.11 (python3) prints for each program here, a program
# it cannot compile: the expected outputs of crate/tests/syntax_errors.rs. Run
# from this folder after adding a program. The file is named "main.py", as the
# page names a program.
for f in *.py; do
  name="${f%.py}"
  python3 "$f" > /dev/null 2> "$name.stderr"
  sed -i "s|File \"$(pwd)/$f\"|File \"main.py\"|; s|File \"$f\"|File \"main.py\"|" "$name.stderr"
done
