import heapq

sales = [("north", 120), ("south", 340), ("east", 90), ("west", 340), ("central", 55)]
print(heapq.nlargest(2, sales, key=lambda s: s[1]))
print(heapq.nsmallest(2, sales, key=lambda s: s[1]))
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(3, "hello"))
print(heapq.nlargest(10, [1, 2]), heapq.nlargest(0, [1, 2]), heapq.nsmallest(1, []))
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print(tasks[0], len(tasks))
while tasks:
    print(heapq.heappop(tasks), end=" ")
print()
nums = [9, 4, 7, 1, 8]
heapq.heapify(nums)
print(nums[0], heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), sorted(nums))
merged = list(heapq.merge([1, 4, 9], [2, 3, 10], [5]))
print(merged)
print(list(heapq.merge(["apple", "fig"], ["banana"], key=len)))
print(list(heapq.merge([3, 2, 1], [4, 0], reverse=True)))
class Job:
    def __init__(self, name, cost):
        self.name, self.cost = name, cost
    def __lt__(self, other):
        return self.cost < other.cost
    def __repr__(self):
        return f"Job({self.name}, {self.cost})"
jobs = [Job("a", 5), Job("b", 2), Job("c", 9)]
heapq.heapify(jobs)
print(heapq.heappop(jobs), heapq.nlargest(1, jobs, key=lambda j: j.cost))
def top_words(text, n):
    counts = {}
    for w in text.lower().split():
        counts[w] = counts.get(w, 0) + 1
    return heapq.nlargest(n, counts.items(), key=lambda kv: (kv[1], kv[0]))
print(top_words("the cat and the hat and the bat", 3))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush([1, 2], "x")
except TypeError as e:
    print("TypeError:", e)
