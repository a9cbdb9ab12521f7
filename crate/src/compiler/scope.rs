//! Which names of a function are its locals, which come from enclosing
//! functions (free variables, read through cells), and which of its locals
//! nested functions capture: CPython's symtable, for the page's subset.

use std::collections::{BTreeSet, HashSet};

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{Comprehension, Expr, ExprContext, Parameters, Stmt};

/// The names of one scope (module, function, lambda or comprehension).
#[derive(Debug, Default)]
pub struct Scope {
    /// Locals in slot order: parameters first.
    pub locals: Vec<String>,
    /// Declared `global`.
    pub globals: HashSet<String>,
    /// Locals that nested scopes read or write (their slots hold cells).
    pub cells: BTreeSet<String>,
    /// Names of enclosing functions this scope uses, in `LoadDeref` order.
    /// A class body's also holds those only its functions use: it passes
    /// their cells on, as CPython's class bodies do.
    pub free: Vec<String>,
    /// A class body's own names (those it binds): read from and written to
    /// its namespace, even when a function in it takes the same name from an
    /// enclosing function.
    pub class_names: HashSet<String>,
}

impl Scope {
    #[must_use]
    pub fn slot(&self, name: &str) -> Option<usize> {
        self.locals.iter().position(|l| l == name)
    }

    #[must_use]
    pub fn free_index(&self, name: &str) -> Option<usize> {
        self.free.iter().position(|l| l == name)
    }
}

/// What a body binds and uses, nested scopes aside (they are summarised by
/// the names they need from outside).
#[derive(Default)]
struct Collector {
    assigned: Vec<String>,
    used: BTreeSet<String>,
    globals: HashSet<String>,
    nonlocals: HashSet<String>,
    /// Names the nested scopes take from outside themselves.
    nested_needs: BTreeSet<String>,
    /// Whether this is a comprehension's body.
    comprehension: bool,
    /// In a comprehension: the names its `:=` bind, which belong to the
    /// nearest enclosing scope that is not a comprehension (PEP 572).
    walrus: Vec<String>,
}

impl Collector {
    fn bind(&mut self, name: &str) {
        if !self.assigned.iter().any(|a| a == name) {
            self.assigned.push(name.to_string());
        }
    }

    /// A nested scope: analysed on its own, it tells us what it needs from outside.
    fn nested(&mut self, params: Vec<String>, body: NestedBody<'_>) {
        let needs = outside_names(params, body);
        self.nested_needs.extend(needs);
    }
}

/// A nested scope's body: statements (def), an expression (lambda), or a comprehension.
pub enum NestedBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
    Comprehension(&'a [Comprehension], Vec<&'a Expr>),
}

fn params_of(parameters: &Parameters) -> Vec<String> {
    let mut names: Vec<String> = parameters
        .posonlyargs
        .iter()
        .chain(&parameters.args)
        .map(|p| p.parameter.name.id.to_string())
        .collect();
    names.extend(
        parameters
            .kwonlyargs
            .iter()
            .map(|p| p.parameter.name.id.to_string()),
    );
    if let Some(v) = &parameters.vararg {
        names.push(v.name.id.to_string());
    }
    if let Some(k) = &parameters.kwarg {
        names.push(k.name.id.to_string());
    }
    names
}

