# Float: make many 3-D points from sin and cos, normalise each one, and
# keep the largest coordinates: float arithmetic, attribute access and
# object creation. Size: the number of points.
import math
import sys
import time


class Point:
    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return f"<Point: x={self.x:.9f}, y={self.y:.9f}, z={self.z:.9f}>"

    def normalize(self):
        norm = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def benchmark(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    return maximize(points)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
start = time.perf_counter()
best = benchmark(n)
elapsed = time.perf_counter() - start
print(f"checksum={best!r},n:{n}")
print(f"ms={elapsed * 1000:.3f}")
