from dataclasses import dataclass, field
@dataclass
class A:
    x: int
    def __post_init__(self):
        raise ValueError("bad")
A(1)