impl<'a> Visitor<'a> for Collector {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                self.bind(&f.name.id);
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                for p in f.parameters.iter_non_variadic_params() {
                    if let Some(default) = &p.default {
                        self.visit_expr(default);
                    }
                }
                self.nested(params_of(&f.parameters), NestedBody::Stmts(&f.body));
            }
            Stmt::ClassDef(c) => {
                self.bind(&c.name.id);
                // Decorators, bases and keywords are evaluated here.
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(arguments) = &c.arguments {
                    for a in &arguments.args {
                        self.visit_expr(a);
                    }
                    for k in &arguments.keywords {
                        self.visit_expr(&k.value);
                    }
                }
                // The body is a scope of its own, which takes from here
                // (through cells) what it and the functions in it need.
                let body = ClassBody::collect(&c.body);
                self.nested_needs.extend(body.outside_names());
            }
            Stmt::Global(g) => self
                .globals
                .extend(g.names.iter().map(|n| n.id.to_string())),
            Stmt::Nonlocal(n) => self
                .nonlocals
                .extend(n.names.iter().map(|n| n.id.to_string())),
            Stmt::Import(i) => {
                for alias in &i.names {
                    let bound = alias.asname.as_ref().map_or_else(
                        || alias.name.id.split('.').next().unwrap_or("").to_string(),
                        |a| a.id.to_string(),
                    );
                    self.bind(&bound);
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    self.bind(alias.asname.as_ref().unwrap_or(&alias.name).id.as_str());
                }
            }
            Stmt::Try(t) => {
                for handler in &t.handlers {
                    let ruff_python_ast::ExceptHandler::ExceptHandler(h) = handler;
                    if let Some(name) = &h.name {
                        self.bind(&name.id);
                    }
                }
                walk_stmt(self, stmt);
            }
            _ => walk_stmt(self, stmt),
        }
    }

    /// A `match` case's captures bind names (`case Point(x=px)`, `*rest`, `**kw`).
    fn visit_pattern(&mut self, pattern: &'a ruff_python_ast::Pattern) {
        use ruff_python_ast::Pattern;
        match pattern {
            Pattern::MatchAs(p) => {
                if let Some(name) = &p.name {
                    self.bind(&name.id);
                }
            }
            Pattern::MatchStar(p) => {
                if let Some(name) = &p.name {
                    self.bind(&name.id);
                }
            }
            Pattern::MatchMapping(p) => {
                if let Some(rest) = &p.rest {
                    self.bind(&rest.id);
                }
            }
            _ => {}
        }
        ruff_python_ast::visitor::walk_pattern(self, pattern);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            // In a comprehension, `:=` binds outside it: here the name is
            // as a `nonlocal` (or a global, see `function_scope`).
            Expr::Named(n) if self.comprehension => {
                if let Expr::Name(target) = &*n.target {
                    self.walrus_binds(&target.id);
                }
                self.visit_expr(&n.value);
            }
            Expr::Name(n) => match n.ctx {
                ExprContext::Store | ExprContext::Del => self.bind(&n.id),
                _ => {
                    self.used.insert(n.id.to_string());
                }
            },
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    for d in p.iter_non_variadic_params() {
                        if let Some(default) = &d.default {
                            self.visit_expr(default);
                        }
                    }
                }
                let params = l.parameters.as_deref().map(params_of).unwrap_or_default();
                self.nested(params, NestedBody::Expr(&l.body));
            }
            Expr::ListComp(c) => self.comprehension(&c.generators, vec![&c.elt]),
            Expr::SetComp(c) => self.comprehension(&c.generators, vec![&c.elt]),
            Expr::Generator(c) => self.comprehension(&c.generators, vec![&c.elt]),
            Expr::DictComp(c) => {
                let mut elts = vec![&*c.value];
                if let Some(key) = c.key.as_deref() {
                    elts.push(key);
                }
                self.comprehension(&c.generators, elts);
            }
            _ => walk_expr(self, expr),
        }
    }
}

impl Collector {
    /// The first iterable is evaluated outside; the rest is a scope of its
    /// own, whose `:=` bind here (or further out, from a comprehension).
    fn comprehension<'a>(&mut self, generators: &'a [Comprehension], elts: Vec<&'a Expr>) {
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
        let inner = collect(&[], &NestedBody::Comprehension(generators, elts));
        self.nested_needs.extend(outside_of(&inner));
        for name in inner.walrus {
            if self.comprehension {
                self.walrus_binds(&name);
            } else {
                self.bind(&name);
            }
        }
    }

    /// `name := …` in a comprehension: bound by an enclosing scope.
    fn walrus_binds(&mut self, name: &str) {
        if !self.walrus.iter().any(|w| w == name) {
            self.walrus.push(name.to_string());
        }
        self.nonlocals.insert(name.to_string());
    }
}

fn collect(params: &[String], body: &NestedBody<'_>) -> Collector {
    let mut c = Collector::default();
    for p in params {
        c.bind(p);
    }
    match body {
        NestedBody::Stmts(stmts) => {
            for s in *stmts {
                c.visit_stmt(s);
            }
        }
        NestedBody::Expr(e) => c.visit_expr(e),
        NestedBody::Comprehension(generators, elts) => {
            c.comprehension = true;
            c.bind(".0"); // the first iterator, passed in
            for (i, g) in generators.iter().enumerate() {
                c.visit_expr(&g.target);
                if i > 0 {
                    c.visit_expr(&g.iter);
                }
                for cond in &g.ifs {
                    c.visit_expr(cond);
                }
            }
            for e in elts {
                c.visit_expr(e);
            }
        }
    }
    c
}

/// The names a nested scope needs from outside itself (free in it).
fn outside_names(params: Vec<String>, body: NestedBody<'_>) -> BTreeSet<String> {
    outside_of(&collect(&params, &body))
}

/// The names the scope `c` collected needs from outside itself.
fn outside_of(c: &Collector) -> BTreeSet<String> {
    let locals: HashSet<&String> = c
        .assigned
        .iter()
        .filter(|a| !c.globals.contains(*a) && !c.nonlocals.contains(*a))
        .collect();
    c.used
        .iter()
        .chain(&c.nested_needs)
        .chain(&c.nonlocals)
        .filter(|n| !locals.contains(n) && !c.globals.contains(*n))
        .cloned()
        .collect()
}

