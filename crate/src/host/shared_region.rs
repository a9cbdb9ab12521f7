//! The memory every process of a program shares: where `multiprocessing`'s
//! `Value`, `Array`, locks, events and queues live, so that a child's write is
//! seen by its parent. Each process has memory of its own (in the browser its
//! own wasm instance); this region is outside all of them. In the browser it
//! is a SharedArrayBuffer that the program's workers are given at their start
//! (`globalThis.gilSharedRegion`, an Int32Array over it) and that wasm reaches
//! through Atomics in `js_region`; natively, where the processes of a test are
//! threads of one OS process, it is a static array of atomics.
//!
//! The region is words (i32) that processes update with atomics and wait on
//! (as a futex), and bytes for data. Space is taken from the front as the
//! program makes objects and given back only when the next program starts.

/// The region's size: the page makes it this size; natively it is this size.
pub const REGION_BYTES: u32 = 64 << 20;

/// Bytes at the front of the region that are its own bookkeeping (the page
/// zeroes them when a program starts: www/engines/shared-region.ts): word 0 is
/// the byte offset of the next free byte (0 meaning "nothing taken yet"),
/// word 1 `LIVE_PROCESSES`.
const HEADER_BYTES: u32 = 64;

/// The word that counts the program's child processes alive, in all its
/// processes (see `runtime::process`).
pub const LIVE_PROCESSES: u32 = 1;

/// What a wait on a word found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wake {
    /// The word no longer held the expected value, or someone notified.
    Changed,
    /// The time ran out.
    TimedOut,
}

/// Whether this process has a shared region (a browser page without
/// cross-origin isolation has none).
#[must_use]
pub fn available() -> bool {
    imp::size_bytes() > 0
}

/// The region's size in bytes (0 when there is none).
#[must_use]
pub fn size_bytes() -> u32 {
    imp::size_bytes()
}

/// Takes `bytes` bytes (rounded up to 8) of the region, zeroed; their byte
/// offset, or None when the region is full or missing.
#[must_use]
pub fn alloc(bytes: u32) -> Option<u32> {
    let size = imp::size_bytes();
    let want = bytes.checked_add(7)? & !7;
    loop {
        let seen = imp::load(0);
        let start = if seen == 0 {
            HEADER_BYTES
        } else {
            u32::try_from(seen).ok()?
        };
        let end = start.checked_add(want)?;
        if end > size {
            return None;
        }
        if imp::compare_exchange(0, seen, i32::try_from(end).ok()?) == seen {
            write(start, &vec![0; want as usize]);
            return Some(start);
        }
    }
}

/// The word at word index `word`.
#[must_use]
pub fn load(word: u32) -> i32 {
    imp::load(word)
}

pub fn store(word: u32, value: i32) {
    imp::store(word, value);
}

/// Sets the word to `new` if it holds `expected`; returns what it held.
#[must_use]
pub fn compare_exchange(word: u32, expected: i32, new: i32) -> i32 {
    imp::compare_exchange(word, expected, new)
}

/// Adds `delta` to the word; returns what it held.
pub fn add(word: u32, delta: i32) -> i32 {
    imp::add(word, delta)
}

/// Sleeps while the word holds `expected`, at most `timeout_ms`, until a
/// `notify` on it. May wake early: callers look again.
pub fn wait(word: u32, expected: i32, timeout_ms: f64) -> Wake {
    imp::wait(word, expected, timeout_ms)
}

/// Wakes up to `count` waiters on the word.
pub fn notify(word: u32, count: u32) {
    imp::notify(word, count);
}

/// Copies bytes of the region, from byte offset `at`, into `out`.
pub fn read(at: u32, out: &mut [u8]) {
    imp::read(at, out);
}

/// Copies `bytes` into the region at byte offset `at`.
pub fn write(at: u32, bytes: &[u8]) {
    imp::write(at, bytes);
}

#[cfg(all(target_arch = "wasm32", target_feature = "atomics"))]
mod imp {
    use super::Wake;
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(inline_js = r#"
const words = () => globalThis.gilSharedRegion;
export function region_size() { return words()?.byteLength ?? 0; }
export function region_load(i) { return Atomics.load(words(), i); }
export function region_store(i, v) { Atomics.store(words(), i, v); }
export function region_cas(i, e, v) { return Atomics.compareExchange(words(), i, e, v); }
export function region_add(i, v) { return Atomics.add(words(), i, v); }
export function region_wait(i, v, ms) { return Atomics.wait(words(), i, v, ms) === "timed-out" ? 1 : 0; }
export function region_notify(i, n) { Atomics.notify(words(), i, n); }
export function region_read(at, out) { out.set(new Uint8Array(words().buffer, at, out.length)); }
export function region_write(at, bytes) { new Uint8Array(words().buffer, at, bytes.length).set(bytes); }
"#)]
    extern "C" {
        fn region_size() -> u32;
        fn region_load(word: u32) -> i32;
        fn region_store(word: u32, value: i32);
        fn region_cas(word: u32, expected: i32, new: i32) -> i32;
        fn region_add(word: u32, delta: i32) -> i32;
        fn region_wait(word: u32, expected: i32, timeout_ms: f64) -> u32;
        fn region_notify(word: u32, count: u32);
        fn region_read(at: u32, out: &mut [u8]);
        fn region_write(at: u32, bytes: &[u8]);
    }

    pub fn size_bytes() -> u32 {
        region_size()
    }
    pub fn load(word: u32) -> i32 {
        region_load(word)
    }
    pub fn store(word: u32, value: i32) {
        region_store(word, value);
    }
    pub fn compare_exchange(word: u32, expected: i32, new: i32) -> i32 {
        region_cas(word, expected, new)
    }
    pub fn add(word: u32, delta: i32) -> i32 {
        region_add(word, delta)
    }
    pub fn wait(word: u32, expected: i32, timeout_ms: f64) -> Wake {
        if region_wait(word, expected, timeout_ms.max(0.0)) == 1 {
            Wake::TimedOut
        } else {
            Wake::Changed
        }
    }
    pub fn notify(word: u32, count: u32) {
        region_notify(word, count);
    }
    pub fn read(at: u32, out: &mut [u8]) {
        region_read(at, out);
    }
    pub fn write(at: u32, bytes: &[u8]) {
        region_write(at, bytes);
    }
}

/// The plain build (a page without cross-origin isolation) has no region:
/// only its header's words, this process's own (so `LIVE_PROCESSES` counts
/// this process's children, not the whole program's).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
mod imp {
    use super::Wake;
    use std::sync::atomic::{AtomicI32, Ordering};

