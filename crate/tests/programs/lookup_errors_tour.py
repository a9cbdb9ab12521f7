stock = {"apples": 5, "pears": 0}
orders = [("apples", 2), ("pears", 1), ("plums", 3)]
for fruit, n in orders:
    try:
        if stock[fruit] < n:
            raise LookupError(f"not enough {fruit}")
        stock[fruit] -= n
    except KeyError as e:
        print("unknown fruit", e, repr(e), e.args)
    except LookupError as e:
        print(type(e).__name__, e)
print(stock)
nums = [1, 2, 3]
try:
    nums[3]
except IndexError as e:
    print(e)
try:
    "abc"[10]
except IndexError as e:
    print(e)
try:
    nums.pop(7)
except IndexError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    nums.remove(9)
except ValueError as e:
    print(e)
try:
    nums.index(9)
except ValueError as e:
    print(e)
try:
    (1,).index(2)
except ValueError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    a, b = nums
except ValueError as e:
    print(e)
try:
    a, b, c, d = nums
except ValueError as e:
    print(e)
try:
    x, = []
except ValueError as e:
    print(e)
print(stock["kiwi"])
