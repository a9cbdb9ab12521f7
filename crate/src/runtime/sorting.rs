//! `sorted()` and `list.sort()`: a stable sort by Python's `<`. As CPython
//! does (listobject.c's `unsafe_*_compare`), the keys are first checked for
//! one plain kind shared by all of them (ints, floats, strs), and then
//! compared directly, with no call per comparison and nothing that can
//! fail; tuples whose first items share such a kind compare those first
//! items directly, and the rest of the tuples only when they are equal.
//! Other keys are sorted by `<` alone, by a merge sort of our own that
//! stops at the first error and tolerates an inconsistent `__lt__`.

use std::cmp::Ordering;

use super::error::PyErr;
use super::value::Value;
use super::Interp;
use crate::compiler::bytecode::CmpOp;

/// The kinds of key compared directly.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Plain {
    Int,
    Float,
    Str,
}

fn plain_kind(v: &Value) -> Option<Plain> {
    match v {
        Value::Int(_) => Some(Plain::Int),
        // A NaN is neither less nor more than anything: left to `order`.
        Value::Float(f) if !f.is_nan() => Some(Plain::Float),
        Value::Str(_) => Some(Plain::Str),
        _ => None,
    }
}

/// The plain kind every one of `keys` has, if they share one.
fn shared_kind<'a>(mut keys: impl Iterator<Item = &'a Value>) -> Option<Plain> {
    let first = plain_kind(keys.next()?)?;
    keys.all(|k| plain_kind(k) == Some(first)).then_some(first)
}

/// How two keys of one plain kind order (as `<` both ways would tell):
/// strs by code point, which is their UTF-8 bytes' order.
fn plain_order(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y).unwrap_or(Ordering::Equal),
        (Value::Str(x), Value::Str(y)) => x.as_bytes().cmp(y.as_bytes()),
        _ => Ordering::Equal,
    }
}

/// Whether every key is a non-empty tuple and their first items share a
/// plain kind.
fn tuples_of_plain_first(keys: &[Value]) -> bool {
    let firsts = keys.iter().map(|k| match k {
        Value::Tuple(t) => t.first(),
        _ => None,
    });
    if firsts.clone().any(|f| f.is_none()) {
        return false;
    }
    shared_kind(firsts.flatten()).is_some()
}

impl Interp {
    /// The items sorted by `key` (or by themselves), stably, with Python's
    /// `<`. On an error the items come back unsorted with it.
    pub fn sorted(
        &mut self,
        items: Vec<Value>,
        key: Option<&Value>,
        reverse: bool,
    ) -> Result<Vec<Value>, (Vec<Value>, PyErr)> {
        let direction = |o: Ordering| if reverse { o.reverse() } else { o };
        let key = key.filter(|k| !matches!(k, Value::None));
        let Some(key) = key else {
            let mut items = items;
            // Nothing can fail: sorted in place.
            if shared_kind(items.iter()).is_some() {
                items.sort_by(|a, b| direction(plain_order(a, b)));
                return Ok(items);
            }
            return match self.sorted_positions(&items, reverse) {
                Ok(order) => Ok(take_in_order(items, &order)),
                Err(e) => Err((items, e)),
            };
        };
        let mut keys = Vec::with_capacity(items.len());
        for item in &items {
            match self.call_with_first(key, item, &[]) {
                Ok(k) => keys.push(k),
                Err(e) => return Err((items, e)),
            }
        }
        let order = if shared_kind(keys.iter()).is_some() {
            plain_positions(&keys, reverse)
        } else {
            match self.sorted_positions(&keys, reverse) {
                Ok(order) => order,
                Err(e) => return Err((items, e)),
            }
        };
        Ok(take_in_order(items, &order))
    }

