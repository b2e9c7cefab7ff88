//! The `random` module: module-level functions over one global CPython-compatible generator
//! ([`mnpy_arrays::random::PyRandom`]), seeded from the clock at start-up as CPython seeds from
//! OS entropy. Int seeds reproduce CPython's streams exactly. The sequence functions (`choice`,
//! `shuffle`, `sample`, `choices`) are in [`sequences`].

mod sequences;
mod sha512;

use super::params::Signature;
use crate::args::{to_f64, to_index, Args};
use mnpy_arrays::random::{PyRandom, RandomError, RandomErrorKind};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, TypeTag, Value};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Signed, ToPrimitive};
use std::cell::RefCell;

thread_local! {
    /// The generator behind the module-level functions.
    static GLOBAL: RefCell<Option<PyRandom>> = const { RefCell::new(None) };
}

/// Runs `f` on the global generator (seeded from the clock on first use). Never call the
/// interpreter inside `f`.
pub fn with_rng<R>(f: impl FnOnce(&mut PyRandom) -> R) -> R {
    GLOBAL.with(|g| {
        let mut g = g.borrow_mut();
        let rng = g.get_or_insert_with(|| {
            let mut r = PyRandom::from_seed(0);
            r.seed_magnitude_words(&clock_seed_words());
            r
        });
        f(rng)
    })
}

/// Seed words from the wall clock, the process id and a monotonic counter.
fn clock_seed_words() -> Vec<u32> {
    let ns = super::time::wall_clock_ns() as u128;
    let pid = std::process::id();
    let jitter = std::time::Instant::now().elapsed().subsec_nanos();
    vec![ns as u32, (ns >> 32) as u32, (ns >> 64) as u32, pid, jitter]
}

/// Converts a generator error to the Python exception.
pub fn random_err(e: RandomError) -> PyErr {
    let tag = match e.kind {
        RandomErrorKind::Value => TypeTag::ValueError,
        RandomErrorKind::Index => TypeTag::IndexError,
        RandomErrorKind::Overflow => TypeTag::OverflowError,
        RandomErrorKind::ZeroDivision => TypeTag::ZeroDivisionError,
        RandomErrorKind::Type => TypeTag::TypeError,
        RandomErrorKind::Memory => TypeTag::MemoryError,
    };
    PyErr::new(tag, e.message)
}

