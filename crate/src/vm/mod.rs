//! The bytecode interpreter: the page's "Python".
//!
//! * [`value`]: Python-like exact integers (i64 fast path, i128, `OverflowError`).
//! * [`heap`]: the interpreter's one-word value slots and its large integers.
//! * [`bytecode`]: the instruction set, programs and a tiny assembler.
//! * [`programs`]: the built-in programs (the articles' workloads as bytecode).
//! * [`interp`]: the interpreter loop (one thread).
//! * [`shared`]: state shared by threads: the global counter and a lock.
//! * [`engine`]: several interpreter threads sharing one GIL, traced.

pub mod bytecode;
pub mod engine;
pub mod heap;
pub mod interp;
pub mod programs;
pub mod shared;
pub mod value;
