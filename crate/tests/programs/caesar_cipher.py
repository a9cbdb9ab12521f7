import string

def make_table(shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    shifted = lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift]
    return str.maketrans(lower + upper, shifted)

def encrypt(text, shift):
    return text.translate(make_table(shift % 26))

def decrypt(text, shift):
    return encrypt(text, -shift)

msg = "Hello, World! Python is fun."
for s in (1, 3, 13, 25):
    enc = encrypt(msg, s)
    print(f"{s:2d}: {enc} | {decrypt(enc, s)}")

table = str.maketrans("aeiou", "AEIOU", "!,.")
print(msg.translate(table))
print(str.maketrans({"a": "1", "b": None}))
print("abcabc".translate({ord("a"): "X", ord("b"): None}))

def frequency(text):
    counts = {}
    for ch in text.lower():
        if ch.isalpha():
            counts[ch] = counts.get(ch, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

print(frequency(msg)[:5])
print(encrypt("xyz", 3), encrypt("XYZ", -3))
print(str.maketrans("ab", "c"))
