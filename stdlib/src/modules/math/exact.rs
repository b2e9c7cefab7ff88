//! The `math` functions beyond "float in, float out": `floor`/`ceil`/`trunc` (which return ints
//! and honour `__floor__`/`__ceil__`/`__trunc__`), the logarithms (exact for ints of any size),
//! `ldexp`, the integer functions (`gcd`, `lcm`, `factorial`, `comb`, `perm`, `isqrt`) and the
//! functions over iterables (`fsum`, `prod`, `dist`, `hypot`).

use super::math_err;
use crate::args::{not_integer, to_f64, type_name, Args};
use crate::modules::exact_args;
use crate::pymath::{self, summation::FsumAccumulator};
use mnpy_runtime::interp_api::{BinOp, Interp};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, Value};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// Calls the `math` functions handled here.
pub fn call(vm: &mut dyn Interp, f: BuiltinFn, mut a: Args) -> PyResult<Value> {
    use BuiltinFn as B;
    match f {
        B::MathFloor | B::MathCeil | B::MathTrunc => {
            exact_args(f, &a, 1)?;
            rounding(vm, f, &a.pos[0])
        }
        B::MathLog => {
            if !a.kw.is_empty() {
                return Err(PyErr::type_error("math.log() takes no keyword arguments"));
            }
            if a.pos.is_empty() || a.pos.len() > 2 {
                return Err(PyErr::type_error("math.log requires 1 to 2 arguments"));
            }
            let num = log_of(vm, &a.pos[0], pymath::log, pymath::log_bigint)?;
            match a.pos.get(1) {
                None => Ok(Value::Float(num)),
                Some(base) => {
                    let den = log_of(vm, base, pymath::log, pymath::log_bigint)?;
                    pymath::log_with_base(num, den)
                        .map(Value::Float)
                        .map_err(math_err)
                }
            }
        }
        B::MathLog2 => {
            exact_args(f, &a, 1)?;
            log_of(vm, &a.pos[0], pymath::log2, pymath::log2_bigint).map(Value::Float)
        }
        B::MathLog10 => {
            exact_args(f, &a, 1)?;
            log_of(vm, &a.pos[0], pymath::log10, pymath::log10_bigint).map(Value::Float)
        }
        B::MathLdexp => {
            exact_args(f, &a, 2)?;
            let x = to_f64(vm, &a.pos[0])?;
            if !a.pos[1].is_int_like() {
                return Err(PyErr::type_error(
                    "Expected an int as second argument to ldexp.",
                ));
            }
            let exp = a.pos[1].to_bigint().unwrap_or_default();
            let exp = exp
                .to_i64()
                .unwrap_or(if exp.sign() == num_bigint::Sign::Minus {
                    i64::MIN
                } else {
                    i64::MAX
                });
            pymath::ldexp(x, exp).map(Value::Float).map_err(math_err)
        }
        B::MathGcd | B::MathLcm => {
            a.no_kwargs()?;
            let mut ints = Vec::with_capacity(a.pos.len());
            for v in &a.pos {
                ints.push(to_int(vm, v)?);
            }
            let r = if f == B::MathGcd {
                pymath::gcd(&ints)
            } else {
                pymath::lcm(&ints)
            };
            Ok(Value::from_bigint(r))
        }
        B::MathFactorial | B::MathIsqrt => {
            exact_args(f, &a, 1)?;
            let n = to_int(vm, &a.pos[0])?;
            let r = if f == B::MathFactorial {
                pymath::factorial(&n)
            } else {
                pymath::isqrt(&n)
            };
            r.map(Value::from_bigint).map_err(math_err)
        }
        B::MathComb => {
            exact_args(f, &a, 2)?;
            let n = to_int(vm, &a.pos[0])?;
            let k = to_int(vm, &a.pos[1])?;
            pymath::comb(&n, &k)
                .map(Value::from_bigint)
                .map_err(math_err)
        }
        B::MathPerm => {
            a.no_kwargs()?;
            a.count(1, 2)?;
            let n = to_int(vm, &a.pos[0])?;
            let k = match a.pos.get(1) {
                None | Some(Value::None) => None,
                Some(k) => Some(to_int(vm, k)?),
            };
            pymath::perm(&n, k.as_ref())
                .map(Value::from_bigint)
                .map_err(math_err)
        }
        B::MathFsum => {
            exact_args(f, &a, 1)?;
            let it = vm.iter(&a.pos[0])?;
            let mut acc = FsumAccumulator::new();
            while let Some(x) = vm.next(&it)? {
                let x = to_f64(vm, &x)?;
                acc.add(x).map_err(math_err)?;
            }
            acc.finish().map(Value::Float).map_err(math_err)
        }
        B::MathProd => {
            let start = a.take_kw("start");
            if let Some((k, _)) = a.kw.first() {
                return Err(PyErr::type_error(format!(
                    "'{}' is an invalid keyword argument for prod()",
                    k
                )));
            }
            if a.pos.len() != 1 {
                return Err(PyErr::type_error(format!(
                    "prod() takes exactly 1 positional argument ({} given)",
                    a.pos.len()
                )));
            }
            let mut result = start.unwrap_or(Value::Int(1));
            let it = vm.iter(&a.pos[0])?;
            while let Some(x) = vm.next(&it)? {
                result = multiply(vm, &result, &x)?;
            }
            Ok(result)
        }
        B::MathDist => {
            exact_args(f, &a, 2)?;
            let p = floats_of(vm, &a.pos[0])?;
            let q = floats_of(vm, &a.pos[1])?;
            pymath::dist(&p, &q).map(Value::Float).map_err(math_err)
        }
        B::MathHypot => {
            a.no_kwargs()?;
            let mut coords = Vec::with_capacity(a.pos.len());
            for v in &a.pos {
                coords.push(to_f64(vm, v)?);
            }
            Ok(Value::Float(pymath::hypot(&coords)))
        }
        _ => Err(PyErr::type_error(format!(
            "math.{}() is not implemented",
            f.name()
        ))),
    }
}

