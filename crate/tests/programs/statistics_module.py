import statistics
from statistics import mean, median, StatisticsError

# Averages: exact sums, ints stay ints when the result is whole.
print(mean([1, 2, 3, 4, 4]), mean([1, 2]), mean([0.1, 0.2, 0.3]), mean([1, 2.5]))
print(mean([True, True]), mean([True, False]), mean(range(10)), mean(iter([3, 4, 5])))
print(mean([10**20, 1, -10**20]), mean([1e16, 1.0, -1e16, 3]), mean((2.5, 3.25, 5.0)))
print(mean([0.1] * 10), sum([0.1] * 10) / 10)
print(statistics.fmean([3.5, 4.0, 5.25]), statistics.fmean(x * 0.1 for x in range(7)))
print(statistics.fmean([0.1] * 10), statistics.fmean([1e100, 1.0, -1e100]))
print(statistics.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(statistics.geometric_mean([54, 24, 36]), statistics.geometric_mean([1.5, 2.5, 10]))
print(statistics.geometric_mean([10**400, 1e-300]))
print(statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([2.5, 3, 10]))
print(statistics.harmonic_mean([40, 60], weights=[5, 30]), statistics.harmonic_mean([7]))
print(statistics.harmonic_mean([1, 0, 3]), statistics.harmonic_mean([0.5, 0.25]))

# Medians and modes.
print(median([1, 3, 5]), median([1, 3, 5, 7]), median([5, 2.5]), median([7]))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(statistics.median_low(["b", "a", "c"]), statistics.median_high([2.5, 1]))
print(statistics.median_grouped([52, 52, 53, 54]), statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(statistics.median_grouped([1, 3, 3, 5, 7], interval=1), statistics.median_grouped([1, 3, 3, 5, 7], interval=2))
print(statistics.median_grouped([5]), statistics.median_grouped([2.5, 3.5, 3.5]))
print(statistics.mode([1, 1, 2, 3, 3, 3, 3, 4]), statistics.mode(["red", "blue", "blue", "red"]))
print(statistics.mode("aabbbc"), statistics.mode([2.5, 1, 2.5]))
print(statistics.multimode("aabbbbccddddeeffffgg"), statistics.multimode([]), statistics.multimode([3, 1]))

# Spread: exact, rounded once (stdev correctly rounded).
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(statistics.variance(data), statistics.pvariance(data))
print(statistics.stdev(data), statistics.pstdev(data))
print(statistics.variance([1, 2, 3, 4]), statistics.variance([1, 3, 5]), statistics.pvariance([1, 2, 3, 4]))
print(statistics.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(statistics.variance([0.1, 0.2, 0.3, 0.4, 0.5]), statistics.stdev([0.1, 0.2, 0.3, 0.4, 0.5]))
print(statistics.variance([1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3]), statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
m = mean(data)
print(statistics.variance(data, m), statistics.stdev(data, m), statistics.pvariance(data, 1.5), statistics.pstdev(data, 2))
print(statistics.pstdev([5, 5, 5]), statistics.stdev([10**20, 10**20 + 1, 10**20 + 3]))
print(statistics.variance([True, False, True]), statistics.variance(range(100)), statistics.pstdev(range(1, 8)))
print(statistics.variance([1, 2.5, 4]), statistics.pvariance([10**30, 3 * 10**30]))

# Quantiles.
print(statistics.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], method="inclusive"))
print(statistics.quantiles([1.5, 2.5], n=5), statistics.quantiles([3, 1], n=1), statistics.quantiles(range(7), n=2))
print(statistics.quantiles([0.1, 0.7, 0.3, 0.9, 0.5], n=6, method="inclusive"))

# Two inputs.
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(statistics.covariance(x, y), statistics.covariance(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]))
print(statistics.correlation(x, x), statistics.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]), statistics.correlation(x, y))
fit = statistics.linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5])
print(fit, round(fit.slope * 2019 + fit.intercept))
print(statistics.linear_regression([1, 2, 3], [2.5, 5.0, 7.5], proportional=True))

# Errors.
tests = [
    (mean, []), (statistics.fmean, []), (statistics.variance, [5]), (statistics.stdev, [1]),
    (statistics.pvariance, []), (statistics.pstdev, []), (median, []), (statistics.median_low, []),
    (statistics.median_high, []), (statistics.median_grouped, []), (statistics.mode, []),
    (statistics.harmonic_mean, [1, -2]), (statistics.harmonic_mean, []),
    (statistics.geometric_mean, [1, 0]), (statistics.geometric_mean, []),
    (statistics.quantiles, [1]), (mean, ["a", "b"]), (statistics.mode, [[1], [1]]),
    (statistics.median_grouped, ["a", "b"]), (statistics.correlation, [1, 1]),
]
for func, arg in tests:
    try:
        if func is statistics.correlation:
            func(arg, [1, 2])
        else:
            func(arg)
    except (StatisticsError, TypeError) as e:
        print(func.__name__, type(e).__name__, e)
for call in (lambda: statistics.quantiles([1, 2, 3], n=0), lambda: statistics.quantiles([1, 2, 3], method="middle"),
             lambda: statistics.fmean([1, 2], weights=[1]), lambda: statistics.fmean([1, 2], weights=[0, 0]),
             lambda: statistics.harmonic_mean([1, 2], weights=[1]), lambda: statistics.covariance([1, 2], [1]),
             lambda: statistics.linear_regression([2, 2], [1, 2]), lambda: statistics.fmean([float("inf"), float("-inf")])):
    try:
        print(call())
    except ValueError as e:
        print(type(e).__name__, e)
print(issubclass(StatisticsError, ValueError), isinstance(StatisticsError("x"), ValueError))
print(mean([1.0, float("inf")]), statistics.variance([1.0, float("inf")]), statistics.median([float("inf"), 1]))
