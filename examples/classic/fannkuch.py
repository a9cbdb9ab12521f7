# Fannkuch-redux: for every permutation of 1..n, count the flips of the
# prefix (reverse the first p[0] elements) until 1 comes first; report the
# most flips and a signed checksum. Permutations come in the order of the
# "counting" algorithm, so the checksum's signs are fixed. Size: n.
import sys
import time


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        first = perm[0]
        while first != 0:
            perm[:first + 1] = perm[first::-1]
            flips += 1
            first = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += sign * flips
        sign = -sign
        # Next permutation: rotate the first r + 1 elements, increasing r
        # while a rotation brings the prefix back to where it started.
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1.pop(0)
            perm1.insert(r, first)
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
start = time.perf_counter()
checksum, max_flips = fannkuch(n)
elapsed = time.perf_counter() - start
print(f"checksum={checksum},max_flips:{max_flips},n:{n}")
print(f"ms={elapsed * 1000:.3f}")
