//! The core of Python's `random` module, bit for bit as CPython 3.11: the same
//! seed gives the same numbers here as in CPython, so a program's output can be
//! compared with the real Python's.
//!
//! Two CPython sources are mirrored:
//!
//! * `Modules/_randommodule.c`: the Mersenne Twister (MT19937) state, its
//!   seeding (`init_genrand`, `init_by_array`, `random_seed`), `random()`
//!   (`genrand_res53`) and `getrandbits()`;
//! * `Lib/random.py`: `seed()` for `str` and `bytes` (version 2), and the
//!   methods built on `getrandbits`: `_randbelow_with_getrandbits`,
//!   `randrange`, `randint`, `choice`, `shuffle`, `uniform`, `sample`'s
//!   picks, and the distributions on `random()` (`gauss` with its cached
//!   second value, `normalvariate`, `lognormvariate`, `expovariate`,
//!   `triangular`, `vonmisesvariate`, `gammavariate`, `betavariate`,
//!   `paretovariate`, `weibullvariate`), their float operations in CPython's
//!   order so that the results are its bits.
//!
//! No interpreter types appear here: integers are [`BigInt`] (with `i64` and
//! `u64` fast paths that draw exactly the same numbers), and errors are a
//! [`RandomError`] naming the Python exception and its message. The interpreter
//! wraps this into the `random` module.

use std::fmt;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive};
use sha2::{Digest, Sha512};

use super::error::{ErrorKind, ObjectError};
use super::float_ops::{float_div, float_mod, float_pow, FloatPow};

/// The Mersenne Twister's degree of recurrence: the state is `N` 32-bit words.
pub const N: usize = 624;
/// The middle word offset of the recurrence.
const M: usize = 397;
/// The twist matrix's last row (`MATRIX_A` in CPython).
const MATRIX_A: u32 = 0x9908_b0df;
/// The most significant bit of a word.
const UPPER_MASK: u32 = 0x8000_0000;
/// The 31 least significant bits of a word.
const LOWER_MASK: u32 = 0x7fff_ffff;

/// A Python exception raised by the `random` functions: its type and message,
/// worded as CPython 3.11 words them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RandomError {
    /// `ValueError`, e.g. `empty range for randrange()`.
    ValueError(String),
    /// `IndexError`: `Cannot choose from an empty sequence`.
    IndexError(String),
    /// `TypeError`: `Missing a non-None stop argument`.
    TypeError(String),
    /// `OverflowError`: a bit count beyond a C `int` in `getrandbits()`.
    OverflowError(String),
    /// `ZeroDivisionError`: a float division by zero in a distribution.
    ZeroDivisionError(String),
}

impl RandomError {
    /// The Python exception's class name (`"ValueError"`, …), for the
    /// interpreter to raise the matching exception.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            RandomError::ValueError(_) => "ValueError",
            RandomError::IndexError(_) => "IndexError",
            RandomError::TypeError(_) => "TypeError",
            RandomError::OverflowError(_) => "OverflowError",
            RandomError::ZeroDivisionError(_) => "ZeroDivisionError",
        }
    }

    /// The exception's message, as `str(exc)` shows it in CPython.
    #[must_use]
    pub fn message(&self) -> &str {
        match self {
            RandomError::ValueError(m)
            | RandomError::IndexError(m)
            | RandomError::TypeError(m)
            | RandomError::OverflowError(m)
            | RandomError::ZeroDivisionError(m) => m,
        }
    }
}

impl fmt::Display for RandomError {
    /// The last line of Python's traceback: `ValueError: message`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind(), self.message())
    }
}

impl std::error::Error for RandomError {}

impl From<ObjectError> for RandomError {
    fn from(e: ObjectError) -> RandomError {
        match e.kind {
            ErrorKind::ZeroDivisionError => RandomError::ZeroDivisionError(e.message),
            ErrorKind::OverflowError => RandomError::OverflowError(e.message),
            ErrorKind::TypeError => RandomError::TypeError(e.message),
            _ => RandomError::ValueError(e.message),
        }
    }
}

