//! The depth of the parsed tree, checked before the compiler (`scope.rs`,
//! `codegen.rs`, both recursive over it) walks it, as CPython checks it while
//! compiling: past the limit, CPython's RecursionError "maximum recursion
//! depth exceeded during compilation".
//!
//! CPython's limit is 3000 statements and expressions deep (three times its
//! recursion limit). The page's is lower: compiling takes about 450 bytes of
//! native stack a level (a `lambda`, a function compiled within a function,
//! about 1.5 KB; the parser before, 480 bytes a unary operator), and a wasm
//! thread has 4 MB of stack, of which the browser's own (V8) stack, about
//! 1 MB, is the smaller part. This walk stops at the limit, so it recurses no
//! deeper itself; the pre-scan (`prescan.rs`) has bounded what the parser
//! built to a depth this walk and the tree's drop take in their stride.

use super::parse::{CompileErrorKind, SyntaxError};
use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{Expr, ModModule, Stmt};

/// The page's depth limit (CPython's is 3000).
pub const LIMIT: u32 = 1000;
/// A `lambda` counts for this many levels (a nested function: more stack).
const LAMBDA_WEIGHT: u32 = 3;

struct Depth {
    depth: u32,
    too_deep: bool,
}

impl Depth {
    fn enter(&mut self, levels: u32) -> bool {
        self.depth += levels;
        if self.depth > LIMIT {
            self.too_deep = true;
        }
        !self.too_deep
    }
}

impl<'a> Visitor<'a> for Depth {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        let levels = match stmt {
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => LAMBDA_WEIGHT,
            _ => 1,
        };
        if self.enter(levels) {
            walk_stmt(self, stmt);
        }
        self.depth -= levels;
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        // A comprehension's loops are compiled one within the other.
        let generators = match expr {
            Expr::ListComp(c) => c.generators.len(),
            Expr::SetComp(c) => c.generators.len(),
            Expr::DictComp(c) => c.generators.len(),
            Expr::Generator(c) => c.generators.len(),
            _ => 0,
        };
        let levels = match expr {
            Expr::Lambda(_) => LAMBDA_WEIGHT,
            _ => {
                1 + u32::try_from(generators)
                    .unwrap_or(u32::MAX / 2)
                    .min(LIMIT + 1)
            }
        };
        if self.enter(levels) {
            walk_expr(self, expr);
        }
        self.depth -= levels;
    }
}

/// Checks that `module` is no deeper than the page's compiler can go.
///
/// # Errors
/// CPython's RecursionError "maximum recursion depth exceeded during compilation".
pub fn check(module: &ModModule) -> Result<(), SyntaxError> {
    let mut depth = Depth {
        depth: 0,
        too_deep: false,
    };
    for stmt in &module.body {
        depth.visit_stmt(stmt);
        if depth.too_deep {
            return Err(SyntaxError::of_kind(
                CompileErrorKind::Recursion,
                "maximum recursion depth exceeded during compilation",
            ));
        }
    }
    Ok(())
}
