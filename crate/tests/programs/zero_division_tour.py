def average(nums):
    return sum(nums) / len(nums)

def report(groups):
    for name, nums in groups.items():
        print(f"{name}: {average(nums):.2f}")

report({"a": [1, 2, 3], "b": [10]})
print(10 // 3, -10 // 3, 10 % -3, divmod(-7, 2), 2 ** -1, 7 / 2)
for expr in ("1/0", "1//0", "1%0", "1.0/0", "divmod(1, 0)", "0**-1", "1.5 % 0"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(f"{expr}: {e}")
report({"c": [4, 5], "empty": []})
