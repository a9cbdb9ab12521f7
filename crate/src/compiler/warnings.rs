//! The SyntaxWarnings CPython 3.11 prints on stderr as it compiles a
//! program, before the program runs: its tokenizer's for a number run into a
//! keyword (`1if x else 2`: "invalid decimal literal"), then its compiler's
//! for code that cannot be meant (`x is 5`, `(1, 2)(3)`, `[1, 2]["a"]`,
//! `assert (x, "message")`). The compiler's see the tree as CPython's AST
//! optimiser left it, where `-1`, `1 + 2` and `(1, 2)` are constants.

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{CmpOp, Expr, ExprContext, ModModule, Number, Operator, Stmt, UnaryOp};
use ruff_text_size::{Ranged, TextSize};

/// One warning: where it is and what it says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxWarning {
    /// Byte offset in the source.
    pub offset: TextSize,
    pub message: String,
}

impl SyntaxWarning {
    /// As Python's `warnings` module shows it: `main.py:2: SyntaxWarning:
    /// message`, then the line, stripped, indented by two.
    #[must_use]
    pub fn format(&self, source: &str, filename: &str) -> String {
        let offset = usize::from(self.offset).min(source.len());
        let before = &source[..offset];
        let line = before.matches('\n').count() + 1;
        let start = before.rfind('\n').map_or(0, |i| i + 1);
        let text = source[start..].lines().next().unwrap_or("").trim();
        format!(
            "{filename}:{line}: SyntaxWarning: {}\n  {text}\n",
            self.message
        )
    }
}

/// The warnings compiling `module` (parsed from `source`) gives, in the
/// order CPython prints them.
#[must_use]
pub fn find(module: &ModModule, source: &str) -> Vec<SyntaxWarning> {
    let mut finder = Finder {
        source,
        numbers: Vec::new(),
        compiler: Vec::new(),
    };
    finder.visit_body(&module.body);
    // The tokenizer reads the whole file before anything is compiled.
    finder.numbers.sort_by_key(|w| w.offset);
    finder.numbers.extend(finder.compiler);
    finder.numbers
}

struct Finder<'s> {
    source: &'s str,
    numbers: Vec<SyntaxWarning>,
    compiler: Vec<SyntaxWarning>,
}

impl Finder<'_> {
    fn warn(&mut self, at: &impl Ranged, message: String) {
        self.compiler.push(SyntaxWarning {
            offset: at.start(),
            message,
        });
    }

    /// `1if`, `0x1for`: a number literal that a keyword follows with no space.
    fn number_end(&mut self, literal: &impl Ranged) {
        let text = &self.source[literal.range()];
        let after = &self.source[usize::from(literal.end())..];
        let keyword = ["and", "else", "for", "if", "in", "is", "or", "not"]
            .iter()
            .any(|k| after.starts_with(k));
        if !keyword {
            return;
        }
        let lower = text.to_ascii_lowercase();
        let kind = if lower.starts_with("0x") {
            "hexadecimal"
        } else if lower.starts_with("0o") {
            "octal"
        } else if lower.starts_with("0b") {
            "binary"
        } else if lower.ends_with('j') {
            "imaginary"
        } else {
            "decimal"
        };
        self.numbers.push(SyntaxWarning {
            offset: literal.end(),
            message: format!("invalid {kind} literal"),
        });
    }

    /// `x is 5`: an `is` with a constant other than None, True, False or `...`.
    fn compare(&mut self, expr: &Expr, ops: &[CmpOp], operands: &[Expr]) {
        let literal = |e: &Expr| {
            constant_type(e).is_some_and(|t| !matches!(t, "NoneType" | "bool" | "ellipsis"))
        };
        for (op, pair) in ops.iter().zip(operands.windows(2)) {
            let message = match op {
                CmpOp::Is => "\"is\" with a literal. Did you mean \"==\"?",
                CmpOp::IsNot => "\"is not\" with a literal. Did you mean \"!=\"?",
                _ => continue,
            };
            if literal(&pair[0]) || literal(&pair[1]) {
                self.warn(expr, message.to_string());
                return;
            }
        }
    }

    /// `(1, 2)(3)`: a call of a literal.
    fn call(&mut self, expr: &Expr, func: &Expr) {
        let kind = match func {
            Expr::Tuple(_) => Some("tuple"),
            Expr::List(_) | Expr::ListComp(_) => Some("list"),
            Expr::Dict(_) | Expr::DictComp(_) => Some("dict"),
            Expr::Set(_) | Expr::SetComp(_) => Some("set"),
            Expr::Generator(_) => Some("generator"),
            Expr::FString(_) => Some("str"),
            other => constant_type(other),
        };
        if let Some(kind) = kind {
            self.warn(
                expr,
                format!("'{kind}' object is not callable; perhaps you missed a comma?"),
            );
        }
    }

    /// `5[0]`, `[1, 2]["a"]`: a subscript that cannot work.
    fn subscript(&mut self, expr: &Expr, value: &Expr, index: &Expr) {
        let subscripted = match value {
            Expr::Set(_) | Expr::SetComp(_) => Some("set"),
            Expr::Generator(_) => Some("generator"),
            Expr::Lambda(_) => Some("function"),
            other => constant_type(other).filter(|t| {
                matches!(
                    *t,
                    "NoneType" | "ellipsis" | "int" | "bool" | "float" | "complex"
                )
            }),
        };
        if let Some(kind) = subscripted {
            self.warn(
                expr,
                format!("'{kind}' object is not subscriptable; perhaps you missed a comma?"),
            );
            return;
        }
        let Some(index_type) = literal_type(index).filter(|t| !matches!(*t, "int" | "bool")) else {
            return;
        };
        let sequence = match value {
            Expr::Tuple(_) => Some("tuple"),
            Expr::List(_) | Expr::ListComp(_) => Some("list"),
            Expr::FString(_) => Some("str"),
            other => constant_type(other).filter(|t| matches!(*t, "str" | "bytes" | "tuple")),
        };
        if let Some(kind) = sequence {
            self.warn(
                expr,
                format!(
                    "{kind} indices must be integers or slices, not {index_type}; \
                     perhaps you missed a comma?"
                ),
            );
        }
    }
}

