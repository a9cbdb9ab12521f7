//! Python source to bytecode: parsed by ruff's parser, compiled to the
//! runtime's stack machine (`bytecode`), with errors that name line and column.

pub mod attr_hints;
pub mod bytecode;
pub mod codegen;
pub mod depth;
pub mod interned;
pub mod parse;
pub mod peephole;
pub mod prescan;
pub mod scope;
pub mod syntax_messages;
pub mod tokenizer_errors;
pub mod warnings;

pub use bytecode::{Code, Const, Op};
pub use parse::{CompileErrorKind, SyntaxError};

use std::sync::Arc;

/// Compiles a module's source (`filename` appears in tracebacks).
///
/// # Errors
/// A `SyntaxError` with line and column, for invalid Python or for valid
/// Python that the page's subset does not support (the message names it).
pub fn compile_module(source: &str, filename: &str) -> Result<Arc<Code>, SyntaxError> {
    let module = parse::parse(source)?;
    depth::check(&module)?;
    codegen::compile_module(&module, source, filename)
}

/// `compile_module` of a program, with the SyntaxWarnings CPython prints
/// as it compiles it (`x is 5`, `1if x else 2`).
///
/// # Errors
/// As `compile_module`.
pub fn compile_program(
    source: &str,
    filename: &str,
) -> Result<(Arc<Code>, Vec<warnings::SyntaxWarning>), SyntaxError> {
    let module = parse::parse(source)?;
    depth::check(&module)?;
    let found = warnings::find(&module, source);
    Ok((codegen::compile_module(&module, source, filename)?, found))
}

/// Compiles one expression (`eval`'s mode): a module's code that returns
/// the expression's value.
///
/// # Errors
/// As `compile_module`; a statement is invalid syntax here.
pub fn compile_expression(source: &str, filename: &str) -> Result<Arc<Code>, SyntaxError> {
    let module = parse::parse(source)?;
    depth::check(&module)?;
    codegen::compile_expression(&module, source, filename)
}
