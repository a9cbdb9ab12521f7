//! The inline caches of the codes a thread ran lately, kept when their frame
//! is reused for another code.
//!
//! A frame's caches (`Frame::global_cache`, `Frame::method_cache`) belong
//! to its code and globals. A call reuses a finished frame, ideally one that
//! last ran the same code (`Interp::pooled_frame`); when it must take one of
//! another code, that code's caches would be wiped and the callee's built
//! again name by name (each global hashed and looked up), on every such call.
//! A program whose methods call each other in turn (`Planner.add_propagate`
//! calling `Constraint.output` calling `Variable.…`) did that on most calls.
//! So the outgoing caches are stashed here under their code and globals, and
//! the incoming code takes its own back: a switch costs two lookups by
//! pointer, and no name is looked up again while its globals hold (each entry
//! checks its version as it is read, so a stashed entry is as good as a
//! frame's).

use super::frame::Frame;
use super::function::{Builtin, Function};
use super::object::Module;
use super::value::Value;
use crate::compiler::Code;
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// Codes whose caches are kept at most: more are dropped all at once (a
/// program with more functions than this that calls them all in turn pays
/// what it paid before the stash).
const MAX_CODES: usize = 512;

/// One code's caches, with the code and globals they were made for (held,
/// so that no other code or module can come to have their addresses).
#[derive(Debug)]
struct Stashed {
    code: Arc<Code>,
    globals: Arc<Module>,
    global_cache: Vec<Option<(u64, Value, u32)>>,
    method_cache: Vec<Option<(u8, &'static Builtin)>>,
}

#[derive(Debug, Default)]
pub(super) struct CacheStash(FxHashMap<(usize, usize), Stashed>);

fn key(code: &Arc<Code>, globals: &Arc<Module>) -> (usize, usize) {
    (Arc::as_ptr(code) as usize, Arc::as_ptr(globals) as usize)
}

impl CacheStash {
    /// Makes the cleared `frame`, which last ran another code or in other
    /// globals, ready to run `function`'s code: its caches stashed, and the
    /// caches of `function`'s code in its globals taken from the stash (or
    /// empty ones made).
    #[inline(never)]
    pub(super) fn switch(&mut self, frame: &mut Frame, function: &Function) {
        let code = &function.code;
        let names = code.names.len();
        // The stashed entry's own `Arc`s of the code and globals go to the
        // frame, and the frame's to the stash: a switch moves references
        // and counts none (each count is an atomic operation, and a program
        // whose methods call each other in turn switches on most calls).
        let incoming = match self.0.remove(&key(code, &function.globals)) {
            Some(stashed) => stashed,
            None => Stashed {
                code: code.clone(),
                globals: function.globals.clone(),
                global_cache: vec![None; names],
                method_cache: vec![None; names],
            },
        };
        let Stashed {
            code: incoming_code,
            globals: incoming_globals,
            global_cache,
            method_cache,
        } = incoming;
        let outgoing = Stashed {
            code: std::mem::replace(&mut frame.code, incoming_code),
            globals: std::mem::replace(&mut frame.globals, incoming_globals),
            global_cache: std::mem::replace(&mut frame.global_cache, global_cache),
            method_cache: std::mem::replace(&mut frame.method_cache, method_cache),
        };
        if self.0.len() >= MAX_CODES {
            self.0.clear();
        }
        self.0
            .insert(key(&outgoing.code, &outgoing.globals), outgoing);
        // Not `resize`, which clones its `None` through Value::clone.
        frame.locals.truncate(code.locals.len());
        while frame.locals.len() < code.locals.len() {
            frame.locals.push(None);
        }
    }
}
