//! A per-thread cache of small freed blocks, in front of the system allocator.
//!
//! Why: in the threaded wasm build, Rust's allocator (dlmalloc) takes one
//! global spin lock for every allocation and every free: an atomic exchange
//! and an atomic store, both of which V8 compiles as full barriers, and a lock
//! that two threads running without the GIL contend for. The interpreter makes
//! and frees a few small blocks per operation (a str, a call's arguments, a
//! key), so that lock was about a tenth of the time of a program building
//! strings, lists and dicts. A freed block of up to `LARGEST` bytes goes on
//! its thread's list for its size class, and the next allocation of that
//! class on that thread takes it back with no lock and no atomic operation.
//!
//! Each list holds at most `PER_CLASS` blocks (the rest go back to the system
//! allocator), so a thread keeps at most 16 KiB cached; what a thread has
//! cached when it ends stays unused (the page's threads are a long-lived pool).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr;

/// Sizes are rounded up to a multiple of this, one list per multiple.
const STEP: usize = 16;
/// The largest block cached.
const LARGEST: usize = 64;
const CLASSES: usize = LARGEST / STEP;
/// Blocks kept per class and thread.
const PER_CLASS: usize = 64;
/// Every cached block is allocated with this alignment (enough for a Value).
const ALIGN: usize = 8;

/// The allocator: `#[global_allocator]` in the threaded wasm build.
pub struct AllocCache;

/// A thread's free lists: each free block's first word points to the next.
///
/// Aligned to 16 so that the thread-local block holding it is too: a new wasm
/// thread allocates its stack and that block (wasm-bindgen's start function)
/// before its thread-locals exist, and both requests, aligned to 16, then
/// bypass the lists (`class_of` takes alignments up to 8 only).
#[repr(align(16))]
struct Lists {
    heads: [Cell<*mut u8>; CLASSES],
    lengths: [Cell<usize>; CLASSES],
}

thread_local! {
    // `const` and without a destructor: reached without allocating, which an
    // allocator must not do.
    static LISTS: Lists = const {
        Lists {
            heads: [const { Cell::new(ptr::null_mut()) }; CLASSES],
            lengths: [const { Cell::new(0) }; CLASSES],
        }
    };
}

/// The size class of `layout`, if its blocks are cached.
fn class_of(layout: Layout) -> Option<usize> {
    (layout.size() <= LARGEST && layout.align() <= ALIGN)
        .then(|| layout.size().max(1).div_ceil(STEP) - 1)
}

/// The layout every block of `class` is allocated with.
fn class_layout(class: usize) -> Layout {
    Layout::from_size_align((class + 1) * STEP, ALIGN).expect("a valid layout")
}

