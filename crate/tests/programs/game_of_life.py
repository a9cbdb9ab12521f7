def parse(pattern):
    cells = set()
    for y, row in enumerate(pattern.strip().splitlines()):
        for x, ch in enumerate(row):
            if ch == "#":
                cells.add((x, y))
    return cells

def neighbours(cell):
    x, y = cell
    return [(x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if (dx, dy) != (0, 0)]

def step(live):
    counts = {}
    for c in live:
        for n in neighbours(c):
            counts[n] = counts.get(n, 0) + 1
    return {c for c, k in counts.items() if k == 3 or (k == 2 and c in live)}

def show(live, w=8, h=6):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))

glider = parse("""
.#.
..#
###
""")
g = glider
for gen in range(4):
    print(f"gen {gen}: {len(g)} cells, bbox x={min(x for x, _ in g)}..{max(x for x, _ in g)}")
    print(show(g))
    g = step(g)
blinker = parse("###")
print(sorted(step(blinker)), step(step(blinker)) == blinker)
print(sorted(g))
