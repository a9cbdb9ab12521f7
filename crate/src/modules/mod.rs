//! The standard library modules the interpreter offers, written in Rust.

pub mod random;
