n = 1234567
print(f"{n:,}", f"{n:_}", f"{n:>12,}", f"{n:<12}|", f"{n:^12}|", f"{n:012,}")
print(f"{255:x}", f"{255:#x}", f"{255:X}", f"{255:#o}", f"{255:b}", f"{255:#010b}")
print(f"{-42:+}", f"{42:+}", f"{42: }", f"{-42: }", f"{-42:=8}", f"{42:*^9}")
print(f"{0x_ff:_b}", f"{10**12:_x}", format(7, "03"), format(-7, "04"))
print(f"{3:c}", f"{97:c}", f"{65:5c}|")
print(f"{12:e}", f"{12:.2%}", f"{12:g}", f"{12:n}")
print(int("ff", 16), int("0o17", 0), int("0b101", 0), int(" 42 "), int("1_000"), int("-0x10", 16))
print(bin(-5), oct(-8), hex(-255), (-5).bit_length(), (255).bit_count())
print(str(10**20), repr(-0), int(-0.0), int(3.99), int(-3.99))
print(format(1234.5, ","), format(1e16, ","), format(-0.0, "+"))
print("{:>6}|{:<6}|{:^6}".format(1, 22, 333))
print("%d %5d %-5d| %05d %x %o %e" % (1, 2, 3, 4, 255, 8, 12345.678))
for bad in ["12a", "", "1.5", "0x10", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for spec in ["s", ".2", ",x"]:
    try:
        format(5, spec)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("z", 37)
except ValueError as e:
    print("ValueError:", e)
