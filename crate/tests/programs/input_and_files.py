e = FileNotFoundError(2, "No such file or directory", "x.txt")
print(e, e.errno, e.strerror, e.filename, e.filename2)
print(OSError("plain"), OSError("plain").errno, OSError(1, 2, 3, 4, 5))
try:
    with open("data.txt") as f:
        print(f.read())
except FileNotFoundError as e:
    print("missing:", e.filename, e.errno)
name = input("Your name? ")
