//! `sys._getframe([depth])`: the running frame, or one of its callers, as a
//! frame object with `f_lineno`, `f_code.co_name`, `f_code.co_filename`,
//! `f_globals` and `f_back` (what `logging` reads for `%(lineno)d` and
//! `%(funcName)s`).
//!
//! A builtin cannot see the frames that called it: the run loop holds them.
//! So `_getframe`, called from bytecode, answers with a request (an error of
//! kind `FrameRequest`, which no handler sees); the run loop, which has the
//! frames, takes it at once, makes the frame object and pushes it as the
//! call's result, then goes on (`Interp::answer_frame_request`). Nothing of
//! this is on the path of an ordinary call.
//!
//! The frames seen are those of the Python calls made since Rust last
//! called into Python (a constructor's `__init__`, a generator, `map`): the
//! program's own calls of Python functions, which is where `logging` and
//! learners look. A caller past that is out of reach: asking for it is a
//! NotImplementedError, not a wrong frame.

use std::sync::Arc;

use super::error::{type_error, value_error, ExcType, PyErr, PyResult};
use super::frame::Frame;
use super::function::{Args, Builtin};
use super::value::{Exception, Native, Value};
use super::Interp;
use crate::builtin;

/// `sys._getframe`, called other than from bytecode (through `map`, `*args`).
pub(crate) static GETFRAME: Builtin = builtin!("_getframe", |i, a| request(i, None, a));

/// `sys._getframe(depth)` called from `frame`: the request the run loop answers.
pub(super) fn request(_: &mut Interp, frame: Option<&Frame>, args: Args) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(type_error("_getframe() takes no keyword arguments"));
    }
    let depth = match args.positional.as_slice() {
        [] => 0,
        [Value::Int(n)] => *n,
        [Value::Bool(b)] => i64::from(*b),
        [other] => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
        more => {
            return Err(type_error(format!(
                "_getframe expected at most 1 argument, got {}",
                more.len()
            )))
        }
    };
    if frame.is_none() {
        return Err(PyErr::new(
            ExcType::NotImplementedError,
            "sys._getframe() called other than directly from Python code is not supported here",
        ));
    }
    Err(PyErr::raised(
        Value::Exception(Exception::new(
            ExcType::FrameRequest,
            vec![Value::Int(depth.max(0))],
        )),
        Vec::new(),
    ))
}

/// Where one frame was when `_getframe` was called.
#[derive(Debug)]
struct Snapshot {
    filename: Arc<str>,
    name: Arc<str>,
    line: u32,
    globals: Value,
}

/// A frame object: entry `index` of `frames` (outermost first); its `f_back`
/// is the entry before, and the first one's is None when it is the bottom
/// of the thread's stack (`bottom`).
#[derive(Debug)]
struct LiveFrame {
    frames: Arc<[Snapshot]>,
    index: usize,
    bottom: bool,
}

impl Native for LiveFrame {
    fn type_name(&self) -> &'static str {
        "frame"
    }
    fn get_attr(&self, name: &str) -> Option<Value> {
        let here = &self.frames[self.index];
        Some(match name {
            "f_lineno" => Value::Int(i64::from(here.line)),
            "f_code" => super::traceback_objects::code_object(&here.name, &here.filename),
            "f_globals" => here.globals.clone(),
            // Past the frames seen there is a caller this cannot show: no
            // attribute rather than a wrong None.
            "f_back" if self.index == 0 && !self.bottom => return None,
            "f_back" if self.index == 0 => Value::None,
            "f_back" => Value::Native(Arc::new(LiveFrame {
                frames: self.frames.clone(),
                index: self.index - 1,
                bottom: self.bottom,
            })),
            _ => return None,
        })
    }
    fn repr(&self) -> String {
        let here = &self.frames[self.index];
        format!(
            "<frame at {:#x}, file '{}', line {}, code {}>",
            self as *const Self as usize, here.filename, here.line, here.name
        )
    }
}

impl Interp {
    /// The frame object `request` asks for: of the running frames `entry`
    /// then `calls` (innermost last, the one that called `_getframe`).
    pub(super) fn answer_frame_request(
        &mut self,
        request: &PyErr,
        entry: &Frame,
        calls: &[Box<Frame>],
    ) -> PyResult<Value> {
        let depth = match &request.value {
            Value::Exception(e) => match e.args().first() {
                Some(Value::Int(n)) => usize::try_from(*n).unwrap_or(0),
                _ => 0,
            },
            _ => 0,
        };
        let running: Vec<&Frame> = std::iter::once(entry)
            .chain(calls.iter().map(|f| &**f))
            .collect();
        // The bottom of the thread's stack: nothing called the entry frame
        // from Rust but the run of the program (or of the thread) itself.
        let bottom = self.native_depth <= 1;
        if depth >= running.len() {
            if bottom {
                return Err(value_error("call stack is not deep enough"));
            }
            return Err(PyErr::new(
                ExcType::NotImplementedError,
                "sys._getframe(): a caller past a call made by the interpreter itself \
                 (a constructor, a generator, map()) is out of reach here",
            ));
        }
        let shown = &running[..running.len() - depth];
        // One dict of globals for each module (most frames share one).
        let mut dicts: Vec<(*const super::object::Module, Value)> = Vec::new();
        let mut frames = Vec::with_capacity(shown.len());
        for frame in shown {
            let module = Arc::as_ptr(&frame.globals);
            let globals = match dicts.iter().find(|(m, _)| *m == module) {
                Some((_, dict)) => dict.clone(),
                None => {
                    let items = super::introspect::module_items(&frame.globals);
                    let dict = super::introspect::dict_of(self, items)?;
                    dicts.push((module, dict.clone()));
                    dict
                }
            };
            frames.push(Snapshot {
                filename: frame.code.filename.clone(),
                name: frame.code.name.clone(),
                line: frame.line(),
                globals,
            });
        }
        Ok(Value::Native(Arc::new(LiveFrame {
            index: frames.len() - 1,
            frames: frames.into(),
            bottom,
        })))
    }
}
