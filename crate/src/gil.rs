//! The GIL, modelled on CPython's `Python/ceval_gil.c` (work in progress).
