n = 1024
b = n.to_bytes(4, "big")
print(b, n.to_bytes(4, "little"), int.from_bytes(b, "big"), int.from_bytes(b, "little"))
print((255).to_bytes(1, "big"), (-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(int.from_bytes(b"\x00\x01", byteorder="little"), int.from_bytes([1, 2, 3], "big"), (65).to_bytes(1, "big").decode())
data = "héllo wörld".encode("utf-8")
print(data, len(data), data.hex(), data.hex(" "), data.hex(":", 2))
print(bytes.fromhex("de ad be ef"), bytes.fromhex("48656c6c6f").decode(), bytearray.fromhex("ff00"))
print(b"abc".hex(), bytes([104, 105]), list(b"hi"), bytes(3), bytes(range(65, 70)))
checksum = sum(data) % 256
print(checksum, hex(checksum), f"{checksum:08b}", f"{checksum:02X}")
print((3).to_bytes(2, "big").hex(), int("ff" * 4, 16), (2**32 - 1).to_bytes(4, "big"))
print(int.from_bytes(b"", "big"), (0).to_bytes(0, "big"), (1000).to_bytes(2, "big") < (1001).to_bytes(2, "big"))
ba = bytearray(b"hello")
ba[0] = 72
ba.extend(b"!!")
print(ba, ba.decode(), ba.upper(), bytes(ba).count(b"l"))
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"),
            lambda: (1).to_bytes(1, "middle"), lambda: bytes.fromhex("zz"),
            lambda: bytes.fromhex("abc"), lambda: ba.__setitem__(0, 300), lambda: bytes([256])]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
