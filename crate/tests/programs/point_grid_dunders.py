class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self
    def __neg__(self):
        return Point(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y

p = Point(3, 4)
q = p
p += Point(1, 1)
print(p, q, p is q, abs(Point(3, 4)), -p, bool(Point(0, 0)), list(p), tuple(p))
pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(1, 2) in pts, {Point(0, 0): "origin"}[Point(0, 0)])
print(Point(1, 2) == (1, 2), Point(1, 2) != Point(1, 3), [Point(1, 1)].index(Point(1, 1)))
x, y = Point(5, 6)
print(x, y, max(Point(1, 9), Point(2, 0), key=abs))
match Point(0, 7):
    case Point(0, y):
        print("on y axis at", y)
    case _:
        print("elsewhere")

class Grid:
    def __init__(self, w, h, fill="."):
        self.w, self.h = w, h
        self.cells = [[fill] * w for _ in range(h)]
    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y][x]
    def __setitem__(self, pos, value):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"{pos} is off the grid")
        self.cells[y][x] = value
    def __contains__(self, value):
        return any(value in row for row in self.cells)
    def __len__(self):
        return self.w * self.h
    def __str__(self):
        return "\n".join("".join(r) for r in self.cells)

g = Grid(5, 3)
g[0, 0] = "#"
g[4, 2] = "@"
print(g, len(g), "@" in g, "$" in g, g[4, 2], sep="\n")
g[5, 0] = "x"
