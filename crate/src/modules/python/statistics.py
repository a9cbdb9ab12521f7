"""Mathematical statistics of numeric data: averages and measures of
central location (mean, fmean, geometric_mean, harmonic_mean, median,
median_low, median_high, median_grouped, mode, multimode, quantiles), of
spread (pstdev, pvariance, stdev, variance), and of two inputs (covariance,
correlation, linear_regression), with CPython 3.11's results and messages.

Like CPython, mean, variance and their kin add the data exactly and round
once at the end. Exact values are kept here as integer pairs (numerator,
denominator), so that `fractions` is only imported for Fraction data: a
number's exact value is its as_integer_ratio(). Results come back in the
data's type (int, float, Fraction or Decimal), as CPython's do.

NormalDist's pdf, cdf and overlap round as the page's exp, erf and log do
(natively the C library's; in the browser, the last digit may differ).

Not covered: the standard deviation of Decimal data.
"""

import math
from collections import namedtuple

__all__ = [
    "NormalDist", "StatisticsError", "LinearRegression",
    "correlation", "covariance", "fmean", "geometric_mean", "harmonic_mean",
    "linear_regression", "mean", "median", "median_grouped", "median_high",
    "median_low", "mode", "multimode", "pstdev", "pvariance", "quantiles",
    "stdev", "variance",
]


class StatisticsError(ValueError):
    pass


# ------------------------------------------------------- exact arithmetic

def _exact_ratio(x):
    """x's exact value as (numerator, denominator); (x, None) for a NaN or
    an infinity."""
    if isinstance(x, int):
        return (int(x), 1)
    if isinstance(x, float):
        if x != x or x in (_INF, -_INF):
            return (x, None)
        return x.as_integer_ratio()
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    raise TypeError(
        f"can't convert type '{type(x).__name__}' to numerator/denominator")


_INF = float("inf")


def _reduce(num, den):
    g = math.gcd(num, den)
    if g != 1:
        num //= g
        den //= g
    return (num, den)


def _add_partials(partials):
    # The exact sum of numerator/denominator over {denominator: numerator}.
    num, den = 0, 1
    for d, n in partials.items():
        num = num * d + n * den
        den = den * d
        num, den = _reduce(num, den)
    return (num, den)


def _coerce(T, S):
    # The type of a result computed from values of types T and S.
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    # A Fraction with a float makes a float.
    if issubclass(S, float) and _is_fraction_type(T):
        return S
    if issubclass(T, float) and _is_fraction_type(S):
        return T
    raise TypeError(f"don't know how to coerce {T.__name__} and {S.__name__}")


def _is_fraction_type(T):
    from fractions import Fraction
    return issubclass(T, Fraction)


def _sum(data):
    """(type of the result, exact total, count) of the data; the total is a
    (numerator, denominator) pair, or a float when it is a NaN or an
    infinity."""
    count = 0
    T = int
    partials = {}
    special = None
    for x in data:
        if type(x) is not T:
            # In the order the types come, as CPython's messages name them.
            T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            partials[d] = partials.get(d, 0) + n
    if special is not None:
        return (T, special, count)
    return (T, _add_partials(partials), count)


def _divide(value, divisor):
    # The exact value (num, den) divided by the int divisor; a special float
    # stays a float.
    if isinstance(value, float):
        return value / divisor
    num, den = value
    return _reduce(num, den * divisor)


def _convert(value, T):
    """The exact value as type T, rounded once; an int only if it is one."""
    if isinstance(value, float):
        return value
    num, den = value
    if issubclass(T, int):
        if den == 1:
            return num if T is int else T(num)
        T = float
    if issubclass(T, float):
        return num / den if T is float else T(num / den)
    from fractions import Fraction
    if issubclass(T, Fraction):
        return T(num, den)
    from decimal import Decimal
    if issubclass(T, Decimal):
        # Divided in the current decimal context.
        return T(num) / T(den)
    return T(Fraction(num, den))


def _sqrt_of_ratio(num, den):
    """The square root of num/den as a float, correctly rounded.

    isqrt gives the root scaled by 2**k to at least 55 bits, truncated; its
    last bit is then set if anything was truncated ("round to odd"), so the
    one rounding to 53 bits that follows is the correct one."""
    k = (110 - (num.bit_length() - den.bit_length())) // 2 + 1
    if k >= 0:
        scaled, rest = divmod(num << (2 * k), den)
    else:
        scaled, rest = divmod(num, den << (-2 * k))
    root = math.isqrt(scaled)
    if rest or root * root != scaled:
        root |= 1
    if k >= 0:
        return root / (1 << k)
    return (root << -k) / 1


