//! Numeric builtins: `sum` (with CPython's int and float fast paths), `abs`, `round` (correctly
//! rounded, half to even), `divmod` and `pow` (including three-argument modular `pow`).

use crate::args::{to_bigint, type_name, Args};
use mnpy_runtime::interp_api::{BinOp, Interp};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, Value};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// `sum(iterable, /, start=0)`.
pub fn sum(vm: &mut dyn Interp, mut a: Args) -> PyResult<Value> {
    let start_kw = a.take_kw("start");
    a.finish_builtin()?;
    a.count(1, 2)?;
    let start = start_kw
        .or_else(|| a.pos.get(1).cloned())
        .unwrap_or(Value::Int(0));
    if start.as_str().is_some() {
        return Err(PyErr::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let it = vm.iter(&a.pos[0])?;
    let mut acc = start;
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(p), Value::Int(q)) => match p.checked_add(*q) {
                Some(s) => Value::Int(s),
                None => vm.binary(BinOp::Add, &acc, &x)?,
            },
            (Value::Float(p), Value::Float(q)) => Value::Float(p + q),
            (Value::Float(p), Value::Int(q)) => Value::Float(p + *q as f64),
            _ => vm.binary(BinOp::Add, &acc, &x)?,
        };
    }
    Ok(acc)
}

/// `abs(x)`.
pub fn abs(vm: &mut dyn Interp, a: Args) -> PyResult<Value> {
    a.count(1, 1)?;
    let v = &a.pos[0];
    Ok(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(x) => Value::Int(x),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::Float(f) => Value::Float(f.abs()),
        Value::Obj(o) => match &**o {
            HeapObj::BigInt(b) => Value::from_bigint(b.abs()),
            HeapObj::Complex(c) => {
                let r = c.re.hypot(c.im);
                if r.is_infinite() && c.re.is_finite() && c.im.is_finite() {
                    return Err(PyErr::overflow("absolute value too large"));
                }
                Value::Float(r)
            }
            _ => match vm.getattr_opt(v, "__abs__")? {
                Some(m) => return vm.call(&m, vec![], vec![]),
                None => {
                    return Err(PyErr::type_error(format!(
                        "bad operand type for abs(): '{}'",
                        type_name(v)
                    )))
                }
            },
        },
        _ => {
            return Err(PyErr::type_error(format!(
                "bad operand type for abs(): '{}'",
                type_name(v)
            )))
        }
    })
}

/// Rounds `n / 10**k` to the nearest integer, ties to even.
fn div_round_half_even(n: &BigInt, d: &BigInt) -> BigInt {
    let (q, r) = n.div_mod_floor(d);
    let twice: BigInt = &r * 2;
    match twice.cmp(d) {
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal => {
            if q.is_even() {
                q
            } else {
                q + 1
            }
        }
    }
}

/// Exact rational value of a finite float: (numerator, denominator).
pub(crate) fn float_ratio(x: f64) -> (BigInt, BigInt) {
    let bits = x.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let m = BigInt::from(mant) * sign;
    if e >= 0 {
        (m << e as usize, BigInt::one())
    } else {
        (m, BigInt::one() << (-e) as usize)
    }
}

/// `round(x, ndigits)` for floats (correctly rounded, half to even, like CPython).
pub fn round_float(x: f64, ndigits: i64) -> PyResult<f64> {
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if ndigits > 330 {
        return Ok(x);
    }
    if ndigits < -330 {
        return Ok(0.0f64.copysign(x));
    }
    let (n, d) = float_ratio(x);
    let ten = BigInt::from(10);
    let result = if ndigits >= 0 {
        let scale = num_traits::pow(ten, ndigits as usize);
        let q = div_round_half_even(&(n * &scale), &d);
        ratio_to_f64(&q, &scale)
    } else {
        let scale = num_traits::pow(ten, (-ndigits) as usize);
        let q = div_round_half_even(&n, &(d * &scale));
        crate::pymath::bigint_to_f64(&(q * scale)).unwrap_or(f64::INFINITY)
    };
    if result.is_infinite() {
        return Err(PyErr::overflow("rounded value too large to represent"));
    }
    Ok(if result == 0.0 {
        0.0f64.copysign(x)
    } else {
        result
    })
}

fn ratio_to_f64(n: &BigInt, d: &BigInt) -> f64 {
    crate::pymath::int_true_divide(n, d).unwrap_or(f64::INFINITY)
}

