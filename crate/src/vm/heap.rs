//! The interpreter's internal value representation: one `u64` per value.
//!
//! Why not the [`Value`] enum in the hot loop? A 32-byte enum is copied with
//! 16-byte vector moves but written field by field, which stalls store-to-load
//! forwarding on every push/pop (measured: ~2x slower). A one-word slot is copied
//! in one register move, natively and in wasm.
//!
//! Encoding (`Slot`):
//! * low bit 0: a small integer, `value << 1` (63-bit signed). Adding or
//!   subtracting two tagged words gives the tagged result directly, and a
//!   checked `i64` operation detects leaving the 63-bit range.
//! * low bits 01: a large integer, index `>> 2` into this thread's [`Heap`] of `i128`s.
//! * 3: `None`.
//!
//! The heap is collected by copying at safepoints (backward jumps) once it has
//! grown past a limit: the roots are the stack, the locals and the constants.

use super::value::{Value, VmError};

/// One value, as the interpreter holds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot(u64);

const BIG_TAG: u64 = 1;

impl Slot {
    pub const NONE: Slot = Slot(3);

    /// `v` as a small integer, if it fits in 63 bits.
    #[inline(always)]
    #[must_use]
    pub fn small(v: i64) -> Option<Slot> {
        v.checked_mul(2).map(|t| Slot(t as u64))
    }

    #[inline(always)]
    #[must_use]
    pub fn is_small(self) -> bool {
        self.0 & 1 == 0
    }

    #[inline(always)]
    fn tagged(self) -> i64 {
        self.0 as i64
    }

    #[inline(always)]
    fn small_value(self) -> i64 {
        (self.0 as i64) >> 1
    }

    #[inline(always)]
    fn big_index(self) -> Option<usize> {
        (self.0 & 3 == BIG_TAG).then_some((self.0 >> 2) as usize)
    }
}

/// This thread's large integers.
pub struct Heap {
    bigs: Vec<i128>,
    /// The previous generation's buffer, reused by the next collection: no
    /// allocation per collection. (Allocating a fresh 64 KB buffer every 4096
    /// big integers made two wasm threads share, and hand back and forth, the
    /// allocator's buffers: measured 2.7x slower tasks with 2 threads.)
    spare: Vec<i128>,
    limit: usize,
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

const MIN_LIMIT: usize = 4096;

impl Heap {
    #[must_use]
    pub fn new() -> Self {
        Self {
            bigs: Vec::new(),
            spare: Vec::new(),
            limit: MIN_LIMIT,
        }
    }

    /// The integer `v`.
    #[inline]
    pub fn int(&mut self, v: i128) -> Slot {
        if let Ok(small) = i64::try_from(v) {
            if let Some(s) = Slot::small(small) {
                return s;
            }
        }
        self.bigs.push(v);
        Slot((((self.bigs.len() - 1) as u64) << 2) | BIG_TAG)
    }

    /// A public value as a slot.
    pub fn from_value(&mut self, v: Value) -> Slot {
        match v {
            Value::Int(x) => self.int(i128::from(x)),
            Value::Big(x) => self.int(x),
            Value::None => Slot::NONE,
        }
    }

    /// A slot as a public value.
    #[must_use]
    pub fn to_value(&self, s: Slot) -> Value {
        match self.as_i128(s) {
            Some(v) => Value::from_i128(v),
            None => Value::None,
        }
    }

    /// The integer in `s`, if it is one.
    #[inline]
    #[must_use]
    pub fn as_i128(&self, s: Slot) -> Option<i128> {
        if s.is_small() {
            Some(i128::from(s.small_value()))
        } else {
            s.big_index().map(|i| self.bigs[i])
        }
    }

    /// The integer in `s` as an `i64` (ranges, sleeps, the counter).
    ///
    /// # Errors
    /// Not an integer, or beyond `i64`.
    #[inline]
    pub fn as_i64(&self, s: Slot, what: &'static str) -> Result<i64, VmError> {
        if s.is_small() {
            return Ok(s.small_value());
        }
        self.to_value(s).as_i64(what)
    }

    fn ints(&self, a: Slot, b: Slot, op: &str) -> Result<(i128, i128), VmError> {
        match (self.as_i128(a), self.as_i128(b)) {
            (Some(x), Some(y)) => Ok((x, y)),
            _ => Err(VmError::Type(format!(
                "unsupported operand type(s) for {op}: '{}' and '{}'",
                self.to_value(a).type_name(),
                self.to_value(b).type_name()
            ))),
        }
    }

    /// `a + b`.
    ///
    /// # Errors
    /// `OverflowError` beyond 128 bits, `TypeError` for non-integers.
    #[inline(always)]
    pub fn add(&mut self, a: Slot, b: Slot) -> Result<Slot, VmError> {
        if a.is_small() && b.is_small() {
            if let Some(r) = a.tagged().checked_add(b.tagged()) {
                return Ok(Slot(r as u64));
            }
        }
        self.add_slow(a, b)
    }

