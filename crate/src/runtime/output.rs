//! A program's output on its way out. A `print` is cheap, but each message
//! from a worker to the page is not, and neither is each call into the page:
//! a program printing a million lines must cost the page a few hundred
//! messages, not a million. So writes are gathered into chunks (one run of
//! text from one thread to one stream, started within `CHUNK_MS`), and the
//! chunks reach the sink in batches: at most one batch every `FLUSH_MS` while
//! the program prints, sooner once `BATCH_BYTES` are waiting, and whenever the
//! program blocks (`time.sleep`, a lock, a join), asks for it
//! (`print(..., flush=True)`), or ends.

use std::sync::{Arc, Mutex};

use super::value::lock;
use super::Stream;

/// Writes of one thread to one stream within this many ms share a chunk (and
/// so the time and thread the console shows for its lines).
const CHUNK_MS: f64 = 1.0;

/// The least time between two batches while a program prints.
pub const FLUSH_MS: f64 = 16.0;

/// A batch goes at once when this much text is waiting.
const BATCH_BYTES: usize = 256 << 10;

/// Printed text: where, which thread printed it, and when (on the common
/// clock, `clock::now_ms`, of the first write in it).
#[derive(Clone, Debug, PartialEq)]
pub struct Chunk {
    pub stream: Stream,
    pub text: String,
    pub thread: String,
    pub at_ms: f64,
}

/// A chunk as it crosses to the page: `[stream, text, thread, at_ms]`, stream
/// 1 = stdout, 2 = stderr.
pub type WireChunk = (u8, String, String, f64);

impl Chunk {
    #[must_use]
    pub fn into_wire(self) -> WireChunk {
        let stream = if self.stream == Stream::Stdout { 1 } else { 2 };
        (stream, self.text, self.thread, self.at_ms)
    }
}

/// Receives a program's output, a batch of chunks at a time, in the order
/// it was printed.
pub type OutputSink = Box<dyn FnMut(Vec<Chunk>) + Send>;

/// A program's output buffer, shared by its threads and with whoever runs
/// it: after a trap killed a thread, what it printed last can still be
/// handed on (`salvage`).
#[derive(Clone)]
pub struct SharedOutput(Arc<Mutex<OutputBuffer>>);

impl SharedOutput {
    #[must_use]
    pub fn new(sink: OutputSink) -> SharedOutput {
        SharedOutput(Arc::new(Mutex::new(OutputBuffer::new(sink))))
    }

    pub fn write(&self, stream: Stream, text: &str, thread: &str, now_ms: f64) {
        lock(&self.0).write(stream, text, thread, now_ms);
    }

    pub fn flush_if_due(&self, now_ms: f64) {
        lock(&self.0).flush_if_due(now_ms);
    }

    pub fn flush(&self) {
        lock(&self.0).flush();
    }

    /// Hands on what is waiting, unless a thread holds the buffer: one that
    /// died holding it (a trap mid-write) holds it for ever.
    pub fn salvage(&self) {
        if let Ok(mut buffer) = self.0.try_lock() {
            buffer.flush();
        }
    }
}

/// Output not yet handed to the sink.
pub struct OutputBuffer {
    sink: OutputSink,
    pending: Vec<Chunk>,
    pending_bytes: usize,
    last_flush_ms: f64,
}

impl OutputBuffer {
    #[must_use]
    pub fn new(sink: OutputSink) -> OutputBuffer {
        OutputBuffer {
            sink,
            pending: Vec::new(),
            pending_bytes: 0,
            last_flush_ms: f64::NEG_INFINITY,
        }
    }

