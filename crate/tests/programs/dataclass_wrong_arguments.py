from dataclasses import dataclass, field
@dataclass
class P:
    x: int
    y: int = 0
    def __post_init__(self):
        if self.x < 0:
            raise ValueError("negative")
for call in ["P()", "P(1, 2, 3)", "P(1, z=2)", "P(1, x=1)"]:
    try: eval(call)
    except TypeError as e: print(e)
try:
    P(-1)
except ValueError as e:
    print("post_init:", e)
@dataclass(frozen=True)
class F:
    a: int
print(F(1))
P()
