# Go: a 9x9 Go player choosing its first move by Monte Carlo tree search
# (UCT): each game walks down the tree of explored moves, adds one node,
# plays randomly to the end and records the result along its path.
# Groups are kept with union-find and liberty-edge counts; Zobrist hashing
# forbids repeated positions. Random numbers come from a fixed LCG.
# Size: the number of games played for each move.
import math
import sys
import time

SIZE = 9
KOMI = 7.5
EMPTY, WHITE, BLACK = 0, 1, 2
PASS = -1
MAX_MOVES = SIZE * SIZE * 3


class Random:
    def __init__(self, seed):
        self.state = seed

    def randrange(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


rng = Random(42)
ZOBRIST = [[rng.randrange(1 << 23) << 8 | rng.randrange(256) for _ in range(3)]
           for _ in range(SIZE * SIZE)]
stamp = 0


def other(color):
    return WHITE if color == BLACK else BLACK


class Square:
    def __init__(self, board, pos):
        self.board = board
        self.pos = pos
        self.zobrist = ZOBRIST[pos]
        self.neighbours = []
        self.color = EMPTY
        self.used = False
        self.parent = self
        self.ledges = 0
        self.stamp = 0
        self.temp_ledges = 0

    def find(self):
        root = self
        while root.parent is not root:
            root = root.parent
        square = self
        while square is not root:
            square.parent, square = root, square.parent
        return root

    def group(self):
        """The stones connected to this one, this one included."""
        seen = {self.pos: self}
        todo = [self]
        while todo:
            square = todo.pop()
            for n in square.neighbours:
                if n.color == self.color and n.pos not in seen:
                    seen[n.pos] = n
                    todo.append(n)
        return list(seen.values())

    def move(self, color):
        board = self.board
        board.zobrist ^= self.zobrist[EMPTY] ^ self.zobrist[color]
        self.color = color
        self.parent = self
        self.ledges = 0
        self.used = True
        board.empties.remove(self.pos)
        for n in self.neighbours:
            if n.color == EMPTY:
                self.ledges += 1
                continue
            root = n.find()
            if n.color == color:
                if root is not self:
                    self.ledges += root.ledges
                    root.parent = self
                self.ledges -= 1
            else:
                root.ledges -= 1
                if root.ledges == 0:
                    board.capture(n)


class EmptySet:
    """The empty points, with O(1) removal and random choice."""

    def __init__(self, board):
        self.board = board
        self.points = list(range(SIZE * SIZE))
        self.where = list(range(SIZE * SIZE))

    def add(self, pos):
        self.where[pos] = len(self.points)
        self.points.append(pos)

    def remove(self, pos):
        i = self.where[pos]
        last = self.points.pop()
        if last != pos:
            self.points[i] = last
            self.where[last] = i

    def swap(self, i, j):
        a, b = self.points[i], self.points[j]
        self.points[i], self.points[j] = b, a
        self.where[a], self.where[b] = j, i

    def random_choice(self):
        choices = len(self.points)
        while choices:
            i = rng.randrange(choices)
            pos = self.points[i]
            if self.board.useful(pos):
                return pos
            choices -= 1
            self.swap(i, choices)
        return PASS


class Board:
    def __init__(self):
        self.squares = [Square(self, pos) for pos in range(SIZE * SIZE)]
        for square in self.squares:
            x, y = square.pos % SIZE, square.pos // SIZE
            for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < SIZE and 0 <= ny < SIZE:
                    square.neighbours.append(self.squares[ny * SIZE + nx])
        self.reset()

    def reset(self):
        for square in self.squares:
            square.color = EMPTY
            square.used = False
        self.empties = EmptySet(self)
        self.zobrist = 0
        for square in self.squares:
            self.zobrist ^= square.zobrist[EMPTY]
        self.seen = {self.zobrist}
        self.color = BLACK
        self.finished = False
        self.last_move = None
        self.history = []
        self.white_dead = 0
        self.black_dead = 0

    def capture(self, square):
        stones = square.group()
        for s in stones:
            self.zobrist ^= s.zobrist[s.color] ^ s.zobrist[EMPTY]
            s.color = EMPTY
            self.empties.add(s.pos)
        if square.color == WHITE:
            self.white_dead += len(stones)
        else:
            self.black_dead += len(stones)
        for s in stones:
            for n in s.neighbours:
                if n.color != EMPTY:
                    n.find().ledges += 1

    def move(self, pos):
        if pos != PASS:
            self.squares[pos].move(self.color)
            self.seen.add(self.zobrist)
        elif self.last_move == PASS:
            self.finished = True
        self.color = other(self.color)
        self.last_move = pos
        self.history.append(pos)

    def replay(self, history):
        for pos in history:
            self.move(pos)

    def random_move(self):
        return self.empties.random_choice()

    def useful(self, pos):
        """False for suicide, filling one's own eye and repeating a position."""
        global stamp
        square = self.squares[pos]
        if not square.used and any(n.color == EMPTY for n in square.neighbours):
            return True
        stamp += 1
        color = self.color
        new_hash = self.zobrist ^ square.zobrist[EMPTY] ^ square.zobrist[color]
        empties = opps = weak_opps = neighs = weak_neighs = 0
        for n in square.neighbours:
            if n.color == EMPTY:
                empties += 1
                continue
            root = n.find()
            if root.stamp != stamp:
                root.stamp = stamp
                root.temp_ledges = root.ledges
                if n.color == color:
                    neighs += 1
                else:
                    opps += 1
            root.temp_ledges -= 1
            if root.temp_ledges == 0:
                if n.color == color:
                    weak_neighs += 1
                else:
                    weak_opps += 1
                    for s in n.group():
                        new_hash ^= s.zobrist[s.color] ^ s.zobrist[EMPTY]
        if new_hash in self.seen:
            return False
        strong_neighs = neighs - weak_neighs
        strong_opps = opps - weak_opps
        return bool(empties or weak_opps or (strong_neighs and (strong_opps or weak_neighs)))

    def useful_moves(self):
        return [pos for pos in self.empties.points if self.useful(pos)]

    def score(self, color):
        count = KOMI + self.black_dead if color == WHITE else self.white_dead
        for square in self.squares:
            if square.color == color:
                count += 1
            elif square.color == EMPTY:
                if all(n.color == color for n in square.neighbours):
                    count += 1
        return count


class UCTNode:
    def __init__(self, pos=PASS, parent=None):
        self.pos = pos
        self.parent = parent
        self.wins = 0
        self.losses = 0
        self.children = {}
        self.best = None
        self.unexplored = []

    def play(self, board):
        color = board.color
        node = self
        path = [node]
        while True:
            pos = node.select()
            if pos == PASS:
                break
            board.move(pos)
            child = node.children.get(pos)
            if child is None:
                child = node.children[pos] = UCTNode(pos, node)
                child.unexplored = board.useful_moves()
                path.append(child)
                break
            path.append(child)
            node = child
        for _ in range(MAX_MOVES):
            if board.finished:
                break
            board.move(board.random_move())
        black_wins = board.score(BLACK) >= board.score(WHITE)
        for node in path:
            color = other(color)
            if black_wins == (color == BLACK):
                node.wins += 1
            else:
                node.losses += 1
            if node.parent is not None:
                node.parent.best = node.parent.best_child()

    def select(self):
        if self.unexplored:
            i = rng.randrange(len(self.unexplored))
            pos = self.unexplored[i]
            self.unexplored[i] = self.unexplored[-1]
            self.unexplored.pop()
            return pos
        if self.best is not None:
            return self.best.pos
        return PASS

    def visits(self):
        return self.wins + self.losses

    def score(self):
        winrate = self.wins / self.visits()
        parent_visits = self.parent.visits()
        if not parent_visits:
            return winrate
        return winrate + math.sqrt(math.log(parent_visits) / (5 * self.visits()))

    def best_child(self):
        best, best_score = None, -1
        for child in self.children.values():
            score = child.score()
            if score > best_score:
                best, best_score = child, score
        return best

    def most_visited(self):
        return max(self.children.values(), key=lambda child: (child.visits(), -child.pos))

    def size(self):
        return 1 + sum(child.size() for child in self.children.values())


def computer_move(board, games):
    if board.random_move() == PASS:
        return PASS, 0
    tree = UCTNode()
    tree.unexplored = board.useful_moves()
    playground = Board()
    for _ in range(games):
        playground.reset()
        playground.replay(board.history)
        tree.play(playground)
    return tree.most_visited().pos, tree.size()


def to_text(pos):
    return "pass" if pos == PASS else "ABCDEFGHJ"[pos % SIZE] + str(pos // SIZE + 1)


def versus_cpu(games, moves):
    board = Board()
    played = []
    nodes = 0
    for _ in range(moves):
        pos, size = computer_move(board, games)
        board.move(pos)
        played.append(to_text(pos))
        nodes += size
    return played, nodes


games = int(sys.argv[1]) if len(sys.argv) > 1 else 250
start = time.perf_counter()
played, nodes = versus_cpu(games, 2)
elapsed = time.perf_counter() - start
print(f"checksum=moves:{' '.join(played)},nodes:{nodes},rng:{rng.state},games:{games}")
print(f"ms={elapsed * 1000:.3f}")
