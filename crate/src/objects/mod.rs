//! Python's values: the numeric and text primitives of int, float and str (repr, the format mini-language, arithmetic with CPython's rounding, signs and error texts, parsing), as plain Rust functions that the interpreter wraps.

pub mod chars;
pub mod dtoa;
pub mod error;
pub mod float_ops;
pub mod float_repr;
pub mod format_spec;
pub mod int_ops;
pub mod math_ops;
pub mod parse_number;
pub mod random;
pub mod regex;
pub mod str_repr;
mod unicode_data;
