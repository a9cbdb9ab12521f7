//! Statements aimed at the interpreter's known fragile areas: deep nesting
//! (the parser, the compiler and drop all recurse), huge sizes (memory),
//! endless loops and threads (the interrupt), and Python code called back from
//! Rust (`__repr__`, sort keys, `__eq__`), which nests on the native stack.
//! Each snippet is a few statements at indentation 0; the mutator indents them.

use crate::rng::Rng;

/// How deep to nest: from harmless to far past any limit.
const DEPTHS: [usize; 6] = [10, 100, 1_000, 10_000, 100_000, 200_000];

/// One fragile snippet, chosen by `rng`.
pub fn snippet(rng: &mut Rng) -> String {
    let depth = *rng.pick(&DEPTHS);
    match rng.below(41) {
        // Deep syntax: the parser and the compiler recurse per level.
        0 => format!("x = {}1{}", "(".repeat(depth), ")".repeat(depth)),
        1 => format!("x = {}1", "-".repeat(depth)),
        2 => format!("x = {}0{}", "[".repeat(depth), "]".repeat(depth)),
        3 => format!("x = {}True", "not ".repeat(depth.min(20_000))),
        4 => format!("x = 1{}", " + 1".repeat(depth.min(100_000))),
        5 => format!("x = {}1", "lambda: ".repeat(depth.min(20_000))),
        6 => format!("x = {}", "{'a': ".repeat(depth) + "1" + &"}".repeat(depth)),
        7 => format!("x = y{}", ".a".repeat(depth.min(100_000))),
        8 => format!("x = f{}", "()".repeat(depth.min(100_000))),
        9 => nested_blocks(depth.min(1_000)),
        10 => format!("x = 1 if 1 else {}2", "1 if 1 else ".repeat(depth.min(50_000))),
        11 => format!(
            "x = {}",
            "[".repeat(depth.min(10_000)) + "]" + &"]".repeat(depth.min(10_000) - 1)
        ),
        // Deep data at run time: dropping and printing it recurse.
        12 => format!("x = []\nfor _ in range({depth}):\n    x = [x]\n"),
        13 => format!("x = []\nfor _ in range({depth}):\n    x = [x]\ndel x\n"),
        14 => format!("x = []\nfor _ in range({depth}):\n    x = [x]\nprint(x)\n"),
        15 => format!("d = {{}}\nfor _ in range({depth}):\n    d = {{'k': d}}\nprint(repr(d)[:10], d == d)\n"),
        16 => format!("t = ()\nfor _ in range({depth}):\n    t = (t,)\nprint(hash(t), t == t)\n"),
        17 => "a = []\na.append(a)\nprint(a, a == a, str(a))\n".into(),
        39 => format!(
            "class Node:\n    pass\nhead = None\nfor i in range({depth}):\n    n = Node()\n    n.next = head\n    head = n\n"
        ),
        // Recursion, through bytecode and through Rust.
        18 => "def f(n):\n    return f(n + 1)\nf(0)\n".into(),
        19 => "class A:\n    def __repr__(self):\n        return repr(A())\nprint(A())\n".into(),
        20 => "class A:\n    def __init__(self):\n        A()\nA()\n".into(),
        21 => "def g(n):\n    yield from g(n + 1)\nlist(g(0))\n".into(),
        22 => "def k(v):\n    return sorted([1, 2], key=k)\nsorted([3, 1, 2], key=k)\n".into(),
        // Huge sizes: MemoryError or OverflowError, not an abort.
        23 => format!("x = {}", rng.pick(HUGE)),
        24 => format!("print(len({}))", rng.pick(HUGE)),
        // Endless loops: the interrupt must stop them.
        25 => "while True:\n    pass\n".into(),
        26 => "x = 0\nwhile True:\n    x += 1\n".into(),
        27 => "x = []\nwhile True:\n    x.append(len(x))\n".into(),
        28 => "import time\nwhile True:\n    time.sleep(0.001)\n".into(),
        // Threads started in loops (max_threads is a limit).
        29 => "import threading\nfor i in range(100):\n    threading.Thread(target=lambda: None).start()\n".into(),
        30 => "import threading\ndef spin():\n    while True:\n        pass\nfor i in range(20):\n    threading.Thread(target=spin).start()\n".into(),
        31 => "import threading\nts = [threading.Thread(target=print, args=(i,)) for i in range(50)]\nfor t in ts:\n    t.start()\nfor t in ts:\n    t.join()\n".into(),
        // Python code that raises, called from Rust.
        32 => "class A:\n    def __repr__(self):\n        raise ValueError('repr')\nprint([A()], {1: A()})\n".into(),
        33 => "print(sorted([3, 1, 2], key=lambda v: 1 / 0))\n".into(),
        34 => "class E:\n    def __eq__(self, o):\n        raise KeyError(o)\n    def __hash__(self):\n        return 1\nd = {E(): 1, E(): 2}\n".into(),
        35 => "a = [3, 1, 2]\na.sort(key=lambda v: a.clear())\nprint(a)\n".into(),
        36 => "class L:\n    def __len__(self):\n        return 10 ** 30\nprint(len(L()))\n".into(),
        37 => "d = {1: 1}\nfor k in d:\n    d[k + 1] = 1\n".into(),
        38 => "class I:\n    def __index__(self):\n        return 2 ** 70\nprint([1, 2][I()], 'ab' * I())\n".into(),
        _ => format!("print(str({}))", rng.pick(HUGE)),
    }
}

/// Sizes far past what the page's 1 GiB may hold, and numbers whose decimal
/// form is slow to compute.
const HUGE: &[&str] = &[
    "[0] * 10 ** 10",
    "[0] * 2 ** 62",
    "'x' * 2 ** 40",
    "'x' * 10 ** 9",
    "b'x' * 2 ** 40",
    "(0,) * 2 ** 40",
    "10 ** 10 ** 6",
    "10 ** 10 ** 8",
    "2 ** 2 ** 40",
    "1 << 10 ** 10",
    "list(range(10 ** 12))",
    "range(10 ** 30)",
    "'ab'.center(10 ** 10)",
    "'%*d' % (10 ** 9, 1)",
    "f'{1:{10 ** 9}}'",
    "'x'.join(['y'] * 10 ** 8)",
    "[[0] * 10 ** 4] * 10 ** 6",
    "{i: i for i in range(10 ** 8)}",
    "int('9' * 100000)",
    "str(7 ** 100000)",
    "bytearray(10 ** 10)",
    "'x' * -1",
];

/// `depth` nested `if`/`for`/`while`/`def` blocks, one indentation level each.
fn nested_blocks(depth: usize) -> String {
    let heads = ["if True:", "for _ in range(1):", "while False:", "def f():"];
    let mut out = String::new();
    for level in 0..depth {
        out.push_str(&"    ".repeat(level));
        out.push_str(heads[level % heads.len()]);
        out.push('\n');
    }
    out.push_str(&"    ".repeat(depth));
    out.push_str("pass\n");
    out
}