    #[cold]
    #[inline(never)]
    fn add_slow(&mut self, a: Slot, b: Slot) -> Result<Slot, VmError> {
        let (x, y) = self.ints(a, b, "+")?;
        x.checked_add(y)
            .map(|r| self.int(r))
            .ok_or(VmError::Overflow("sum"))
    }

    /// `a - b`.
    ///
    /// # Errors
    /// `OverflowError` beyond 128 bits, `TypeError` for non-integers.
    #[inline(always)]
    pub fn sub(&mut self, a: Slot, b: Slot) -> Result<Slot, VmError> {
        if a.is_small() && b.is_small() {
            if let Some(r) = a.tagged().checked_sub(b.tagged()) {
                return Ok(Slot(r as u64));
            }
        }
        self.sub_slow(a, b)
    }

    #[cold]
    #[inline(never)]
    fn sub_slow(&mut self, a: Slot, b: Slot) -> Result<Slot, VmError> {
        let (x, y) = self.ints(a, b, "-")?;
        x.checked_sub(y)
            .map(|r| self.int(r))
            .ok_or(VmError::Overflow("difference"))
    }

    /// `a * b`.
    ///
    /// # Errors
    /// `OverflowError` beyond 128 bits, `TypeError` for non-integers.
    #[inline(always)]
    pub fn mul(&mut self, a: Slot, b: Slot) -> Result<Slot, VmError> {
        if a.is_small() && b.is_small() {
            // x * (2y) = 2(xy): the tagged product.
            if let Some(r) = a.small_value().checked_mul(b.tagged()) {
                return Ok(Slot(r as u64));
            }
        }
        self.mul_slow(a, b)
    }

    #[cold]
    #[inline(never)]
    fn mul_slow(&mut self, a: Slot, b: Slot) -> Result<Slot, VmError> {
        let (x, y) = self.ints(a, b, "*")?;
        x.checked_mul(y)
            .map(|r| self.int(r))
            .ok_or(VmError::Overflow("product"))
    }

    /// `a ** b`.
    ///
    /// # Errors
    /// `OverflowError` beyond 128 bits, `ValueError` for negative exponents,
    /// `TypeError` for non-integers.
    #[inline(always)]
    pub fn pow(&mut self, a: Slot, b: Slot) -> Result<Slot, VmError> {
        if a.is_small() && b == Slot(4) {
            // a ** 2 = x * (2x) tagged.
            if let Some(r) = a.small_value().checked_mul(a.tagged()) {
                return Ok(Slot(r as u64));
            }
        }
        self.pow_slow(a, b)
    }

    #[cold]
    #[inline(never)]
    fn pow_slow(&mut self, a: Slot, b: Slot) -> Result<Slot, VmError> {
        let (va, vb) = (self.to_value(a), self.to_value(b));
        va.py_pow(vb).map(|v| self.from_value(v))
    }

    /// `a // b`.
    ///
    /// # Errors
    /// As [`Value::floor_div`].
    pub fn floor_div(&mut self, a: Slot, b: Slot) -> Result<Slot, VmError> {
        let (va, vb) = (self.to_value(a), self.to_value(b));
        va.floor_div(vb).map(|v| self.from_value(v))
    }

    /// `a % b`.
    ///
    /// # Errors
    /// As [`Value::modulo`].
    pub fn modulo(&mut self, a: Slot, b: Slot) -> Result<Slot, VmError> {
        let (va, vb) = (self.to_value(a), self.to_value(b));
        va.modulo(vb).map(|v| self.from_value(v))
    }

    /// Time to collect? (one compare; call at safepoints)
    #[inline(always)]
    #[must_use]
    pub fn needs_collect(&self) -> bool {
        self.bigs.len() >= self.limit
    }

    /// Copies the large integers reachable from `roots` into the spare buffer,
    /// rewrites the roots and swaps the buffers; everything else is garbage.
    pub fn collect(&mut self, roots: &mut [&mut [Slot]]) {
        let mut live = std::mem::take(&mut self.spare);
        live.clear();
        live.reserve(MIN_LIMIT);
        for root in roots.iter_mut() {
            for slot in root.iter_mut() {
                if let Some(i) = slot.big_index() {
                    live.push(self.bigs[i]);
                    *slot = Slot((((live.len() - 1) as u64) << 2) | BIG_TAG);
                }
            }
        }
        self.spare = std::mem::replace(&mut self.bigs, live);
        self.limit = (self.bigs.len() * 2).max(MIN_LIMIT);
    }

    /// Large integers currently stored (live or garbage).
    #[must_use]
    pub fn len(&self) -> usize {
        self.bigs.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.bigs.is_empty()
    }
}
