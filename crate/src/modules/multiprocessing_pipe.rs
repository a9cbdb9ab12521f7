//! `multiprocessing.Pipe()`: two `Connection`s, each direction a queue in the
//! memory the program's processes share (`multiprocessing_queues`), so a
//! child's `send` reaches its parent's `recv`. `duplex=False` gives a
//! receive-only and a send-only end, as CPython's.
//!
//! `recv` raises EOFError once its ring is empty and every connection that
//! sends to it, in every process, is closed: each ring counts them (one for
//! the end `Pipe()` made, one more for each copy sent to another process,
//! one fewer for each closed or dropped).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::builtin;
use crate::runtime::error::{type_error, ExcType, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::value::{Native, Reduce, Value};
use crate::runtime::Interp;

use super::multiprocessing_queues::{new_ring, put_item, ring_at, wait_for_item, SharedQueue};
use crate::runtime::transfer;

/// One end of a pipe: what it receives from, what it sends to.
#[derive(Debug)]
pub struct Connection {
    incoming: Option<SharedQueue>,
    outgoing: Option<SharedQueue>,
    closed: AtomicBool,
}

impl Native for Connection {
    fn type_name(&self) -> &'static str {
        "Connection"
    }

    fn methods(&self) -> &'static [Builtin] {
        CONNECTION_METHODS
    }

    fn repr(&self) -> String {
        format!(
            "<multiprocessing.connection.Connection object at 0x{:012x}>",
            std::ptr::from_ref(self) as usize
        )
    }

    fn reduce(&self) -> Option<Reduce> {
        // The copy made from this in the other process sends too.
        if let Some(q) = &self.outgoing {
            q.add_writers(1);
        }
        let end = |q: &Option<SharedQueue>| {
            q.as_ref()
                .map_or(Value::None, |q| Value::Int(i64::from(q.offset())))
        };
        Some(Reduce {
            module: "multiprocessing",
            function: "_rebuild_connection",
            args: vec![end(&self.incoming), end(&self.outgoing)],
            inherit_only: None,
        })
    }
}

fn this(args: &Args) -> PyResult<Arc<dyn Native>> {
    match args.positional.first() {
        Some(Value::Native(n)) if n.as_any().is::<Connection>() => Ok(n.clone()),
        _ => Err(type_error("descriptor requires a 'Connection' object")),
    }
}

fn connection(native: &Arc<dyn Native>) -> PyResult<&Connection> {
    let c = native
        .as_any()
        .downcast_ref::<Connection>()
        .expect("checked by `this`");
    if c.closed.load(Ordering::Relaxed) {
        return Err(PyErr::new(ExcType::OSError, "handle is closed"));
    }
    Ok(c)
}

impl Connection {
    /// Closes it: its ring has one sender fewer.
    fn close(&self) {
        if !self.closed.swap(true, Ordering::AcqRel) {
            if let Some(q) = &self.outgoing {
                q.add_writers(-1);
            }
        }
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        self.close();
    }
}

fn send(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    let c = connection(&keep)?;
    let Some(outgoing) = &c.outgoing else {
        return Err(PyErr::new(ExcType::OSError, "connection is read-only"));
    };
    let item = args
        .positional
        .get(1)
        .cloned()
        .ok_or_else(|| type_error("send() missing 1 required positional argument: 'obj'"))?;
    put_item(interp, outgoing, &item, true, None)?;
    Ok(Value::None)
}

fn incoming(c: &Connection) -> PyResult<&SharedQueue> {
    c.incoming
        .as_ref()
        .ok_or_else(|| PyErr::new(ExcType::OSError, "connection is write-only"))
}

fn recv(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    let q = incoming(connection(&keep)?)?;
    let taken = interp.wait_in_region(None, || q.try_get_or_end())?;
    match taken.flatten() {
        Some(bytes) => interp.transferring(|i| transfer::decode(i, &bytes)),
        None => Err(PyErr::new(ExcType::EOFError, "")),
    }
}

/// `send_bytes(buf, offset=0, size=None)`: the bytes as they are.
fn send_bytes(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let buffer = args.positional.get(1).cloned().unwrap_or(Value::None);
    let Some(bytes) = crate::runtime::bytes::bytes_like(&buffer) else {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            buffer.type_name()
        )));
    };
    let index = |at: usize| {
        args.positional
            .get(at)
            .and_then(crate::runtime::containers::as_i64)
    };
    let offset = usize::try_from(index(2).unwrap_or(0))
        .ok()
        .filter(|o| *o <= bytes.len())
        .ok_or_else(|| PyErr::new(ExcType::ValueError, "offset out of bounds"))?;
    let size = match index(3) {
        None => bytes.len() - offset,
        Some(s) => usize::try_from(s)
            .ok()
            .filter(|s| offset + s <= bytes.len())
            .ok_or_else(|| PyErr::new(ExcType::ValueError, "buffer length < offset + size"))?,
    };
    send(
        interp,
        Args::new(vec![
            args.positional[0].clone(),
            Value::bytes(&bytes[offset..offset + size]),
        ]),
    )
}

