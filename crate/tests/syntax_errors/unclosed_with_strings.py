print("a" "b" c
