//! Spans per thread on the common clock (work in progress).
