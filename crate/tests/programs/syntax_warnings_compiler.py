x = 5
if x is 5:
    print("is five")
name = "bob"
if name is not "alice":
    print("not alice")
print(x is ())
assert (x > 0, "x must be positive")
print("done")