/// `a * b`, without the interpreter for the common int and float cases.
fn multiply(vm: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match x.checked_mul(*y) {
            Some(r) => Ok(Value::Int(r)),
            None => Ok(Value::from_bigint(BigInt::from(*x) * BigInt::from(*y))),
        },
        (Value::Float(x), Value::Float(y)) => Ok(Value::Float(x * y)),
        _ => vm.binary(BinOp::Mul, a, b),
    }
}

/// The items of an iterable as floats (for `dist`).
fn floats_of(vm: &mut dyn Interp, v: &Value) -> PyResult<Vec<f64>> {
    let items = vm.collect(v)?;
    let mut out = Vec::with_capacity(items.len());
    for x in &items {
        out.push(to_f64(vm, x)?);
    }
    Ok(out)
}

/// An int argument of any size, through `__index__` for objects.
pub fn to_int(vm: &mut dyn Interp, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = v.to_bigint() {
        return Ok(b);
    }
    if matches!(v.as_obj(), Some(HeapObj::Instance(_) | HeapObj::Native(..))) {
        if let Some(m) = vm.getattr_opt(v, "__index__")? {
            let r = vm.call(&m, vec![], vec![])?;
            return r.to_bigint().ok_or_else(|| {
                PyErr::type_error(format!(
                    "__index__ returned non-int (type {})",
                    type_name(&r)
                ))
            });
        }
    }
    Err(not_integer(v))
}

/// A logarithm of an int (exact for any size) or of a real number.
fn log_of(
    vm: &mut dyn Interp,
    v: &Value,
    of_float: fn(f64) -> pymath::MathResult<f64>,
    of_int: fn(&BigInt) -> pymath::MathResult<f64>,
) -> PyResult<f64> {
    match v.to_bigint() {
        Some(n) => of_int(&n).map_err(math_err),
        None => {
            let x = to_f64(vm, v)?;
            of_float(x).map_err(math_err)
        }
    }
}

/// `math.floor`, `math.ceil`, `math.trunc` of one value.
fn rounding(vm: &mut dyn Interp, f: BuiltinFn, v: &Value) -> PyResult<Value> {
    use BuiltinFn as B;
    let apply = |x: f64| match f {
        B::MathFloor => pymath::floor(x),
        B::MathCeil => pymath::ceil(x),
        _ => pymath::trunc(x),
    };
    match v {
        Value::Float(x) => return apply(*x).map(Value::from_bigint).map_err(math_err),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Int(_) => return Ok(v.clone()),
        _ => {}
    }
    if v.is_int_like() {
        return Ok(v.clone());
    }
    if matches!(v.as_obj(), Some(HeapObj::Instance(_) | HeapObj::Native(..))) {
        let dunder = match f {
            B::MathFloor => "__floor__",
            B::MathCeil => "__ceil__",
            _ => "__trunc__",
        };
        if let Some(m) = vm.getattr_opt(v, dunder)? {
            return vm.call(&m, vec![], vec![]);
        }
    }
    if f == B::MathTrunc {
        return Err(PyErr::type_error(format!(
            "type {} doesn't define __trunc__ method",
            type_name(v)
        )));
    }
    let x = to_f64(vm, v)?;
    apply(x).map(Value::from_bigint).map_err(math_err)
}
