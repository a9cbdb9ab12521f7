//! 3.11's exception groups: `BaseExceptionGroup(message, exceptions)` and
//! `ExceptionGroup` (made an ExceptionGroup when every exception is an
//! Exception), their `message`, `exceptions`, `subgroup`, `split` and
//! `derive`, and what an `except*` clause does with them (`star_match`,
//! `star_result`), after CPython's `Objects/exceptions.c`.
//!
//! A group keeps `message` and `exceptions` (a tuple, the same one each
//! read) among its attributes; `exception_fields::fields` keeps them out of
//! its `__dict__`.

use std::collections::HashSet;
use std::sync::Arc;

use super::error::{type_error, value_error, ExcType, PyErr, PyResult};
use super::function::{Args, Builtin};
use super::object::Class;
use super::value::{lock, Exception, Value};
use super::Interp;
use crate::builtin;

/// Whether `kind` is BaseExceptionGroup or ExceptionGroup.
#[must_use]
pub fn is_group(kind: ExcType) -> bool {
    kind.is_subclass(ExcType::BaseExceptionGroup)
}

/// The exceptions of `value` when it is an exception group.
#[must_use]
pub fn members(value: &Value) -> Option<Vec<Value>> {
    let Value::Exception(e) = value else {
        return None;
    };
    if !is_group(e.kind) {
        return None;
    }
    match lock(&e.attributes).get("exceptions") {
        Some(Value::Tuple(items)) => Some(items.to_vec()),
        _ => Some(Vec::new()),
    }
}

