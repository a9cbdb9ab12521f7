//! The AST (ruff's) to bytecode, one code object per module, function, lambda
//! and comprehension, as CPython 3.11's compiler does. Valid Python outside the
//! page's subset is refused with a `SyntaxError` naming the construct and line.
//!
//! It only lowers: the ops it emits are rewritten, fused and specialised by the
//! optimiser (`peephole.rs`), which runs on each finished code object
//! (`sealed`). Filling in a jump's target once it is known (`patch`) is part
//! of the lowering.

use std::collections::HashSet;
use std::sync::Arc;

use ruff_python_ast::{self as ast, BoolOp, Comprehension, Expr, Number, Operator, Stmt};
use ruff_text_size::{Ranged, TextSize};

use super::attr_hints::AttrHints;
use super::bytecode::{BinOp, CmpOp, Code, Const, Conversion, Op, UnaryOp};
use super::parse::SyntaxError;
use super::scope::{class_scope, function_scope, module_scope, NestedBody, Scope};

type Result<T> = std::result::Result<T, SyntaxError>;

#[path = "patterns.rs"]
mod patterns;

/// A loop being compiled: where `continue` goes, and the jumps `break` left to patch.
struct Loop {
    continue_to: u32,
    breaks: Vec<usize>,
    /// `for` loops keep their iterator on the stack: `break` pops it.
    pops_iterator: bool,
    /// How many blocks were open when the loop began (`break` leaves the rest).
    blocks: usize,
}

/// A block with an exception handler installed (`SetupExcept`): leaving it by
/// `return`, `break` or `continue` must uninstall it, and run what it guards.
#[derive(Clone)]
enum Block {
    Except,
    /// An `except` clause's body: the exception is being handled, bound to
    /// the name given (`except E as name`), which is unbound as it ends.
    Handler(Option<String>),
    /// `finally:` runs on the way out (compiled again at each exit, as CPython does).
    Finally(Vec<Stmt>),
    /// `with`: its `__exit__` is on the stack, to be called on the way out.
    With,
}

struct Compiler<'s> {
    source: &'s str,
    /// The byte offsets of the source's newlines, shared by the compilers
    /// of its functions: a statement's line is found by a binary search
    /// (counting the newlines before each statement made compiling a long
    /// module quadratic: importing `collections` took 100M instructions).
    newlines: Arc<[u32]>,
    filename: Arc<str>,
    code: Code,
    scope: Scope,
    /// Locals of the enclosing functions (innermost last), for nested scopes.
    enclosing: Vec<HashSet<String>>,
    loops: Vec<Loop>,
    /// In an `except*` clause: how many loops were open as it began (its
    /// `break`, `continue` and `return` are refused, as CPython's).
    star_loops: Option<usize>,
    /// Blocks currently open, innermost last.
    blocks: Vec<Block>,
    line: u32,
    /// The source range (byte offsets) the next ops are compiled for.
    position: (u32, u32),
    /// A comprehension's own scope (where `:=` binds outside it).
    in_comprehension: bool,
    /// In a comprehension: whether it is in a class body (where `:=` may
    /// not be used), and the iteration variables of it and of the
    /// comprehensions around it (which `:=` may not rebind).
    comprehension_in_class: bool,
    iteration_names: Vec<String>,
    /// Compiling a comprehension's iterable (where `:=` may not be used).
    in_iterable: bool,
    /// Compiling a `for`'s iterable: a set display of constants there is
    /// CPython's frozenset constant, its items added in turn, not copied.
    for_iterable: bool,
    /// For a function defined in a class body: the class's qualified name
    /// and the function's first parameter, what zero-argument `super()` needs.
    method_of: Option<(String, Option<String>)>,
}

/// Compiles a module.
///
/// # Errors
/// Constructs outside the supported subset.
pub fn compile_module(module: &ast::ModModule, source: &str, filename: &str) -> Result<Arc<Code>> {
    let mut c = Compiler::for_module(source, filename);
    c.store_docstring(&module.body);
    c.setup_annotations(&module.body);
    c.body(&module.body)?;
    c.emit_const(Const::None);
    c.emit(Op::Return);
    Ok(sealed(c.code))
}

/// Compiles a module that is one expression (`eval`): its code returns the
/// expression's value.
///
/// # Errors
/// "invalid syntax" for anything but one expression; as `compile_module`.
pub fn compile_expression(
    module: &ast::ModModule,
    source: &str,
    filename: &str,
) -> Result<Arc<Code>> {
    let expression = match module.body.as_slice() {
        [Stmt::Expr(e)] => &e.value,
        [] => {
            return Err(SyntaxError::at(
                source,
                TextSize::default(),
                "invalid syntax",
            ))
        }
        [first, ..] => return Err(SyntaxError::at(source, first.start(), "invalid syntax")),
    };
    let mut c = Compiler::for_module(source, filename);
    c.expr(expression)?;
    c.emit(Op::Return);
    Ok(sealed(c.code))
}

/// A finished code object, optimised (`peephole.rs`).
fn sealed(mut code: Code) -> Arc<Code> {
    super::peephole::optimise(&mut code);
    Arc::new(code)
}

fn unsupported(source: &str, at: TextSize, what: &str) -> SyntaxError {
    SyntaxError::at(
        source,
        at,
        format!("{what} are not supported by this page's Python"),
    )
}

impl<'s> Compiler<'s> {
    /// The compiler of a module's code (`compile_module`, `compile_expression`).
    fn for_module(source: &'s str, filename: &str) -> Self {
        let newlines = source
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .map(|(at, _)| u32::try_from(at).unwrap_or(u32::MAX))
            .collect();
        let mut c = Compiler::new(
            source,
            newlines,
            filename.into(),
            "<module>",
            "<module>",
            module_scope(),
            Vec::new(),
        );
        c.code.is_module = true;
        c
    }

    fn new(
        source: &'s str,
        newlines: Arc<[u32]>,
        filename: Arc<str>,
        name: &str,
        qualname: &str,
        scope: Scope,
        enclosing: Vec<HashSet<String>>,
    ) -> Self {
        let code = Code {
            name: name.into(),
            qualname: qualname.into(),
            filename: filename.clone(),
            ops: Vec::new(),
            lines: Vec::new(),
            positions: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            attr_hints: AttrHints::default(),
            locals: scope.locals.iter().map(|l| Arc::from(l.as_str())).collect(),
            cell_locals: scope
                .cells
                .iter()
                .filter_map(|c| scope.slot(c))
                .map(|s| u32::try_from(s).unwrap_or(u32::MAX))
                .collect(),
            free: scope.free.iter().map(|f| Arc::from(f.as_str())).collect(),
            positional: 0,
            positional_only: 0,
            keyword_only: 0,
            required_keyword_only: Vec::new(),
            varargs: None,
            varkw: None,
            is_generator: false,
            is_module: false,
            first_line: 1,
            doc: None,
        };
        Self {
            source,
            newlines,
            filename,
            code,
            scope,
            enclosing,
            loops: Vec::new(),
            star_loops: None,
            blocks: Vec::new(),
            line: 1,
            position: (0, 0),
            in_comprehension: false,
            comprehension_in_class: false,
            iteration_names: Vec::new(),
            in_iterable: false,
            for_iterable: false,
            method_of: None,
        }
    }

    fn here(&self) -> u32 {
        u32::try_from(self.code.ops.len()).unwrap_or(u32::MAX)
    }

    fn emit(&mut self, op: Op) -> usize {
        self.code.ops.push(op);
        self.code.lines.push(self.line);
        self.code.positions.push(self.position);
        self.code.ops.len() - 1
    }