    /// The positions of `keys` in sorted order, compared with `<` (which
    /// may run Python code, and fail).
    fn sorted_positions(&mut self, keys: &[Value], reverse: bool) -> Result<Vec<usize>, PyErr> {
        let plain_first = tuples_of_plain_first(keys);
        let mut order: Vec<usize> = (0..keys.len()).collect();
        merge_sort(&mut order, &mut |a, b| {
            // Reversed, equal keys keep their order, as in CPython.
            let (x, y) = if reverse {
                (&keys[b], &keys[a])
            } else {
                (&keys[a], &keys[b])
            };
            if plain_first {
                if let (Value::Tuple(x), Value::Tuple(y)) = (x, y) {
                    match plain_order(&x[0], &y[0]) {
                        Ordering::Less => return Ok(true),
                        Ordering::Greater => return Ok(false),
                        Ordering::Equal => {}
                    }
                }
            }
            let verdict = self.compare(CmpOp::Lt, x, y)?;
            self.truthy(&verdict)
        })?;
        Ok(order)
    }
}

/// The positions of `keys`, all of one plain kind, in sorted order (stable).
/// Int keys are sorted as numbers beside their positions, with no
/// indirection per comparison.
fn plain_positions(keys: &[Value], reverse: bool) -> Vec<usize> {
    if let Some(Value::Int(_)) = keys.first() {
        let mut pairs: Vec<(i64, usize)> = keys
            .iter()
            .enumerate()
            .map(|(at, k)| (if let Value::Int(x) = k { *x } else { 0 }, at))
            .collect();
        if reverse {
            pairs.sort_by_key(|pair| std::cmp::Reverse(pair.0));
        } else {
            pairs.sort_by_key(|pair| pair.0);
        }
        return pairs.into_iter().map(|(_, at)| at).collect();
    }
    let mut order: Vec<usize> = (0..keys.len()).collect();
    if reverse {
        order.sort_by(|&a, &b| plain_order(&keys[b], &keys[a]));
    } else {
        order.sort_by(|&a, &b| plain_order(&keys[a], &keys[b]));
    }
    order
}

/// Runs of this many items are sorted by insertion before merging.
const RUN: usize = 32;

/// A stable sort of `v` by `less` (Python's `<`, which alone is asked, as
/// CPython asks it), stopping at its first error. Unlike the standard
/// library's sorts it never panics when `less` is no consistent order (a
/// class whose `__lt__` answers at random): the items then come out in
/// some order, as in CPython. Runs sorted by binary insertion, then merged
/// pairwise; two runs already in order are not merged, so sorted input
/// takes about one comparison per item.
fn merge_sort(
    v: &mut [usize],
    less: &mut impl FnMut(usize, usize) -> Result<bool, PyErr>,
) -> Result<(), PyErr> {
    let n = v.len();
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let item = v[i];
            if !less(item, v[i - 1])? {
                continue;
            }
            // After the last item not more than it: stable.
            let (mut lo, mut hi) = (start, i - 1);
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                if less(item, v[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            v.copy_within(lo..i, lo + 1);
            v[lo] = item;
        }
    }
    let mut merged = vec![0; n];
    let mut width = RUN;
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            if mid >= end || !less(v[mid], v[mid - 1])? {
                continue;
            }
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                // The left one first when equal: stable.
                if less(v[j], v[i])? {
                    merged[k] = v[j];
                    j += 1;
                } else {
                    merged[k] = v[i];
                    i += 1;
                }
                k += 1;
            }
            merged[k..k + (mid - i)].copy_from_slice(&v[i..mid]);
            k += mid - i;
            merged[k..k + (end - j)].copy_from_slice(&v[j..end]);
            v[start..end].copy_from_slice(&merged[start..end]);
        }
        width *= 2;
    }
    Ok(())
}

/// `items` taken in the order of `positions` (each position once).
fn take_in_order(mut items: Vec<Value>, positions: &[usize]) -> Vec<Value> {
    positions
        .iter()
        .map(|&i| std::mem::replace(&mut items[i], Value::None))
        .collect()
}