# Sums at least this large (scaled by 2**1074) round to infinity.
_FSUM_LIMIT = ((1 << 1024) - (1 << 970)) << 1074


def _fsum(values):
    """The correctly rounded sum of the values as floats (math.fsum)."""
    # Every finite double is a multiple of 2**-1074.
    total = 0
    special = 0.0
    inf_sum = 0.0
    seen_special = False
    for x in values:
        x = float(x)
        if x != x or x in (_INF, -_INF):
            seen_special = True
            special += x
            if x != x:
                continue
            inf_sum += x
            continue
        num, den = x.as_integer_ratio()
        total += num << (1074 - (den.bit_length() - 1))
        # CPython's running partial sums overflow where this one passes
        # the largest float (rounded), and it gives up then.
        if total >= _FSUM_LIMIT or total <= -_FSUM_LIMIT:
            raise OverflowError("intermediate overflow in fsum")
    if seen_special:
        if inf_sum != inf_sum:
            raise ValueError("-inf + inf in fsum")
        return special
    return total / (1 << 1074)


def _log(x):
    # math.log, also for ints too large for a float: CPython splits those
    # as m * 2**e with m in [0.5, 1) rounded to a float.
    if isinstance(x, int) and x > 0:
        try:
            return math.log(float(x))
        except OverflowError:
            e = x.bit_length()
            m = x / (1 << e)
            if m == 1.0:
                m = 0.5
                e += 1
            return math.log(m) + math.log(2.0) * e
    return math.log(x)


# ---------------------------------------------------------------- averages

def mean(data):
    """The arithmetic mean of data, computed exactly and rounded once."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(_divide(total, n), T)


def fmean(data, weights=None):
    """The arithmetic mean of data as a float, quickly; with weights, the
    weighted mean."""
    data = list(data)
    n = len(data)
    if weights is None:
        total = _fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    weights = list(weights)
    num = _fsum([x * w for x, w in zip(data, weights)])
    if n != len(weights):
        raise StatisticsError("data and weights must be the same length")
    den = _fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    """The geometric mean of data (positive numbers), as a float."""
    try:
        return math.exp(fmean([_log(x) for x in data]))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers") from None


def _check_non_negative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
    return values


def harmonic_mean(data, weights=None):
    """The harmonic mean of data (non-negative numbers): the reciprocal of
    the mean of the reciprocals. 0 if any value is 0."""
    data = list(data)
    message = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(message)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        sum_weights = (n, 1)
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        _, sum_weights, _ = _sum(_check_non_negative(weights, message))
    reciprocals = []
    try:
        for w, x in zip(weights, data):
            if x < 0:
                raise StatisticsError(message)
            # Divided as CPython does, in the data's own arithmetic; only
            # the sum of the quotients is exact.
            reciprocals.append(w / x if w else 0)
    except ZeroDivisionError:
        return 0
    T, total, _ = _sum(reciprocals)
    if isinstance(total, float):
        if total <= 0:
            raise StatisticsError("Weighted sum must be positive")
        return _convert(sum_weights[0] / sum_weights[1] / total, T)
    if total[0] <= 0:
        raise StatisticsError("Weighted sum must be positive")
    if isinstance(sum_weights, float):
        return _convert(sum_weights / (total[0] / total[1]), T)
    value = _reduce(sum_weights[0] * total[1], sum_weights[1] * total[0])
    return _convert(value, T)


def median(data):
    """The middle value of data; the mean of the two middle values if their
    number is even."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The middle value of data; the smaller of the two middle values if
    their number is even."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The middle value of data; the larger of the two middle values if
    their number is even."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The median of continuous data grouped in classes of width interval
    centred on the data values, by interpolation within the median class."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    # The median class holds the values data[lo:hi].
    lo = n // 2
    while lo > 0 and data[lo - 1] == x:
        lo -= 1
    hi = n // 2 + 1
    while hi < n and data[hi] == x:
        hi += 1
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - lo) / (hi - lo)


def mode(data):
    """The most common value of data (the first one met, on a tie)."""
    counts = _counts(data)
    if not counts:
        raise StatisticsError("no mode for empty data")
    best = None
    best_count = 0
    for value, count in counts.items():
        if count > best_count:
            best = value
            best_count = count
    return best