    /// Points the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        let target = self.here();
        self.code.ops[at] = match self.code.ops[at] {
            Op::Jump(_) => Op::Jump(target),
            Op::JumpIfFalse(_) => Op::JumpIfFalse(target),
            Op::JumpIfTrue(_) => Op::JumpIfTrue(target),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(target),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(target),
            Op::ForIter(_) => Op::ForIter(target),
            Op::SetupExcept(_) => Op::SetupExcept(target),
            Op::SetupWith(_) => Op::SetupWith(target),
            other => other,
        };
    }

    fn constant(&mut self, value: Const) -> u32 {
        let index = match self
            .code
            .consts
            .iter()
            .position(|c| c == &value && !matches!(c, Const::Float(_) | Const::Imaginary(_)))
        {
            Some(i) => i,
            None => {
                self.code.consts.push(value);
                self.code.consts.len() - 1
            }
        };
        u32::try_from(index).unwrap_or(u32::MAX)
    }

    fn emit_const(&mut self, value: Const) {
        let index = self.constant(value);
        self.emit(Op::LoadConst(index));
    }

    fn name(&mut self, name: &str) -> u32 {
        let index = match self.code.names.iter().position(|n| &**n == name) {
            Some(i) => i,
            None => {
                self.code.names.push(super::interned::intern(name));
                self.code.attr_hints.push();
                self.code.names.len() - 1
            }
        };
        u32::try_from(index).unwrap_or(u32::MAX)
    }

    /// The 1-based line of byte `offset` of the source (as `parse::line_of`).
    fn line_at(&self, offset: TextSize) -> u32 {
        let offset = u32::from(offset);
        let before = self.newlines.partition_point(|&at| at < offset);
        u32::try_from(before + 1).unwrap_or(u32::MAX)
    }

    fn set_line(&mut self, node: &impl Ranged) {
        self.line = self.line_at(node.start());
        self.position = (node.start().into(), node.end().into());
    }

    fn unsupported(&self, node: &impl Ranged, what: &str) -> SyntaxError {
        unsupported(self.source, node.start(), what)
    }

    // ----- names -----

    fn load_name(&mut self, name: &str) {
        if let Some(index) = self.class_free(name) {
            self.emit(Op::LoadDeref(index));
            return;
        }
        if !self.code.is_module && !self.scope.globals.contains(name) {
            if let Some(slot) = self.scope.slot(name) {
                let slot = u32::try_from(slot).unwrap_or(u32::MAX);
                if self.scope.cells.contains(name) {
                    let cell = self.cell_index(slot);
                    self.emit(Op::LoadDeref(cell));
                } else {
                    self.emit(Op::LoadFast(slot));
                }
                return;
            }
            if let Some(free) = self.scope.free_index(name) {
                let index = self.free_deref(free);
                self.emit(Op::LoadDeref(index));
                return;
            }
        }
        let index = self.name(name);
        self.emit(Op::LoadGlobal(index));
    }

    /// The slot of `name` when it is a plain local of a function: not a
    /// cell, a global or a class body's name.
    fn plain_local(&self, name: &str) -> Option<u32> {
        if self.code.is_module
            || self.scope.globals.contains(name)
            || self.class_free(name).is_some()
            || self.scope.cells.contains(name)
        {
            return None;
        }
        let slot = self.scope.slot(name)?;
        u32::try_from(slot).ok()
    }

    fn store_name(&mut self, name: &str) {
        if let Some(index) = self.class_free(name) {
            self.emit(Op::StoreDeref(index));
            return;
        }
        if !self.code.is_module && !self.scope.globals.contains(name) {
            if let Some(slot) = self.scope.slot(name) {
                let slot = u32::try_from(slot).unwrap_or(u32::MAX);
                if self.scope.cells.contains(name) {
                    let cell = self.cell_index(slot);
                    self.emit(Op::StoreDeref(cell));
                } else {
                    self.emit(Op::StoreFast(slot));
                }
                return;
            }
            if let Some(free) = self.scope.free_index(name) {
                let index = self.free_deref(free);
                self.emit(Op::StoreDeref(index));
                return;
            }
        }
        let index = self.name(name);
        self.emit(Op::StoreGlobal(index));
    }

    /// The end of `except E as name:`: `name = None; del name`, as CPython
    /// compiles it, so that the exception (and what its traceback keeps)
    /// goes, and the name is unbound after the clause (`store_name`'s cases).
    fn unbind_handler_name(&mut self, name: &str) {
        self.emit_const(Const::None);
        self.store_name(name);
        if let Some(index) = self.class_free(name) {
            self.emit(Op::DeleteDeref(index));
        } else if self.code.is_module || self.is_class_body() || self.scope.globals.contains(name) {
            let index = self.name(name);
            self.emit(Op::DeleteGlobal(index));
        } else if let Some(slot) = self.scope.slot(name) {
            let slot = u32::try_from(slot).unwrap_or(u32::MAX);
            if self.scope.cells.contains(name) {
                let cell = self.cell_index(slot);
                self.emit(Op::DeleteDeref(cell));
            } else {
                self.emit(Op::DeleteFast(slot));
            }
        } else if let Some(free) = self.scope.free_index(name) {
            let index = self.free_deref(free);
            self.emit(Op::DeleteDeref(index));
        } else {
            let index = self.name(name);
            self.emit(Op::DeleteGlobal(index));
        }
    }

    fn delete_name(&mut self, node: &impl Ranged, name: &str) -> Result<()> {
        if self.code.is_module || self.scope.globals.contains(name) {
            let index = self.name(name);
            self.emit(Op::DeleteGlobal(index));
            return Ok(());
        }
        match self.scope.slot(name) {
            Some(slot) if !self.scope.cells.contains(name) => {
                self.emit(Op::DeleteFast(u32::try_from(slot).unwrap_or(u32::MAX)));
                Ok(())
            }
            _ => Err(self.unsupported(node, "deleting a variable that a nested function uses")),
        }
    }

    /// In a class body, the deref index of a name it takes from an enclosing
    /// function rather than from its namespace (one it reads without binding,
    /// or declares `nonlocal`). Its other names are the namespace's, then the
    /// globals' and builtins' (`LoadGlobal` looks in the namespace first).
    fn class_free(&self, name: &str) -> Option<u32> {
        if !self.is_class_body()
            || self.scope.class_names.contains(name)
            || self.scope.globals.contains(name)
        {
            return None;
        }
        self.scope
            .free_index(name)
            .map(|free| self.free_deref(free))
    }

    /// Deref index of a cell local: cells first (in `cell_locals` order), then free variables.
    fn cell_index(&self, slot: u32) -> u32 {
        let position = self
            .code
            .cell_locals
            .iter()
            .position(|&s| s == slot)
            .unwrap_or(0);
        u32::try_from(position).unwrap_or(u32::MAX)
    }

    fn free_deref(&self, free: usize) -> u32 {
        u32::try_from(self.code.cell_locals.len() + free).unwrap_or(u32::MAX)
    }

    // ----- statements -----

    fn body(&mut self, stmts: &[Stmt]) -> Result<()> {
        for stmt in stmts {
            self.stmt(stmt)?;
        }
        Ok(())
    }

    #[allow(clippy::too_many_lines)]
    fn stmt(&mut self, stmt: &Stmt) -> Result<()> {
        self.set_line(stmt);
        match stmt {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Op::Pop);
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, target) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.store(target)?;
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(value) = &a.value {
                    self.expr(value)?;
                    self.store(&a.target)?;
                }
                // A module's or class's `name: annotation` is kept in its
                // `__annotations__` (a function's are not evaluated).
                if let (true, Expr::Name(n), true) = (self.code.is_module, &*a.target, a.simple) {
                    self.expr(&a.annotation)?;
                    self.load_name("__annotations__");
                    self.emit_const(Const::Str(n.id.as_str().into()));
                    self.emit(Op::StoreSubscript);
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::Pass(_) => {}
            Stmt::If(s) => self.if_stmt(s)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) => {
                if f.is_async {
                    return Err(self.unsupported(f, "async for loops"));
                }
                self.for_stmt(f)?;
            }
            Stmt::Break(b) => {
                self.refuse_in_star(b, self.star_loops == Some(self.loops.len()))?;
                let Some(lp) = self.loops.last() else {
                    return Err(SyntaxError::over(
                        self.source,
                        b.range(),
                        "'break' outside loop",
                    ));
                };
                let (blocks, pops_iterator) = (lp.blocks, lp.pops_iterator);
                self.unwind(blocks, false)?;
                if pops_iterator {
                    self.emit(Op::Pop);
                }
                let at = self.emit(Op::Jump(0));
                if let Some(lp) = self.loops.last_mut() {
                    lp.breaks.push(at);
                }
            }
            Stmt::Continue(c) => {
                self.refuse_in_star(c, self.star_loops == Some(self.loops.len()))?;
                let Some(lp) = self.loops.last() else {
                    return Err(SyntaxError::over(
                        self.source,
                        c.range(),
                        "'continue' not properly in loop",
                    ));
                };
                let (target, blocks) = (lp.continue_to, lp.blocks);
                self.unwind(blocks, false)?;
                self.emit(Op::Jump(target));
            }
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::Return(r) => {
                if self.code.is_module {
                    return Err(SyntaxError::over(
                        self.source,
                        r.range(),
                        "'return' outside function",
                    ));
                }
                match &r.value {
                    Some(v) => self.refuse_in_star(&**v, self.star_loops.is_some())?,
                    None => self.refuse_in_star(r, self.star_loops.is_some())?,
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Const::None),
                }
                self.unwind(0, true)?;
                self.emit(Op::Return);
            }
            // Scope analysis (scope.rs) already made these names global.
            Stmt::Global(_) => {}
            Stmt::Nonlocal(n) => {
                if self.code.is_module && !self.is_class_body() {
                    return Err(SyntaxError::over(
                        self.source,
                        n.range(),
                        "nonlocal declaration not allowed at module level",
                    ));
                }
                for name in &n.names {
                    if self.scope.free_index(&name.id).is_none() {
                        return Err(SyntaxError::at(
                            self.source,
                            name.start(),
                            format!("no binding for nonlocal '{}' found", name.id),
                        ));
                    }
                }
            }
            Stmt::Delete(d) => {
                for target in &d.targets {
                    self.delete(target)?;
                }
            }
            Stmt::Raise(r) => match (&r.exc, &r.cause) {
                (Some(e), Some(cause)) => {
                    self.expr(e)?;
                    self.expr(cause)?;
                    self.emit(Op::RaiseFrom);
                }
                (Some(e), None) => {
                    self.expr(e)?;
                    self.emit(Op::Raise { has_value: true });
                }
                (None, _) => {
                    self.emit(Op::Raise { has_value: false });
                }
            },
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                let skip = self.emit(Op::JumpIfTrue(0));
                if let Some(msg) = &a.msg {
                    self.expr(msg)?;
                }
                // Shown at the test, as CPython shows a failed assert.
                let outer = self.position;
                self.position = (a.test.start().into(), a.test.end().into());
                self.emit(Op::RaiseAssertion {
                    has_message: a.msg.is_some(),
                });
                self.position = outer;
                self.patch(skip);
            }
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::Import(i) => {
                for alias in &i.names {
                    let module = self.name(&alias.name.id);
                    self.emit(Op::ImportName(module));
                    match &alias.asname {
                        Some(bound) => self.store_name(&bound.id),
                        // `import a.b` binds `a` (importing `a.b` made it `a`'s attribute).
                        None => {
                            let top = alias.name.id.split('.').next().unwrap_or_default();
                            if top != alias.name.id.as_str() {
                                self.emit(Op::Pop);
                                let top_index = self.name(top);
                                self.emit(Op::ImportName(top_index));
                            }
                            self.store_name(top);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                if i.level > 0 {
                    return Err(self.unsupported(i, "relative imports"));
                }
                let module = i.module.as_ref().map_or("", |m| m.id.as_str());
                let module = self.name(module);
                self.emit(Op::ImportName(module));
                if i.names.iter().any(|alias| &alias.name.id == "*") {
                    if !self.code.is_module {
                        return Err(SyntaxError::at(
                            self.source,
                            i.start(),
                            "import * only allowed at module level",
                        ));
                    }
                    self.emit(Op::ImportStar);
                    return Ok(());
                }
                for alias in &i.names {
                    let name = self.name(&alias.name.id);
                    self.emit(Op::ImportFrom(name));
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.store_name(&bound.id);
                }
                self.emit(Op::Pop);
            }
            Stmt::With(w) => {
                if w.is_async {
                    return Err(self.unsupported(w, "async with statements"));
                }
                self.with_items(&w.items, &w.body)?;
            }
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TypeAlias(_) => return Err(self.unsupported(stmt, "type aliases")),
            Stmt::IpyEscapeCommand(_) => return Err(self.unsupported(stmt, "IPython escapes")),
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> Result<()> {
        let op = binop(a.op);
        // The target's load is placed on the target, the operation and the
        // store on the statement: a traceback marks `count` in `count += 1`
        // for an unbound name, `d["k"]` for a missing key, as CPython's.
        let statement = self.position;
        let target = (a.target.start().into(), a.target.end().into());
        match &*a.target {
            Expr::Name(n) => {
                self.position = target;
                self.load_name(&n.id);
                self.position = statement;
                self.expr(&a.value)?;
                self.emit(Op::Inplace(op));
                self.store_name(&n.id);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                // container key -> container key container key -> container key item
                self.emit(Op::Dup2);
                self.position = target;
                self.emit(Op::Subscript);
                self.position = statement;
                self.expr(&a.value)?;
                self.emit(Op::Inplace(op));
                // container key result -> result container key
                self.emit(Op::Rot3);
                self.emit(Op::StoreSubscript);
            }
            Expr::Attribute(at) => {
                // `self.n += 1` in a method: the object, a plain local, is
                // loaded again for the store rather than kept under the value
                // on the stack (LoadFast+LoadAttr and LoadFast+StoreAttr are
                // fused, with no clone of the object, see the peephole pass).
                // The same object either way: nothing in the value can rebind
                // a plain local but `:=`, and then the general form is used.
                if let Expr::Name(n) = &*at.value {
                    if let Some(slot) = self.plain_local(&n.id) {
                        let value_text = &self.source[a.value.range()];
                        if !value_text.contains(":=") {
                            let name = self.name(&at.attr.id);
                            self.position = target;
                            self.emit(Op::LoadFast(slot));
                            self.emit(Op::LoadAttr(name));
                            self.position = statement;
                            self.expr(&a.value)?;
                            self.emit(Op::Inplace(op));
                            self.emit(Op::LoadFast(slot));
                            self.emit(Op::StoreAttr(name));
                            return Ok(());
                        }
                    }
                }
                self.expr(&at.value)?;
                self.emit(Op::Dup);
                let name = self.name(&at.attr.id);
                self.position = target;
                self.emit(Op::LoadAttr(name));
                self.position = statement;
                self.expr(&a.value)?;
                self.emit(Op::Inplace(op));
                self.emit(Op::Rot2);
                self.emit(Op::StoreAttr(name));
            }
            other => return Err(self.unsupported(other, "augmented assignments to this target")),
        }
        Ok(())
    }

    fn if_stmt(&mut self, s: &ast::StmtIf) -> Result<()> {
        self.expr(&s.test)?;
        let mut next = self.emit(Op::JumpIfFalse(0));
        self.body(&s.body)?;
        let mut ends = Vec::new();
        for clause in &s.elif_else_clauses {
            ends.push(self.emit(Op::Jump(0)));
            self.patch(next);
            self.set_line(clause);
            match &clause.test {
                Some(test) => {
                    self.expr(test)?;
                    next = self.emit(Op::JumpIfFalse(0));
                    self.body(&clause.body)?;
                }
                None => {
                    next = usize::MAX;
                    self.body(&clause.body)?;
                }
            }
        }
        if next != usize::MAX {
            self.patch(next);
        }
        for end in ends {
            self.patch(end);
        }
        Ok(())
    }

    fn while_stmt(&mut self, w: &ast::StmtWhile) -> Result<()> {
        let top = self.here();
        self.expr(&w.test)?;
        let exit = self.emit(Op::JumpIfFalse(0));
        self.loops.push(Loop {
            continue_to: top,
            breaks: Vec::new(),
            pops_iterator: false,
            blocks: self.blocks.len(),
        });
        self.body(&w.body)?;
        self.emit(Op::Jump(top));
        let lp = self.loops.pop().expect("the loop pushed above");
        self.patch(exit);
        self.body(&w.orelse)?;
        for b in lp.breaks {
            self.patch(b);
        }
        Ok(())
    }

    fn for_stmt(&mut self, f: &ast::StmtFor) -> Result<()> {
        self.iterable(&f.iter)?;
        self.emit(Op::GetIter);
        let top = self.here();
        let exit = self.emit(Op::ForIter(0));
        self.store(&f.target)?;
        self.loops.push(Loop {
            continue_to: top,
            breaks: Vec::new(),
            pops_iterator: true,
            blocks: self.blocks.len(),
        });
        self.body(&f.body)?;
        self.emit(Op::Jump(top));
        let lp = self.loops.pop().expect("the loop pushed above");
        self.patch(exit);
        self.body(&f.orelse)?;
        for b in lp.breaks {
            self.patch(b);
        }
        Ok(())
    }

    /// `try`/`except`/`else`/`finally`. The handler gets the exception on the
    /// stack; `finally` runs on every way out that this subset has (falling
    /// through, an exception); `return`/`break` inside `try` with a `finally`
    /// are refused rather than skipping it.
    fn try_stmt(&mut self, t: &ast::StmtTry) -> Result<()> {
        let finally = if t.finalbody.is_empty() {
            None
        } else {
            self.blocks.push(Block::Finally(t.finalbody.to_vec()));
            Some(self.emit(Op::SetupExcept(0)))
        };
        if t.handlers.is_empty() {
            self.body(&t.body)?;
            self.body(&t.orelse)?;
        } else {
            self.blocks.push(Block::Except);
            let setup = self.emit(Op::SetupExcept(0));
            self.body(&t.body)?;
            self.emit(Op::PopBlock);
            self.blocks.pop();
            self.body(&t.orelse)?;
            let done = self.emit(Op::Jump(0));
            self.patch(setup);
            let mut ends = vec![done];
            if t.is_star {
                self.star_handlers(&t.handlers)?;
            } else {
                self.except_handlers(&t.handlers, &mut ends)?;
            }
            for end in ends {
                self.patch(end);
            }
        }
        if let Some(setup) = finally {
            self.emit(Op::PopBlock);
            self.blocks.pop();
            self.body(&t.finalbody)?;
            let done = self.emit(Op::Jump(0));
            self.patch(setup);
            self.body(&t.finalbody)?;
            self.emit(Op::Reraise);
            self.patch(done);
        }
        Ok(())
    }

    /// `except` clauses, the exception caught on the stack: the first whose
    /// class matches runs, then jumps to the end (one of `ends`); none
    /// matching raises it again.
    fn except_handlers(
        &mut self,
        handlers: &[ast::ExceptHandler],
        ends: &mut Vec<usize>,
    ) -> Result<()> {
        for handler in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = handler;
            self.set_line(h);
            let mut skip = None;
            if let Some(kind) = &h.type_ {
                self.expr(kind)?;
                self.emit(Op::ExceptionMatches);
                skip = Some(self.emit(Op::JumpIfFalse(0)));
            }
            match &h.name {
                Some(name) => self.store_name(&name.id),
                None => {
                    self.emit(Op::Pop);
                }
            }
            let bound = h.name.as_ref().map(|name| name.id.to_string());
            self.blocks.push(Block::Handler(bound.clone()));
            self.body(&h.body)?;
            self.blocks.pop();
            self.emit(Op::PopExcept);
            if let Some(name) = &bound {
                self.unbind_handler_name(name);
            }
            ends.push(self.emit(Op::Jump(0)));
            if let Some(skip) = skip {
                self.patch(skip);
            }
        }
        self.emit(Op::Reraise);
        Ok(())
    }

    /// CPython's SyntaxError for a way out of an `except*` clause, when `refused`.
    fn refuse_in_star(&self, node: &impl Ranged, refused: bool) -> Result<()> {
        if refused {
            return Err(SyntaxError::over(
                self.source,
                node.range(),
                "'break', 'continue' and 'return' cannot appear in an except* block",
            ));
        }
        Ok(())
    }

    /// `except*` clauses, the exception caught on the stack: each clause
    /// runs with the part of what is left that it matches; those raised in
    /// them and what none matched are raised at the end (`Op::StarEnd`).
    fn star_handlers(&mut self, handlers: &[ast::ExceptHandler]) -> Result<()> {
        // The exception caught, what is left of it, and a list of those raised.
        self.emit(Op::Dup);
        self.emit(Op::BuildList(0));
        for handler in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = handler;
            self.set_line(h);
            let Some(kind) = &h.type_ else {
                return Err(self.unsupported(h, "except* without a class"));
            };
            self.expr(kind)?;
            self.emit(Op::StarMatch);
            let skip = self.emit(Op::JumpIfFalse(0));
            match &h.name {
                Some(name) => self.store_name(&name.id),
                None => {
                    self.emit(Op::Pop);
                }
            }
            let bound = h.name.as_ref().map(|name| name.id.to_string());
            let failed = self.emit(Op::SetupExcept(0));
            self.blocks.push(Block::Except);
            self.blocks.push(Block::Handler(bound.clone()));
            let outer_star = self.star_loops.replace(self.loops.len());
            self.body(&h.body)?;
            self.star_loops = outer_star;
            self.blocks.truncate(self.blocks.len() - 2);
            self.emit(Op::PopBlock);
            self.emit(Op::PopExcept);
            if let Some(name) = &bound {
                self.unbind_handler_name(name);
            }
            let handled = self.emit(Op::Jump(0));
            self.patch(failed);
            self.emit(Op::StarRaised);
            if let Some(name) = &bound {
                self.unbind_handler_name(name);
            }
            let raised = self.emit(Op::Jump(0));
            self.patch(skip);
            self.emit(Op::Pop);
            self.patch(handled);
            self.patch(raised);
        }
        self.emit(Op::StarEnd);
        Ok(())
    }

    /// Leaves the blocks above depth `to` on the way to a `return` (whose value
    /// is on top when `returning`), `break` or `continue`: uninstalls their
    /// handlers, runs `finally` bodies and calls `__exit__`s, innermost first.
    fn unwind(&mut self, to: usize, returning: bool) -> Result<()> {
        let saved = self.blocks.clone();
        for depth in (to..saved.len()).rev() {
            // What the finally body runs inside: only the blocks outside it.
            self.blocks.truncate(depth);
            if let Block::Handler(bound) = &saved[depth] {
                // No handler of its own: only the exception stops being handled.
                self.emit(Op::PopExcept);
                if let Some(name) = bound {
                    self.unbind_handler_name(name);
                }
                continue;
            }
            self.emit(Op::PopBlock);
            match &saved[depth] {
                Block::Except | Block::Handler(_) => {}
                Block::Finally(body) => self.body(body)?,
                Block::With => {
                    if returning {
                        self.emit(Op::Rot2);
                    }
                    self.emit(Op::ExitWith);
                }
            }
        }
        self.blocks = saved;
        Ok(())
    }

    fn with_items(&mut self, items: &[ast::WithItem], body: &[Stmt]) -> Result<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        self.expr(&item.context_expr)?;
        self.emit(Op::BeforeWith);
        // stack: exit entered
        self.blocks.push(Block::With);
        let setup = self.emit(Op::SetupWith(0));
        match &item.optional_vars {
            Some(target) => self.store(target)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        self.with_items(rest, body)?;
        self.emit(Op::PopBlock);
        self.blocks.pop();
        self.emit(Op::ExitWith);
        let done = self.emit(Op::Jump(0));
        self.patch(setup);
        // The exception is on top of `exit`: exit with it, then re-raise it
        // unless `__exit__` returned true.
        self.emit(Op::ExitWithError);
        let reraise = self.emit(Op::JumpIfFalse(0));
        self.emit(Op::Pop);
        // Swallowed by `__exit__`: no longer being handled.
        self.emit(Op::PopExcept);
        let swallowed = self.emit(Op::Jump(0));
        self.patch(reraise);
        self.emit(Op::Reraise);
        self.patch(done);
        self.patch(swallowed);
        Ok(())
    }

    fn function_def(&mut self, f: &ast::StmtFunctionDef) -> Result<()> {
        if f.is_async {
            return Err(self.unsupported(f, "async functions"));
        }
        if f.type_params.is_some() {
            return Err(self.unsupported(f, "type parameters"));
        }
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        let qualname = self.qualname(&f.name.id);
        self.make_function(
            &f.name.id,
            &qualname,
            &f.parameters,
            NestedBody::Stmts(&f.body),
            f.start(),
        )?;
        self.function_annotations(&f.parameters, f.returns.as_deref())?;
        for _ in &f.decorator_list {
            self.emit(Op::Call(1));
        }
        self.store_name(&f.name.id);
        Ok(())
    }

    /// A module's or a class's docstring, stored as its `__doc__` first.
    fn store_docstring(&mut self, body: &[Stmt]) {
        if let Some(doc) = docstring(body) {
            self.emit_const(Const::Str(doc.into()));
            self.store_name("__doc__");
        }
    }

    /// The annotations of the function on top of the stack, evaluated now
    /// (as CPython 3.11 does at `def`) into its `__annotations__`: each
    /// parameter's by name, in order, then `return`'s.
    fn function_annotations(
        &mut self,
        parameters: &ast::Parameters,
        returns: Option<&Expr>,
    ) -> Result<()> {
        let mut annotated: Vec<(&str, &Expr)> = Vec::new();
        let with_default = parameters
            .posonlyargs
            .iter()
            .chain(&parameters.args)
            .map(|p| &p.parameter);
        let variadic = parameters.vararg.iter().map(|p| &**p);
        let keyword_only = parameters.kwonlyargs.iter().map(|p| &p.parameter);
        let keywords = parameters.kwarg.iter().map(|p| &**p);
        for parameter in with_default
            .chain(variadic)
            .chain(keyword_only)
            .chain(keywords)
        {
            if let Some(annotation) = &parameter.annotation {
                annotated.push((parameter.name.id.as_str(), annotation));
            }
        }
        if let Some(returns) = returns {
            annotated.push(("return", returns));
        }
        if annotated.is_empty() {
            return Ok(());
        }
        self.emit(Op::Dup);
        for (name, annotation) in &annotated {
            self.emit_const(Const::Str((*name).into()));
            self.expr(annotation)?;
        }
        self.emit(Op::BuildDict(
            u32::try_from(annotated.len()).unwrap_or(u32::MAX),
        ));
        self.emit(Op::Rot2);
        let name = self.name("__annotations__");
        self.emit(Op::StoreAttr(name));
        Ok(())
    }

    fn class_def(&mut self, c: &ast::StmtClassDef) -> Result<()> {
        if c.type_params.is_some() {
            return Err(self.unsupported(c, "type parameters"));
        }
        let (bases, keywords) = c
            .arguments
            .as_deref()
            .map_or((&[][..], &[][..]), |a| (&a.args[..], &a.keywords[..]));
        if bases.iter().any(Expr::is_starred_expr) {
            return Err(self.unsupported(c, "starred base classes"));
        }
        if let Some(k) = keywords.iter().find(|k| k.arg.is_none()) {
            return Err(self.unsupported(k, "**mapping in a class's keywords"));
        }
        // As CPython: the decorators, then the bases, then the body.
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        for base in bases {
            self.expr(base)?;
        }
        for k in keywords {
            self.expr(&k.value)?;
        }
        // The body runs as a function whose module-like namespace becomes
        // the class; it is a closure when it (or a function in it) uses
        // the locals of enclosing functions.
        let qualname = self.qualname(&c.name.id);
        let mut enclosing = self.enclosing.clone();
        if !self.code.is_module {
            enclosing.push(self.scope.locals.iter().cloned().collect());
        }
        let scope = class_scope(&c.body, &enclosing);
        let mut body = Compiler::new(
            self.source,
            self.newlines.clone(),
            self.filename.clone(),
            &c.name.id,
            &qualname,
            scope,
            enclosing,
        );
        body.code.is_module = true;
        body.code.first_line = self.line_at(c.start());
        body.line = body.code.first_line;
        body.store_docstring(&c.body);
        body.setup_annotations(&c.body);
        body.body(&c.body)?;
        body.emit_const(Const::None);
        body.emit(Op::Return);
        self.finish_function(body.code, 0)?;
        // With keywords (`metaclass=M`, `flag=True`), the name constant is
        // the class's name followed by the keywords' names.
        let name = if keywords.is_empty() {
            self.constant(Const::Str(c.name.id.as_str().into()))
        } else {
            let mut names: Vec<Arc<str>> = vec![c.name.id.as_str().into()];
            names.extend(
                keywords
                    .iter()
                    .filter_map(|k| k.arg.as_ref())
                    .map(|a| a.id.as_str().into()),
            );
            self.constant(Const::Names(names.into()))
        };
        self.emit(Op::BuildClass {
            name,
            bases: count(bases) + u32::try_from(keywords.len()).unwrap_or(u32::MAX),
        });
        for _ in &c.decorator_list {
            self.emit(Op::Call(1));
        }
        self.store_name(&c.name.id);
        Ok(())
    }

    /// A module or class body with annotated names starts with an empty
    /// `__annotations__` (CPython's SETUP_ANNOTATIONS).
    fn setup_annotations(&mut self, body: &[Stmt]) {
        fn annotates(stmts: &[Stmt]) -> bool {
            stmts.iter().any(|s| match s {
                Stmt::AnnAssign(_) => true,
                Stmt::If(i) => {
                    annotates(&i.body) || i.elif_else_clauses.iter().any(|c| annotates(&c.body))
                }
                Stmt::For(f) => annotates(&f.body) || annotates(&f.orelse),
                Stmt::While(w) => annotates(&w.body) || annotates(&w.orelse),
                Stmt::With(w) => annotates(&w.body),
                Stmt::Try(t) => {
                    annotates(&t.body) || annotates(&t.orelse) || annotates(&t.finalbody)
                }
                _ => false,
            })
        }
        if annotates(body) {
            self.emit(Op::BuildDict(0));
            self.store_name("__annotations__");
        }
    }

    /// A `yield` is only in a generator function's own body.
    fn check_in_generator(&self, expr: &Expr, what: &str) -> Result<()> {
        if self.code.is_generator && !self.in_comprehension {
            return Ok(());
        }
        let message = if self.in_comprehension {
            format!("'{what}' inside list comprehension")
        } else {
            format!("'{what}' outside function")
        };
        Err(SyntaxError::over(self.source, expr.range(), message))
    }

    /// Whether this is a class body (whose functions are methods).
    fn is_class_body(&self) -> bool {
        self.code.is_module && &*self.code.name != "<module>"
    }

    fn qualname(&self, name: &str) -> String {
        if self.code.is_module && &*self.code.name == "<module>" {
            name.to_string()
        } else if self.code.is_module {
            format!("{}.{name}", self.code.qualname)
        } else {
            format!("{}.<locals>.{name}", self.code.qualname)
        }
    }

    /// Compiles a nested function and emits the code that makes it (defaults and
    /// closure from the current scope).
    /// CPython's SyntaxError for a parameter named twice (`def f(x, x)`),
    /// at the second, in the order they are written.
    fn check_duplicate_parameters(&self, parameters: &ast::Parameters) -> Result<()> {
        let mut written: Vec<&ast::Parameter> = Vec::new();
        written.extend(parameters.posonlyargs.iter().map(|p| &p.parameter));
        written.extend(parameters.args.iter().map(|p| &p.parameter));
        written.extend(parameters.vararg.as_deref());
        written.extend(parameters.kwonlyargs.iter().map(|p| &p.parameter));
        written.extend(parameters.kwarg.as_deref());
        for (i, p) in written.iter().enumerate() {
            if written[..i].iter().any(|q| q.name.id == p.name.id) {
                return Err(SyntaxError::over(
                    self.source,
                    p.name.range(),
                    format!("duplicate argument '{}' in function definition", p.name.id),
                ));
            }
        }
        Ok(())
    }

    fn make_function(
        &mut self,
        name: &str,
        qualname: &str,
        parameters: &ast::Parameters,
        body: NestedBody<'_>,
        start: TextSize,
    ) -> Result<()> {
        self.check_duplicate_parameters(parameters)?;
        // Positional-only parameters (before `/`) are positional ones that
        // a call may not name (`Code::positional_only`).
        let positional: Vec<&ast::ParameterWithDefault> = parameters
            .posonlyargs
            .iter()
            .chain(&parameters.args)
            .collect();
        let mut params: Vec<String> = positional
            .iter()
            .map(|p| p.parameter.name.id.to_string())
            .collect();
        params.extend(
            parameters
                .kwonlyargs
                .iter()
                .map(|p| p.parameter.name.id.to_string()),
        );
        if let Some(v) = &parameters.vararg {
            params.push(v.name.id.to_string());
        }
        if let Some(k) = &parameters.kwarg {
            params.push(k.name.id.to_string());
        }
        let mut defaults = 0u32;
        for p in &positional {
            if let Some(d) = &p.default {
                self.expr(d)?;
                defaults += 1;
            }
        }
        for p in &parameters.kwonlyargs {
            match &p.default {
                Some(d) => self.expr(d)?,
                // A required keyword-only parameter: a placeholder, never read
                // (`Code::required_keyword_only` says it is required).
                None => self.emit_const(Const::None),
            }
            defaults += 1;
        }
        let mut enclosing = self.enclosing.clone();
        if !self.code.is_module {
            enclosing.push(self.scope.locals.iter().cloned().collect());
        }
        let scope = function_scope(&params, &body, &enclosing);
        let mut inner = Compiler::new(
            self.source,
            self.newlines.clone(),
            self.filename.clone(),
            name,
            qualname,
            scope,
            enclosing,
        );
        inner.code.positional = u32::try_from(positional.len()).unwrap_or(u32::MAX);
        inner.code.positional_only =
            u32::try_from(parameters.posonlyargs.len()).unwrap_or(u32::MAX);
        inner.code.keyword_only = u32::try_from(parameters.kwonlyargs.len()).unwrap_or(u32::MAX);
        inner.code.required_keyword_only = parameters
            .kwonlyargs
            .iter()
            .map(|p| p.default.is_none())
            .collect();
        let mut next = inner.code.positional + inner.code.keyword_only;
        if parameters.vararg.is_some() {
            inner.code.varargs = Some(next);
            next += 1;
        }
        if parameters.kwarg.is_some() {
            inner.code.varkw = Some(next);
        }
        inner.code.first_line = self.line_at(start);
        inner.line = inner.code.first_line;
        if self.is_class_body() {
            inner.method_of = Some((self.code.qualname.to_string(), params.first().cloned()));
        }
        inner.code.is_generator = super::scope::has_yield(&body);
        match body {
            NestedBody::Stmts(stmts) => {
                inner.code.doc = docstring(stmts).map(Arc::from);
                inner.body(stmts)?;
                inner.emit_const(Const::None);
                inner.emit(Op::Return);
            }
            NestedBody::Expr(e) => {
                inner.expr(e)?;
                inner.emit(Op::Return);
            }
            NestedBody::Comprehension(..) => unreachable!("comprehensions use `comprehension`"),
        }
        self.finish_function(inner.code, defaults)
    }

    /// Emits `MakeFunction` for `code`, with its closure cells if it has free variables.
    fn finish_function(&mut self, code: Code, defaults: u32) -> Result<()> {
        let closure = !code.free.is_empty();
        if closure {
            for free in &code.free {
                self.load_closure(free);
            }
            self.emit(Op::BuildTuple(
                u32::try_from(code.free.len()).unwrap_or(u32::MAX),
            ));
        }
        let code = self.constant(Const::Code(sealed(code)));
        self.emit(Op::MakeFunction {
            code,
            defaults,
            closure,
        });
        Ok(())
    }

    /// Pushes the cell of `name` (a cell local here, or a free variable passed on).
    fn load_closure(&mut self, name: &str) {
        if let Some(slot) = self.scope.slot(name) {
            let slot = u32::try_from(slot).unwrap_or(u32::MAX);
            let cell = self.cell_index(slot);
            self.emit(Op::LoadClosure(cell));
        } else if let Some(free) = self.scope.free_index(name) {
            let index = self.free_deref(free);
            self.emit(Op::LoadClosure(index));
        }
    }

    // ----- assignment targets -----

    fn store(&mut self, target: &Expr) -> Result<()> {
        // A failing store (an unpacking of the wrong length, an item or an
        // attribute that cannot be set) is shown at its target, as CPython shows it.
        let outer = self.position;
        self.position = (target.start().into(), target.end().into());
        let stored = self.store_target(target);
        self.position = outer;
        stored
    }

    fn store_target(&mut self, target: &Expr) -> Result<()> {
        match target {
            Expr::Name(n) => self.store_name(&n.id),
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let starred: Vec<usize> = (0..elts.len())
                    .filter(|&i| elts[i].is_starred_expr())
                    .collect();
                match starred[..] {
                    [] => {
                        self.emit(Op::UnpackSequence(count(elts)));
                    }
                    [at] => {
                        let before = u32::try_from(at).unwrap_or(u32::MAX);
                        let after = u32::try_from(elts.len() - at - 1).unwrap_or(u32::MAX);
                        self.emit(Op::UnpackEx { before, after });
                    }
                    _ => {
                        return Err(SyntaxError::at(
                            self.source,
                            target.start(),
                            "multiple starred expressions in assignment",
                        ))
                    }
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store(&s.value)?,
                        other => self.store(other)?,
                    }
                }
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::StoreSubscript);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let name = self.name(&a.attr.id);
                self.emit(Op::StoreAttr(name));
            }
            other => return Err(self.unsupported(other, "assignments to this kind of target")),
        }
        Ok(())
    }

    fn delete(&mut self, target: &Expr) -> Result<()> {
        match target {
            Expr::Name(n) => self.delete_name(n, &n.id)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::DeleteSubscript);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let name = self.name(&a.attr.id);
                self.emit(Op::DeleteAttr(name));
            }
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.delete(e)?;
                }
            }
            other => return Err(self.unsupported(other, "deleting this kind of target")),
        }
        Ok(())
    }

    // ----- expressions -----

    /// Compiles `expr`; the ops it emits carry its range (those of its
    /// sub-expressions, theirs).
    /// The iterable of a `for` or a comprehension (see `for_iterable`).
    fn iterable(&mut self, expr: &Expr) -> Result<()> {
        self.for_iterable = matches!(expr, Expr::Set(_));
        let compiled = self.expr(expr);
        self.for_iterable = false;
        compiled
    }

    fn expr(&mut self, expr: &Expr) -> Result<()> {
        let outer = self.position;
        self.position = (expr.start().into(), expr.end().into());
        let compiled = self.expr_ops(expr);
        self.position = outer;
        compiled
    }

    #[allow(clippy::too_many_lines)]
    fn expr_ops(&mut self, expr: &Expr) -> Result<()> {
        match expr {
            Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => match i.as_i64() {
                    Some(v) => self.emit_const(Const::Int(v)),
                    None => {
                        let text = i.to_string().replace('_', "");
                        let big = parse_int_literal(&text).ok_or_else(|| {
                            SyntaxError::at(self.source, n.start(), "invalid integer literal")
                        })?;
                        self.emit_const(Const::BigInt(Arc::new(big)));
                    }
                },
                Number::Float(f) => self.emit_const(Const::Float(*f)),
                Number::Complex { imag, .. } => self.emit_const(Const::Imaginary(*imag)),
            },
            Expr::StringLiteral(s) => self.emit_const(Const::Str(s.value.to_str().into())),
            Expr::BooleanLiteral(b) => self.emit_const(Const::Bool(b.value)),
            Expr::NoneLiteral(_) => self.emit_const(Const::None),
            Expr::Name(n) => self.load_name(&n.id),
            // `"text" + x`: the constant is evaluated after `x` (it has no
            // effect to order), then swapped under it, so that the constant
            // is last, as in `x + "text"`, for the optimiser
            // (`peephole::fuse_str_adds`).
            Expr::BinOp(b)
                if b.op == Operator::Add
                    && is_str_literal(&b.left)
                    && !is_str_literal(&b.right) =>
            {
                self.expr(&b.right)?;
                self.expr(&b.left)?;
                self.emit(Op::Rot2);
                self.emit(Op::Binary(BinOp::Add));
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Op::Binary(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.emit(Op::Unary(match u.op {
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                }));
            }
            Expr::BoolOp(b) => {
                let mut ends = Vec::new();
                for (i, value) in b.values.iter().enumerate() {
                    self.expr(value)?;
                    if i + 1 < b.values.len() {
                        ends.push(self.emit(match b.op {
                            BoolOp::And => Op::JumpIfFalseOrPop(0),
                            BoolOp::Or => Op::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for end in ends {
                    self.patch(end);
                }
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                self.expr(&i.test)?;
                let orelse = self.emit(Op::JumpIfFalse(0));
                self.expr(&i.body)?;
                let end = self.emit(Op::Jump(0));
                self.patch(orelse);
                self.expr(&i.orelse)?;
                self.patch(end);
            }
            Expr::Call(c) => self.call(c)?,
            Expr::List(l) if l.elts.iter().any(Expr::is_starred_expr) => {
                self.starred_display(&l.elts, false)?;
            }
            Expr::Tuple(t) if t.elts.iter().any(Expr::is_starred_expr) => {
                self.starred_display(&t.elts, false)?;
                self.emit(Op::ListToTuple);
            }
            Expr::Set(s) if s.elts.iter().any(Expr::is_starred_expr) => {
                self.starred_display(&s.elts, true)?;
            }
            Expr::List(l) => {
                self.elements(&l.elts)?;
                self.emit(Op::BuildList(count(&l.elts)));
            }
            Expr::Tuple(t) => {
                self.elements(&t.elts)?;
                self.emit(Op::BuildTuple(count(&t.elts)));
            }
            Expr::Set(s) => {
                let in_for = std::mem::replace(&mut self.for_iterable, false);
                self.elements(&s.elts)?;
                // As CPython folds a display of constants: any as a `for`'s
                // iterable, 3 or more elsewhere.
                let n = count(&s.elts);
                let constant = s.elts.iter().all(is_constant);
                self.emit(match () {
                    () if constant && in_for => Op::BuildFoldedSet(n),
                    () if constant && n >= 3 => Op::BuildConstSet(n),
                    () => Op::BuildSet(n),
                });
            }
            Expr::Dict(d) if d.items.iter().any(|item| item.key.is_none()) => {
                // `{**a, k: v}`: an empty dict, filled in order.
                self.emit(Op::BuildDict(0));
                for item in &d.items {
                    match &item.key {
                        Some(key) => {
                            self.expr(key)?;
                            self.expr(&item.value)?;
                            self.emit(Op::MapAdd(1));
                        }
                        None => {
                            self.expr(&item.value)?;
                            self.emit(Op::DictUpdate);
                        }
                    }
                }
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(key) = &item.key {
                        self.expr(key)?;
                    }
                    self.expr(&item.value)?;
                }
                self.emit(Op::BuildDict(
                    u32::try_from(d.items.len()).unwrap_or(u32::MAX),
                ));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::Subscript);
            }
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.emit_const(Const::None),
                    }
                }
                self.emit(Op::BuildSlice);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let name = self.name(&a.attr.id);
                self.emit(Op::LoadAttr(name));
            }
            Expr::FString(f) => self.fstring(f)?,
            Expr::Lambda(l) => {
                let empty = ast::Parameters::default();
                let parameters = l.parameters.as_deref().unwrap_or(&empty);
                let qualname = self.qualname("<lambda>");
                self.make_function(
                    "<lambda>",
                    &qualname,
                    parameters,
                    NestedBody::Expr(&l.body),
                    l.start(),
                )?;
            }
            Expr::ListComp(c) => {
                self.comprehension(Kind::List, &c.generators, &[&c.elt], c.start())?
            }
            Expr::SetComp(c) => {
                self.comprehension(Kind::Set, &c.generators, &[&c.elt], c.start())?
            }
            Expr::DictComp(c) => {
                let Some(key) = c.key.as_deref() else {
                    return Err(self.unsupported(c, "** unpacking in dict comprehensions"));
                };
                self.comprehension(Kind::Dict, &c.generators, &[key, &c.value], c.start())?;
            }
            Expr::Generator(c) => {
                self.comprehension(Kind::Generator, &c.generators, &[&c.elt], c.start())?
            }
            Expr::Starred(s) => {
                return Err(SyntaxError::over(
                    self.source,
                    s.range(),
                    "can't use starred expression here",
                ))
            }
            Expr::Named(n) => {
                self.check_walrus(n)?;
                self.expr(&n.value)?;
                self.emit(Op::Dup);
                self.store(&n.target)?;
            }
            Expr::Yield(y) => {
                self.check_in_generator(expr, "yield")?;
                match &y.value {
                    Some(value) => self.expr(value)?,
                    None => self.emit_const(Const::None),
                }
                self.emit(Op::YieldValue);
            }
            Expr::YieldFrom(y) => {
                self.check_in_generator(expr, "yield from")?;
                self.expr(&y.value)?;
                self.emit(Op::GetIter);
                self.emit_const(Const::None);
                self.emit(Op::YieldFrom);
            }
            // `async def` is refused before its body is compiled: any other
            // place is outside an async function.
            Expr::Await(_) => {
                let message = if self.code.is_module && !self.is_class_body() {
                    "'await' outside function"
                } else {
                    "'await' outside async function"
                };
                return Err(SyntaxError::over(self.source, expr.range(), message));
            }
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b
                    .value
                    .iter()
                    .flat_map(|part| part.value.iter().copied())
                    .collect();
                self.emit_const(Const::Bytes(bytes.into()));
            }
            Expr::EllipsisLiteral(_) => self.emit_const(Const::Ellipsis),
            Expr::TString(_) => return Err(self.unsupported(expr, "template strings")),
            Expr::IpyEscapeCommand(_) => return Err(self.unsupported(expr, "IPython escapes")),
        }
        Ok(())
    }

    /// `[*a, b, *c]` (or a set's): an empty list (set), then each item
    /// added and each starred iterable's items, in order.
    fn starred_display(&mut self, elts: &[Expr], set: bool) -> Result<()> {
        self.emit(if set {
            Op::BuildSet(0)
        } else {
            Op::BuildList(0)
        });
        for e in elts {
            if let Expr::Starred(s) = e {
                self.expr(&s.value)?;
                self.emit(if set { Op::SetUpdate } else { Op::ListExtend });
            } else {
                self.expr(e)?;
                self.emit(if set {
                    Op::SetAdd(1)
                } else {
                    Op::ListAppend(1)
                });
            }
        }
        Ok(())
    }

    fn elements(&mut self, elts: &[Expr]) -> Result<()> {
        for e in elts {
            if e.is_starred_expr() {
                return Err(self.unsupported(e, "* unpacking in displays"));
            }
            self.expr(e)?;
        }
        Ok(())
    }

    /// `a < b < c` evaluates `b` once and stops at the first false comparison.
    fn compare(&mut self, c: &ast::ExprCompare) -> Result<()> {
        self.expr(&c.operands[0])?;
        let mut cleanups = Vec::new();
        for (i, (op, right)) in c.ops.iter().zip(c.operands[1..].iter()).enumerate() {
            self.expr(right)?;
            let last = i + 1 == c.ops.len();
            if !last {
                self.emit(Op::Dup);
                self.emit(Op::Rot3);
            }
            self.emit(Op::Compare(cmpop(*op)));
            if !last {
                cleanups.push(self.emit(Op::JumpIfFalseOrPop(0)));
            }
        }
        if !cleanups.is_empty() {
            let end = self.emit(Op::Jump(0));
            for at in cleanups {
                self.patch(at);
            }
            // The false result is on top of the leftover operand.
            self.emit(Op::Rot2);
            self.emit(Op::Pop);
            self.patch(end);
        }
        Ok(())
    }

    /// `super()` in a method: its first argument, then `Op::Super` with the
    /// class the method is in (false: not such a call; a method without
    /// parameters calls the builtin, which says so). Kept out of `call`, so
    /// that the frames of the compiler's recursion through expressions stay small.
    #[inline(never)]
    fn zero_arg_super(&mut self, c: &ast::ExprCall) -> bool {
        let Some((class, Some(first))) = &self.method_of else {
            return false;
        };
        let is_super = matches!(&*c.func, Expr::Name(n) if n.id.as_str() == "super")
            && c.arguments.args.is_empty()
            && c.arguments.keywords.is_empty()
            && self.scope.slot("super").is_none();
        if !is_super {
            return false;
        }
        let (class, first) = (class.clone(), first.clone());
        self.load_name(&first);
        let class = self.constant(Const::Str(class.as_str().into()));
        self.emit(Op::Super { class });
        true
    }

    fn call(&mut self, c: &ast::ExprCall) -> Result<()> {
        let args = &c.arguments;
        if self.zero_arg_super(c) {
            return Ok(());
        }
        let starred = args.args.iter().any(Expr::is_starred_expr)
            || args.keywords.iter().any(|k| k.arg.is_none());
        if let (Expr::Attribute(a), false) = (&*c.func, starred) {
            // obj.name(a, b, k=v): the method is called without a bound
            // method made first (CPython's LOAD_METHOD / CALL).
            let outer = self.position;
            self.position = (a.start().into(), a.end().into());
            self.expr(&a.value)?;
            let name = self.name(&a.attr.id);
            self.emit(Op::LoadMethod(name));
            self.position = outer;
            for a in &args.args {
                self.expr(a)?;
            }
            if args.keywords.is_empty() {
                self.emit(Op::CallMethod(count(&args.args)));
            } else {
                let (total, names) = self.keyword_values(c)?;
                self.emit(Op::CallMethodKw(total, names));
            }
            return Ok(());
        }
        self.expr(&c.func)?;
        if starred {
            // f(a, *xs, k=v, **kw): one tuple of positionals, one dict of keywords.
            let mut pieces = 0u32;
            let mut plain = 0u32;
            for a in &args.args {
                if let Expr::Starred(s) = a {
                    if plain > 0 {
                        self.emit(Op::BuildTuple(plain));
                        pieces += 1;
                        plain = 0;
                    }
                    self.expr(&s.value)?;
                    pieces += 1;
                } else {
                    self.expr(a)?;
                    plain += 1;
                }
            }
            if plain > 0 {
                self.emit(Op::BuildTuple(plain));
                pieces += 1;
            }
            self.emit(Op::BuildList(pieces));
            // The keywords in the order written: those before the first
            // `**` in one dict (they cannot repeat: a SyntaxError), then
            // each `**` and each name merged in turn, checked for repeats.
            let leading = args.keywords.iter().take_while(|k| k.arg.is_some()).count();
            for k in &args.keywords[..leading] {
                let name = k.arg.as_ref().expect("taken while named");
                self.emit_const(Const::Str(name.id.as_str().into()));
                self.expr(&k.value)?;
            }
            self.emit(Op::BuildDict(u32::try_from(leading).unwrap_or(u32::MAX)));
            for k in &args.keywords[leading..] {
                match &k.arg {
                    Some(name) => {
                        self.emit_const(Const::Str(name.id.as_str().into()));
                        self.expr(&k.value)?;
                        self.emit(Op::KeywordAdd);
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Op::KeywordMerge);
                    }
                }
            }
            self.emit(Op::CallEx);
            return Ok(());
        }
        for a in &args.args {
            self.expr(a)?;
        }
        if args.keywords.is_empty() {
            self.emit(Op::Call(count(&args.args)));
            return Ok(());
        }
        let (total, names) = self.keyword_values(c)?;
        self.emit(Op::CallKw(total, names));
        Ok(())
    }

    /// The keyword values of call `c` (after its positional ones): the
    /// count of all its arguments, and the constant of the keywords' names.
    fn keyword_values(&mut self, c: &ast::ExprCall) -> Result<(u32, u32)> {
        let args = &c.arguments;
        let mut names = Vec::new();
        for k in &args.keywords {
            let name = k.arg.as_ref().map(|n| Arc::<str>::from(n.id.as_str()));
            names.push(name.unwrap_or_else(|| "".into()));
            self.expr(&k.value)?;
        }
        let total = u32::try_from(args.args.len() + names.len()).unwrap_or(u32::MAX);
        Ok((total, self.constant(Const::Names(names.into()))))
    }

    fn fstring(&mut self, f: &ast::ExprFString) -> Result<()> {
        let mut parts = 0u32;
        for part in &f.value {
            match part {
                ast::FStringPartRef::Literal(s) => {
                    self.emit_const(Const::Str(s.as_str().into()));
                    parts += 1;
                }
                ast::FStringPartRef::FString(fs) => {
                    parts += self.interpolated(&fs.elements)?;
                }
            }
        }
        if parts != 1 {
            self.emit(Op::BuildString(parts));
        }
        Ok(())
    }

    fn interpolated(&mut self, elements: &ast::InterpolatedStringElements) -> Result<u32> {
        let mut parts = 0u32;
        for element in elements {
            match element {
                ast::InterpolatedStringElement::Literal(l) => {
                    self.emit_const(Const::Str(l.value.as_ref().into()));
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    if let Some(debug) = &i.debug_text {
                        let text = format!(
                            "{}{}{}",
                            debug.leading(),
                            &self.source[i.expression.range()],
                            debug.trailing()
                        );
                        self.emit_const(Const::Str(text.into()));
                        parts += 1;
                    }
                    self.expr(&i.expression)?;
                    let conversion = match i.conversion {
                        ast::ConversionFlag::None => {
                            if i.debug_text.is_some() && i.format_spec.is_none() {
                                Some(Conversion::Repr)
                            } else {
                                None
                            }
                        }
                        ast::ConversionFlag::Str => Some(Conversion::Str),
                        ast::ConversionFlag::Repr => Some(Conversion::Repr),
                        ast::ConversionFlag::Ascii => Some(Conversion::Ascii),
                    };
                    if let Some(conversion) = conversion {
                        self.emit(Op::Convert(conversion));
                    }
                    match &i.format_spec {
                        Some(spec) => {
                            let spec_parts = self.interpolated(&spec.elements)?;
                            if spec_parts != 1 {
                                self.emit(Op::BuildString(spec_parts));
                            }
                            self.emit(Op::FormatWithSpec);
                        }
                        None => {
                            self.emit(Op::FormatValue);
                        }
                    }
                }
            }
            parts += 1;
        }
        if parts == 0 {
            self.emit_const(Const::Str("".into()));
            parts = 1;
        }
        Ok(parts)
    }

    /// CPython's SyntaxErrors for `:=` where a comprehension forbids it.
    fn check_walrus(&self, n: &ast::ExprNamed) -> Result<()> {
        let message = if self.in_iterable {
            "assignment expression cannot be used in a comprehension iterable expression".into()
        } else if !self.in_comprehension {
            return Ok(());
        } else if self.comprehension_in_class {
            "assignment expression within a comprehension cannot be used in a class body".into()
        } else {
            match &*n.target {
                Expr::Name(t) if self.iteration_names.iter().any(|i| *i == *t.id) => format!(
                    "assignment expression cannot rebind comprehension iteration variable '{}'",
                    t.id
                ),
                _ => return Ok(()),
            }
        };
        let at = if self.in_iterable {
            n.start()
        } else {
            n.target.start()
        };
        Err(SyntaxError::at(self.source, at, message))
    }

    /// The names a comprehension's `for` targets bind.
    fn target_names(target: &Expr, names: &mut Vec<String>) {
        match target {
            Expr::Name(n) => names.push(n.id.to_string()),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| Self::target_names(e, names)),
            Expr::List(l) => l.elts.iter().for_each(|e| Self::target_names(e, names)),
            Expr::Starred(s) => Self::target_names(&s.value, names),
            _ => {}
        }
    }

    /// A comprehension is a function called at once with the first iterator,
    /// as in CPython 3.11; a generator expression's function is a generator.
    fn comprehension(
        &mut self,
        kind: Kind,
        generators: &[Comprehension],
        elts: &[&Expr],
        start: TextSize,
    ) -> Result<()> {
        if generators.iter().any(|g| g.is_async) {
            return Err(unsupported(self.source, start, "async comprehensions"));
        }
        let mut enclosing = self.enclosing.clone();
        if !self.code.is_module {
            enclosing.push(self.scope.locals.iter().cloned().collect());
        }
        let body = NestedBody::Comprehension(generators, elts.to_vec());
        let scope = function_scope(&[], &body, &enclosing);
        let name = kind.name();
        let qualname = self.qualname(name);
        let mut inner = Compiler::new(
            self.source,
            self.newlines.clone(),
            self.filename.clone(),
            name,
            &qualname,
            scope,
            enclosing,
        );
        inner.code.positional = 1;
        inner.in_comprehension = true;
        inner.comprehension_in_class =
            self.is_class_body() || (self.in_comprehension && self.comprehension_in_class);
        inner.iteration_names = if self.in_comprehension {
            self.iteration_names.clone()
        } else {
            Vec::new()
        };
        for g in generators {
            Self::target_names(&g.target, &mut inner.iteration_names);
        }
        inner.code.is_generator = kind == Kind::Generator;
        inner.code.first_line = self.line_at(start);
        inner.line = inner.code.first_line;
        match kind {
            Kind::List => {
                inner.emit(Op::BuildList(0));
            }
            Kind::Set => {
                inner.emit(Op::BuildSet(0));
            }
            Kind::Dict => {
                inner.emit(Op::BuildDict(0));
            }
            Kind::Generator => {}
        }
        inner.comprehension_loop(kind, generators, elts, 0)?;
        if kind == Kind::Generator {
            inner.emit_const(Const::None);
        }
        inner.emit(Op::Return);
        let code = inner.code;
        self.finish_function(code, 0)?;
        let was = std::mem::replace(&mut self.in_iterable, true);
        let first = self.iterable(&generators[0].iter);
        self.in_iterable = was;
        first?;
        self.emit(Op::GetIter);
        self.emit(Op::Call(1));
        Ok(())
    }

    fn comprehension_loop(
        &mut self,
        kind: Kind,
        generators: &[Comprehension],
        elts: &[&Expr],
        depth: u32,
    ) -> Result<()> {
        let Some((g, rest)) = generators.split_first() else {
            for e in elts {
                self.expr(e)?;
            }
            match kind {
                Kind::List => {
                    self.emit(Op::ListAppend(depth + 1));
                }
                Kind::Set => {
                    self.emit(Op::SetAdd(depth + 1));
                }
                Kind::Dict => {
                    self.emit(Op::MapAdd(depth + 1));
                }
                Kind::Generator => {
                    self.emit(Op::Yield);
                }
            }
            return Ok(());
        };
        if depth == 0 {
            self.emit(Op::LoadFast(0)); // the first iterator, the argument `.0`
        } else {
            let was = std::mem::replace(&mut self.in_iterable, true);
            let iterable = self.iterable(&g.iter);
            self.in_iterable = was;
            iterable?;
            self.emit(Op::GetIter);
        }
        let top = self.here();
        let exit = self.emit(Op::ForIter(0));
        self.store(&g.target)?;
        let mut skips = Vec::new();
        for cond in &g.ifs {
            self.expr(cond)?;
            skips.push(self.emit(Op::JumpIfFalse(0)));
        }
        self.comprehension_loop(kind, rest, elts, depth + 1)?;
        for skip in skips {
            self.code.ops[skip] = Op::JumpIfFalse(top);
        }
        self.emit(Op::Jump(top));
        self.patch(exit);
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    List,
    Set,
    Dict,
    Generator,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::List => "<listcomp>",
            Kind::Set => "<setcomp>",
            Kind::Dict => "<dictcomp>",
            Kind::Generator => "<genexpr>",
        }
    }
}