/// The scope of a function (or lambda, or comprehension) whose enclosing
/// functions have the locals `enclosing` (innermost last; the module is not one).
#[must_use]
pub fn function_scope(
    params: &[String],
    body: &NestedBody<'_>,
    enclosing: &[HashSet<String>],
) -> Scope {
    let mut c = collect(params, body);
    // A comprehension's `:=` at module level binds a global.
    for name in &c.walrus {
        if !enclosing.iter().any(|e| e.contains(name)) {
            c.globals.insert(name.clone());
        }
    }
    let locals: Vec<String> = c
        .assigned
        .iter()
        .filter(|a| !c.globals.contains(*a) && !c.nonlocals.contains(*a))
        .cloned()
        .collect();
    let is_local = |n: &String| locals.contains(n);
    let cells = c
        .nested_needs
        .iter()
        .filter(|n| is_local(n))
        .cloned()
        .collect();
    let free = c
        .used
        .iter()
        .chain(&c.nested_needs)
        .chain(&c.nonlocals)
        .filter(|n| !is_local(n) && !c.globals.contains(*n))
        .filter(|n| enclosing.iter().any(|e| e.contains(*n)))
        .cloned()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    Scope {
        locals,
        globals: c.globals,
        cells,
        free,
        class_names: HashSet::new(),
    }
}

/// What a class body binds and what it needs from outside.
struct ClassBody {
    collector: Collector,
}

impl ClassBody {
    fn collect(body: &[Stmt]) -> ClassBody {
        let mut collector = Collector::default();
        for s in body {
            collector.visit_stmt(s);
        }
        ClassBody { collector }
    }

    /// The names it binds in its namespace (not declared global or nonlocal).
    fn own_names(&self) -> HashSet<String> {
        let c = &self.collector;
        c.assigned
            .iter()
            .filter(|a| !c.globals.contains(*a) && !c.nonlocals.contains(*a))
            .cloned()
            .collect()
    }

    /// The names it reads without binding them, and those its functions,
    /// lambdas and comprehensions need from outside. A class body's names
    /// are not visible to the scopes nested in it (CPython's rule), so theirs
    /// pass through it whether or not it binds them too.
    fn outside_names(&self) -> BTreeSet<String> {
        let c = &self.collector;
        let own = self.own_names();
        let mut names: BTreeSet<String> = c
            .used
            .iter()
            .chain(&c.nonlocals)
            .filter(|n| !own.contains(*n) && !c.globals.contains(*n))
            .cloned()
            .collect();
        names.extend(c.nested_needs.iter().cloned());
        names
    }
}

/// The scope of a class body whose enclosing functions have the locals
/// `enclosing` (innermost last). It has no locals: its names live in the
/// namespace that becomes the class. Its free variables are those of the
/// enclosing functions it or its nested scopes use.
#[must_use]
pub fn class_scope(body: &[Stmt], enclosing: &[HashSet<String>]) -> Scope {
    let class = ClassBody::collect(body);
    let free = class
        .outside_names()
        .into_iter()
        .filter(|n| enclosing.iter().any(|e| e.contains(n)))
        .collect();
    Scope {
        locals: Vec::new(),
        class_names: class.own_names(),
        globals: class.collector.globals,
        cells: BTreeSet::new(),
        free,
    }
}

/// The module's scope: every name is global.
#[must_use]
pub fn module_scope() -> Scope {
    Scope::default()
}

/// Whether a function's own body (not the functions, classes, lambdas or
/// comprehensions nested in it) has a `yield`: it is a generator function.
#[must_use]
pub fn has_yield(body: &NestedBody<'_>) -> bool {
    #[derive(Default)]
    struct Finder {
        found: bool,
    }
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                // Their decorators and defaults are evaluated here, their bodies elsewhere.
                Stmt::FunctionDef(f) => {
                    for d in &f.decorator_list {
                        self.visit_expr(&d.expression);
                    }
                }
                Stmt::ClassDef(c) => {
                    for d in &c.decorator_list {
                        self.visit_expr(&d.expression);
                    }
                }
                other => walk_stmt(self, other),
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Yield(_) | Expr::YieldFrom(_) => self.found = true,
                Expr::Lambda(_)
                | Expr::ListComp(_)
                | Expr::SetComp(_)
                | Expr::DictComp(_)
                | Expr::Generator(_) => {}
                other => walk_expr(self, other),
            }
        }
    }
    let mut finder = Finder::default();
    match body {
        NestedBody::Stmts(stmts) => {
            for s in *stmts {
                finder.visit_stmt(s);
            }
        }
        NestedBody::Expr(e) => finder.visit_expr(e),
        NestedBody::Comprehension(..) => {}
    }
    finder.found
}