impl<'a> Visitor<'a> for Finder<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::Assert(assert) = stmt {
            if matches!(&*assert.test, Expr::Tuple(t) if !t.elts.is_empty()) {
                self.warn(
                    stmt,
                    "assertion is always true, perhaps remove parentheses?".to_string(),
                );
            }
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::NumberLiteral(n) => self.number_end(n),
            Expr::Compare(c) => self.compare(expr, &c.ops, &c.operands),
            Expr::Call(c) => self.call(expr, &c.func),
            Expr::Subscript(s) if s.ctx == ExprContext::Load => {
                self.subscript(expr, &s.value, &s.slice);
            }
            _ => {}
        }
        walk_expr(self, expr);
    }
}

/// The type of what `expr` is when it is a literal of any kind (CPython's
/// `infer_type`): a constant's, or a display's (`[…]`, `{…}`, a lambda).
fn literal_type(expr: &Expr) -> Option<&'static str> {
    Some(match expr {
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::Generator(_) => "generator",
        Expr::Lambda(_) => "function",
        Expr::FString(_) => "str",
        other => return constant_type(other),
    })
}

/// The type of `expr` when CPython's AST optimiser makes it a constant: a
/// literal, a sign or `~` on a number, an operator on two constants of
/// types it folds, a tuple of constants.
fn constant_type(expr: &Expr) -> Option<&'static str> {
    Some(match expr {
        Expr::NumberLiteral(n) => match n.value {
            Number::Int(_) => "int",
            Number::Float(_) => "float",
            Number::Complex { .. } => "complex",
        },
        Expr::StringLiteral(_) => "str",
        Expr::BytesLiteral(_) => "bytes",
        Expr::BooleanLiteral(_) => "bool",
        Expr::NoneLiteral(_) => "NoneType",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Tuple(t) if t.ctx == ExprContext::Load => {
            if t.elts.iter().all(|e| constant_type(e).is_some()) {
                "tuple"
            } else {
                return None;
            }
        }
        Expr::UnaryOp(u) => match (u.op, constant_type(&u.operand)?) {
            (UnaryOp::Not, _) => "bool",
            (UnaryOp::USub | UnaryOp::UAdd | UnaryOp::Invert, "bool") => "int",
            (UnaryOp::USub | UnaryOp::UAdd, t @ ("int" | "float" | "complex")) => t,
            (UnaryOp::Invert, "int") => "int",
            _ => return None,
        },
        Expr::BinOp(b) => folded(b.op, constant_type(&b.left)?, constant_type(&b.right)?)?,
        _ => return None,
    })
}

/// The type of `left op right` of constants, where CPython folds it.
fn folded(op: Operator, left: &'static str, right: &'static str) -> Option<&'static str> {
    let number = |t: &str| match t {
        "bool" | "int" => Some(0),
        "float" => Some(1),
        "complex" => Some(2),
        _ => None,
    };
    if let (Some(a), Some(b)) = (number(left), number(right)) {
        let widest = ["int", "float", "complex"][a.max(b)];
        return Some(match op {
            Operator::Div if widest == "int" => "float",
            Operator::MatMult => return None,
            Operator::LShift
            | Operator::RShift
            | Operator::BitAnd
            | Operator::BitOr
            | Operator::BitXor
                if widest != "int" =>
            {
                return None
            }
            _ => widest,
        });
    }
    match (op, left, right) {
        (Operator::Add, "str", "str") | (Operator::Mult, "str", "int" | "bool") => Some("str"),
        (Operator::Mult, "int" | "bool", "str") => Some("str"),
        (Operator::Add, "bytes", "bytes") | (Operator::Mult, "bytes", "int" | "bool") => {
            Some("bytes")
        }
        (Operator::Add, "tuple", "tuple") | (Operator::Mult, "tuple", "int" | "bool") => {
            Some("tuple")
        }
        _ => None,
    }
}
