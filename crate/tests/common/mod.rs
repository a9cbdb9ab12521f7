//! Reads the cases that tests/cpython/record.py recorded from CPython 3.11.

#![allow(dead_code)]

use gil_playground::objects::error::ObjectError;
use num_bigint::BigInt;
use serde_json::Value;

/// A decoded argument or result.
#[derive(Clone, Debug, PartialEq)]
pub enum Py {
    Float(f64),
    Int(BigInt),
    Str(String),
    Tuple(Vec<Py>),
    Complex,
    Err(String, String),
}

impl Py {
    pub fn float(&self) -> f64 {
        match self {
            Py::Float(x) => *x,
            other => panic!("not a float: {other:?}"),
        }
    }
    pub fn int(&self) -> BigInt {
        match self {
            Py::Int(n) => n.clone(),
            other => panic!("not an int: {other:?}"),
        }
    }
    pub fn str(&self) -> &str {
        match self {
            Py::Str(s) => s,
            other => panic!("not a str: {other:?}"),
        }
    }
}

fn decode(v: &Value) -> Py {
    let obj = v.as_object().expect("an object");
    let (key, val) = obj.iter().next().expect("one key");
    match key.as_str() {
        "float" => {
            let bits = u64::from_str_radix(val.as_str().unwrap(), 16).unwrap();
            Py::Float(f64::from_bits(bits))
        }
        "int" => Py::Int(BigInt::parse_bytes(val.as_str().unwrap().as_bytes(), 16).unwrap()),
        "str" => Py::Str(val.as_str().unwrap().to_string()),
        "tuple" => Py::Tuple(val.as_array().unwrap().iter().map(decode).collect()),
        "complex" => Py::Complex,
        "err" => {
            let pair = val.as_array().unwrap();
            Py::Err(
                pair[0].as_str().unwrap().to_string(),
                pair[1].as_str().unwrap().to_string(),
            )
        }
        other => panic!("unknown encoding {other}"),
    }
}

/// One recorded call.
pub struct Case {
    pub f: String,
    pub args: Vec<Py>,
    pub expected: Py,
}

pub fn cases(jsonl: &str) -> Vec<Case> {
    jsonl
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let v: Value = serde_json::from_str(line).expect("JSON");
            Case {
                f: v["f"].as_str().unwrap().to_string(),
                args: v["a"].as_array().unwrap().iter().map(decode).collect(),
                expected: decode(&v["r"]),
            }
        })
        .collect()
}

pub fn from_err(err: ObjectError) -> Py {
    Py::Err(err.kind.name().to_string(), err.message)
}

/// Floats compare by bits (so -0.0 != 0.0), any NaN equals any NaN.
pub fn same(a: &Py, b: &Py) -> bool {
    match (a, b) {
        (Py::Float(x), Py::Float(y)) => (x.is_nan() && y.is_nan()) || x.to_bits() == y.to_bits(),
        (Py::Tuple(xs), Py::Tuple(ys)) => {
            xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| same(x, y))
        }
        _ => a == b,
    }
}

/// Runs every case of `jsonl` through `run`, and fails listing the
/// mismatches (at most 40 of them shown).
pub fn check(jsonl: &str, run: impl Fn(&Case) -> Py) -> usize {
    let all = cases(jsonl);
    let mut failures = Vec::new();
    for case in &all {
        let got = run(case);
        if !same(&got, &case.expected) {
            failures.push(format!(
                "{}({:?}):\n   got {:?}\n  want {:?}",
                case.f,
                case.args.iter().map(short).collect::<Vec<_>>(),
                short(&got),
                short(&case.expected)
            ));
        }
    }
    if !failures.is_empty() {
        let shown: Vec<_> = failures.iter().take(40).cloned().collect();
        panic!(
            "{} of {} cases differ from CPython:\n{}",
            failures.len(),
            all.len(),
            shown.join("\n")
        );
    }
    all.len()
}

fn short(p: &Py) -> String {
    let s = match p {
        Py::Float(x) => format!("{x:?}"),
        Py::Int(n) => n.to_string(),
        other => format!("{other:?}"),
    };
    if s.chars().count() > 120 {
        format!("{}…", s.chars().take(120).collect::<String>())
    } else {
        s
    }
}
