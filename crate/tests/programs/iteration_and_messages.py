# A set that changes size in a loop over it stops the loop.
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(e, len(s))
s = {1, 2, 3}
it = iter(s)
next(it)
s.add(9)
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(e)
s = {5}
it = iter(s)
print(list(it))
s.add(1)
print(list(it))
print(type(iter(set())).__name__, sorted(x for x in {3, 1, 2}), list(frozenset([1])), [*{4}])
s = {1, 2}
for x in s:
    s.add(x)  # the same size: no error
print(sorted(s))

# Messages that name what a learner wrote.
from collections import Counter
class D(dict):
    pass
class L(list):
    pass
for f in [lambda: Counter(a=1) * 2, lambda: D() * 2, lambda: L() * "a", lambda: D() - D(), lambda: L() + 1,
          lambda: "".join(5), lambda: ",".join(None), lambda: "-".join([1])]:
    try:
        f()
    except TypeError as e:
        print(e)
def gen():
    yield "a"
    raise TypeError("inside")
try:
    "".join(gen())
except TypeError as e:
    print(e)

# json's error is json.decoder's, as a traceback names it.
import json, traceback
try:
    json.loads("{bad}")
except ValueError as e:
    print(traceback.format_exception_only(type(e), e)[-1], end="")
    print(type(e).__module__, type(e).__qualname__, type(e))