/// Python's `x / y` for floats.
fn div(x: f64, y: f64) -> Result<f64, RandomError> {
    Ok(float_div(x, y)?)
}

/// Python's `x ** y` for floats (the distributions only raise non-negative
/// bases to powers, so a complex result does not arise from them).
fn pow(x: f64, y: f64) -> Result<f64, RandomError> {
    match float_pow(x, y)? {
        FloatPow::Real(r) => Ok(r),
        FloatPow::Complex => Err(RandomError::ValueError(
            "a negative number raised to a fractional power".to_owned(),
        )),
    }
}

/// `2 * pi` (`TWOPI` of `Lib/random.py`).
const TWOPI: f64 = 2.0 * std::f64::consts::PI;

/// `4 * exp(-0.5) / sqrt(2.0)`, `NV_MAGICCONST`.
fn nv_magicconst() -> f64 {
    4.0 * (-0.5f64).exp() / 2.0f64.sqrt()
}

/// `randrange(n)` with `n <= 0`, or a non-unit step whose range is empty.
fn empty_range() -> RandomError {
    RandomError::ValueError("empty range for randrange()".to_owned())
}

/// `randrange(start, stop)` (unit step) with `stop <= start`: CPython 3.11 puts
/// the start, the stop and the width in the message.
fn empty_unit_range(
    start: impl fmt::Display,
    stop: impl fmt::Display,
    width: impl fmt::Display,
) -> RandomError {
    RandomError::ValueError(format!(
        "empty range for randrange() ({start}, {stop}, {width})"
    ))
}

fn zero_step() -> RandomError {
    RandomError::ValueError("zero step for randrange()".to_owned())
}

/// `randrange(start, None, step)` with a step other than 1 (`Lib/random.py`
/// tests `step is not _ONE`; for an `int` step that is `step != 1`).
fn missing_stop() -> RandomError {
    RandomError::TypeError("Missing a non-None stop argument".to_owned())
}

/// A random number generator: CPython's `RandomObject`, the Mersenne Twister's
/// 624 words and the index of the next word to temper.
///
/// Build one with a seed constructor ([`Random::from_int`], [`Random::from_str`],
/// [`Random::from_bytes`], [`Random::from_entropy`]); reseeding
/// (`random.seed(x)`) is replacing the generator with a new one.
#[derive(Clone, PartialEq, Eq)]
pub struct Random {
    state: [u32; N],
    /// The next word of `state` to hand out; `N` means "twist first".
    index: usize,
    /// `gauss_next`: the second value of `gauss()`'s last pair, if not yet
    /// handed out (its bits, so that the generator stays `Eq`).
    gauss_next: Option<u64>,
}

impl fmt::Debug for Random {
    /// The index only: 624 words of state say nothing to a reader.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Random")
            .field("index", &self.index)
            .finish_non_exhaustive()
    }
}

