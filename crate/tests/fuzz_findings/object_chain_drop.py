# fuzz_programs finding (known issue): stack overflow during run.
# A linked list of 100,000 plain objects (each one's attribute holds the
# next): an ordinary Python pattern. Dropping the head drops the chain
# recursively and overflows the 4 MB thread stack (the child aborts with
# "has overflowed its stack"). CPython frees it (its "trashcan").
class Node:
    pass


head = None
for i in range(100_000):
    n = Node()
    n.next = head
    head = n