/// A `Random` method's signature (counts include `self`).
const fn method(name: &'static str, params: &'static [&'static str], required: usize) -> Signature {
    Signature {
        name,
        params,
        required,
        kwonly: &[],
        is_method: true,
    }
}

/// `_randbelow(n)` for a positive int of any size.
pub fn randbelow(n: &BigInt) -> PyResult<BigInt> {
    if let Some(small) = n.to_u128() {
        return with_rng(|r| r.randbelow(small))
            .map(BigInt::from)
            .map_err(random_err);
    }
    let (_, words) = n.to_u32_digits();
    let r = with_rng(|r| r.randbelow_words(&words)).map_err(random_err)?;
    Ok(BigInt::from_biguint(Sign::Plus, BigUint::from_slice(&r)))
}

/// An argument of `randrange` as an int: ints as they are, integral floats accepted (CPython
/// 3.11 only warns), other floats rejected with `non-integer {what} for randrange()`.
fn randrange_int(vm: &mut dyn Interp, v: &Value, what: &str) -> PyResult<BigInt> {
    if let Some(b) = v.to_bigint() {
        return Ok(b);
    }
    if let Value::Float(x) = v {
        if x.fract() == 0.0 && x.is_finite() {
            return crate::pymath::float_to_bigint(*x).map_err(super::math::math_err);
        }
        if x.is_finite() {
            return Err(PyErr::value_error(format!(
                "non-integer {} for randrange()",
                what
            )));
        }
        let msg = if x.is_nan() {
            "cannot convert float NaN to integer"
        } else {
            "cannot convert float infinity to integer"
        };
        return Err(PyErr::new(
            if x.is_nan() {
                TypeTag::ValueError
            } else {
                TypeTag::OverflowError
            },
            msg,
        ));
    }
    super::math::to_int(vm, v)
}

/// `randrange(start, stop=None, step=1)` over ints of any size.
fn randrange(
    vm: &mut dyn Interp,
    start: &Value,
    stop: Option<&Value>,
    step: Option<&Value>,
) -> PyResult<BigInt> {
    let istart = randrange_int(vm, start, "arg 1")?;
    let Some(stop) = stop.filter(|s| !matches!(s, Value::None)) else {
        if step.is_some() {
            return Err(PyErr::type_error("Missing a non-None stop argument"));
        }
        if istart.is_positive() {
            return randbelow(&istart);
        }
        return Err(PyErr::value_error("empty range for randrange()"));
    };
    let istop = randrange_int(vm, stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        Some(s) => randrange_int(vm, s, "step")?,
        None => BigInt::one(),
    };
    if istep.is_one() {
        if width.is_positive() {
            return Ok(istart + randbelow(&width)?);
        }
        return Err(PyErr::value_error(format!(
            "empty range for randrange() ({}, {}, {})",
            istart, istop, width
        )));
    }
    let n = if istep.is_positive() {
        num_integer::Integer::div_floor(&(&width + &istep - 1), &istep)
    } else if istep.is_negative() {
        num_integer::Integer::div_floor(&(&width + &istep + 1), &istep)
    } else {
        return Err(PyErr::value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(PyErr::value_error("empty range for randrange()"));
    }
    Ok(istart + istep * randbelow(&n)?)
}

/// A float parameter with a default.
fn float_or(vm: &mut dyn Interp, v: &Option<Value>, default: f64) -> PyResult<f64> {
    match v {
        Some(v) => to_f64(vm, v),
        None => Ok(default),
    }
}

/// Calls a function of `random`.
pub fn call(vm: &mut dyn Interp, f: BuiltinFn, a: Args) -> PyResult<Value> {
    use BuiltinFn as B;
    match f {
        B::RandomRandom => {
            if !a.kw.is_empty() {
                return Err(PyErr::type_error(
                    "Random.random() takes no keyword arguments",
                ));
            }
            if !a.pos.is_empty() {
                return Err(PyErr::type_error(format!(
                    "Random.random() takes no arguments ({} given)",
                    a.pos.len()
                )));
            }
            Ok(Value::Float(with_rng(|r| r.random())))
        }
        B::RandomSeed => {
            let p = method("Random.seed", &["a", "version"], 0).bind(a)?;
            seed(vm, p[0].as_ref())
        }
        B::RandomGetrandbits => {
            if !a.kw.is_empty() {
                return Err(PyErr::type_error(
                    "Random.getrandbits() takes no keyword arguments",
                ));
            }
            if a.pos.len() != 1 {
                return Err(PyErr::type_error(format!(
                    "Random.getrandbits() takes exactly one argument ({} given)",
                    a.pos.len()
                )));
            }
            let k = to_index(vm, &a.pos[0])?;
            if k < 0 {
                return Err(PyErr::value_error("number of bits must be non-negative"));
            }
            let words = with_rng(|r| r.getrandbits_words(k as u64)).map_err(random_err)?;
            Ok(Value::from_bigint(BigInt::from_biguint(
                Sign::Plus,
                BigUint::from_slice(&words),
            )))
        }
        B::RandomRandrange => {
            let p = method("Random.randrange", &["start", "stop", "step"], 1).bind(a)?;
            let start = p[0].clone().unwrap_or(Value::None);
            randrange(vm, &start, p[1].as_ref(), p[2].as_ref()).map(Value::from_bigint)
        }
        B::RandomRandint => {
            let p = method("Random.randint", &["a", "b"], 2).bind(a)?;
            let (low, high) = (
                p[0].clone().unwrap_or(Value::None),
                p[1].clone().unwrap_or(Value::None),
            );
            let high = match high.to_bigint() {
                Some(h) => Value::from_bigint(h + 1),
                None => vm.binary(mnpy_runtime::interp_api::BinOp::Add, &high, &Value::Int(1))?,
            };
            randrange(vm, &low, Some(&high), None).map(Value::from_bigint)
        }
        B::RandomUniform => {
            let p = method("Random.uniform", &["a", "b"], 2).bind(a)?;
            let low = float_or(vm, &p[0], 0.0)?;
            let high = float_or(vm, &p[1], 0.0)?;
            Ok(Value::Float(with_rng(|r| r.uniform(low, high))))
        }
        B::RandomTriangular => {
            let p = method("Random.triangular", &["low", "high", "mode"], 0).bind(a)?;
            let low = float_or(vm, &p[0], 0.0)?;
            let high = float_or(vm, &p[1], 1.0)?;
            let mode = match &p[2] {
                None | Some(Value::None) => None,
                Some(m) => Some(to_f64(vm, m)?),
            };
            Ok(Value::Float(with_rng(|r| r.triangular(low, high, mode))))
        }
        B::RandomGauss | B::RandomNormalvariate => {
            let name = if f == B::RandomGauss {
                "Random.gauss"
            } else {
                "Random.normalvariate"
            };
            let p = method(name, &["mu", "sigma"], 0).bind(a)?;
            let mu = float_or(vm, &p[0], 0.0)?;
            let sigma = float_or(vm, &p[1], 1.0)?;
            Ok(Value::Float(with_rng(|r| {
                if f == B::RandomGauss {
                    r.gauss(mu, sigma)
                } else {
                    r.normalvariate(mu, sigma)
                }
            })))
        }
        B::RandomExpovariate => {
            let p = method("Random.expovariate", &["lambd"], 1).bind(a)?;
            let lambd = float_or(vm, &p[0], 1.0)?;
            with_rng(|r| r.expovariate(lambd))
                .map(Value::Float)
                .map_err(random_err)
        }
        B::RandomChoice | B::RandomShuffle | B::RandomSample | B::RandomChoices => {
            sequences::call(vm, f, a)
        }
        _ => Err(PyErr::type_error(format!(
            "random.{}() is not implemented",
            f.name()
        ))),
    }
}

/// `seed(a=None)`: ints (and bools) seed with their magnitude, floats with their hash (as an
/// unsigned 64-bit number), strs with their UTF-8 bytes followed by their SHA-512 digest,
/// `None` from the clock.
fn seed(vm: &mut dyn Interp, a: Option<&Value>) -> PyResult<Value> {
    let words = match a {
        None | Some(Value::None) => clock_seed_words(),
        Some(v) => match v {
            Value::Float(_) => {
                // CPython seeds with the hash reinterpreted as an unsigned size_t.
                let h = vm.hash(v)? as u64;
                BigInt::from(h).to_u32_digits().1
            }
            v if v.is_int_like() => v.to_bigint().unwrap_or_default().abs().to_u32_digits().1,
            Value::Obj(o) if matches!(&**o, HeapObj::Str(_)) => {
                // int.from_bytes(text + sha512(text).digest(), 'big'), as little-endian words.
                let text = v.as_str().unwrap_or("").as_bytes();
                let mut bytes = text.to_vec();
                bytes.extend_from_slice(&sha512::sha512(text));
                BigUint::from_bytes_be(&bytes).to_u32_digits()
            }
            _ => return Err(PyErr::type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            )),
        },
    };
    let words = if words.is_empty() { vec![0] } else { words };
    with_rng(|r| r.seed_magnitude_words(&words));
    Ok(Value::None)
}