/// `recv_bytes()`: what `send_bytes` sent.
fn recv_bytes(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match recv(interp, args)? {
        bytes @ Value::Bytes(_) => Ok(bytes),
        other => Err(type_error(format!(
            "recv_bytes() received a {} sent by send(), not bytes sent by send_bytes()",
            other.type_name()
        ))),
    }
}

/// `poll(timeout=0.0)`: whether there is something to `recv`; `None` waits for ever.
fn poll(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let given = args
        .keyword("timeout")
        .or_else(|| args.positional.get(1).cloned());
    let timeout = match given {
        None => Some(0.0),
        Some(Value::None) => None,
        Some(Value::Float(f)) => Some(f),
        #[allow(clippy::cast_precision_loss)]
        Some(Value::Int(i)) => Some(i as f64),
        Some(other) => {
            return Err(type_error(format!(
                "timeout must be a number, not {}",
                other.type_name()
            )))
        }
    };
    let keep = this(&args)?;
    let q = incoming(connection(&keep)?)?;
    Ok(Value::Bool(wait_for_item(interp, q, timeout)?))
}

fn close(_: &mut Interp, args: Args) -> PyResult<Value> {
    let keep = this(&args)?;
    if let Some(c) = keep.as_any().downcast_ref::<Connection>() {
        c.close();
    }
    Ok(Value::None)
}

static CONNECTION_METHODS: &[Builtin] = &[
    builtin!("Connection.send", send),
    builtin!("Connection.recv", recv),
    builtin!("Connection.poll", poll),
    builtin!("Connection.close", close),
    builtin!("Connection.send_bytes", send_bytes),
    builtin!("Connection.recv_bytes", recv_bytes),
    builtin!("Connection.__enter__", |_, a| Ok(a
        .positional
        .first()
        .cloned()
        .unwrap_or(Value::None))),
    builtin!("Connection.__exit__", |interp, a| close(
        interp,
        Args::new(a.positional.into_iter().take(1).collect())
    )),
];

/// A new connection, `Pipe()`'s: the ring it sends to counts it.
fn new_end(incoming: Option<SharedQueue>, outgoing: Option<SharedQueue>) -> Value {
    if let Some(q) = &outgoing {
        q.add_writers(1);
    }
    end(incoming, outgoing)
}

fn end(incoming: Option<SharedQueue>, outgoing: Option<SharedQueue>) -> Value {
    Value::Native(Arc::new(Connection {
        incoming,
        outgoing,
        closed: AtomicBool::new(false),
    }))
}

/// `Pipe(duplex=True)`: `(conn1, conn2)`; without duplex conn1 only receives
/// what conn2 sends.
fn pipe(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let duplex = args.flag(interp, "duplex", Some(0), true)?;
    let a = new_ring()?;
    let a_at = a.offset();
    if !duplex {
        return Ok(Value::tuple(vec![
            new_end(Some(a), None),
            new_end(None, Some(ring_at(a_at))),
        ]));
    }
    let b = new_ring()?;
    let b_at = b.offset();
    Ok(Value::tuple(vec![
        new_end(Some(a), Some(b)),
        new_end(Some(ring_at(b_at)), Some(ring_at(a_at))),
    ]))
}

/// `_rebuild_connection(incoming, outgoing)`: a connection sent to this process.
fn rebuild(_: &mut Interp, args: Args) -> PyResult<Value> {
    let ring = |v: Option<&Value>| -> PyResult<Option<SharedQueue>> {
        match v {
            Some(Value::Int(at)) => Ok(Some(ring_at(
                u32::try_from(*at).map_err(|_| type_error("bad offset"))?,
            ))),
            _ => Ok(None),
        }
    };
    Ok(end(
        ring(args.positional.first())?,
        ring(args.positional.get(1))?,
    ))
}

/// `Manager()`: not here, said clearly.
fn manager(_: &mut Interp, _: Args) -> PyResult<Value> {
    Err(PyErr::new(
        ExcType::NotImplementedError,
        "multiprocessing.Manager is not available on this page: share data between processes \
         with Value, Array, Queue or Pipe",
    ))
}

/// The module functions that make these objects.
pub static FUNCTIONS: &[Builtin] = &[
    builtin!("Pipe", pipe),
    builtin!("_rebuild_connection", rebuild),
    builtin!("Manager", manager),
];
