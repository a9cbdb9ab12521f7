//! Allocations whose size a program chooses (`[0] * n`, `"ab" * n`,
//! `list(range(n))`, a list that keeps growing): asked of `memory` first and
//! made fallibly, so that a request the instance cannot satisfy is Python's
//! MemoryError, never a trap (in wasm a failed allocation aborts the thread)
//! and never a wrong result.

use super::error::{ExcType, PyErr, PyResult};
use crate::host::memory;

/// MemoryError as CPython raises it for a request it cannot satisfy: no
/// message (`[0] * 10**10`).
#[must_use]
pub fn memory_error() -> PyErr {
    PyErr::bare(ExcType::MemoryError)
}

/// `count` items of `size` bytes each as a number of items, when the
/// instance can allocate them at once; MemoryError otherwise.
///
/// # Errors
/// MemoryError.
pub fn check_items(count: u64, size: usize) -> PyResult<usize> {
    let bytes = memory::bytes_for(count, size);
    if memory::can_allocate(bytes) {
        Ok(usize::try_from(count).map_err(|_| memory_error())?)
    } else {
        Err(memory_error())
    }
}

/// MemoryError unless `bytes` (`None`: past `usize`) can be allocated at once.
///
/// # Errors
/// MemoryError.
pub fn check_bytes(bytes: Option<usize>) -> PyResult<usize> {
    match bytes {
        Some(bytes) if memory::can_allocate(Some(bytes)) => Ok(bytes),
        _ => Err(memory_error()),
    }
}

/// Room for exactly `additional` more items in `items`, or MemoryError.
///
/// # Errors
/// MemoryError.
pub fn reserve_exact<T>(items: &mut Vec<T>, additional: usize) -> PyResult<()> {
    let total = items.len().checked_add(additional);
    check_bytes(total.and_then(|n| n.checked_mul(std::mem::size_of::<T>())))?;
    items
        .try_reserve_exact(additional)
        .map_err(|_| memory_error())
}

/// Room for `additional` more items in `items`, growing as `Vec` does
/// (`extend`, `+=`: to twice the capacity, or exactly enough when twice
/// cannot be had), or MemoryError.
///
/// # Errors
/// MemoryError.
pub fn reserve<T>(items: &mut Vec<T>, additional: usize) -> PyResult<()> {
    if items.capacity() - items.len() >= additional {
        return Ok(());
    }
    let needed = items.len().checked_add(additional);
    let doubled = needed.map(|n| n.max(items.capacity().saturating_mul(2)));
    if can_hold::<T>(doubled) {
        return items.try_reserve(additional).map_err(|_| memory_error());
    }
    reserve_exact(items, additional)
}

/// Whether `count` items of `T` can be allocated at once.
fn can_hold<T>(count: Option<usize>) -> bool {
    memory::can_allocate(count.and_then(|n| n.checked_mul(std::mem::size_of::<T>())))
}

/// An empty vector with room for `count` items, or MemoryError.
///
/// # Errors
/// MemoryError.
pub fn vec_with_capacity<T>(count: usize) -> PyResult<Vec<T>> {
    let mut items = Vec::new();
    reserve_exact(&mut items, count)?;
    Ok(items)
}

/// `items.push(item)`; when the vector is full, its growth (to twice its
/// size: hundreds of MB at once for a long list) asked first and made
/// fallibly. The check is the comparison `push` makes anyway.
///
/// # Errors
/// MemoryError.
#[inline(always)]
pub fn push<T>(items: &mut Vec<T>, item: T) -> PyResult<()> {
    if items.len() == items.capacity() {
        grow(items)?;
    }
    items.push(item);
    Ok(())
}

/// Makes room for one more item in the full `items`: twice the capacity
/// (at least 4), as `Vec` would; else, near the limit, an eighth more (as
/// CPython's lists grow); else MemoryError.
#[cold]
#[inline(never)]
fn grow<T>(items: &mut Vec<T>) -> PyResult<()> {
    let capacity = items.capacity();
    if can_hold::<T>(capacity.checked_mul(2).map(|n| n.max(4))) {
        return items.try_reserve(1).map_err(|_| memory_error());
    }
    reserve_exact(items, capacity / 8 + 1)
}

/// `text.push_str(more)`, its growth asked first and made fallibly (as
/// `reserve` for a vector): a repr of a huge container is a huge string.
///
/// # Errors
/// MemoryError.
pub fn push_str(text: &mut String, more: &str) -> PyResult<()> {
    if text.capacity() - text.len() < more.len() {
        let needed = text.len().checked_add(more.len());
        let doubled = needed.map(|n| n.max(text.capacity().saturating_mul(2)));
        if memory::can_allocate(doubled) {
            text.try_reserve(more.len()).map_err(|_| memory_error())?;
        } else {
            check_bytes(needed)?;
            text.try_reserve_exact(more.len())
                .map_err(|_| memory_error())?;
        }
    }
    text.push_str(more);
    Ok(())
}

/// An empty String with room for `bytes` bytes, or MemoryError.
///
/// # Errors
/// MemoryError.
pub fn string_with_capacity(bytes: usize) -> PyResult<String> {
    check_bytes(Some(bytes))?;
    let mut text = String::new();
    text.try_reserve_exact(bytes).map_err(|_| memory_error())?;
    Ok(text)
}
