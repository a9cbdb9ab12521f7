//! Python's values: the numeric and text primitives of int, float, complex and str (repr, the format mini-language, arithmetic with CPython's rounding, signs and error texts, parsing, numeric hashes), as plain Rust functions that the interpreter wraps.

pub mod chars;
pub mod cmath_ops;
pub mod complex;
pub mod dtoa;
pub mod error;
pub mod float_ops;
pub mod float_repr;
pub mod format_spec;
pub mod int_ops;
pub mod math_ops;
pub mod num_hash;
pub mod parse_number;
pub mod random;
pub mod regex;
pub mod str_repr;
mod unicode_data;
