//! The bytecode interpreter: the page's "Python" (work in progress).