fn count(elts: &[Expr]) -> u32 {
    u32::try_from(elts.len()).unwrap_or(u32::MAX)
}

fn binop(op: Operator) -> BinOp {
    match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Sub,
        Operator::Mult => BinOp::Mul,
        Operator::MatMult => BinOp::MatMul,
        Operator::Div => BinOp::TrueDiv,
        Operator::FloorDiv => BinOp::FloorDiv,
        Operator::Mod => BinOp::Mod,
        Operator::Pow => BinOp::Pow,
        Operator::LShift => BinOp::LShift,
        Operator::RShift => BinOp::RShift,
        Operator::BitAnd => BinOp::And,
        Operator::BitOr => BinOp::Or,
        Operator::BitXor => BinOp::Xor,
    }
}

fn cmpop(op: ast::CmpOp) -> CmpOp {
    match op {
        ast::CmpOp::Lt => CmpOp::Lt,
        ast::CmpOp::LtE => CmpOp::Le,
        ast::CmpOp::Eq => CmpOp::Eq,
        ast::CmpOp::NotEq => CmpOp::Ne,
        ast::CmpOp::Gt => CmpOp::Gt,
        ast::CmpOp::GtE => CmpOp::Ge,
        ast::CmpOp::In => CmpOp::In,
        ast::CmpOp::NotIn => CmpOp::NotIn,
        ast::CmpOp::Is => CmpOp::Is,
        ast::CmpOp::IsNot => CmpOp::IsNot,
    }
}

