import math
from datetime import date

values = [0, 1, -1, 3.14159, 1234567.891, -0.0005, 1e21, float("inf"), float("nan")]
for v in values:
    print(f"{v!r:>14} | {v:10.3f} | {v:<12.4g} | {v:+.2e} | {v:,.1f}")

n = 255
print(f"{n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x} {n:08b} {n:_b} {n:c}")
print(f"{1234567:,} {1234567:_} {-42:05d} {42:+d} {42: d} {42:=+8d} {0.25:%} {0.256:.1%}")
print(f"[{'left':<10}] [{'right':>10}] [{'mid':^10}] [{'fill':*^11}] [{'x':-<3}]")
w, p = 12, 3
print(f"[{math.pi:{w}.{p}f}] [{math.e:^{w}.{p + 2}}] [{'txt':>{w}}]")
d = date(2024, 2, 29)
print(f"{d:%Y/%m/%d} {d:%A %d %B} {d!s} {d!r}")
print(f"{'quote'!r} {'é'!a} {3+4j} {3+4j:.1f} {True:d} {True}")
x = 10
print(f"{x=} {x * 2 = } {x=:>5} {math.pi=:.2f}")
print(format(1234.5678, ",.2f"), format("s", "^5"), format(12, "x"), format(2**70, ","))
print("{:>8}|{:<8}|{:^8}".format("a", "b", "c"))
print("{0}{1}{0}".format("ab", "cd"), "{name}:{age:03}".format(name="Ann", age=7))
print("{0[1]} {1[key]} {2.real}".format([9, 8], {"key": "v"}, 5j))
print("%s is %d years, %.2f m, %5s|%-5s| %x %o %e %%" % ("Bo", 30, 1.756, "r", "l", 255, 8, 12345.678))
print("%(a)s-%(b)03d" % {"a": "x", "b": 7}, "%c%c" % (72, "i"), "%r" % "q")
print(f"{12345.6789:12,.2f}|{-12345.6789:<12,.1f}|{0.000012345:.3g}|{123456789:.3e}")
print(f"{1e-7}", f"{1e16}", f"{123456789012345678.0}", f"{0.1 + 0.2}", f"{2/3:.15g}")
print(f"{'abc':.2}", f"{'abc':5.1}|", f"{3.0:g}", f"{3.5:g}", f"{1e100:g}", f"{100000000.0:g}")
print(f"{-0.0:.1f}", f"{round(2.675, 2)}", f"{round(0.5)}{round(1.5)}{round(2.5)}", round(-7.45, 1))
print(f"{12:#010x}", f"{-12:#x}", f"{65:c}", f"{1_000_000:_x}")
print(f"{'{'}{{}}{'}'}")
print(f"{3.14:s}")
