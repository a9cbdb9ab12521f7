//! The standard library modules the interpreter offers: written in Rust,
//! or in Python and frozen (`frozen.rs`).

use std::sync::Arc;

use crate::runtime::object::Module;
use crate::runtime::value::Value;
use crate::runtime::Loaded;

pub mod cmath_module;
pub mod counting_module;
pub mod faulthandler_module;
pub mod frozen;
pub mod futures_module;
pub mod hashlib_module;
pub mod kernels_module;
pub mod math_module;
pub mod multiprocessing_module;
pub mod multiprocessing_pipe;
pub mod multiprocessing_pool;
pub mod multiprocessing_queues;
pub mod multiprocessing_sharedctypes;
pub mod multiprocessing_sync;
pub mod os_module;
pub mod pickle_module;
pub mod queue_module;
pub mod random_module;
pub mod re_module;
pub mod sys_module;
pub mod threading_module;
pub mod time_module;
pub mod traceback_module;

/// The module `name`, if the page has it: a fresh instance of a Rust one,
/// or a frozen one's source (or why it could not be downloaded).
#[must_use]
pub fn load(name: &str) -> Option<Loaded> {
    match frozen::source(name) {
        Some(Ok(source)) => Some(Loaded::Python(source)),
        Some(Err(message)) => Some(Loaded::Unavailable(message)),
        None => native(name).map(Loaded::Native),
    }
}

/// A fresh instance of the Rust module `name`, with the names every module
/// has in CPython (no doc, loader or spec to tell here).
fn native(name: &str) -> Option<Arc<Module>> {
    let module = native_functions(name)?;
    {
        let package = name.rsplit_once('.').map_or("", |(parent, _)| parent);
        let mut names = module.names_mut();
        for (key, value) in [
            ("__name__", Value::str(name)),
            ("__doc__", Value::None),
            ("__package__", Value::str(package)),
            ("__loader__", Value::None),
            ("__spec__", Value::None),
        ] {
            names.entry(key.into()).or_insert(value);
        }
    }
    Some(module)
}

fn native_functions(name: &str) -> Option<Arc<Module>> {
    Some(match name {
        "time" => time_module::module(),
        "math" => math_module::module(),
        "hashlib" => hashlib_module::module(),
        "cmath" => cmath_module::module(),
        "_os" => os_module::module(),
        "multiprocessing" => multiprocessing_module::module(),
        "random" => random_module::module(),
        "_re" => re_module::module(),
        "pickle" => pickle_module::module(),
        "sys" => sys_module::module(),
        "_traceback" => traceback_module::module(),
        "_counting" => counting_module::module(),
        "_queue" => queue_module::module(),
        "_threading" => threading_module::module(),
        "kernels" => kernels_module::module(),
        "faulthandler" => faulthandler_module::module(),
        // A package whose only module here is `futures`.
        "concurrent" => Module::new("concurrent"),
        "concurrent.futures" => futures_module::module(),
        "concurrent.futures.process" => futures_module::process_module(),
        _ => return None,
    })
}
