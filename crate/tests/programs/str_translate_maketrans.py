table = str.maketrans("abc", "xyz")
print("aabbcc cab".translate(table))
print(table)
vowels = str.maketrans("", "", "aeiou")
print("programming is fun".translate(vowels))
mixed = str.maketrans({"a": "4", "e": "3", "o": None, "s": "$$"})
print("pass the torso".translate(mixed))
rot13 = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)
secret = "Hello, World!".translate(rot13)
print(secret, secret.translate(rot13))
print("tab\there".expandtabs(4), "a\tbb\tccc".expandtabs(3))
print("a-b_c d".translate({ord("-"): " ", ord("_"): " "}))
punct = str.maketrans("", "", ",.!?")
words = "Hi, there! Are you there? Yes.".translate(punct).lower().split()
print(words)
print(b"hello".translate(bytes.maketrans(b"lo", b"01")))
print("abc".translate({97: 98, 98: 99}))
for bad in [lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": "x"}),
            lambda: str.maketrans(1), lambda: "abc".translate({97: 3.5})]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
