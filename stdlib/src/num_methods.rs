//! Methods of `int`, `float` and `complex`.

use crate::args::{to_bigint, Args};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, Value};
use num_traits::{Signed, Zero};

/// Calls a numeric method.
pub fn call(vm: &mut dyn Interp, f: BuiltinFn, a: Args) -> PyResult<Value> {
    use BuiltinFn as B;
    let this = a
        .pos
        .first()
        .cloned()
        .ok_or_else(|| PyErr::type_error("method needs a receiver"))?;
    match f {
        B::IntBitLength => Ok(Value::Int(to_bigint(&this)?.bits() as i64)),
        B::IntBitCount => {
            let n = to_bigint(&this)?.abs();
            Ok(Value::Int(
                n.iter_u64_digits().map(|d| d.count_ones() as i64).sum(),
            ))
        }
        B::IntConjugate => Ok(Value::from_bigint(to_bigint(&this)?)),
        B::IntAsIntegerRatio => Ok(Value::tuple(vec![
            Value::from_bigint(to_bigint(&this)?),
            Value::Int(1),
        ])),
        B::IntToBytes => Err(PyErr::not_supported("mnpy does not support bytes")),
        B::FloatIsInteger => match this {
            Value::Float(x) => Ok(Value::Bool(x.is_finite() && x.fract() == 0.0)),
            _ => Err(PyErr::type_error(
                "descriptor 'is_integer' requires a 'float' object",
            )),
        },
        B::FloatHex => match this {
            Value::Float(x) => Ok(Value::string(mnpy_runtime::format::float_to_hex(x))),
            _ => Err(PyErr::type_error(
                "descriptor 'hex' requires a 'float' object",
            )),
        },
        B::FloatConjugate => Ok(this),
        B::FloatAsIntegerRatio => match this {
            Value::Float(x) => {
                if x.is_nan() {
                    return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
                }
                if x.is_infinite() {
                    return Err(PyErr::overflow("cannot convert Infinity to integer ratio"));
                }
                let (mut n, mut d) = crate::builtins::float_ratio(x);
                let g = num_integer::Integer::gcd(&n, &d);
                if !g.is_zero() {
                    n /= &g;
                    d /= &g;
                }
                Ok(Value::tuple(vec![
                    Value::from_bigint(n),
                    Value::from_bigint(d),
                ]))
            }
            _ => Err(PyErr::type_error("descriptor requires a 'float' object")),
        },
        B::FloatFromhex => Err(PyErr::not_supported("mnpy does not support float.fromhex")),
        B::ComplexConjugate => match this.as_obj() {
            Some(HeapObj::Complex(c)) => Ok(Value::obj(HeapObj::Complex(c.conj()))),
            _ => Err(PyErr::type_error("descriptor requires a 'complex' object")),
        },
        other => {
            let _ = vm;
            Err(PyErr::not_supported(format!(
                "mnpy does not support method '{}' here",
                other.name()
            )))
        }
    }
}
