//! The runs: what the page asks of the interpreter. A program (the Run
//! button: source in, output streamed, an exit status out) and a compare
//! (the program imported once, its task called over a list, sequentially
//! or on Python threads), each within `limits`.

pub mod compare;
#[cfg(target_arch = "wasm32")]
pub mod compare_run;
pub mod limits;
pub mod processes;
pub mod program;
