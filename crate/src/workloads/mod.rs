//! The articles' CPU-bound workloads as plain Rust functions ("native" runtime).

pub mod process_data;
pub mod sum_squares;