def multimode(data):
    """The most common values of data, in the order first met."""
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def quantiles(data, *, n=4, method="exclusive"):
    """The n - 1 cut points dividing data into n intervals of equal
    probability, interpolated linearly; method "exclusive" (the default)
    treats data as a sample, "inclusive" as the whole population."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f"Unknown method: {method!r}")


# ------------------------------------------------------------------ spread

def _ss(data, c=None):
    """(type, exact sum of squared deviations from the mean (or from c),
    count). The sum is (numerator, denominator), or a float when the data
    hold a NaN or an infinity."""
    if c is not None:
        squares = []
        for x in data:
            d = x - c
            squares.append(d * d)
        T, total, count = _sum(squares)
        return (T, total, count)
    count = 0
    T = int
    sx = {}
    sxx = {}
    special = None
    for x in data:
        if type(x) is not T:
            # In the order the types come, as CPython's messages name them.
            T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            sx[d] = sx.get(d, 0) + n
            sxx[d * d] = sxx.get(d * d, 0) + n * n
    if special is not None:
        return (T, special, count)
    if not count:
        return (T, (0, 1), 0)
    # sum((x - mean)**2) == (count * sum(x*x) - sum(x)**2) / count, exactly.
    sx_num, sx_den = _add_partials(sx)
    sxx_num, sxx_den = _add_partials(sxx)
    num = count * sxx_num * sx_den * sx_den - sx_num * sx_num * sxx_den
    den = sxx_den * sx_den * sx_den * count
    return (T, _reduce(num, den), count)


def _float_root(value, T):
    if not issubclass(T, (int, float)):
        from decimal import Decimal
        if issubclass(T, Decimal):
            raise NotImplementedError(
                "stdev and pstdev of Decimal data are not supported here")
    if isinstance(value, float):
        # CPython fails here too, asking the float for its numerator.
        raise AttributeError("'float' object has no attribute 'numerator'")
    return _sqrt_of_ratio(value[0], value[1])


def variance(data, xbar=None):
    """The sample variance of data (at least two values); xbar, if given,
    is taken as their mean."""
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(_divide(ss, n - 1), T)


def pvariance(data, mu=None):
    """The population variance of data; mu, if given, is taken as their
    mean."""
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(_divide(ss, n), T)


def stdev(data, xbar=None):
    """The sample standard deviation of data: the square root of the sample
    variance, correctly rounded."""
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _float_root(_divide(ss, n - 1), T)


def pstdev(data, mu=None):
    """The population standard deviation of data: the square root of the
    population variance, correctly rounded."""
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _float_root(_divide(ss, n), T)


# ------------------------------------------------------------- two inputs

def _paired(x, y, name):
    """How many points two inputs have: as many each, at least two."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f"{name} requires that both inputs have "
                              "same number of data points")
    if n < 2:
        raise StatisticsError(f"{name} requires at least two data points")
    return n


def _centered(x, y, n):
    """The means of two inputs and the sum of the products of their deviations."""
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    sxy = _fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    return xbar, ybar, sxy


def covariance(x, y, /):
    """The sample covariance of two inputs of equal length."""
    n = _paired(x, y, "covariance")
    _, _, sxy = _centered(x, y, n)
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs, between -1 and 1."""
    n = _paired(x, y, "correlation")
    xbar, ybar, sxy = _centered(x, y, n)
    sxx = _fsum([(xi - xbar) * (xi - xbar) for xi in x])
    syy = _fsum([(yi - ybar) * (yi - ybar) for yi in y])
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through the points;
    with proportional=True the line goes through the origin."""
    n = _paired(x, y, "linear regression")
    if proportional:
        sxy = _fsum([xi * yi for xi, yi in zip(x, y)])
        sxx = _fsum([xi * xi for xi in x])
    else:
        xbar, ybar, sxy = _centered(x, y, n)
        sxx = _fsum([(xi - xbar) * (xi - xbar) for xi in x])
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ------------------------------------------------------- normal distribution

