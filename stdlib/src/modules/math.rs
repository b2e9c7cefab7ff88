//! The `math` module: argument conversion and dispatch onto the CPython-exact functions of
//! [`crate::pymath`]. Float arguments accept ints (exactly rounded), bools and objects with
//! `__float__`/`__index__`; integer functions take ints through `__index__`. The functions that
//! need more than a float in and a float out (`floor`, `log` of big ints, `gcd`, `fsum`, `prod`,
//! ...) live in [`exact`].

mod exact;

pub use exact::to_int;

use super::exact_args;
use crate::args::{to_f64, Args};
use crate::pymath::{self, MathError, PyErrorKind};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, TypeTag, Value};

/// Converts a `pymath` error to the Python exception CPython raises.
pub fn math_err(e: MathError) -> PyErr {
    let tag = match e.kind() {
        PyErrorKind::ValueError => TypeTag::ValueError,
        PyErrorKind::OverflowError => TypeTag::OverflowError,
        PyErrorKind::ZeroDivisionError => TypeTag::ZeroDivisionError,
        PyErrorKind::TypeError => TypeTag::TypeError,
        PyErrorKind::MemoryError => TypeTag::MemoryError,
    };
    PyErr::new(tag, e.message())
}

/// The module's constants: `pi`, `e`, `tau`, `inf`, `nan`.
pub fn constants() -> Vec<(&'static str, Value)> {
    vec![
        ("pi", Value::Float(pymath::PI)),
        ("e", Value::Float(pymath::E)),
        ("tau", Value::Float(pymath::TAU)),
        ("inf", Value::Float(pymath::INF)),
        ("nan", Value::Float(pymath::NAN)),
    ]
}

/// The one-argument float function behind `f`, if it is one.
fn unary_float_fn(f: BuiltinFn) -> Option<fn(f64) -> pymath::MathResult<f64>> {
    use BuiltinFn as B;
    Some(match f {
        B::MathAcos => pymath::acos,
        B::MathAcosh => pymath::acosh,
        B::MathAsin => pymath::asin,
        B::MathAsinh => pymath::asinh,
        B::MathAtan => pymath::atan,
        B::MathAtanh => pymath::atanh,
        B::MathCbrt => pymath::cbrt,
        B::MathCos => pymath::cos,
        B::MathCosh => pymath::cosh,
        B::MathErf => pymath::erf,
        B::MathErfc => pymath::erfc,
        B::MathExp => pymath::exp,
        B::MathExp2 => pymath::exp2,
        B::MathExpm1 => pymath::expm1,
        B::MathFabs => pymath::fabs,
        B::MathGamma => pymath::gamma,
        B::MathLgamma => pymath::lgamma,
        B::MathLog1p => pymath::log1p,
        B::MathSin => pymath::sin,
        B::MathSinh => pymath::sinh,
        B::MathSqrt => pymath::sqrt,
        B::MathTan => pymath::tan,
        B::MathTanh => pymath::tanh,
        _ => return None,
    })
}

/// The two-argument float function behind `f`, if it is one.
fn binary_float_fn(f: BuiltinFn) -> Option<fn(f64, f64) -> pymath::MathResult<f64>> {
    use BuiltinFn as B;
    Some(match f {
        B::MathAtan2 => pymath::atan2,
        B::MathCopysign => pymath::copysign,
        B::MathFmod => pymath::fmod,
        B::MathRemainder => pymath::remainder,
        B::MathPow => pymath::pow,
        B::MathNextafter => |x, y| Ok(pymath::nextafter(x, y)),
        _ => return None,
    })
}

/// Calls a function of `math`.
pub fn call(vm: &mut dyn Interp, f: BuiltinFn, a: Args) -> PyResult<Value> {
    use BuiltinFn as B;
    if let Some(func) = unary_float_fn(f) {
        exact_args(f, &a, 1)?;
        let x = to_f64(vm, &a.pos[0])?;
        return func(x).map(Value::Float).map_err(math_err);
    }
    if let Some(func) = binary_float_fn(f) {
        exact_args(f, &a, 2)?;
        let x = to_f64(vm, &a.pos[0])?;
        let y = to_f64(vm, &a.pos[1])?;
        return func(x, y).map(Value::Float).map_err(math_err);
    }
    match f {
        B::MathDegrees | B::MathRadians | B::MathUlp => {
            exact_args(f, &a, 1)?;
            let x = to_f64(vm, &a.pos[0])?;
            Ok(Value::Float(match f {
                B::MathDegrees => pymath::degrees(x),
                B::MathRadians => pymath::radians(x),
                _ => pymath::ulp(x),
            }))
        }
        B::MathIsfinite | B::MathIsinf | B::MathIsnan => {
            exact_args(f, &a, 1)?;
            let x = to_f64(vm, &a.pos[0])?;
            Ok(Value::Bool(match f {
                B::MathIsfinite => pymath::isfinite(x),
                B::MathIsinf => pymath::isinf(x),
                _ => pymath::isnan(x),
            }))
        }
        B::MathFrexp => {
            exact_args(f, &a, 1)?;
            let (m, e) = pymath::frexp(to_f64(vm, &a.pos[0])?);
            Ok(Value::tuple(vec![Value::Float(m), Value::Int(e)]))
        }
        B::MathModf => {
            exact_args(f, &a, 1)?;
            let (frac, int) = pymath::modf(to_f64(vm, &a.pos[0])?);
            Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
        }
        B::MathIsclose => isclose(vm, a),
        _ => exact::call(vm, f, a),
    }
}

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut dyn Interp, mut a: Args) -> PyResult<Value> {
    if a.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            a.pos.len()
        )));
    }
    let x = a
        .arg(0, "a")
        .ok_or_else(|| PyErr::type_error("isclose() missing required argument 'a' (pos 1)"))?;
    let y = a
        .arg(1, "b")
        .ok_or_else(|| PyErr::type_error("isclose() missing required argument 'b' (pos 2)"))?;
    let rel_tol = a.take_kw("rel_tol");
    let abs_tol = a.take_kw("abs_tol");
    a.finish_builtin()?;
    let x = to_f64(vm, &x)?;
    let y = to_f64(vm, &y)?;
    let rel_tol = match rel_tol {
        Some(v) => to_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs_tol = match abs_tol {
        Some(v) => to_f64(vm, &v)?,
        None => 0.0,
    };
    pymath::isclose(x, y, rel_tol, abs_tol)
        .map(Value::Bool)
        .map_err(math_err)
}
