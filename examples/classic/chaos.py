# Chaos game: an image drawn by applying, again and again, a transformation
# picked at random to one point. Each transformation maps the unit square
# onto a thick band along a piece of a cubic B-spline (evaluated with de
# Boor's algorithm), so the picture is a fractal "drawing" of the splines.
# Random numbers come from a fixed linear congruential generator.
# Size: the number of iterations.
import math
import sys
import time


class Random:
    def __init__(self, seed):
        self.state = seed

    def random(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state / 2147483648

    def below(self, n):
        return int(self.random() * n)


class GVector:
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x = x
        self.y = y
        self.z = z

    def mag(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def dist(self, other):
        return (self - other).mag()

    def __add__(self, other):
        return GVector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return GVector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, factor):
        return GVector(self.x * factor, self.y * factor, self.z * factor)

    def blend(self, other, a, b):
        """a * self + b * other."""
        return GVector(self.x * a + other.x * b, self.y * a + other.y * b,
                       self.z * a + other.z * b)


class Spline:
    """A clamped B-spline of the given degree through control points."""

    def __init__(self, points, degree):
        self.points = points
        self.degree = degree
        inner = len(points) - degree
        self.knots = [0] * degree + list(range(inner + 1)) + [inner] * degree

    def domain(self):
        return self.knots[self.degree], self.knots[len(self.points)]

    def span(self, u):
        for i in range(self.degree, len(self.points)):
            if self.knots[i] <= u < self.knots[i + 1]:
                return i
        return len(self.points) - 1

    def __call__(self, u):
        p, knots = self.degree, self.knots
        k = self.span(u)
        d = [self.points[j + k - p] for j in range(p + 1)]
        for r in range(1, p + 1):
            for j in range(p, r - 1, -1):
                left = knots[j + k - p]
                alpha = (u - left) / (knots[j + 1 + k - r] - left)
                d[j] = d[j - 1].blend(d[j], 1 - alpha, alpha)
        return d[p]

    def length(self, samples=200):
        start, end = self.domain()
        points = [self(start + (end - start) * i / samples) for i in range(samples + 1)]
        return sum(a.dist(b) for a, b in zip(points, points[1:]))


class ChaosGame:
    def __init__(self, splines, thickness, rng):
        self.splines = splines
        self.thickness = thickness
        self.rng = rng
        xs = [p.x for s in splines for p in s.points]
        ys = [p.y for s in splines for p in s.points]
        self.minx, self.maxx = min(xs) - thickness, max(xs) + thickness
        self.miny, self.maxy = min(ys) - thickness, max(ys) + thickness
        self.width = self.maxx - self.minx
        self.height = self.maxy - self.miny
        lengths = [s.length() for s in splines]
        longest = max(lengths)
        # Longer splines are cut into more pieces, so every piece is drawn about as often.
        self.pieces = [max(1, int(length / longest * 3)) for length in lengths]
        self.total = sum(self.pieces)

    def random_transformation(self):
        r = self.rng.below(self.total)
        for i, count in enumerate(self.pieces):
            if r < count:
                return i, r
            r -= count
        raise AssertionError("unreachable")

    def transform(self, point):
        x = (point.x - self.minx) / self.width
        y = (point.y - self.miny) / self.height
        which, piece = self.random_transformation()
        spline = self.splines[which]
        start, end = spline.domain()
        step = (end - start) / self.pieces[which]
        t = start + step * piece + step * x
        base = spline(t)
        eps = 1 / 50000
        if t + eps > end:
            derivative = spline(t - eps) - base
        else:
            derivative = base - spline(t + eps)
        mag = derivative.mag()
        if mag != 0:
            base = base + GVector(derivative.y / mag, -derivative.x / mag) * ((y - 0.5) * self.thickness)
        base.x = min(max(base.x, self.minx), self.maxx)
        base.y = min(max(base.y, self.miny), self.maxy)
        return base

    def draw(self, w, h, iterations):
        image = [[0] * w for _ in range(h)]
        point = GVector((self.minx + self.maxx) / 2, (self.miny + self.maxy) / 2)
        for _ in range(iterations):
            point = self.transform(point)
            col = min(int((point.x - self.minx) / self.width * w), w - 1)
            row = min(int((point.y - self.miny) / self.height * h), h - 1)
            image[h - 1 - row][col] += 1
        return image


SPLINES = [
    Spline([GVector(1.0, 1.0), GVector(1.2, 2.6), GVector(1.9, 3.9), GVector(3.1, 4.3),
            GVector(4.2, 3.7), GVector(4.4, 2.4), GVector(3.6, 1.5)], 3),
    Spline([GVector(2.2, 1.2), GVector(2.6, 2.0), GVector(3.3, 2.6), GVector(3.3, 2.6)], 3),
    Spline([GVector(2.0, 3.0), GVector(2.4, 3.3), GVector(2.9, 3.2), GVector(3.2, 3.5)], 3),
]

iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
start = time.perf_counter()
game = ChaosGame(SPLINES, 0.25, Random(1234))
image = game.draw(256, 256, iterations)
elapsed = time.perf_counter() - start
filled = sum(1 for row in image for c in row if c)
weighted = sum((r + 1) * (c + 1) * v for r, row in enumerate(image) for c, v in enumerate(row))
print(f"checksum=pieces:{game.pieces},filled:{filled},weighted:{weighted},iterations:{iterations}")
print(f"ms={elapsed * 1000:.3f}")