# Wichura's algorithm AS 241 (Applied Statistics 37(3), 1988): the inverse
# of the normal distribution's cdf, to about 1 part in 10**16, as three
# rational functions of r in the middle, the shoulders and the tails.
# Each tuple lists a polynomial's coefficients from the highest power down.
_AS241_MIDDLE = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4,
     6.7265770927008700853e+4, 4.5921953931549871457e+4,
     1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4,
     3.9307895800092710610e+4, 2.1213794301586595867e+4,
     5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0),
)
_AS241_SHOULDERS = (
    (7.74545014278341407640e-4, 2.27238449892691845833e-2,
     2.41780725177450611770e-1, 1.27045825245236838258e+0,
     3.64784832476320460504e+0, 5.76949722146069140550e+0,
     4.63033784615654529590e+0, 1.42343711074968357734e+0),
    (1.05075007164441684324e-9, 5.47593808499534494600e-4,
     1.51986665636164571966e-2, 1.48103976427480074590e-1,
     6.89767334985100004550e-1, 1.67638483018380384940e+0,
     2.05319162663775882187e+0, 1.0),
)
_AS241_TAILS = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5,
     1.24266094738807843860e-3, 2.65321895265761230930e-2,
     2.96560571828504891230e-1, 1.78482653991729133580e+0,
     5.46378491116411436990e+0, 6.65790464350110377720e+0),
    (2.04426310338993978564e-15, 1.42151175831644588870e-7,
     1.84631831751005468180e-5, 7.86869131145613259100e-4,
     1.48753612908506148525e-2, 1.36929880922735805310e-1,
     5.99832206555887937690e-1, 1.0),
)


def _ratio(coefficients, r):
    # numerator(r) / denominator(r), each by Horner's rule.
    num_c, den_c = coefficients
    num = num_c[0]
    for c in num_c[1:]:
        num = num * r + c
    den = den_c[0]
    for c in den_c[1:]:
        den = den * r + c
    return num, den


def _normal_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        num, den = _ratio(_AS241_MIDDLE, 0.180625 - q * q)
        return mu + (num * q / den) * sigma
    r = p if q <= 0.0 else 1.0 - p
    r = math.sqrt(-math.log(r))
    if r <= 5.0:
        num, den = _ratio(_AS241_SHOULDERS, r - 1.6)
    else:
        num, den = _ratio(_AS241_TAILS, r - 5.0)
    x = num / den
    if q < 0.0:
        x = -x
    return mu + x * sigma


class NormalDist:
    """Normal distribution of a random variable: its mean mu and standard
    deviation sigma, with its pdf, cdf, inverse cdf, quantiles, overlap
    with another, z-scores, and arithmetic with constants and with other
    independent normal distributions."""

    __slots__ = {
        "_mu": "Arithmetic mean of a normal distribution",
        "_sigma": "Standard deviation of a normal distribution",
    }

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The normal distribution with the data's mean and sample
        standard deviation."""
        data = list(data)
        return cls(fmean(data), stdev(data))

    def samples(self, n, *, seed=None):
        """n random values from the distribution (repeatable with a seed)."""
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """The probability density at x."""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        """The probability that a value is at most x."""
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def inv_cdf(self, p):
        """The value x with cdf(x) == p, for 0 < p < 1."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        if self._sigma <= 0.0:
            raise StatisticsError("cdf() not defined when sigma at or below zero")
        return _normal_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n intervals
        of equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The area the two distributions' densities have in common, between
        0.0 and 1.0."""
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        narrow, wide = self, other
        if (wide._sigma, wide._mu) < (narrow._sigma, narrow._mu):
            narrow, wide = wide, narrow
        narrow_var, wide_var = narrow.variance, wide.variance
        if not narrow_var or not wide_var:
            raise StatisticsError("overlap() not defined when sigma is zero")
        dv = wide_var - narrow_var
        dm = math.fabs(wide._mu - narrow._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * narrow._sigma * math.sqrt(2.0)))
        # The densities cross at x1 and x2.
        a = narrow._mu * wide_var - wide._mu * narrow_var
        b = narrow._sigma * wide._sigma * math.sqrt(
            dm * dm + dv * math.log(wide_var / narrow_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (math.fabs(wide.cdf(x1) - narrow.cdf(x1))
                      + math.fabs(wide.cdf(x2) - narrow.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x is above the mean."""
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    # Arithmetic: a constant shifts or scales; another NormalDist is an
    # independent variable, whose variance adds.
    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, other):
        return NormalDist(self._mu * other, self._sigma * math.fabs(other))

    def __truediv__(self, other):
        return NormalDist(self._mu / other, self._sigma / math.fabs(other))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__

    def __rsub__(self, other):
        return -(self - other)

    __rmul__ = __mul__

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f"{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})"
