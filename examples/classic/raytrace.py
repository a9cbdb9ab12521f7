# Raytrace: a small recursive ray tracer (spheres on a checkerboard plane,
# two lights, reflections) rendering a square image into a canvas of
# 0-255 colour values. Size: the image's width and height in pixels.
import math
import sys
import time

EPSILON = 0.00001


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return f"Vector({self.x}, {self.y}, {self.z})"

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, factor):
        return Vector(self.x * factor, self.y * factor, self.z * factor)

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def negated(self):
        return self.scale(-1)

    def reflect_through(self, normal):
        d = normal.scale(self.dot(normal))
        return self - d.scale(2)


UP = Vector(0, 1, 0)
ORIGIN = Vector(0, 0, 0)


class Ray:
    def __init__(self, point, direction):
        self.point = point
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.point + self.direction.scale(t)


class Sphere:
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersection_time(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.direction)
        discriminant = self.radius * self.radius - (cp.dot(cp) - v * v)
        if discriminant < 0:
            return None
        return v - math.sqrt(discriminant)

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Plane:
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersection_time(self, ray):
        v = ray.direction.dot(self.normal)
        if v == 0:
            return None
        return (self.point - ray.point).dot(self.normal) / v

    def normal_at(self, p):
        return self.normal


def add_colours(a, scale, b):
    return (a[0] + scale * b[0], a[1] + scale * b[1], a[2] + scale * b[2])


class SimpleSurface:
    def __init__(self, base=(1, 1, 1), specular=0.2, lambert=0.6):
        self.base = base
        self.specular = specular
        self.lambert = lambert
        self.ambient = 1.0 - specular - lambert

    def base_colour_at(self, p):
        return self.base

    def colour_at(self, scene, ray, p, normal):
        b = self.base_colour_at(p)
        c = (0, 0, 0)
        if self.specular > 0:
            reflected = Ray(p, ray.direction.reflect_through(normal))
            c = add_colours(c, self.specular, scene.ray_colour(reflected))
        if self.lambert > 0:
            amount = 0
            for light in scene.visible_lights(p):
                contribution = (light - p).normalized().dot(normal)
                if contribution > 0:
                    amount += contribution
            c = add_colours(c, self.lambert * min(1, amount), b)
        if self.ambient > 0:
            c = add_colours(c, self.ambient, b)
        return c


class CheckerboardSurface(SimpleSurface):
    def __init__(self, check_size=1, other=(0, 0, 0), **kwargs):
        super().__init__(**kwargs)
        self.check_size = check_size
        self.other = other

    def base_colour_at(self, p):
        v = (p - ORIGIN).scale(1.0 / self.check_size)
        parity = int(abs(v.x) + 0.5) + int(abs(v.y) + 0.5) + int(abs(v.z) + 0.5)
        return self.other if parity % 2 else self.base


class Canvas:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.pixels = [[(0, 0, 0)] * width for _ in range(height)]

    def plot(self, x, y, r, g, b):
        self.pixels[self.height - 1 - y][x] = tuple(
            max(0, min(255, int(c * 255))) for c in (r, g, b))


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.position = Vector(0, 1.8, 10)
        self.looking_at = ORIGIN
        self.field_of_view = 45
        self.depth = 0

    def add(self, shape, surface):
        self.objects.append((shape, surface))

    def ray_colour(self, ray):
        if self.depth > 3:
            return (0, 0, 0)
        self.depth += 1
        try:
            hit = None
            for shape, surface in self.objects:
                t = shape.intersection_time(ray)
                if t is not None and t > -EPSILON and (hit is None or t < hit[1]):
                    hit = (shape, t, surface)
            if hit is None:
                return (0, 0, 0)
            shape, t, surface = hit
            p = ray.point_at(t)
            return surface.colour_at(self, ray, p, shape.normal_at(p))
        finally:
            self.depth -= 1

    def visible_lights(self, p):
        visible = []
        for light in self.lights:
            ray = Ray(p, light - p)
            if all(t is None or t <= EPSILON
                   for t in (shape.intersection_time(ray) for shape, _ in self.objects)):
                visible.append(light)
        return visible

    def render(self, canvas):
        half_width = math.tan(math.pi * (self.field_of_view / 2) / 180)
        half_height = 0.75 * half_width
        pixel_width = half_width * 2 / (canvas.width - 1)
        pixel_height = half_height * 2 / (canvas.height - 1)
        eye = Ray(self.position, self.looking_at - self.position)
        right = eye.direction.cross(UP).normalized()
        up = right.cross(eye.direction).normalized()
        for y in range(canvas.height):
            for x in range(canvas.width):
                xcomp = right.scale(x * pixel_width - half_width)
                ycomp = up.scale(y * pixel_height - half_height)
                ray = Ray(eye.point, eye.direction + xcomp + ycomp)
                canvas.plot(x, y, *self.ray_colour(ray))


def raytrace(size):
    canvas = Canvas(size, size)
    scene = Scene()
    scene.lights.append(Vector(30, 30, 10))
    scene.lights.append(Vector(-10, 100, 30))
    scene.looking_at = Vector(0, 3, 0)
    scene.add(Sphere(Vector(1, 3, -10), 2), SimpleSurface(base=(1, 1, 0)))
    for i in range(6):
        scene.add(Sphere(Vector(-3 - i * 0.4, 2.3, -5), 0.4),
                  SimpleSurface(base=(i / 6.0, 1 - i / 6.0, 0.5)))
    scene.add(Plane(ORIGIN, UP), CheckerboardSurface(check_size=2))
    scene.render(canvas)
    return canvas


size = int(sys.argv[1]) if len(sys.argv) > 1 else 80
start = time.perf_counter()
canvas = raytrace(size)
elapsed = time.perf_counter() - start
total = 0
lit = 0
for row in canvas.pixels:
    for i, (r, g, b) in enumerate(row):
        total += (i % 7 + 1) * (r + 2 * g + 3 * b)
        if r + g + b > 0:
            lit += 1
print(f"checksum={total},lit:{lit},size:{size}")
print(f"ms={elapsed * 1000:.3f}")