// SAFETY: blocks of a class are all allocated from `System` with that class's
// layout, so any of them serves any layout of the class and goes back to
// `System` with the layout it came with; a list is only ever touched by its
// own thread; a block on a list belongs to no one else.
// Not inlined: in every one of the program's allocation sites, the lists'
// code added 12 kB (gzip) to the page's download; called, 1.8 kB.
unsafe impl GlobalAlloc for AllocCache {
    #[inline(never)]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class_of(layout) else {
            // SAFETY: `layout` has a non-zero size (`GlobalAlloc::alloc`'s
            // contract, which our caller keeps), all `System.alloc` asks.
            return unsafe { System.alloc(layout) };
        };
        let cached = LISTS.with(|lists| {
            let head = lists.heads[class].get();
            if !head.is_null() {
                // SAFETY: a block on the list holds the next block's address.
                lists.heads[class].set(unsafe { head.cast::<*mut u8>().read() });
                lists.lengths[class].set(lists.lengths[class].get() - 1);
            }
            head
        });
        if cached.is_null() {
            // SAFETY: a class's layout has a non-zero size (16 bytes or more).
            unsafe { System.alloc(class_layout(class)) }
        } else {
            cached
        }
    }

    #[inline(never)]
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        let Some(class) = class_of(layout) else {
            // SAFETY: `block` was allocated by this allocator with `layout`
            // (our caller's promise), and a block of a layout no class takes
            // comes from `System` with that layout (`alloc`, or `realloc`
            // handing it to `System.realloc`).
            return unsafe { System.dealloc(block, layout) };
        };
        let kept = LISTS.with(|lists| {
            if lists.lengths[class].get() >= PER_CLASS {
                return false;
            }
            // SAFETY: the block is at least a word long and word-aligned.
            unsafe { block.cast::<*mut u8>().write(lists.heads[class].get()) };
            lists.heads[class].set(block);
            lists.lengths[class].set(lists.lengths[class].get() + 1);
            true
        });
        if !kept {
            // SAFETY: every block of a class comes from `System` with that
            // class's layout (`alloc`), and `block` is ours to free (our
            // caller's promise); it is on no list.
            unsafe { System.dealloc(block, class_layout(class)) }
        }
    }

    #[inline(never)]
    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `layout.align()` is a valid alignment (it is a layout's),
        // and `new_size` rounded up to it does not overflow `isize`
        // (`GlobalAlloc::realloc`'s contract, which our caller keeps).
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (class_of(layout), class_of(new_layout)) {
            // Neither is cached: the system allocator may grow it in place.
            // SAFETY: `block` came from `System` with `layout` (no class
            // takes it, see `dealloc`), and `new_size` is non-zero and fits
            // (`GlobalAlloc::realloc`'s contract, which our caller keeps).
            (None, None) => unsafe { System.realloc(block, layout, new_size) },
            // Still fits its block.
            (Some(old), Some(new)) if old == new => block,
            _ => {
                // SAFETY: `new_layout` has a non-zero size (`new_size`, by
                // `realloc`'s contract).
                let moved = unsafe { self.alloc(new_layout) };
                if !moved.is_null() {
                    // SAFETY: `block` is valid for reads of `layout.size()`
                    // bytes and `moved` for writes of `new_size`, two live
                    // blocks that do not overlap; `block`, allocated here with
                    // `layout` (our caller's promise), is freed once and not
                    // used after (the caller takes `moved` in its place).
                    unsafe {
                        ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                        self.dealloc(block, layout);
                    }
                }
                moved
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A freed block is the next one handed out for any size of its class;
    /// a block too large to cache is not kept.
    #[test]
    fn a_freed_block_is_handed_out_again() {
        let small = Layout::from_size_align(40, 8).unwrap();
        let same_class = Layout::from_size_align(33, 4).unwrap();
        // SAFETY: of every block of this test: the layouts have non-zero
        // sizes, and each block is freed once, with a layout of its class
        // (the one it was last taken with, or another of the same class),
        // and not used after.
        let (a, b) = unsafe { (AllocCache.alloc(small), AllocCache.alloc(small)) };
        assert_ne!(a, b);
        // SAFETY: as above.
        unsafe {
            AllocCache.dealloc(a, small);
            AllocCache.dealloc(b, small);
        }
        // Last freed, first taken.
        // SAFETY: as above.
        assert_eq!(unsafe { AllocCache.alloc(same_class) }, b);
        // SAFETY: as above.
        assert_eq!(unsafe { AllocCache.alloc(small) }, a);
        // SAFETY: as above.
        unsafe {
            AllocCache.dealloc(a, small);
            AllocCache.dealloc(b, same_class);
        }
        let class = class_of(small).unwrap();
        assert_eq!(LISTS.with(|l| l.lengths[class].get()), 2);
        let large = Layout::from_size_align(LARGEST + 1, 8).unwrap();
        // SAFETY: as above.
        unsafe {
            let c = AllocCache.alloc(large);
            AllocCache.dealloc(c, large);
        }
        assert!(LISTS.with(|l| l.lengths.iter().all(|n| n.get() <= 2)));
    }

    /// Blocks of every class, freed and taken again on several threads at
    /// once, each keeping what was written in it.
    #[test]
    fn blocks_are_reused_and_keep_their_contents() {
        let threads: Vec<_> = (0..4u8)
            .map(|t| {
                std::thread::spawn(move || {
                    // The cached blocks freed in the round before.
                    let mut freed = std::collections::HashSet::new();
                    for round in 0..200u8 {
                        let mut blocks = Vec::new();
                        for size in 1..=80usize {
                            let layout = Layout::from_size_align(size, 8).unwrap();
                            // SAFETY: a non-zero size.
                            let block = unsafe { AllocCache.alloc(layout) };
                            assert!(!block.is_null());
                            // Each class had as many blocks freed last round as
                            // this round takes: every one comes off its list.
                            if round > 0 && size <= LARGEST {
                                assert!(
                                    freed.remove(&(block as usize)),
                                    "size {size}: a new block"
                                );
                            }
                            // SAFETY: the block is `size` bytes, and this
                            // thread's alone.
                            unsafe { ptr::write_bytes(block, t ^ round, size) };
                            blocks.push((block, layout));
                        }
                        assert!(freed.is_empty());
                        for (block, layout) in blocks {
                            // SAFETY: the block's bytes, all written above,
                            // and not freed yet.
                            let bytes = unsafe { std::slice::from_raw_parts(block, layout.size()) };
                            assert!(bytes.iter().all(|&b| b == t ^ round));
                            if layout.size() <= LARGEST {
                                freed.insert(block as usize);
                            }
                            // SAFETY: allocated above with `layout`, freed
                            // once, not used after.
                            unsafe { AllocCache.dealloc(block, layout) };
                        }
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().unwrap();
        }
    }

    /// Growing a block from cached sizes to uncached ones keeps its bytes.
    #[test]
    fn realloc_keeps_the_bytes() {
        let layout = Layout::from_size_align(10, 8).unwrap();
        // SAFETY: a non-zero size; the block is 10 bytes, written whole.
        let mut block = unsafe { AllocCache.alloc(layout) };
        // SAFETY: as above.
        unsafe { ptr::copy_nonoverlapping(b"0123456789".as_ptr(), block, 10) };
        let mut size = 10;
        for new_size in [12, 40, 100, 1000, 30] {
            let old = Layout::from_size_align(size, 8).unwrap();
            // SAFETY: `block` is live with layout `old`; `new_size` is
            // non-zero; the old block is not used after.
            block = unsafe { AllocCache.realloc(block, old, new_size) };
            size = new_size;
            // SAFETY: every size here is 10 bytes or more, the first 10 kept.
            let bytes = unsafe { std::slice::from_raw_parts(block, 10) };
            assert_eq!(bytes, b"0123456789");
        }
        // SAFETY: the live block, with the layout it was last given.
        unsafe { AllocCache.dealloc(block, Layout::from_size_align(size, 8).unwrap()) };
    }

    #[test]
    fn size_classes() {
        let class = |size| class_of(Layout::from_size_align(size, 8).unwrap());
        assert_eq!(class(1), Some(0));
        assert_eq!(class(16), Some(0));
        assert_eq!(class(17), Some(1));
        assert_eq!(class(64), Some(3));
        assert_eq!(class(65), None);
        assert_eq!(class_of(Layout::from_size_align(16, 16).unwrap()), None);
    }
}
