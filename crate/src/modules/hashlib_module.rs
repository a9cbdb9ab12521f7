//! Python's `hashlib`: md5, sha1, sha224, sha256, sha384 and sha512 objects
//! (`update`, `digest`, `hexdigest`, `copy`, `name`, `digest_size`,
//! `block_size`) and `new(name)`. The SHA-2 family is the `sha2` crate the
//! page already has for `random.seed`; MD5 (RFC 1321) and SHA-1 (FIPS 180-4)
//! are written here, a few dozen lines each, rather than two more crates.

use crate::builtin;
use std::sync::{Arc, Mutex};

use sha2::Digest;

use crate::runtime::error::{type_error, value_error, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::object::Module;
use crate::runtime::value::{lock, Native, Value};
use crate::runtime::Interp;

/// Where MD5 and SHA-1 are: the chaining words, the bytes not yet in a
/// block, and the length so far.
#[derive(Clone, Debug)]
struct Blocks<const N: usize> {
    state: [u32; N],
    pending: Vec<u8>,
    length: u64,
}

impl<const N: usize> Blocks<N> {
    fn new(state: [u32; N]) -> Self {
        Blocks {
            state,
            pending: Vec::with_capacity(64),
            length: 0,
        }
    }

    fn update(&mut self, data: &[u8], compress: fn(&mut [u32; N], &[u8])) {
        self.length = self.length.wrapping_add(data.len() as u64);
        self.pending.extend_from_slice(data);
        let whole = self.pending.len() / 64 * 64;
        for block in self.pending[..whole].chunks_exact(64) {
            compress(&mut self.state, block);
        }
        self.pending.drain(..whole);
    }

    /// The padded last blocks: 0x80, zeros, then the length in bits
    /// (little-endian for MD5, big-endian for SHA-1).
    fn finish(mut self, compress: fn(&mut [u32; N], &[u8]), big_endian: bool) -> [u32; N] {
        let bits = self.length.wrapping_mul(8);
        let mut tail = std::mem::take(&mut self.pending);
        tail.push(0x80);
        while tail.len() % 64 != 56 {
            tail.push(0);
        }
        tail.extend_from_slice(&if big_endian {
            bits.to_be_bytes()
        } else {
            bits.to_le_bytes()
        });
        for block in tail.chunks_exact(64) {
            compress(&mut self.state, block);
        }
        self.state
    }
}

fn md5_compress(state: &mut [u32; 4], block: &[u8]) {
    const SHIFTS: [u32; 16] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
    let m: Vec<u32> = block
        .chunks_exact(4)
        .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
        .collect();
    let [mut a, mut b, mut c, mut d] = *state;
    for i in 0..64 {
        let (f, g) = match i / 16 {
            0 => ((b & c) | (!b & d), i),
            1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
            2 => (b ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (b | !d), (7 * i) % 16),
        };
        // K[i] = floor(|sin(i + 1)| * 2^32), as RFC 1321 defines the table.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let k = (f64::from(i as u32 + 1).sin().abs() * 4_294_967_296.0) as u32;
        let rotated = a
            .wrapping_add(f)
            .wrapping_add(k)
            .wrapping_add(m[g])
            .rotate_left(SHIFTS[(i / 16) * 4 + i % 4]);
        (a, d, c) = (d, c, b);
        b = b.wrapping_add(rotated);
    }
    for (s, v) in state.iter_mut().zip([a, b, c, d]) {
        *s = s.wrapping_add(v);
    }
}

fn sha1_compress(state: &mut [u32; 5], block: &[u8]) {
    let mut w = [0u32; 80];
    for (i, word) in block.chunks_exact(4).enumerate() {
        w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
    }
    for i in 16..80 {
        w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
    }
    let [mut a, mut b, mut c, mut d, mut e] = *state;
    for (i, wi) in w.iter().enumerate() {
        let (f, k) = match i / 20 {
            0 => ((b & c) | (!b & d), 0x5a82_7999),
            1 => (b ^ c ^ d, 0x6ed9_eba1),
            2 => ((b & c) | (b & d) | (c & d), 0x8f1b_bcdc),
            _ => (b ^ c ^ d, 0xca62_c1d6),
        };
        let t = a
            .rotate_left(5)
            .wrapping_add(f)
            .wrapping_add(e)
            .wrapping_add(k)
            .wrapping_add(*wi);
        (e, d, c, b, a) = (d, c, b.rotate_left(30), a, t);
    }
    for (s, v) in state.iter_mut().zip([a, b, c, d, e]) {
        *s = s.wrapping_add(v);
    }
}

#[derive(Clone, Debug)]
enum State {
    Md5(Blocks<4>),
    Sha1(Blocks<5>),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
}

/// The algorithms, by CPython's names: (name, digest size, block size).
const ALGORITHMS: [(&str, usize, usize); 6] = [
    ("md5", 16, 64),
    ("sha1", 20, 64),
    ("sha224", 28, 64),
    ("sha256", 32, 64),
    ("sha384", 48, 128),
    ("sha512", 64, 128),
];

impl State {
    fn new(name: &str) -> Option<State> {
        Some(match name {
            "md5" => State::Md5(Blocks::new([
                0x6745_2301,
                0xefcd_ab89,
                0x98ba_dcfe,
                0x1032_5476,
            ])),
            "sha1" => State::Sha1(Blocks::new([
                0x6745_2301,
                0xefcd_ab89,
                0x98ba_dcfe,
                0x1032_5476,
                0xc3d2_e1f0,
            ])),
            "sha224" => State::Sha224(sha2::Sha224::new()),
            "sha256" => State::Sha256(sha2::Sha256::new()),
            "sha384" => State::Sha384(sha2::Sha384::new()),
            "sha512" => State::Sha512(sha2::Sha512::new()),
            _ => return None,
        })
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            State::Md5(b) => b.update(data, md5_compress),
            State::Sha1(b) => b.update(data, sha1_compress),
            State::Sha224(h) => h.update(data),
            State::Sha256(h) => h.update(data),
            State::Sha384(h) => h.update(data),
            State::Sha512(h) => h.update(data),
        }
    }

    /// The digest of what was given so far (the state goes on).
    fn digest(&self) -> Vec<u8> {
        match self.clone() {
            State::Md5(b) => b
                .finish(md5_compress, false)
                .iter()
                .flat_map(|w| w.to_le_bytes())
                .collect(),
            State::Sha1(b) => b
                .finish(sha1_compress, true)
                .iter()
                .flat_map(|w| w.to_be_bytes())
                .collect(),
            State::Sha224(h) => h.finalize().to_vec(),
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha384(h) => h.finalize().to_vec(),
            State::Sha512(h) => h.finalize().to_vec(),
        }
    }
}

