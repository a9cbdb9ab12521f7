//! `str.format` and `str.format_map`: a template's literal text, `{{` and
//! `}}`, and its replacement fields `{name.attr[key]!conversion:spec}`,
//! whose spec may hold fields of its own (`{:{width}}`). Mirrors CPython
//! 3.11's Objects/stringlib/unicode_format.h (`MarkupIterator_next`,
//! `parse_field`, `field_name_split`, `get_field_object`, `render_field`),
//! with its errors. The markup characters are ASCII, so the template is read
//! by bytes; a field's name and spec are sliced from it whole.

use std::borrow::Cow;
use std::sync::Arc;

use super::super::alloc;
use super::super::error::{ExcType, PyErr, PyResult};
use super::super::value::Value;
use super::super::Interp;
use crate::objects::chars::decimal_value;

/// Where a field's value comes from.
pub struct Arguments<'a> {
    /// The positional arguments of `format`; `None` for `format_map`, which
    /// has none (a field `{0}` or `{}` is then an error).
    pub positional: Option<&'a [Value]>,
    pub names: Names<'a>,
}

/// Where a named field (`{name}`) is looked up.
pub enum Names<'a> {
    /// The keyword arguments of `format`.
    Keywords(&'a [(Arc<str>, Value)]),
    /// The mapping of `format_map`, subscripted as `mapping[name]`.
    Mapping(&'a Value),
}

/// The template `template` formatted with `arguments`.
///
/// # Errors
/// CPython's ValueErrors for a malformed template, IndexError and KeyError
/// for a field with no argument, and what a lookup, a conversion or a
/// `__format__` raises.
pub fn format(interp: &mut Interp, template: &str, arguments: Arguments<'_>) -> PyResult<String> {
    let mut formatter = Formatter {
        arguments,
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    // PEP 3101 allows a field in a spec, but no field in that one's spec.
    formatter.build(interp, template, 2)
}

/// `{}` numbers fields by itself, `{0}` names them: a template uses one way
/// or the other (`AutoNumberState`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unset,
    Automatic,
    Manual,
}

struct Formatter<'a> {
    arguments: Arguments<'a>,
    numbering: Numbering,
    /// The index the next `{}` takes; shared by the template and its specs.
    next_auto: usize,
}

/// A replacement field, as `parse_field` splits it.
struct Field<'t> {
    name: &'t str,
    conversion: Option<char>,
    spec: &'t str,
    /// The spec has fields of its own (a `{`).
    spec_has_fields: bool,
}

fn value_error(message: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::ValueError, message)
}