impl Random {
    /// CPython's `init_genrand`: fills the state from one word (only the first
    /// step of `init_by_array`; CPython never seeds with it alone).
    fn init_genrand(s: u32) -> Random {
        let mut state = [0u32; N];
        state[0] = s;
        for i in 1..N {
            let prev = state[i - 1];
            // `i < N = 624`, so the cast is exact.
            state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        Random {
            state,
            index: N,
            gauss_next: None,
        }
    }

    /// CPython's `init_by_array`: the reference MT19937 seeding from a key of
    /// 32-bit words. An empty key is taken as `[0]` (CPython never passes one:
    /// its smallest key, for the seed 0, is `[0]`).
    fn init_by_array(key: &[u32]) -> Random {
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        let mut r = Random::init_genrand(19_650_218);
        let mt = &mut r.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            // CPython adds `(uint32_t)j`: the key index modulo 2**32.
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            // `i < N`, so the cast is exact.
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        // The most significant bit is 1: the state is never all zeros.
        mt[0] = 0x8000_0000;
        r
    }

    /// A generator seeded like CPython's `random.seed(n)` for an `int` `n`
    /// (`random_seed` in `_randommodule.c`): the absolute value, cut into
    /// 32-bit words from the least significant, is the `init_by_array` key
    /// (0 gives the key `[0]`). So `n` and `-n` give the same numbers.
    #[must_use]
    pub fn from_int(n: &BigInt) -> Random {
        Random::from_magnitude(n.magnitude())
    }

    fn from_magnitude(n: &BigUint) -> Random {
        // `to_u32_digits` is least significant first and empty for 0, where
        // `init_by_array` takes `[0]`, as CPython's one-word key for 0.
        Random::init_by_array(&n.to_u32_digits())
    }

    /// A generator seeded like CPython's `random.seed(s)` for a `str` `s`
    /// (version 2, the default): the seed is the `bytes` `s.encode()` (UTF-8),
    /// as [`Random::from_bytes`].
    // Not `FromStr`: this hashes any text into a seed, it parses nothing.
    #[allow(clippy::should_implement_trait)]
    #[must_use]
    pub fn from_str(s: &str) -> Random {
        Random::from_bytes(s.as_bytes())
    }

    /// A generator seeded like CPython's `random.seed(b)` for `bytes` or
    /// `bytearray` `b` (version 2, `Lib/random.py`): the seed is the `int`
    /// `int.from_bytes(b + sha512(b).digest())` (big-endian), so every bit
    /// of `b` counts.
    #[must_use]
    pub fn from_bytes(bytes: &[u8]) -> Random {
        let mut all = Vec::with_capacity(bytes.len() + 64);
        all.extend_from_slice(bytes);
        all.extend_from_slice(&Sha512::digest(bytes));
        Random::from_magnitude(&BigUint::from_bytes_be(&all))
    }

    /// A generator seeded from entropy the caller supplies, like CPython's
    /// `random.seed()` / `random.seed(None)`, which passes 624 words of
    /// `os.urandom` to `init_by_array` (`random_seed_urandom`). WebAssembly
    /// here has no OS randomness, so the caller brings the words; 624 of them
    /// give the full state's worth. An empty slice is taken as `[0]`.
    ///
    /// For words whose last one is non-zero this is `from_int` of the integer
    /// they spell, least significant word first.
    #[must_use]
    pub fn from_entropy(words: &[u32]) -> Random {
        Random::init_by_array(words)
    }

    /// The next 32 random bits: CPython's `genrand_uint32` (which is also
    /// `getrandbits(32)`), twisting all 624 words every 624 calls.
    #[inline]
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        // Tempering.
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// The "generate N words at one time" block of `genrand_uint32`.
    #[cold]
    fn twist(&mut self) {
        /// `mag01[x] = x * MATRIX_A` for `x` = 0, 1.
        const MAG01: [u32; 2] = [0, MATRIX_A];
        let mt = &mut self.state;
        for kk in 0..N - M {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ MAG01[(y & 1) as usize];
        }
        for kk in N - M..N - 1 {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ MAG01[(y & 1) as usize];
        }
        let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ MAG01[(y & 1) as usize];
        self.index = 0;
    }

    /// `random.random()`: a float in [0, 1) with 53 random bits, CPython's
    /// `random_random` (`genrand_res53` in the reference code): 27 bits of one
    /// word and 26 of the next.
    #[inline]
    pub fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `random.getrandbits(k)`: an `int` of `k` random bits, as CPython's
    /// `_random_Random_getrandbits_impl`: 0 for `k = 0` (3.9 raised), one word's
    /// top `k` bits for `k <= 32`, else words from the least significant up,
    /// the last (most significant) one cut to its top bits.
    ///
    /// CPython takes `k` as a C `int`; [`Random::getrandbits_checked`] gives
    /// its errors for a Python `int` argument.
    ///
    /// # Panics
    ///
    /// If the `k / 32` words do not fit in memory.
    pub fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 64 {
            // `k <= 64`: the cast is exact.
            return BigInt::from(self.getrandbits_u64(k as u32));
        }
        let words = usize::try_from((k - 1) / 32 + 1).expect("getrandbits: too many bits");
        let mut digits = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let r = self.next_u32();
            // Only the last word can have fewer than 32 bits left: keep its
            // most significant ones.
            digits.push(if left < 32 { r >> (32 - left) } else { r });
            left = left.saturating_sub(32);
        }
        BigInt::from_biguint(Sign::Plus, BigUint::new(digits))
    }

    /// `random.getrandbits(k)` for any Python `int` `k`, with CPython 3.11's
    /// errors: `k` must fit a C `int`, then be non-negative.
    ///
    /// # Errors
    ///
    /// `OverflowError: Python int too large to convert to C int` for `k`
    /// outside `[-2**31, 2**31)`; `ValueError: number of bits must be
    /// non-negative` for a negative `k`.
    pub fn getrandbits_checked(&mut self, k: &BigInt) -> Result<BigInt, RandomError> {
        let Some(k) = k.to_i32() else {
            return Err(RandomError::OverflowError(
                "Python int too large to convert to C int".to_owned(),
            ));
        };
        match u64::try_from(k) {
            Ok(k) => Ok(self.getrandbits(k)),
            Err(_) => Err(RandomError::ValueError(
                "number of bits must be non-negative".to_owned(),
            )),
        }
    }

    /// `getrandbits(k)` for `k <= 64` without a `BigInt`: the same words in the
    /// same order (low word first when two are needed).
    #[inline]
    fn getrandbits_u64(&mut self, k: u32) -> u64 {
        debug_assert!(k <= 64);
        match k {
            0 => 0,
            1..=32 => u64::from(self.next_u32() >> (32 - k)),
            _ => {
                let low = u64::from(self.next_u32());
                let high = u64::from(self.next_u32() >> (64 - k));
                (high << 32) | low
            }
        }
    }

    /// `Random._randbelow(n)` (`_randbelow_with_getrandbits`, the one CPython's
    /// `Random` uses) for `n < 2**64`, without a `BigInt`: draw
    /// `getrandbits(n.bit_length())` until it is below `n`.
    ///
    /// # Panics
    ///
    /// If `n` is 0 (CPython would loop for ever).
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        assert!(n > 0, "randbelow: n must be positive");
        let k = u64::BITS - n.leading_zeros();
        loop {
            let r = self.getrandbits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `Random._randbelow(n)` (`_randbelow_with_getrandbits`): a uniform `int`
    /// in `[0, n)`, drawing `getrandbits(n.bit_length())` until it is below
    /// `n`. The draws (and so the numbers after them) are CPython's.
    ///
    /// # Panics
    ///
    /// If `n <= 0` (CPython would loop for ever; its callers never pass one).
    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        assert!(n.is_positive(), "randbelow: n must be positive");
        if let Some(small) = n.to_u64() {
            return BigInt::from(self.randbelow_u64(small));
        }
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    /// `random.randrange(start, stop=None, step=1)` as `Lib/random.py` of 3.11,
    /// for `int` arguments: `randrange(n)` is `_randbelow(n)`, a unit step is
    /// `start + _randbelow(stop - start)`, any other step `start + step *
    /// _randbelow(count)`. Arguments within `i64` take [`Random::randrange_i64`]
    /// (same draws, no `BigInt` arithmetic).
    ///
    /// (Python's deprecated float arguments are the interpreter's business: it
    /// converts or rejects them before calling this.)
    ///
    /// # Errors
    ///
    /// As CPython 3.11, in its order:
    /// * `TypeError: Missing a non-None stop argument`: `stop` is `None` and
    ///   `step` is not 1;
    /// * `ValueError: empty range for randrange()`: `stop` is `None` and
    ///   `start <= 0`;
    /// * `ValueError: empty range for randrange() (start, stop, width)`: unit
    ///   step and `stop <= start` (width is `stop - start`);
    /// * `ValueError: zero step for randrange()`;
    /// * `ValueError: empty range for randrange()`: the stepped range is empty.
    pub fn randrange(
        &mut self,
        start: &BigInt,
        stop: Option<&BigInt>,
        step: &BigInt,
    ) -> Result<BigInt, RandomError> {
        if let (Some(start), Some(step)) = (start.to_i64(), step.to_i64()) {
            let small_stop = match stop {
                None => Some(None),
                Some(stop) => stop.to_i64().map(Some),
            };
            if let Some(stop) = small_stop {
                return self.randrange_i64(start, stop, step).map(BigInt::from);
            }
        }
        self.randrange_big(start, stop, step)
    }

    /// [`Random::randrange`] in `BigInt` arithmetic, for any size.
    fn randrange_big(
        &mut self,
        start: &BigInt,
        stop: Option<&BigInt>,
        step: &BigInt,
    ) -> Result<BigInt, RandomError> {
        let Some(stop) = stop else {
            if !step.is_one() {
                return Err(missing_stop());
            }
            if start.is_positive() {
                return Ok(self.randbelow(start));
            }
            return Err(empty_range());
        };
        let width = stop - start;
        if step.is_one() {
            if width.is_positive() {
                return Ok(start + self.randbelow(&width));
            }
            return Err(empty_unit_range(start, stop, width));
        }
        // Python's `//` is floor division.
        let n = if step.is_positive() {
            (width + step - 1u32).div_floor(step)
        } else if step.is_negative() {
            (width + step + 1u32).div_floor(step)
        } else {
            return Err(zero_step());
        };
        if !n.is_positive() {
            return Err(empty_range());
        }
        Ok(start + step * self.randbelow(&n))
    }

    /// [`Random::randrange`] for `i64` arguments (the interpreter's small
    /// integers), with the same draws, results and errors. The result lies
    /// between `start` and `stop`, so it is an `i64` too.
    ///
    /// # Errors
    ///
    /// Those of [`Random::randrange`].
    pub fn randrange_i64(
        &mut self,
        start: i64,
        stop: Option<i64>,
        step: i64,
    ) -> Result<i64, RandomError> {
        let Some(stop) = stop else {
            if step != 1 {
                return Err(missing_stop());
            }
            if start > 0 {
                return Ok(to_i64(i128::from(self.randbelow_u64(start.unsigned_abs()))));
            }
            return Err(empty_range());
        };
        // In i128 nothing below overflows; every count fits a u64 because it
        // is at most |stop - start| < 2**64.
        let (start, stop, step) = (i128::from(start), i128::from(stop), i128::from(step));
        let width = stop - start;
        if step == 1 {
            if width > 0 {
                return Ok(to_i64(start + self.randbelow_i128(width)));
            }
            return Err(empty_unit_range(start, stop, width));
        }
        let n = match step.signum() {
            1 => Integer::div_floor(&(width + step - 1), &step),
            -1 => Integer::div_floor(&(width + step + 1), &step),
            _ => return Err(zero_step()),
        };
        if n <= 0 {
            return Err(empty_range());
        }
        Ok(to_i64(start + step * self.randbelow_i128(n)))
    }

    /// `_randbelow(n)` for `0 < n < 2**64` held in an `i128`.
    fn randbelow_i128(&mut self, n: i128) -> i128 {
        let n = u64::try_from(n).expect("a count below 2**64");
        i128::from(self.randbelow_u64(n))
    }

    /// `random.randint(a, b)`: `randrange(a, b + 1)`, both ends included.
    ///
    /// # Errors
    ///
    /// `ValueError: empty range for randrange() (a, b + 1, b + 1 - a)` when
    /// `b < a`, CPython's message for the `randrange` call.
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> Result<BigInt, RandomError> {
        self.randrange(a, Some(&(b + 1u32)), &BigInt::one())
    }

    /// [`Random::randint`] for `i64` ends, with the same draws and errors.
    ///
    /// # Errors
    ///
    /// Those of [`Random::randint`].
    pub fn randint_i64(&mut self, a: i64, b: i64) -> Result<i64, RandomError> {
        match b.checked_add(1) {
            Some(stop) => self.randrange_i64(a, Some(stop), 1),
            // `b + 1` is beyond i64 only for b = i64::MAX; the result is not.
            None => self
                .randint(&BigInt::from(a), &BigInt::from(b))
                .map(|r| to_i64(r.to_i128().expect("between a and b"))),
        }
    }

    /// The index `random.choice(seq)` picks for a sequence of `len` items:
    /// `seq[self._randbelow(len(seq))]`.
    ///
    /// # Errors
    ///
    /// `IndexError: Cannot choose from an empty sequence` when `len` is 0.
    pub fn choice_index(&mut self, len: usize) -> Result<usize, RandomError> {
        if len == 0 {
            return Err(RandomError::IndexError(
                "Cannot choose from an empty sequence".to_owned(),
            ));
        }
        Ok(to_usize(self.randbelow_u64(to_u64(len))))
    }

    /// `random.shuffle(x)` in place: CPython's Fisher–Yates, from the last
    /// item down to the second, each swapped with `x[_randbelow(i + 1)]`.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = to_usize(self.randbelow_u64(to_u64(i + 1)));
            items.swap(i, j);
        }
    }

    /// `random.uniform(a, b)`: `a + (b - a) * random()`, in that order of
    /// float operations (so `b` itself can come out, by rounding).
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// The generator's state as `getstate()` shows it (without the version
    /// and `gauss_next`): the 624 words and the index of the next one.
    #[must_use]
    pub fn state(&self) -> (&[u32; N], usize) {
        (&self.state, self.index)
    }

    /// The cached second value of `gauss()`, `gauss_next`.
    #[must_use]
    pub fn gauss_next(&self) -> Option<f64> {
        self.gauss_next.map(f64::from_bits)
    }

    /// `setstate()`: the 624 words, the index (at most 624) and
    /// `gauss_next`.
    ///
    /// # Errors
    ///
    /// `ValueError: invalid state` for an index past 624.
    pub fn set_state(
        &mut self,
        words: &[u32; N],
        index: usize,
        gauss_next: Option<f64>,
    ) -> Result<(), RandomError> {
        if index > N {
            return Err(RandomError::ValueError("invalid state".to_owned()));
        }
        self.state = *words;
        self.index = index;
        self.gauss_next = gauss_next.map(f64::to_bits);
        Ok(())
    }

    /// The indices `random.sample(population, k)` picks from a population of
    /// `n`, in order: CPython's choice between a pool (a list of the
    /// population, each pick swapped out by the last item still in it) for
    /// small populations and a set of picks (redrawing repeats) for large
    /// ones, with the same draws.
    ///
    /// # Errors
    ///
    /// `ValueError: Sample larger than population or is negative` when
    /// `k > n`.
    pub fn sample_indices(&mut self, n: u64, k: u64) -> Result<Vec<u64>, RandomError> {
        if k > n {
            return Err(RandomError::ValueError(
                "Sample larger than population or is negative".to_owned(),
            ));
        }
        let mut setsize: u128 = 21;
        if k > 5 {
            // `4 ** ceil(log(k * 3, 4))`, math.log with a base being
            // `log(x) / log(base)`.
            #[allow(clippy::cast_precision_loss)]
            let x = (u128::from(k) * 3) as f64;
            let e = (x.ln() / 4.0f64.ln()).ceil();
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let e = e as u32;
            setsize = setsize.saturating_add(4u128.checked_pow(e).unwrap_or(u128::MAX));
        }
        let k = usize::try_from(k).map_err(|_| {
            RandomError::OverflowError("cannot fit 'int' into an index-sized integer".to_owned())
        })?;
        let mut result = Vec::with_capacity(k);
        if u128::from(n) <= setsize {
            let mut pool: Vec<u64> = (0..n).collect();
            for i in 0..k {
                let left = n - to_u64(i);
                let j = to_usize(self.randbelow_u64(left));
                result.push(pool[j]);
                pool[j] = pool[to_usize(left - 1)];
            }
        } else {
            let mut selected = std::collections::HashSet::with_capacity(k);
            for _ in 0..k {
                let mut j = self.randbelow_u64(n);
                while selected.contains(&j) {
                    j = self.randbelow_u64(n);
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// `random.gauss(mu, sigma)`: Box–Muller, two normal values from two
    /// draws, the second kept for the next call (until a reseed).
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => f64::from_bits(z),
            None => {
                let x2pi = self.random() * TWOPI;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some((x2pi.sin() * g2rad).to_bits());
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    /// `random.normalvariate(mu, sigma)`: Kinderman and Monahan's ratio of
    /// uniforms.
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        let magic = nv_magicconst();
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = magic * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }

    /// `random.lognormvariate(mu, sigma)`: `exp(normalvariate(mu, sigma))`.
    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        self.normalvariate(mu, sigma).exp()
    }

    /// `random.expovariate(lambd)`: `-log(1 - random()) / lambd`.
    ///
    /// # Errors
    ///
    /// `ZeroDivisionError: float division by zero` for `lambd == 0`.
    pub fn expovariate(&mut self, lambd: f64) -> Result<f64, RandomError> {
        div(-(1.0 - self.random()).ln(), lambd)
    }

    /// `random.triangular(low, high, mode)` (`mode` `None` is the middle).
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64 {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            Some(mode) => match div(mode - low, high - low) {
                Ok(c) => c,
                Err(_) => return low,
            },
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        low + (high - low) * (u * c).sqrt()
    }

    /// `random.vonmisesvariate(mu, kappa)`: Best and Fisher's method.
    ///
    /// # Errors
    ///
    /// None in practice (a float modulo by a non-zero constant).
    pub fn vonmisesvariate(&mut self, mu: f64, kappa: f64) -> Result<f64, RandomError> {
        if kappa <= 1e-6 {
            return Ok(TWOPI * self.random());
        }
        let s = 0.5 / kappa;
        let r = s + (1.0 + s * s).sqrt();
        let z = loop {
            let u1 = self.random();
            let z = (std::f64::consts::PI * u1).cos();
            let d = z / (r + z);
            let u2 = self.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                break z;
            }
        };
        let q = 1.0 / r;
        let f = (q + z) / (1.0 + q * z);
        let u3 = self.random();
        let theta = if u3 > 0.5 {
            mu + f.acos()
        } else {
            mu - f.acos()
        };
        Ok(float_mod(theta, TWOPI)?)
    }

    /// `random.gammavariate(alpha, beta)`: Cheng's method for `alpha > 1`,
    /// an exponential for `alpha == 1`, Ahrens and Dieter's (GS) below.
    ///
    /// # Errors
    ///
    /// `ValueError: gammavariate: alpha and beta must be > 0.0`.
    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> Result<f64, RandomError> {
        // `not (alpha > 0 and beta > 0)` lets NaN through in CPython: its
        // test is `alpha <= 0.0 or beta <= 0.0`.
        if alpha <= 0.0 || beta <= 0.0 {
            return Err(RandomError::ValueError(
                "gammavariate: alpha and beta must be > 0.0".to_owned(),
            ));
        }
        if alpha > 1.0 {
            let log4 = 4.0f64.ln();
            let sg_magicconst = 1.0 + 4.5f64.ln();
            let ainv = (2.0 * alpha - 1.0).sqrt();
            let bbb = alpha - log4;
            let ccc = alpha + ainv;
            loop {
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.999_999_9) {
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = (u1 / (1.0 - u1)).ln() / ainv;
                let x = alpha * v.exp();
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + sg_magicconst - 4.5 * z >= 0.0 || r >= z.ln() {
                    return Ok(x * beta);
                }
            }
        } else if alpha == 1.0 {
            Ok(-(1.0 - self.random()).ln() * beta)
        } else {
            let e = std::f64::consts::E;
            loop {
                let u = self.random();
                let b = (e + alpha) / e;
                let p = b * u;
                let x = if p <= 1.0 {
                    pow(p, 1.0 / alpha)?
                } else {
                    -((b - p) / alpha).ln()
                };
                let u1 = self.random();
                if p > 1.0 {
                    if u1 <= pow(x, alpha - 1.0)? {
                        return Ok(x * beta);
                    }
                } else if u1 <= (-x).exp() {
                    return Ok(x * beta);
                }
            }
        }
    }

    /// `random.betavariate(alpha, beta)`: `y / (y + z)` of two gamma
    /// variates (0 when the first is 0).
    ///
    /// # Errors
    ///
    /// Those of [`Random::gammavariate`].
    pub fn betavariate(&mut self, alpha: f64, beta: f64) -> Result<f64, RandomError> {
        let y = self.gammavariate(alpha, 1.0)?;
        if y != 0.0 {
            let z = self.gammavariate(beta, 1.0)?;
            return div(y, y + z);
        }
        Ok(0.0)
    }

    /// `random.paretovariate(alpha)`: `(1 - random()) ** (-1 / alpha)`.
    ///
    /// # Errors
    ///
    /// `ZeroDivisionError` for `alpha == 0`.
    pub fn paretovariate(&mut self, alpha: f64) -> Result<f64, RandomError> {
        let u = 1.0 - self.random();
        pow(u, div(-1.0, alpha)?)
    }

    /// `random.weibullvariate(alpha, beta)`:
    /// `alpha * (-log(1 - random())) ** (1 / beta)`.
    ///
    /// # Errors
    ///
    /// `ZeroDivisionError` for `beta == 0`.
    pub fn weibullvariate(&mut self, alpha: f64, beta: f64) -> Result<f64, RandomError> {
        let u = 1.0 - self.random();
        Ok(alpha * pow(-u.ln(), div(1.0, beta)?)?)
    }
}

/// A value known to lie between two `i64`s back into an `i64`.
fn to_i64(v: i128) -> i64 {
    i64::try_from(v).expect("a randrange result lies between start and stop")
}

/// A length into the `u64` of `_randbelow` (usize is at most 64 bits wide).
fn to_u64(n: usize) -> u64 {
    u64::try_from(n).expect("usize fits in u64")
}

/// A draw below a `usize` length back into a `usize`.
fn to_usize(n: u64) -> usize {
    usize::try_from(n).expect("below a usize length")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `i64` fast path of `randrange` against the `BigInt` one: same
    /// results, same errors, same draws afterwards, over many argument
    /// triples (small, near the `i64` limits, empty, negative steps).
    #[test]
    fn randrange_fast_path_is_the_bigint_path() {
        let edges = [
            i64::MIN,
            i64::MIN + 1,
            -(1 << 40),
            -1000,
            -7,
            -1,
            0,
            1,
            2,
            3,
            10,
            1000,
            1 << 33,
            i64::MAX - 1,
            i64::MAX,
        ];
        let mut fast = Random::from_int(&BigInt::from(2024));
        let mut big = fast.clone();
        for &start in &edges {
            for &step in &edges {
                let stops = edges.iter().map(|&s| Some(s)).chain([None]);
                for stop in stops {
                    let f = fast.randrange_i64(start, stop, step).map(BigInt::from);
                    let b = big.randrange_big(
                        &BigInt::from(start),
                        stop.map(BigInt::from).as_ref(),
                        &BigInt::from(step),
                    );
                    assert_eq!(f, b, "randrange({start}, {stop:?}, {step})");
                    assert_eq!(fast.next_u32(), big.next_u32());
                }
            }
        }
        for &a in &edges {
            for &b in &edges {
                let f = fast.randint_i64(a, b).map(BigInt::from);
                let s = big.randrange_big(
                    &BigInt::from(a),
                    Some(&(BigInt::from(b) + 1)),
                    &BigInt::one(),
                );
                assert_eq!(f, s, "randint({a}, {b})");
            }
        }
    }

    /// `randbelow_u64` draws what the `BigInt` loop draws.
    #[test]
    fn randbelow_fast_path_is_the_bigint_loop() {
        let mut fast = Random::from_str("randbelow");
        let mut big = fast.clone();
        for n in [
            1u64,
            2,
            3,
            5,
            1 << 32,
            (1 << 32) + 1,
            u64::MAX - 5,
            u64::MAX,
        ] {
            for _ in 0..50 {
                let want = loop {
                    let r = big.getrandbits(u64::from(u64::BITS - n.leading_zeros()));
                    if r < BigInt::from(n) {
                        break r;
                    }
                };
                assert_eq!(BigInt::from(fast.randbelow_u64(n)), want);
            }
        }
    }
}
