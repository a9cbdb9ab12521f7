//! Standard library modules written in Python, compiled when a program
//! first imports them (as CPython freezes some of its own). Python, not
//! Rust, where a module is mostly classes and functions over the language
//! itself (`collections`, `functools`…): it is shorter, and its behaviour
//! follows the language's without a second implementation. Each file is in
//! `modules/python/`.
//!
//! Natively (the tests, `run_py`) each module's source is built into the
//! binary. The page's wasm builds leave the sources out, so the page does not
//! download them before it is ready: there a module's source is fetched when a
//! program first imports it, by the loader the bindings register at start-up
//! (`set_loader`), and kept for the life of the instance, whose threads share it.

/// The source of frozen module `name`, if there is one: `Err` with what to
/// tell the program (an ImportError) when it could not be had.
#[cfg(not(target_arch = "wasm32"))]
#[must_use]
pub fn source(name: &str) -> Option<Result<&'static str, String>> {
    FROZEN
        .iter()
        .find(|(module, _)| *module == name)
        .map(|(_, source)| Ok(*source))
}

/// The list below, as written: natively each module's source, built in.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! frozen {
    ($(($name:literal, include_str!($path:literal))),* $(,)?) => {
        &[$(($name, include_str!($path))),*]
    };
}

/// In wasm, each module's file instead (`python/name.py`), fetched on first import.
#[cfg(target_arch = "wasm32")]
macro_rules! frozen {
    ($(($name:literal, include_str!($path:literal))),* $(,)?) => {
        &[$(($name, $path)),*]
    };
}

/// What fetches a module's file in wasm: its name in `modules/python/`
/// (`collections.py`) to its text, or why it could not (registered by the bindings).
#[cfg(target_arch = "wasm32")]
pub type Loader = fn(&str) -> Result<String, String>;

#[cfg(target_arch = "wasm32")]
static LOADER: std::sync::OnceLock<Loader> = std::sync::OnceLock::new();

/// Sets how modules' files are fetched (the first call wins: every thread of
/// an instance calls it as it starts).
#[cfg(target_arch = "wasm32")]
pub fn set_loader(loader: Loader) {
    let _ = LOADER.set(loader);
}

/// The source of frozen module `name`, if there is one: fetched on its first
/// import in this instance, then kept; `Err` with what to tell the program
/// (an ImportError) when it could not be downloaded. A failure is not kept:
/// the next import tries again.
#[cfg(target_arch = "wasm32")]
#[must_use]
pub fn source(name: &str) -> Option<Result<&'static str, String>> {
    use std::sync::{Mutex, PoisonError};
    /// The sources fetched so far, by module. Held while fetching, so two
    /// threads importing a module at once (without the GIL) fetch it once.
    static FETCHED: Mutex<Vec<(&str, &str)>> = Mutex::new(Vec::new());

    let (module, path) = FROZEN.iter().find(|(module, _)| *module == name)?;
    let mut fetched = FETCHED.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((_, source)) = fetched.iter().find(|(m, _)| m == module) {
        return Some(Ok(source));
    }
    let file = path.strip_prefix("python/").unwrap_or(path);
    let loaded = LOADER
        .get()
        .ok_or_else(|| "no loader".to_string())
        .and_then(|load| load(file));
    Some(match loaded {
        Ok(text) => {
            let source: &'static str = Box::leak(text.into_boxed_str());
            fetched.push((module, source));
            Ok(source)
        }
        Err(why) => Err(format!(
            "the code of module '{name}' could not be downloaded ({why}): \
             check the connection, then run again"
        )),
    })
}

/// Every frozen module: its name and its source (natively) or its file (in
/// wasm). Add one as `("name", include_str!("python/name.py")),`.
const FROZEN: &[(&str, &str)] = frozen![
    ("_compare", include_str!("python/_compare.py")),
    ("abc", include_str!("python/abc.py")),
    ("argparse", include_str!("python/argparse.py")),
    ("base64", include_str!("python/base64.py")),
    ("binascii", include_str!("python/binascii.py")),
    ("bisect", include_str!("python/bisect.py")),
    ("calendar", include_str!("python/calendar.py")),
    ("collections", include_str!("python/collections.py")),
    ("_collections", include_str!("python/_collections.py")),
    ("collections.abc", include_str!("python/collections_abc.py")),
    (
        "_collections_user",
        include_str!("python/_collections_user.py")
    ),
    ("contextlib", include_str!("python/contextlib.py")),
    ("copy", include_str!("python/copy.py")),
    ("csv", include_str!("python/csv.py")),
    ("dataclasses", include_str!("python/dataclasses.py")),
    ("datetime", include_str!("python/datetime.py")),
    ("decimal", include_str!("python/decimal.py")),
    ("enum", include_str!("python/enum.py")),
    ("errno", include_str!("python/errno.py")),
    ("_strerror", include_str!("python/_strerror.py")),
    ("fractions", include_str!("python/fractions.py")),
    ("functools", include_str!("python/functools.py")),
    ("heapq", include_str!("python/heapq.py")),
    ("io", include_str!("python/io.py")),
    ("itertools", include_str!("python/itertools.py")),
    ("json", include_str!("python/json.py")),
    ("logging", include_str!("python/logging.py")),
    ("operator", include_str!("python/operator.py")),
    ("os", include_str!("python/os.py")),
    ("posixpath", include_str!("python/posixpath.py")),
    ("pprint", include_str!("python/pprint.py")),
    ("queue", include_str!("python/queue.py")),
    (
        "_random_subclass",
        include_str!("python/_random_subclass.py")
    ),
    ("inspect", include_str!("python/inspect.py")),
    ("re", include_str!("python/re.py")),
    ("secrets", include_str!("python/secrets.py")),
    ("shlex", include_str!("python/shlex.py")),
    ("statistics", include_str!("python/statistics.py")),
    ("struct", include_str!("python/struct.py")),
    ("string", include_str!("python/string.py")),
    ("textwrap", include_str!("python/textwrap.py")),
    ("threading", include_str!("python/threading.py")),
    ("_time_calendar", include_str!("python/_time_calendar.py")),
    ("timeit", include_str!("python/timeit.py")),
    ("traceback", include_str!("python/traceback.py")),
    ("types", include_str!("python/types.py")),
    ("typing", include_str!("python/typing.py")),
    ("uuid", include_str!("python/uuid.py")),
    ("urllib", include_str!("python/urllib.py")),
    ("urllib.error", include_str!("python/urllib_error.py")),
    ("urllib.parse", include_str!("python/urllib_parse.py")),
    ("urllib.request", include_str!("python/urllib_request.py")),
];
