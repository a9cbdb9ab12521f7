import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "^": pow, "%": operator.mod}

class CalcError(Exception):
    pass

def tokenize(expr):
    tokens = []
    num = ""
    for ch in expr:
        if ch.isdigit() or ch == ".":
            num += ch
        else:
            if num:
                tokens.append(num)
                num = ""
            if ch in OPS or ch in "()":
                tokens.append(ch)
            elif not ch.isspace():
                raise CalcError(f"bad character {ch!r}")
    if num:
        tokens.append(num)
    return tokens

PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}

def to_rpn(tokens):
    out, stack = [], []
    for t in tokens:
        if t in PREC:
            while stack and stack[-1] in PREC and (PREC[stack[-1]] > PREC[t] or (PREC[stack[-1]] == PREC[t] and t != "^")):
                out.append(stack.pop())
            stack.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        else:
            out.append(float(t) if "." in t else int(t))
    while stack:
        out.append(stack.pop())
    return out

def evaluate(rpn):
    st = []
    for t in rpn:
        if isinstance(t, str):
            b, a = st.pop(), st.pop()
            st.append(OPS[t](a, b))
        else:
            st.append(t)
    if len(st) != 1:
        raise CalcError("malformed expression")
    return st[0]

for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4", "7 % 3 + 0.5", "2 * (3 + 4) - 5 / (1 + 1)"]:
    rpn = to_rpn(tokenize(e))
    print(f"{e:<28} => {' '.join(map(str, rpn)):<24} = {evaluate(rpn)}")
for bad in ["2 $ 3", "1 2"]:
    try:
        print(evaluate(to_rpn(tokenize(bad))))
    except CalcError as err:
        print("CalcError:", err)
print(evaluate(to_rpn(tokenize("1 / (2 - 2)"))))