/// A hash object: `hashlib.sha256()`'s.
#[derive(Debug)]
struct Hash {
    name: &'static str,
    digest_size: usize,
    block_size: usize,
    state: Mutex<State>,
}

impl Native for Hash {
    fn type_name(&self) -> &'static str {
        "_hashlib.HASH"
    }

    fn methods(&self) -> &'static [Builtin] {
        HASH_METHODS
    }

    fn get_attr(&self, name: &str) -> Option<Value> {
        Some(match name {
            "name" => Value::str(self.name),
            "digest_size" => Value::Int(i64::try_from(self.digest_size).unwrap_or(0)),
            "block_size" => Value::Int(i64::try_from(self.block_size).unwrap_or(0)),
            _ => return None,
        })
    }

    fn repr(&self) -> String {
        format!(
            "<{} _hashlib.HASH object @ 0x{:012x}>",
            self.name,
            std::ptr::from_ref(self) as usize
        )
    }
}

fn this(v: &Value) -> PyResult<&Hash> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<Hash>(),
        _ => None,
    }
    .ok_or_else(|| type_error("descriptor requires a '_hashlib.HASH' object"))
}

/// The bytes of a bytes-like argument; CPython refuses a str.
fn data_of(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.to_vec()),
        Value::ByteArray(b) => Ok(lock(&b.bytes).clone()),
        Value::Str(_) => Err(type_error("Strings must be encoded before hashing")),
        _ => Err(type_error("object supporting the buffer API required")),
    }
}

fn no_arguments(args: &[Value], method: &str) -> PyResult<()> {
    if args.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!(
            "HASH.{method}() takes no arguments ({} given)",
            args.len()
        )))
    }
}

