//! "Did you mean: 'total'?" after a NameError's or an AttributeError's
//! message in a traceback, as CPython 3.11 adds it: the closest name by its
//! Levenshtein distance (a move costs 2, a change of case 1), if no more
//! than about a third of the characters need changing.
//!
//! Where a NameError is looked up: the failing function's local variable
//! names (kept on the error as it is raised, `Raised::local_names`), the
//! program's globals, then the builtins. Where an AttributeError is:
//! what `dir()` lists of the object it was looked up on (its `obj`), else,
//! from its message, a built-in type's attributes or a module's names.

use super::error::ExcType;
use super::value::Value;
use super::Interp;
use std::sync::Arc;

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;
const MAX_CANDIDATE_ITEMS: usize = 750;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The distance from `a` to `b` (on their UTF-8 bytes), or `max_cost + 1`
/// once it is sure to be more than `max_cost`.
fn distance<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut dist = b_index * MOVE_COST;
        result = dist;
        let mut minimum = usize::MAX;
        for (index, &item) in a.iter().enumerate() {
            let substitute = dist + substitution_cost(code, item);
            dist = buffer[index];
            let insert_delete = result.min(dist) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `name`, the first of equals, if close enough.
fn closest<'a>(candidates: impl ExactSizeIterator<Item = &'a str>, name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, b)| d < b) {
            best = Some((item, d));
        }
    }
    best.map(|(item, _)| item.to_string())
}

/// The text between the first two quotes after `prefix` in `message`.
fn quoted_after<'m>(message: &'m str, prefix: &str) -> Option<&'m str> {
    let rest = message.strip_prefix(prefix)?;
    let end = rest.find('\'')?;
    Some(&rest[..end])
}

impl Interp {
    /// The attribute of an AttributeError's object (`obj`) closest to the
    /// name it did not find (`name`), as CPython looks through `dir(obj)`.
    fn attribute_suggestion(&mut self, e: &super::value::Exception) -> Option<String> {
        let (Value::Str(name), Some(object)) = (
            super::exception_fields::field(e, "name")?,
            super::exception_fields::field(e, "obj"),
        ) else {
            return None;
        };
        let listed = super::introspect::dir_of(self, &object).ok()?;
        let Value::List(list) = listed else {
            return None;
        };
        let names: Vec<Value> = super::value::lock(&list.items).iter().cloned().collect();
        let names: Vec<&str> = names
            .iter()
            .filter_map(|n| match n {
                Value::Str(s) => Some(&**s),
                _ => None,
            })
            .collect();
        closest(names.into_iter(), &name)
    }

    /// The module imported as `name`, if it is.
    fn loaded(&self, name: &str) -> Option<Value> {
        super::value::lock(&self.rt.modules).get(name).cloned()
    }

    /// " Did you mean: 'x'?" for the exception `value` with `message`, if
    /// CPython would add one.
    pub(super) fn suggestion(
        &mut self,
        value: &Value,
        message: &str,
        local_names: &[Arc<str>],
    ) -> Option<String> {
        let Value::Exception(e) = value else {
            return None;
        };
        if e.kind.is_subclass(ExcType::AttributeError) {
            if let Some(found) = self.attribute_suggestion(e) {
                return Some(format!(". Did you mean: '{found}'?"));
            }
        }
        if e.class.is_some() {
            return None;
        }
        let found = match e.kind {
            ExcType::NameError => {
                let name = quoted_after(message, "name '")?;
                if !message.ends_with("' is not defined") {
                    return None;
                }
                let global_names: Vec<String> = match self.loaded("__main__") {
                    Some(Value::Module(m)) => m.names().keys().map(ToString::to_string).collect(),
                    _ => Vec::new(),
                };
                closest(local_names.iter().map(|n| &**n), name)
                    .or_else(|| closest(global_names.iter().map(String::as_str), name))
                    .or_else(|| {
                        let mut builtins: Vec<String> =
                            self.builtins.keys().map(ToString::to_string).collect();
                        // Constants here, names in CPython's builtins.
                        for constant in ["None", "Ellipsis", "NotImplemented", "False", "True"] {
                            if !builtins.iter().any(|b| b == constant) {
                                builtins.push(constant.to_string());
                            }
                        }
                        closest(builtins.iter().map(String::as_str), name)
                    })
            }
            ExcType::AttributeError => {
                let (_, attr) = message.rsplit_once(" has no attribute '")?;
                let attr = attr.strip_suffix('\'')?;
                if let Some(module) = quoted_after(message, "module '") {
                    let Some(Value::Module(m)) = self.loaded(module) else {
                        return None;
                    };
                    let mut names: Vec<String> =
                        m.names().keys().map(ToString::to_string).collect();
                    names.sort();
                    closest(names.iter().map(String::as_str), attr)
                } else {
                    let type_name = quoted_after(message, "'")?;
                    if !message.starts_with(&format!("'{type_name}' object has")) {
                        return None;
                    }
                    let names = super::dir_names::of_type(type_name)?;
                    closest(names.iter().copied(), attr)
                }
            }
            _ => None,
        };
        found.map(|name| format!(". Did you mean: '{name}'?"))
    }
}
