//! Where the value primitives knowingly part from CPython, and the API
//! around CPython's texts that name a type.

use gil_playground::objects::error::ErrorKind;
use gil_playground::objects::format_spec::{
    format_int, int_format, str_format, FormatError, FormatSpec, MAX_FORMAT_LEN,
};
use gil_playground::objects::int_ops::{int_pow, IntPow};
use num_bigint::BigInt;

/// CPython would try to allocate the text (and raise MemoryError when it
/// cannot); these functions refuse beyond `MAX_FORMAT_LEN` characters.
#[test]
fn huge_widths_and_precisions_are_memory_errors() {
    let huge = (MAX_FORMAT_LEN + 1).to_string();
    let err = int_format(&BigInt::from(1), &huge).unwrap_err();
    assert_eq!(err.kind, ErrorKind::MemoryError);
    assert_eq!(err.to_string(), "MemoryError");
    let err = str_format("a", &format!("<{huge}")).unwrap_err();
    assert_eq!(err.kind, ErrorKind::MemoryError);
    let spec = format!(".{huge}f");
    let err = gil_playground::objects::format_spec::float_format(1.0, &spec).unwrap_err();
    assert_eq!(err.kind, ErrorKind::MemoryError);
    // 'g' does not pad to its precision: no limit there.
    let spec = format!(".{huge}g");
    assert_eq!(
        gil_playground::objects::format_spec::float_format(0.5, &spec).as_deref(),
        Ok("0.5")
    );
}

/// A Rust string cannot hold a lone surrogate: `format(0xD800, 'c')`, which
/// CPython answers with '\ud800', is a ValueError here.
#[test]
fn surrogates_cannot_be_formatted_with_c() {
    let err = int_format(&BigInt::from(0xD800), "c").unwrap_err();
    assert_eq!(err.kind, ErrorKind::ValueError);
    assert_eq!(
        int_format(&BigInt::from(0xD7FF), "c").as_deref(),
        Ok("\u{d7ff}")
    );
}

/// The texts that name the value's type take the caller's type name (a
/// subclass's, or bool's: `format(True, 'q')`).
#[test]
fn type_names_come_from_the_caller() {
    // python3 -c "format(True, 'q')"  ->  ValueError: Unknown format code 'q' for object of type 'bool'
    let spec = FormatSpec::parse("q").expect("parses");
    let err = format_int(&BigInt::from(1), &spec).unwrap_err();
    assert_eq!(err, FormatError::UnknownCode('q'));
    assert_eq!(
        err.into_py_err("bool").to_string(),
        "ValueError: Unknown format code 'q' for object of type 'bool'"
    );
    // python3 -c "format(True, 'ab')"  ->  ValueError: Invalid format specifier 'ab' for object of type 'bool'
    let err = FormatSpec::parse("ab").unwrap_err();
    assert_eq!(
        err.into_py_err("bool").to_string(),
        "ValueError: Invalid format specifier 'ab' for object of type 'bool'"
    );
}

/// `2 ** (2 ** 70)` cannot be stored: CPython raises MemoryError after
/// trying; here before.
#[test]
fn impossible_powers_are_memory_errors() {
    let big_exp = BigInt::from(1u128 << 70);
    let err = int_pow(&BigInt::from(2), &big_exp).unwrap_err();
    assert_eq!(err.kind, ErrorKind::MemoryError);
    // 1, 0 and -1 to any power are cheap and exact.
    assert_eq!(
        int_pow(&BigInt::from(-1), &big_exp),
        Ok(IntPow::Int(BigInt::from(1)))
    );
}