fn update(_: &mut Interp, this_: &Value, args: &mut [Value]) -> PyResult<Value> {
    let hash = this(this_)?;
    let [data] = args else {
        return Err(type_error(format!(
            "HASH.update() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let data = data_of(data)?;
    lock(&hash.state).update(&data);
    Ok(Value::None)
}

fn digest(_: &mut Interp, this_: &Value, args: &mut [Value]) -> PyResult<Value> {
    no_arguments(args, "digest")?;
    let hash = this(this_)?;
    let digest = lock(&hash.state).digest();
    Ok(Value::Bytes(Arc::from(digest)))
}

fn hexdigest(_: &mut Interp, this_: &Value, args: &mut [Value]) -> PyResult<Value> {
    no_arguments(args, "hexdigest")?;
    let hash = this(this_)?;
    let digest = lock(&hash.state).digest();
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    Ok(Value::str(&hex))
}

fn copy(_: &mut Interp, this_: &Value, args: &mut [Value]) -> PyResult<Value> {
    no_arguments(args, "copy")?;
    let hash = this(this_)?;
    let state = lock(&hash.state).clone();
    Ok(Value::Native(Arc::new(Hash {
        name: hash.name,
        digest_size: hash.digest_size,
        block_size: hash.block_size,
        state: Mutex::new(state),
    })))
}

static HASH_METHODS: &[Builtin] = &[
    builtin!(method "HASH.update", update),
    builtin!(method "HASH.digest", digest),
    builtin!(method "HASH.hexdigest", hexdigest),
    builtin!(method "HASH.copy", copy),
];

/// A new hash object of algorithm `name`, given `data` first.
fn make(name: &str, data: Option<&Value>) -> PyResult<Value> {
    let lower = name.to_ascii_lowercase();
    let (Some(state), Some(&(name, digest_size, block_size))) = (
        State::new(&lower),
        ALGORITHMS.iter().find(|(n, _, _)| *n == lower),
    ) else {
        return Err(value_error(format!("unsupported hash type {name}")));
    };
    let hash = Hash {
        name,
        digest_size,
        block_size,
        state: Mutex::new(state),
    };
    if let Some(data) = data {
        let data = data_of(data)?;
        lock(&hash.state).update(&data);
    }
    Ok(Value::Native(Arc::new(hash)))
}

/// The data argument of a constructor: positional or by keyword;
/// `usedforsecurity=` is taken and ignored, as it changes nothing here.
fn data_argument(mut args: Args, function: &str, skip: usize) -> PyResult<Option<Value>> {
    // new() takes `data=`, the named constructors `string=` (3.11's names).
    let by_keyword = args.keyword(if function == "new" { "data" } else { "string" });
    let _ = args.keyword("usedforsecurity");
    if let Some((k, _)) = args.keywords.first() {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for {function}()"
        )));
    }
    let positional = args.positional.get(skip).cloned();
    let given = args.positional.len();
    if given > skip + 1 {
        return Err(type_error(if function == "new" {
            format!("__hash_new() takes from 1 to 2 positional arguments but {given} were given")
        } else {
            format!("{function}() takes at most 1 positional argument ({given} given)")
        }));
    }
    Ok(positional
        .or(by_keyword)
        .filter(|v| !matches!(v, Value::None)))
}

macro_rules! constructor {
    ($name:literal) => {
        builtin!($name, |_, args| {
            let data = data_argument(args, concat!("openssl_", $name), 0)?;
            make($name, data.as_ref())
        })
    };
}

fn new(_: &mut Interp, mut args: Args) -> PyResult<Value> {
    let name = match args.keyword("name") {
        Some(name) => {
            args.positional.insert(0, name);
            args.positional[0].clone()
        }
        None => args.positional.first().cloned().ok_or_else(|| {
            type_error("__hash_new() missing 1 required positional argument: 'name'")
        })?,
    };
    let Value::Str(name) = name else {
        return Err(type_error("name must be a string"));
    };
    let data = data_argument(args, "new", 1)?;
    make(&name, data.as_ref())
}

static FUNCTIONS: &[Builtin] = &[
    builtin!("new", new),
    constructor!("md5"),
    constructor!("sha1"),
    constructor!("sha224"),
    constructor!("sha256"),
    constructor!("sha384"),
    constructor!("sha512"),
];

#[must_use]
pub fn module() -> Arc<Module> {
    Module::with_functions("hashlib", FUNCTIONS)
}
