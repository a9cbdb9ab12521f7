//! Standard library modules written in Python, built into the page as text
//! and compiled when a program first imports them (as CPython freezes some
//! of its own). Python, not Rust, where a module is mostly classes and
//! functions over the language itself (`collections`, `functools`…): it is
//! shorter, and its behaviour follows the language's without a second
//! implementation. Each file is in `modules/python/`.

/// The source of frozen module `name`, if there is one.
#[must_use]
pub fn source(name: &str) -> Option<&'static str> {
    FROZEN
        .iter()
        .find(|(module, _)| *module == name)
        .map(|(_, source)| *source)
}

/// Every frozen module: its name and its source.
const FROZEN: &[(&str, &str)] = &[
    ("_compare", include_str!("python/_compare.py")),
    ("abc", include_str!("python/abc.py")),
    ("base64", include_str!("python/base64.py")),
    ("binascii", include_str!("python/binascii.py")),
    ("bisect", include_str!("python/bisect.py")),
    ("collections", include_str!("python/collections.py")),
    ("collections.abc", include_str!("python/collections_abc.py")),
    ("contextlib", include_str!("python/contextlib.py")),
    ("copy", include_str!("python/copy.py")),
    ("dataclasses", include_str!("python/dataclasses.py")),
    ("datetime", include_str!("python/datetime.py")),
    ("enum", include_str!("python/enum.py")),
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
    ("statistics", include_str!("python/statistics.py")),
    ("string", include_str!("python/string.py")),
    ("textwrap", include_str!("python/textwrap.py")),
    ("threading", include_str!("python/threading.py")),
    ("time", include_str!("python/time.py")),
    ("traceback", include_str!("python/traceback.py")),
    ("types", include_str!("python/types.py")),
    ("typing", include_str!("python/typing.py")),
    ("urllib", include_str!("python/urllib.py")),
    ("urllib.error", include_str!("python/urllib_error.py")),
    ("urllib.parse", include_str!("python/urllib_parse.py")),
    ("urllib.request", include_str!("python/urllib_request.py")),
];