/// `round(number, ndigits=None)`.
pub fn round(vm: &mut dyn Interp, mut a: Args) -> PyResult<Value> {
    let nd_kw = a.take_kw("ndigits");
    let num = a
        .arg(0, "number")
        .ok_or_else(|| PyErr::type_error("round() missing required argument 'number' (pos 1)"))?;
    a.finish_builtin()?;
    let nd = nd_kw
        .or_else(|| a.pos.get(1).cloned())
        .filter(|v| !matches!(v, Value::None));
    let ndigits = match &nd {
        Some(v) => Some(crate::args::to_index(vm, v)?),
        None => None,
    };
    match &num {
        Value::Float(f) => match ndigits {
            None => {
                if f.is_nan() {
                    return Err(PyErr::value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(PyErr::overflow("cannot convert float infinity to integer"));
                }
                let r = f.round_ties_even();
                crate::pymath::float_to_bigint(r)
                    .map(Value::from_bigint)
                    .map_err(|_| PyErr::overflow("cannot convert float infinity to integer"))
            }
            Some(k) => Ok(Value::Float(round_float(*f, k)?)),
        },
        v if v.is_int_like() => {
            let n = to_bigint(v)?;
            match ndigits {
                Some(k) if k < 0 => {
                    let scale = num_traits::pow(BigInt::from(10), (-k).min(5000) as usize);
                    Ok(Value::from_bigint(div_round_half_even(&n, &scale) * scale))
                }
                _ => Ok(Value::from_bigint(n)),
            }
        }
        _ => match vm.getattr_opt(&num, "__round__")? {
            Some(m) => vm.call(&m, nd.into_iter().collect(), vec![]),
            None => Err(PyErr::type_error(format!(
                "type {} doesn't define __round__ method",
                type_name(&num)
            ))),
        },
    }
}

/// `divmod(a, b)`.
pub fn divmod(vm: &mut dyn Interp, a: Args) -> PyResult<Value> {
    a.count(2, 2)?;
    let (x, y) = (&a.pos[0], &a.pos[1]);
    let is_float = matches!(x, Value::Float(_)) || matches!(y, Value::Float(_));
    if is_float
        && (x.is_int_like() || matches!(x, Value::Float(_)))
        && (y.is_int_like() || matches!(y, Value::Float(_)))
    {
        let xf = crate::args::to_f64(vm, x)?;
        let yf = crate::args::to_f64(vm, y)?;
        if yf == 0.0 {
            return Err(PyErr::zero_div("float divmod()"));
        }
        let q = vm.binary(BinOp::FloorDiv, &Value::Float(xf), &Value::Float(yf))?;
        let r = vm.binary(BinOp::Mod, &Value::Float(xf), &Value::Float(yf))?;
        return Ok(Value::tuple(vec![q, r]));
    }
    if !(x.is_int_like() && y.is_int_like()) {
        if let Some(m) = vm.getattr_opt(x, "__divmod__")? {
            let r = vm.call(&m, vec![y.clone()], vec![])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let Some(m) = vm.getattr_opt(y, "__rdivmod__")? {
            let r = vm.call(&m, vec![x.clone()], vec![])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        return Err(PyErr::type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            type_name(x),
            type_name(y)
        )));
    }
    let q = vm.binary(BinOp::FloorDiv, x, y)?;
    let r = vm.binary(BinOp::Mod, x, y)?;
    Ok(Value::tuple(vec![q, r]))
}

/// `pow(base, exp, mod=None)`.
pub fn pow(vm: &mut dyn Interp, mut a: Args) -> PyResult<Value> {
    let m_kw = a.take_kw("mod");
    let base = a
        .arg(0, "base")
        .ok_or_else(|| PyErr::type_error("pow() missing required argument 'base' (pos 1)"))?;
    let exp = a
        .arg(1, "exp")
        .ok_or_else(|| PyErr::type_error("pow() missing required argument 'exp' (pos 2)"))?;
    a.finish_builtin()?;
    let m = m_kw
        .or_else(|| a.pos.get(2).cloned())
        .filter(|v| !matches!(v, Value::None));
    let Some(m) = m else {
        return vm.binary(BinOp::Pow, &base, &exp);
    };
    if !(base.is_int_like() && exp.is_int_like() && m.is_int_like()) {
        return Err(PyErr::type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    let (b, e, md) = (to_bigint(&base)?, to_bigint(&exp)?, to_bigint(&m)?);
    if md.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    let modulus = md.abs();
    let mut base_r = b.mod_floor(&modulus);
    let mut e2 = e.clone();
    if e.sign() == Sign::Minus {
        let g = base_r.extended_gcd(&modulus);
        if !g.gcd.is_one() {
            return Err(PyErr::value_error(
                "base is not invertible for the given modulus",
            ));
        }
        base_r = g.x.mod_floor(&modulus);
        e2 = -e;
    }
    let mut r = base_r.modpow(&e2, &modulus);
    if md.is_negative() && !r.is_zero() {
        r += &md;
    }
    let _ = r.to_i64();
    Ok(Value::from_bigint(r))
}