    /// Adds `text`, printed by `thread` to `stream` at `now_ms`, and hands
    /// the batch on if it is due.
    pub fn write(&mut self, stream: Stream, text: &str, thread: &str, now_ms: f64) {
        if text.is_empty() {
            return;
        }
        match self.pending.last_mut() {
            Some(last)
                if last.stream == stream
                    && last.thread == thread
                    && now_ms - last.at_ms < CHUNK_MS =>
            {
                last.text.push_str(text);
            }
            _ => self.pending.push(Chunk {
                stream,
                text: text.to_owned(),
                thread: thread.to_owned(),
                at_ms: now_ms,
            }),
        }
        self.pending_bytes += text.len();
        self.flush_if_due(now_ms);
    }

    /// Hands the batch on if `FLUSH_MS` have passed since the last one, or
    /// if it is large.
    pub fn flush_if_due(&mut self, now_ms: f64) {
        if !self.pending.is_empty()
            && (now_ms - self.last_flush_ms >= FLUSH_MS || self.pending_bytes >= BATCH_BYTES)
        {
            self.flush_at(now_ms);
        }
    }

    /// Hands what is waiting to the sink now.
    pub fn flush(&mut self) {
        if !self.pending.is_empty() {
            self.flush_at(crate::host::clock::now_ms());
        }
    }

    fn flush_at(&mut self, now_ms: f64) {
        self.last_flush_ms = now_ms;
        self.pending_bytes = 0;
        (self.sink)(std::mem::take(&mut self.pending));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    fn collecting() -> (OutputBuffer, Arc<Mutex<Vec<Vec<Chunk>>>>) {
        let batches = Arc::new(Mutex::new(Vec::new()));
        let sink = batches.clone();
        let buffer = OutputBuffer::new(Box::new(move |batch| sink.lock().unwrap().push(batch)));
        (buffer, batches)
    }

    #[test]
    fn writes_within_a_flush_interval_make_one_batch_of_merged_chunks() {
        let (mut out, batches) = collecting();
        // The first write goes at once (nothing went before it).
        out.write(Stream::Stdout, "a\n", "MainThread", 100.0);
        out.write(Stream::Stdout, "b\n", "MainThread", 100.5);
        out.write(Stream::Stdout, "c\n", "MainThread", 101.0);
        out.write(Stream::Stdout, "d\n", "MainThread", 101.6);
        out.write(Stream::Stderr, "e\n", "MainThread", 101.7);
        out.write(Stream::Stderr, "f\n", "Thread-1", 101.8);
        assert_eq!(batches.lock().unwrap().len(), 1);
        out.write(Stream::Stdout, "g\n", "MainThread", 116.0);
        let batches = batches.lock().unwrap();
        assert_eq!(batches.len(), 2);
        let texts: Vec<(&str, &str, f64)> = batches[1]
            .iter()
            .map(|c| (c.text.as_str(), c.thread.as_str(), c.at_ms))
            .collect();
        assert_eq!(
            texts,
            [
                ("b\nc\n", "MainThread", 100.5),
                ("d\n", "MainThread", 101.6),
                ("e\n", "MainThread", 101.7),
                ("f\n", "Thread-1", 101.8),
                ("g\n", "MainThread", 116.0),
            ]
        );
    }

    #[test]
    fn chunks_merge_within_a_millisecond_and_flush_hands_on_the_rest() {
        let (mut out, batches) = collecting();
        out.write(Stream::Stdout, "x", "MainThread", 0.0);
        for i in 0..10 {
            out.write(Stream::Stdout, "y", "MainThread", 5.0 + f64::from(i) * 0.05);
        }
        out.flush();
        let batches = batches.lock().unwrap();
        assert_eq!(batches.len(), 2);
        assert_eq!(batches[1].len(), 1);
        assert_eq!(batches[1][0].text, "y".repeat(10));
        assert_eq!(batches[1][0].at_ms, 5.0);
    }

    #[test]
    fn a_large_batch_goes_before_its_interval() {
        let (mut out, batches) = collecting();
        let line = "z".repeat(1000);
        for _ in 0..300 {
            out.write(Stream::Stdout, &line, "MainThread", 0.0);
        }
        // One at the first write, one when 256 KB were waiting.
        assert_eq!(batches.lock().unwrap().len(), 2);
    }
}