    static HEADER: [AtomicI32; (super::HEADER_BYTES / 4) as usize] =
        [const { AtomicI32::new(0) }; (super::HEADER_BYTES / 4) as usize];

    fn word(at: u32) -> Option<&'static AtomicI32> {
        HEADER.get(at as usize)
    }

    pub fn size_bytes() -> u32 {
        0
    }
    pub fn load(at: u32) -> i32 {
        word(at).map_or(0, |w| w.load(Ordering::SeqCst))
    }
    pub fn store(at: u32, value: i32) {
        if let Some(w) = word(at) {
            w.store(value, Ordering::SeqCst);
        }
    }
    pub fn compare_exchange(at: u32, expected: i32, new: i32) -> i32 {
        word(at).map_or(0, |w| {
            w.compare_exchange(expected, new, Ordering::SeqCst, Ordering::SeqCst)
                .unwrap_or_else(|seen| seen)
        })
    }
    pub fn add(at: u32, delta: i32) -> i32 {
        word(at).map_or(0, |w| w.fetch_add(delta, Ordering::SeqCst))
    }
    pub fn wait(_: u32, _: i32, _: f64) -> Wake {
        Wake::TimedOut
    }
    pub fn notify(_: u32, _: u32) {}
    pub fn read(_: u32, _: &mut [u8]) {}
    pub fn write(_: u32, _: &[u8]) {}
}

/// Natively the processes of a run are threads of this OS process: a static
/// array of atomics, and one condition variable for every wait.
#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::Wake;
    use std::sync::atomic::{AtomicI32, Ordering};
    use std::sync::{Condvar, Mutex, OnceLock, PoisonError};
    use std::time::Duration;

    /// As in the browser.
    const WORDS: usize = super::REGION_BYTES as usize / 4;

    fn words() -> &'static [AtomicI32] {
        static REGION: OnceLock<Box<[AtomicI32]>> = OnceLock::new();
        REGION.get_or_init(|| (0..WORDS).map(|_| AtomicI32::new(0)).collect())
    }

    /// Taken by a waiter from its look at the word until it sleeps, and by a
    /// notifier: no wake-up is lost in between.
    static WAKE: Mutex<()> = Mutex::new(());
    static WOKEN: Condvar = Condvar::new();

    pub fn size_bytes() -> u32 {
        u32::try_from(WORDS * 4).unwrap_or(u32::MAX)
    }
    pub fn load(word: u32) -> i32 {
        words()[word as usize].load(Ordering::SeqCst)
    }
    pub fn store(word: u32, value: i32) {
        words()[word as usize].store(value, Ordering::SeqCst);
    }
    pub fn compare_exchange(word: u32, expected: i32, new: i32) -> i32 {
        match words()[word as usize].compare_exchange(
            expected,
            new,
            Ordering::SeqCst,
            Ordering::SeqCst,
        ) {
            Ok(old) | Err(old) => old,
        }
    }
    pub fn add(word: u32, delta: i32) -> i32 {
        words()[word as usize].fetch_add(delta, Ordering::SeqCst)
    }
    pub fn wait(word: u32, expected: i32, timeout_ms: f64) -> Wake {
        let guard = WAKE.lock().unwrap_or_else(PoisonError::into_inner);
        if load(word) != expected {
            return Wake::Changed;
        }
        let timeout = Duration::from_secs_f64(timeout_ms.max(0.0) / 1000.0);
        let (_guard, result) = WOKEN
            .wait_timeout(guard, timeout)
            .unwrap_or_else(PoisonError::into_inner);
        if result.timed_out() {
            Wake::TimedOut
        } else {
            Wake::Changed
        }
    }
    pub fn notify(_word: u32, _count: u32) {
        let _guard = WAKE.lock().unwrap_or_else(PoisonError::into_inner);
        WOKEN.notify_all();
    }
    /// Bytes through the words that hold them (little-endian, as wasm's).
    pub fn read(at: u32, out: &mut [u8]) {
        for (i, byte) in out.iter_mut().enumerate() {
            let at = at as usize + i;
            *byte = words()[at / 4].load(Ordering::SeqCst).to_le_bytes()[at % 4];
        }
    }
    pub fn write(at: u32, bytes: &[u8]) {
        for (i, byte) in bytes.iter().enumerate() {
            let at = at as usize + i;
            let cell = &words()[at / 4];
            let mut current = cell.load(Ordering::SeqCst);
            loop {
                let mut le = current.to_le_bytes();
                le[at % 4] = *byte;
                match cell.compare_exchange(
                    current,
                    i32::from_le_bytes(le),
                    Ordering::SeqCst,
                    Ordering::SeqCst,
                ) {
                    Ok(_) => break,
                    Err(seen) => current = seen,
                }
            }
        }
    }
}
