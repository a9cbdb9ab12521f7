def bubble_sort(items, trace=False):
    a = list(items)
    swaps = 0
    for end in range(len(a) - 1, 0, -1):
        swapped = False
        for i in range(end):
            if a[i] > a[i + 1]:
                a[i], a[i + 1] = a[i + 1], a[i]
                swaps += 1
                swapped = True
        if trace:
            print(f"pass ending {end}: {a}")
        if not swapped:
            break
    return a, swaps

def binary_search(a, target):
    lo, hi, steps = 0, len(a) - 1, 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid, steps
        if a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        key, j = a[i], i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    while left and right:
        out.append((left if left[0] <= right[0] else right).pop(0))
    return out + left + right

data = [29, 3, 72, 15, 3, 88, 41, 6]
s, n = bubble_sort(data, trace=True)
print(s, n, insertion_sort(data) == s == merge_sort(data) == sorted(data))
for t in (41, 3, 100, 29):
    print(t, binary_search(s, t))
print(bubble_sort("python")[0], merge_sort(["pear", "apple", "fig"]))
print(bubble_sort([3, "a"]))
