#!/bin/sh
# Records what CPython 3.11 (python3) prints for each program here: the expected
# outputs of crate/tests/programs.rs. Run from this folder after adding a program.
# Tracebacks and compile-time warnings name the program "main.py", as the page does.
for f in *.py; do
  name="${f%.py}"
  python3 "$f" < /dev/null > "$name.stdout" 2> "$name.stderr"
  echo $? > "$name.exit"
  sed -i "s|File \"$(pwd)/$f\"|File \"main.py\"|; s|File \"$f\"|File \"main.py\"|; s|^$(pwd)/$f:|main.py:|" "$name.stderr"
done