/// `BaseExceptionGroup.__new__(kind or class, message, exceptions)`: the
/// checks and messages of CPython's; called as BaseExceptionGroup (not a
/// subclass) with only Exceptions, an ExceptionGroup.
///
/// # Errors
/// TypeError or ValueError for arguments CPython refuses.
pub fn new_group(
    kind: ExcType,
    class: Option<Arc<Class>>,
    args: Vec<Value>,
) -> PyResult<Arc<Exception>> {
    let [message, given] = args.as_slice() else {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    };
    if !matches!(message, Value::Str(_)) {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            message.type_name()
        )));
    }
    let items: Vec<Value> = match given {
        Value::List(l) => lock(&l.items).to_vec(),
        Value::Tuple(t) => t.to_vec(),
        Value::Str(s) => s.chars().map(|c| Value::str(&c.to_string())).collect(),
        _ => {
            return Err(type_error(
                "second argument (exceptions) must be a sequence",
            ))
        }
    };
    if items.is_empty() {
        return Err(value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut all_exceptions = true;
    for (i, item) in items.iter().enumerate() {
        let Value::Exception(e) = item else {
            return Err(value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        };
        all_exceptions &= e.kind.is_subclass(ExcType::Exception);
    }
    let kind = if kind == ExcType::BaseExceptionGroup && class.is_none() && all_exceptions {
        ExcType::ExceptionGroup
    } else {
        kind
    };
    if kind.is_subclass(ExcType::Exception) && !all_exceptions {
        return Err(type_error(
            "Cannot nest BaseExceptions in an ExceptionGroup",
        ));
    }
    let group = Exception::of_class(kind, args.clone(), class);
    {
        let mut attributes = lock(&group.attributes);
        attributes.insert("message".into(), message.clone());
        attributes.insert("exceptions".into(), Value::tuple(items));
    }
    Ok(group)
}

/// What `split` and `subgroup` take: exception classes (one or a tuple),
/// or a function called with each exception; for `star_result`, the
/// exceptions (not groups) of these identities.
enum Condition {
    Classes(Value),
    Function(Value),
    Leaves(HashSet<usize>),
}

impl Condition {
    fn of(value: &Value) -> PyResult<Condition> {
        let is_class = |v: &Value| match v {
            Value::ExcType(_) => true,
            Value::Class(c) => matches!(c.builtin, super::object::BuiltinBase::Exception(_)),
            _ => false,
        };
        match value {
            Value::Function(_) => Ok(Condition::Function(value.clone())),
            Value::Tuple(items) if items.iter().all(is_class) => {
                Ok(Condition::Classes(value.clone()))
            }
            v if is_class(v) => Ok(Condition::Classes(value.clone())),
            _ => Err(type_error(
                "expected a function, exception type or tuple of exception types",
            )),
        }
    }

    fn matches(&self, interp: &mut Interp, exception: &Value) -> PyResult<bool> {
        match self {
            Condition::Classes(classes) => interp.exception_matches(exception, classes),
            Condition::Function(f) => {
                let verdict = interp.call(f, Args::new(vec![exception.clone()]))?;
                interp.truthy(&verdict)
            }
            Condition::Leaves(kept) => {
                Ok(members(exception).is_none() && kept.contains(&exception.identity()))
            }
        }
    }
}

/// `group.split(condition)`: the part that matches and the rest, each
/// None when empty; a group that matches as a whole is its own match.
fn split(
    interp: &mut Interp,
    exception: &Value,
    condition: &Condition,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if condition.matches(interp, exception)? {
        return Ok((Some(exception.clone()), None));
    }
    let Some(members) = members(exception) else {
        return Ok((None, Some(exception.clone())));
    };
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for member in &members {
        let (m, r) = split(interp, member, condition)?;
        matched.extend(m);
        rest.extend(r);
    }
    Ok((
        subset(interp, exception, matched)?,
        subset(interp, exception, rest)?,
    ))
}

/// A group of `members` made by `group.derive`, with `group`'s traceback,
/// cause, context and (a copy of its) notes; None when there are none.
fn subset(interp: &mut Interp, group: &Value, members: Vec<Value>) -> PyResult<Option<Value>> {
    if members.is_empty() {
        return Ok(None);
    }
    let derive = interp.get_attr(group, "derive")?;
    let made = interp.call(&derive, Args::new(vec![Value::list(members)]))?;
    let (Value::Exception(new), Value::Exception(old)) = (&made, group) else {
        return Err(type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    };
    if !is_group(new.kind) {
        return Err(type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    }
    new.set_traceback(&old.traceback());
    let copied: Vec<(Arc<str>, Value)> = {
        let attributes = lock(&old.attributes);
        ["__context__", "__cause__", "__notes__"]
            .iter()
            .filter_map(|&name| Some((Arc::from(name), attributes.get(name)?.clone())))
            .collect()
    };
    let mut attributes = lock(&new.attributes);
    attributes.insert("__suppress_context__".into(), Value::Bool(true));
    for (name, value) in copied {
        let value = match value {
            Value::List(notes) => Value::list(lock(&notes.items).to_vec()),
            other => other,
        };
        attributes.insert(name, value);
    }
    drop(attributes);
    Ok(Some(made))
}

/// The group a method is called on, and its one argument.
fn receiver_and_argument<'a>(name: &str, args: &'a Args) -> PyResult<(&'a Value, &'a Value)> {
    match args.positional.as_slice() {
        [group @ Value::Exception(e), argument] if is_group(e.kind) => Ok((group, argument)),
        [Value::Exception(e), rest @ ..] if is_group(e.kind) => Err(type_error(format!(
            "BaseExceptionGroup.{name}() takes exactly one argument ({} given)",
            rest.len()
        ))),
        _ => Err(type_error(format!(
            "descriptor '{name}' requires a 'BaseExceptionGroup' object"
        ))),
    }
}

static SPLIT: Builtin = builtin!("split", |interp, args| {
    let (group, condition) = receiver_and_argument("split", &args)?;
    let condition = Condition::of(condition)?;
    let (matched, rest) = split(interp, group, &condition)?;
    Ok(Value::tuple(vec![
        matched.unwrap_or(Value::None),
        rest.unwrap_or(Value::None),
    ]))
});

static SUBGROUP: Builtin = builtin!("subgroup", |interp, args| {
    let (group, condition) = receiver_and_argument("subgroup", &args)?;
    let condition = Condition::of(condition)?;
    Ok(split(interp, group, &condition)?.0.unwrap_or(Value::None))
});

/// `group.derive(exceptions)`: a group of the same message (not of the
/// same class: a subclass overrides it to keep its own).
static DERIVE: Builtin = builtin!("derive", |_, args| {
    let (group, exceptions) = receiver_and_argument("derive", &args)?;
    let Value::Exception(e) = group else {
        unreachable!("receiver_and_argument checked it");
    };
    let message = lock(&e.attributes)
        .get("message")
        .cloned()
        .unwrap_or_else(|| Value::str(""));
    let made = new_group(
        ExcType::BaseExceptionGroup,
        None,
        vec![message, exceptions.clone()],
    )?;
    Ok(Value::Exception(made))
});

/// A group's method `name`.
#[must_use]
pub fn method(name: &str) -> Option<&'static Builtin> {
    match name {
        "split" => Some(&SPLIT),
        "subgroup" => Some(&SUBGROUP),
        "derive" => Some(&DERIVE),
        _ => None,
    }
}

/// `str(group)`: "message (2 sub-exceptions)".
#[must_use]
pub fn group_str(e: &Exception) -> Option<String> {
    if !is_group(e.kind) {
        return None;
    }
    let attributes = lock(&e.attributes);
    let message = match attributes.get("message") {
        Some(Value::Str(s)) => s.to_string(),
        _ => String::new(),
    };
    let count = match attributes.get("exceptions") {
        Some(Value::Tuple(items)) => items.len(),
        _ => 0,
    };
    let plural = if count == 1 { "" } else { "s" };
    Some(format!("{message} ({count} sub-exception{plural})"))
}

/// An `except* classes` clause on `rest`, what the clauses before left
/// unhandled: the part of it that matches, and what is left for the clauses
/// after. An exception not in a group that matches is handled as a group
/// of itself, made with its traceback.
///
/// # Errors
/// TypeError for `except* ExceptionGroup` and for classes that are not
/// exceptions.
pub fn star_match(
    interp: &mut Interp,
    rest: &Value,
    classes: &Value,
) -> PyResult<(Option<Value>, Option<Value>)> {
    let names_group = |v: &Value| match v {
        Value::ExcType(kind) => is_group(*kind),
        Value::Class(c) => c.derives_from_exception(ExcType::BaseExceptionGroup),
        _ => false,
    };
    let is_group_class = match classes {
        Value::Tuple(items) => items.iter().any(names_group),
        other => names_group(other),
    };
    if is_group_class {
        return Err(type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        ));
    }
    if matches!(rest, Value::None) {
        // Validates the classes, as CPython does whether or not any is left.
        interp.exception_matches(&Value::None, classes)?;
        return Ok((None, None));
    }
    if members(rest).is_some() {
        return split(interp, rest, &Condition::Classes(classes.clone()));
    }
    if !interp.exception_matches(rest, classes)? {
        return Ok((None, Some(rest.clone())));
    }
    let wrapped = new_group(
        ExcType::BaseExceptionGroup,
        None,
        vec![Value::str(""), Value::tuple(vec![rest.clone()])],
    )?;
    if let Value::Exception(naked) = rest {
        wrapped.set_traceback(&naked.traceback());
    }
    Ok((Some(Value::Exception(wrapped)), None))
}

/// What leaves a `try` with `except*` clauses, given the exception caught
/// (`original`) and those its clauses raised followed by what none handled
/// (`raised`): None when nothing is left; those raised again of the
/// original's (a bare `raise`, the rest) as the part of the original that
/// holds them; with new ones, a group of the new and that part.
/// (CPython's `_PyExc_PrepReraiseStar`.)
///
/// # Errors
/// What `derive` raises.
pub fn star_result(
    interp: &mut Interp,
    original: &Value,
    raised: Vec<Value>,
) -> PyResult<Option<Value>> {
    if raised.is_empty() {
        return Ok(None);
    }
    if members(original).is_none() {
        // A naked exception: at most one clause ran.
        return Ok(raised.into_iter().next());
    }
    let original_leaves = leaves_of(std::slice::from_ref(original));
    let (mut new, mut again) = (Vec::new(), Vec::new());
    for exception in raised {
        if leaves_of(std::slice::from_ref(&exception)).is_subset(&original_leaves) {
            again.push(exception);
        } else {
            new.push(exception);
        }
    }
    let part = if again.is_empty() {
        None
    } else {
        split(interp, original, &Condition::Leaves(leaves_of(&again)))?.0
    };
    if new.is_empty() {
        return Ok(part);
    }
    new.extend(part);
    if new.len() == 1 {
        return Ok(new.pop());
    }
    let group = new_group(
        ExcType::BaseExceptionGroup,
        None,
        vec![Value::str(""), Value::list(new)],
    )?;
    Ok(Some(Value::Exception(group)))
}

/// `exception` raised again, as its `PyErr`: its traceback, and its cause
/// and context (each as its own, `depth` links down the chain) from its
/// attributes. For the exceptions a group holds, and a part of one raised.
#[must_use]
pub fn error_of(exception: &Value, depth: usize) -> PyErr {
    /// CPython prints a chain at most this deep.
    const DEEPEST: usize = 100;
    let Value::Exception(e) = exception else {
        return PyErr::raised(exception.clone(), Vec::new());
    };
    let mut error = PyErr::raised(exception.clone(), e.traceback());
    error.context_checked = true;
    let (cause, context, suppress) = {
        let attributes = lock(&e.attributes);
        let linked = |name: &str| match attributes.get(name) {
            Some(v @ Value::Exception(_)) => Some(v.clone()),
            _ => None,
        };
        let suppress = matches!(
            attributes.get("__suppress_context__"),
            Some(Value::Bool(true))
        );
        (linked("__cause__"), linked("__context__"), suppress)
    };
    if depth < DEEPEST {
        error.cause = cause.map(|c| error_of(&c, depth + 1));
        error.context = context.map(|c| error_of(&c, depth + 1));
    }
    error.suppress_context = suppress;
    error
}

/// The identities of the exceptions (not groups) in `exception`.
fn leaves(exception: &Value, into: &mut HashSet<usize>) {
    match members(exception) {
        Some(members) => {
            for member in &members {
                leaves(member, into);
            }
        }
        None => {
            into.insert(exception.identity());
        }
    }
}

fn leaves_of(exceptions: &[Value]) -> HashSet<usize> {
    let mut into = HashSet::new();
    for exception in exceptions {
        leaves(exception, &mut into);
    }
    into
}