impl Formatter<'_> {
    /// `build_string` and `do_markup`: the literal text copied, each field
    /// rendered; `depth` is how many levels of nested specs remain.
    fn build(&mut self, interp: &mut Interp, template: &str, depth: u32) -> PyResult<String> {
        if depth == 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let bytes = template.as_bytes();
        let mut out = String::with_capacity(template.len() + 16);
        let mut pos = 0;
        while pos < bytes.len() {
            // Literal text, up to a brace (`MarkupIterator_next`).
            let start = pos;
            let mut brace = None;
            while pos < bytes.len() {
                let c = bytes[pos];
                pos += 1;
                if c == b'{' || c == b'}' {
                    brace = Some(c);
                    break;
                }
            }
            let mut literal_end = pos;
            let mut field_follows = brace.is_some();
            if let Some(c) = brace {
                match bytes.get(pos) {
                    // A doubled brace is one brace of literal text.
                    Some(&next) if next == c => {
                        pos += 1;
                        field_follows = false;
                    }
                    _ if c == b'}' => {
                        return Err(value_error("Single '}' encountered in format string"))
                    }
                    None => return Err(value_error("Single '{' encountered in format string")),
                    Some(_) => literal_end -= 1,
                }
            }
            alloc::push_str(&mut out, &template[start..literal_end])?;
            if field_follows {
                interp.count_step()?;
                let field = parse_field(template, &mut pos)?;
                if field.conversion.is_none() && field.spec.is_empty() {
                    // A plain `{}` of a str or an int: written straight
                    // into the result (no String of its own).
                    match self.field_value(interp, field.name)? {
                        Value::Str(s) => alloc::push_str(&mut out, &s)?,
                        Value::Int(i) => {
                            use std::fmt::Write;
                            let _ = write!(out, "{i}");
                        }
                        value => alloc::push_str(&mut out, &interp.format(&value, "")?)?,
                    }
                    continue;
                }
                let text = self.render(interp, &field, depth)?;
                alloc::push_str(&mut out, &text)?;
            }
        }
        Ok(out)
    }

    /// `output_markup`: the field's value, converted, formatted by its spec
    /// (whose own fields are filled in first).
    fn render(&mut self, interp: &mut Interp, field: &Field<'_>, depth: u32) -> PyResult<String> {
        let mut value = self.field_value(interp, field.name)?;
        if let Some(conversion) = field.conversion {
            let text = match conversion {
                'r' => interp.repr(&value)?,
                's' => interp.to_str(&value)?,
                'a' => super::ascii(interp, &value)?,
                c if (c as u32) > 32 && (c as u32) < 127 => {
                    return Err(value_error(format!("Unknown conversion specifier {c}")))
                }
                c => {
                    return Err(value_error(format!(
                        "Unknown conversion specifier \\x{:x}",
                        c as u32
                    )))
                }
            };
            value = Value::str(&text);
        }
        let spec: Cow<'_, str> = if field.spec_has_fields {
            Cow::Owned(self.build(interp, field.spec, depth - 1)?)
        } else {
            Cow::Borrowed(field.spec)
        };
        format_field(interp, &value, &spec)
    }

    /// `get_field_object`: the argument a field names, then its attributes
    /// (`.name`) and items (`[key]`, an int key when all digits).
    fn field_value(&mut self, interp: &mut Interp, name: &str) -> PyResult<Value> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        let mut value = match self.argument_index(first)? {
            Some(index) => match self.arguments.positional {
                None => return Err(value_error("Format string contains positional fields")),
                Some(positional) => positional.get(index).cloned().ok_or_else(|| {
                    PyErr::new(
                        ExcType::IndexError,
                        format!("Replacement index {index} out of range for positional args tuple"),
                    )
                })?,
            },
            None => match self.arguments.names {
                Names::Keywords(keywords) => match keywords.iter().find(|(k, _)| &**k == first) {
                    Some((_, v)) => v.clone(),
                    None => return Err(interp.key_error(&Value::str(first))),
                },
                Names::Mapping(mapping) => interp.get_item(mapping, &Value::str(first))?,
            },
        };
        // `FieldNameIterator_next`, one lookup at a time: a lookup's error
        // comes before a malformed rest of the name.
        let bytes = name.as_bytes();
        let mut pos = first_end;
        while pos < bytes.len() {
            let kind = bytes[pos];
            pos += 1;
            let start = pos;
            let part = match kind {
                b'.' => {
                    while pos < bytes.len() && bytes[pos] != b'.' && bytes[pos] != b'[' {
                        pos += 1;
                    }
                    &name[start..pos]
                }
                b'[' => {
                    while pos < bytes.len() && bytes[pos] != b']' {
                        pos += 1;
                    }
                    if pos == bytes.len() {
                        return Err(value_error("Missing ']' in format string"));
                    }
                    pos += 1;
                    &name[start..pos - 1]
                }
                _ => {
                    return Err(value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ))
                }
            };
            let index = if kind == b'[' { integer(part)? } else { None };
            if part.is_empty() {
                return Err(value_error("Empty attribute in format string"));
            }
            value = match (kind, index) {
                (b'.', _) => interp.get_attr(&value, part)?,
                (_, Some(index)) => {
                    let key = Value::Int(i64::try_from(index).unwrap_or(i64::MAX));
                    interp.get_item(&value, &key)?
                }
                (_, None) => interp.get_item(&value, &Value::str(part))?,
            };
        }
        Ok(value)
    }

    /// `field_name_split`'s numbering: the positional index of a field whose
    /// name starts with `first` (`None`: a name to look up), numbering the
    /// empty ones and refusing a mix of `{}` and `{0}`.
    fn argument_index(&mut self, first: &str) -> PyResult<Option<usize>> {
        let index = integer(first)?;
        let automatic = first.is_empty();
        if !automatic && index.is_none() {
            return Ok(None);
        }
        if self.numbering == Numbering::Unset {
            self.numbering = if automatic {
                Numbering::Automatic
            } else {
                Numbering::Manual
            };
        }
        match (self.numbering, automatic) {
            (Numbering::Manual, true) => Err(value_error(
                "cannot switch from manual field specification to automatic field numbering",
            )),
            (Numbering::Automatic, false) => Err(value_error(
                "cannot switch from automatic field numbering to manual field specification",
            )),
            (_, true) => {
                self.next_auto += 1;
                Ok(Some(self.next_auto - 1))
            }
            (_, false) => Ok(index),
        }
    }
}

