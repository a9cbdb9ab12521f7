//! Method resolution order: CPython's C3 linearisation of a class's bases,
//! the built-in types among them included (`object`, `ValueError`), so that
//! `__mro__` and the "consistent method resolution order" error are
//! CPython's.

use std::collections::HashMap;
use std::sync::Arc;

use super::class::object_type;
use super::error::{type_error, PyResult};
use super::object::Class;
use super::value::Value;
use super::Interp;

/// What comes after a class with `bases` in its MRO: the types, Python
/// classes and built-in ones, in C3 order.
///
/// # Errors
/// TypeError for a base given twice, or bases no order can keep.
pub fn after_bases(interp: &Interp, bases: &[Value]) -> PyResult<Vec<Value>> {
    for (i, base) in bases.iter().enumerate() {
        if bases[..i].iter().any(|b| b.is(base)) {
            return Err(type_error(format!(
                "duplicate base class {}",
                type_name(base)
            )));
        }
    }
    Linearizer {
        interp,
        known: HashMap::new(),
    }
    .after(bases)
}

/// `C.__mro__`: the class, then what `after_bases` gives for its bases.
#[must_use]
pub fn mro_tuple(interp: &Interp, class: &Arc<Class>) -> Value {
    let mut linearizer = Linearizer {
        interp,
        known: HashMap::new(),
    };
    let me = Value::Class(class.clone());
    // The class was made with these bases, so they have an order.
    Value::tuple(linearizer.lineage(&me).unwrap_or_else(|_| vec![me]))
}

/// Each class's MRO, once per question: a lattice of mixins has many paths
/// to the same class.
struct Linearizer<'a> {
    interp: &'a Interp,
    known: HashMap<usize, Vec<Value>>,
}

impl Linearizer<'_> {
    fn after(&mut self, bases: &[Value]) -> PyResult<Vec<Value>> {
        if bases.is_empty() {
            return Ok(vec![object_type(self.interp)]);
        }
        let mut sequences = Vec::with_capacity(bases.len() + 1);
        for base in bases {
            sequences.push(self.lineage(base)?);
        }
        sequences.push(bases.to_vec());
        c3(sequences).map_err(|heads| {
            let names: Vec<&str> = heads.iter().map(type_name).collect();
            type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ))
        })
    }

    /// A type's MRO, itself first.
    fn lineage(&mut self, base: &Value) -> PyResult<Vec<Value>> {
        let Value::Class(class) = base else {
            return Ok(
                match super::class::builtin_type_lineage(self.interp, base, "__mro__") {
                    Value::Tuple(t) => t.to_vec(),
                    _ => vec![base.clone()],
                },
            );
        };
        let key = Arc::as_ptr(class) as usize;
        if let Some(found) = self.known.get(&key) {
            return Ok(found.clone());
        }
        let mut lineage = vec![base.clone()];
        lineage.extend(self.after(&class.bases)?);
        self.known.insert(key, lineage.clone());
        Ok(lineage)
    }
}

/// The C3 merge of `sequences`; when it gets stuck, the heads it was left
/// with (each once, in the sequences' order: CPython's error lists them).
fn c3(sequences: Vec<Vec<Value>>) -> Result<Vec<Value>, Vec<Value>> {
    // Each sequence with how far it has been taken.
    let mut left: Vec<(Vec<Value>, usize)> = sequences.into_iter().map(|s| (s, 0)).collect();
    let mut merged = Vec::new();
    loop {
        left.retain(|(s, at)| *at < s.len());
        if left.is_empty() {
            return Ok(merged);
        }
        // The first head that is in no other sequence's tail.
        let head = left.iter().map(|(s, at)| &s[*at]).find(|candidate| {
            !left
                .iter()
                .any(|(s, at)| s[at + 1..].iter().any(|c| c.is(candidate)))
        });
        let Some(head) = head.cloned() else {
            let mut heads: Vec<Value> = Vec::new();
            for (s, at) in &left {
                if !heads.iter().any(|h| h.is(&s[*at])) {
                    heads.push(s[*at].clone());
                }
            }
            return Err(heads);
        };
        for (s, at) in &mut left {
            if s[*at].is(&head) {
                *at += 1;
            }
        }
        merged.push(head);
    }
}

fn type_name(v: &Value) -> &str {
    match v {
        Value::Class(c) => &c.name,
        Value::Builtin(b) => b.name,
        Value::ExcType(t) => t.name(),
        _ => "?",
    }
}
