//! Finished frames kept so that a call reuses their buffers, and ideally
//! one that last ran the same code, whose inline caches (globals, methods)
//! still hold (see `cache_stash` for the others).
//!
//! Beside the frames, the address of each one's code, in the same order: a
//! call looks for its code among the latest few in that array of numbers
//! rather than through each boxed frame to its code (a pointer chased per
//! frame looked at), which a program whose methods call each other in turn
//! (`Planner.add_propagate` calling `Constraint.output` calling
//! `Variable.…`) did on most calls.

use std::sync::Arc;

use super::frame::Frame;
use crate::compiler::Code;

/// How many finished frames are kept at most.
const MAX_FRAMES: usize = 64;

/// How many of the latest finished frames `take` looks through for one of
/// the same code.
const SAME_CODE_SEARCH: usize = 16;

#[derive(Debug, Default)]
pub(super) struct FramePool {
    // Boxed: a frame moves between the pool and the run loop's stack as a Box.
    #[allow(clippy::vec_box)]
    frames: Vec<Box<Frame>>,
    /// `Arc::as_ptr` of each frame's code, in the order of `frames`.
    codes: Vec<usize>,
}

fn address(code: &Arc<Code>) -> usize {
    Arc::as_ptr(code) as usize
}

impl FramePool {
    /// A finished frame for a call of `code`: one that last ran it if one
    /// is among the latest few, else the latest.
    #[inline(always)]
    pub(super) fn take(&mut self, code: &Arc<Code>) -> Option<Box<Frame>> {
        let latest = self.frames.len().checked_sub(1)?;
        let wanted = address(code);
        if self.codes[latest] != wanted {
            let first = self.codes.len().saturating_sub(SAME_CODE_SEARCH);
            if let Some(at) = self.codes[first..].iter().rposition(|&c| c == wanted) {
                self.frames.swap(latest, first + at);
                self.codes.swap(latest, first + at);
            }
        }
        self.codes.pop();
        self.frames.pop()
    }

    /// Whether another frame is kept (the pool is not full).
    #[inline(always)]
    pub(super) fn has_room(&self) -> bool {
        self.frames.len() < MAX_FRAMES
    }

    /// Keeps a cleared frame (see `Interp::recycle`).
    #[inline(always)]
    pub(super) fn keep(&mut self, frame: Box<Frame>) {
        self.codes.push(address(&frame.code));
        self.frames.push(frame);
    }
}