/// `get_integer`: `text` as a non-negative integer when it is all decimal
/// digits (of any script); `None` when empty or not all digits.
///
/// # Errors
/// ValueError past a 64-bit ssize_t, as CPython.
fn integer(text: &str) -> PyResult<Option<usize>> {
    if text.is_empty() {
        return Ok(None);
    }
    let mut n: u64 = 0;
    for c in text.chars() {
        let Some(digit) = decimal_value(c) else {
            return Ok(None);
        };
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(u64::from(digit)))
            .filter(|&n| i64::try_from(n).is_ok())
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    // Past this machine's usize (a 32-bit wasm), no argument has the index.
    Ok(Some(usize::try_from(n).unwrap_or(usize::MAX)))
}

/// `parse_field`: the field after a `{` at `*pos`, up to its `}`, which
/// `*pos` is left after.
fn parse_field<'t>(template: &'t str, pos: &mut usize) -> PyResult<Field<'t>> {
    let bytes = template.as_bytes();
    let name_start = *pos;
    let mut last = None;
    while *pos < bytes.len() {
        let c = bytes[*pos];
        *pos += 1;
        last = Some(c);
        match c {
            b'{' => return Err(value_error("unexpected '{' in field name")),
            // An item key may hold any of `}:!`.
            b'[' => {
                while *pos < bytes.len() && bytes[*pos] != b']' {
                    *pos += 1;
                }
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    let mut field = Field {
        name: "",
        conversion: None,
        spec: "",
        spec_has_fields: false,
    };
    match last {
        Some(b'}') => {
            field.name = &template[name_start..*pos - 1];
            Ok(field)
        }
        Some(c @ (b'!' | b':')) => {
            field.name = &template[name_start..*pos - 1];
            if c == b'!' {
                let Some(conversion) = template[*pos..].chars().next() else {
                    return Err(value_error(
                        "end of string while looking for conversion specifier",
                    ));
                };
                field.conversion = Some(conversion);
                *pos += conversion.len_utf8();
                if let Some(&next) = bytes.get(*pos) {
                    *pos += 1;
                    if next == b'}' {
                        return Ok(field);
                    }
                    if next != b':' {
                        return Err(value_error("expected ':' after conversion specifier"));
                    }
                }
            }
            // The spec runs to the `}` that closes the field: nested braces
            // are fields of the spec.
            let spec_start = *pos;
            let mut open = 1;
            while *pos < bytes.len() {
                let c = bytes[*pos];
                *pos += 1;
                if c == b'{' {
                    field.spec_has_fields = true;
                    open += 1;
                } else if c == b'}' {
                    open -= 1;
                    if open == 0 {
                        field.spec = &template[spec_start..*pos - 1];
                        return Ok(field);
                    }
                }
            }
            Err(value_error("unmatched '{' in format spec"))
        }
        _ => Err(value_error("expected '}' before end of string")),
    }
}

/// `format(value, spec)` as `render_field` does it: `Interp::format`
/// (a class's `__format__`, a built-in base's, or `object.__format__`).
///
/// # Errors
/// What the spec's parsing or `__format__` raises; TypeError when
/// `__format__` returns no str.
pub fn format_field(interp: &mut Interp, value: &Value, spec: &str) -> PyResult<String> {
    interp.format(value, spec)
}