/// An integer literal too big for i64 (decimal, 0x, 0o, 0b).
fn parse_int_literal(text: &str) -> Option<num_bigint::BigInt> {
    let lower = text.to_ascii_lowercase();
    let (digits, radix) = if let Some(rest) = lower.strip_prefix("0x") {
        (rest, 16)
    } else if let Some(rest) = lower.strip_prefix("0o") {
        (rest, 8)
    } else if let Some(rest) = lower.strip_prefix("0b") {
        (rest, 2)
    } else {
        (lower.as_str(), 10)
    };
    num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// Whether CPython's compiler makes `expr` a constant (a literal, a sign on
/// a number, a tuple of constants), as a set display of them is folded.
fn is_constant(expr: &Expr) -> bool {
    match expr {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => true,
        Expr::UnaryOp(u) => {
            matches!(
                u.op,
                ast::UnaryOp::USub | ast::UnaryOp::UAdd | ast::UnaryOp::Invert
            ) && matches!(&*u.operand, Expr::NumberLiteral(_))
        }
        Expr::Tuple(t) => t.elts.iter().all(is_constant),
        _ => false,
    }
}

/// A plain str literal (`"text"`, not an f-string).
fn is_str_literal(expr: &Expr) -> bool {
    matches!(expr, Expr::StringLiteral(_))
}

/// A body's docstring: its first statement, if it is a plain string literal.
fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first()? {
        Stmt::Expr(ast::StmtExpr { value, .. }) => match &**value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}
