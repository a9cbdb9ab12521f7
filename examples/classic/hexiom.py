# Hexiom: place numbered hexagonal tiles on a hexagonal board so that every
# tile's number is the count of tiles next to it. The solver narrows each
# cell's possible values by constraint propagation (neighbour counts and
# how many tiles of each number there are), then branches on the cell with
# the fewest possibilities, finding every solution. Puzzles are made from
# random boards (a fixed LCG). Size: the number of puzzles solved.
import sys
import time

EMPTY = 7
DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))


class Random:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


class Hex:
    """A hexagonal board of a given side length, in axial coordinates."""

    def __init__(self, side):
        self.side = side
        r = side - 1
        self.coords = [(q, s) for s in range(-r, r + 1) for q in range(-r, r + 1)
                       if abs(q + s) <= r]
        index = {c: i for i, c in enumerate(self.coords)}
        self.neighbours = [
            [index[(q + dq, s + ds)] for dq, ds in DIRECTIONS if (q + dq, s + ds) in index]
            for q, s in self.coords
        ]
        self.count = len(self.coords)

    def render(self, values):
        rows = {}
        for (q, s), v in zip(self.coords, values):
            rows.setdefault(s, []).append("." if v == EMPTY else str(v))
        return "/".join("".join(cells) for _, cells in sorted(rows.items()))


class Contradiction(Exception):
    pass


class Solver:
    def __init__(self, board, tiles):
        self.board = board
        self.tiles = tiles  # how many tiles of each number, EMPTY included
        self.solutions = []
        self.nodes = 0

    def restrict(self, domains, cell, allowed):
        new = domains[cell] & allowed
        if not new:
            raise Contradiction()
        if new != domains[cell]:
            domains[cell] = new
            return True
        return False

    def propagate(self, domains):
        neighbours = self.board.neighbours
        changed = True
        while changed:
            changed = False
            for cell, domain in enumerate(domains):
                if domain == {EMPTY}:
                    continue
                sure = maybe = 0
                for n in neighbours[cell]:
                    if EMPTY not in domains[n]:
                        sure += 1
                    if domains[n] != {EMPTY}:
                        maybe += 1
                allowed = {v for v in range(sure, maybe + 1)}
                allowed.add(EMPTY)
                changed |= self.restrict(domains, cell, allowed)
                if len(domains[cell]) == 1:
                    (v,) = domains[cell]
                    if v == EMPTY:
                        continue
                    for n in neighbours[cell]:
                        if v == sure and EMPTY in domains[n]:
                            changed |= self.restrict(domains, n, {EMPTY})
                        elif v == maybe and domains[n] != {EMPTY}:
                            changed |= self.restrict(domains, n, set(range(7)))
            for value, wanted in enumerate(self.tiles):
                placed = [c for c, d in enumerate(domains) if d == {value}]
                possible = [c for c, d in enumerate(domains) if value in d]
                if len(placed) > wanted or len(possible) < wanted:
                    raise Contradiction()
                if len(placed) == wanted:
                    for c in possible:
                        if len(domains[c]) > 1:
                            changed |= self.restrict(domains, c, domains[c] - {value})
                elif len(possible) == wanted:
                    for c in possible:
                        changed |= self.restrict(domains, c, {value})

    def solve(self, domains, limit):
        self.nodes += 1
        try:
            self.propagate(domains)
        except Contradiction:
            return
        open_cells = [(len(d), c) for c, d in enumerate(domains) if len(d) > 1]
        if not open_cells:
            self.solutions.append([min(d) for d in domains])
            return
        _, cell = min(open_cells)
        for value in sorted(domains[cell]):
            if len(self.solutions) >= limit:
                return
            trial = [set(d) for d in domains]
            trial[cell] = {value}
            self.solve(trial, limit)


def make_puzzle(rng, side):
    board = Hex(side)
    values = [EMPTY] * board.count
    for cell in range(board.count):
        if rng.below(100) < 55:
            values[cell] = 0
    for cell in range(board.count):
        if values[cell] != EMPTY:
            values[cell] = sum(1 for n in board.neighbours[cell] if values[n] != EMPTY)
    tiles = [values.count(v) for v in range(EMPTY + 1)]
    # As in the game, some cells come with their tile (or hole) already in place.
    fixed = {cell: values[cell] for cell in range(board.count) if rng.below(100) < 30}
    return board, tiles, fixed, values


def solve_all(puzzles, seed=2024):
    rng = Random(seed)
    results = []
    for i in range(puzzles):
        board, tiles, fixed, original = make_puzzle(rng, 3)
        solver = Solver(board, tiles)
        domains = [{fixed[c]} if c in fixed else set(range(EMPTY + 1)) for c in range(board.count)]
        solver.solve(domains, limit=1000)
        assert original in solver.solutions
        results.append((len(solver.solutions), solver.nodes, board.render(solver.solutions[0])))
    return results


puzzles = int(sys.argv[1]) if len(sys.argv) > 1 else 30
start = time.perf_counter()
results = solve_all(puzzles)
elapsed = time.perf_counter() - start
solutions = sum(r[0] for r in results)
nodes = sum(r[1] for r in results)
print(f"checksum=solutions:{solutions},nodes:{nodes},first:{results[0][2]},puzzles:{puzzles}")
print(f"ms={elapsed * 1000:.3f}")
