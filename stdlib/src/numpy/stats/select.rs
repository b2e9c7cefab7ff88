//! Selection and comparison functions: `where` (1 and 3 arguments), `nonzero`, `argwhere`,
//! `clip`, `round` / `around`, `diff`, `isclose`, `allclose`, `array_equal`, `average`.

use super::params::bind;
use super::StatFn;
use crate::numpy::core::{
    array_err, array_or_scalar, array_value, axis_arg, to_ndarray, to_operand, warn_fp,
};
use crate::numpy::ufuncs::output::{normalize_out_value, write_reduction_out};
use mnpy_arrays::compare::{allclose, array_equal, isclose, Tolerance};
use mnpy_arrays::index::nonzero;
use mnpy_arrays::manip::diff;
use mnpy_arrays::select::{clip, round, where_select};
use mnpy_arrays::stats::average;
use mnpy_arrays::{DType, NdArray};
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::{PyErr, PyResult, Value};

/// `np.<f>(...)` for the functions of this file.
pub fn call(vm: &mut dyn Interp, f: StatFn, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let name = f.name();
    match f {
        StatFn::Where => {
            let b = bind(name, &["condition", "x", "y"], 1, args, kw)?;
            let cond = to_ndarray(vm, &b.required("condition")?)?;
            match (b.get("x"), b.get("y")) {
                (None, None) => Ok(nonzero_tuple(&cond)),
                (Some(x), Some(y)) => {
                    let x = to_operand(vm, x)?;
                    let y = to_operand(vm, y)?;
                    let mask = cond.astype(DType::Bool);
                    Ok(array_value(where_select(&mask, &x, &y).map_err(array_err)?))
                }
                _ => Err(PyErr::value_error(
                    "either both or neither of x and y should be given",
                )),
            }
        }
        StatFn::Nonzero => {
            let b = bind(name, &["a"], 1, args, kw)?;
            let a = to_ndarray(vm, &b.required("a")?)?;
            if a.ndim() == 0 {
                return Err(PyErr::value_error(
                    "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead. If the context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`.",
                ));
            }
            Ok(nonzero_tuple(&a))
        }
        StatFn::Argwhere => {
            let b = bind(name, &["a"], 1, args, kw)?;
            let a = to_ndarray(vm, &b.required("a")?)?;
            Ok(array_value(argwhere(&a)?))
        }
        StatFn::Clip => {
            let b = bind(
                name,
                &["a", "a_min", "a_max", "out", "min", "max"],
                1,
                args,
                kw,
            )?;
            let a = to_operand(vm, &b.required("a")?)?;
            let low = match b.get_some("a_min").or(b.get_some("min")) {
                Some(v) => Some(to_operand(vm, v)?),
                None => None,
            };
            let high = match b.get_some("a_max").or(b.get_some("max")) {
                Some(v) => Some(to_operand(vm, v)?),
                None => None,
            };
            let r = clip(&a, low.as_ref(), high.as_ref()).map_err(array_err)?;
            finish(r, b.get_some("out"))
        }
        StatFn::Round | StatFn::Around => {
            let b = bind(name, &["a", "decimals", "out"], 1, args, kw)?;
            let a = to_ndarray(vm, &b.required("a")?)?;
            let decimals = b.int(vm, "decimals")?.unwrap_or(0);
            let r = round(&a, decimals).map_err(array_err)?;
            warn_fp(vm, r.errors, "round")?;
            finish(r.array, b.get_some("out"))
        }
        StatFn::Diff => {
            let b = bind(name, &["a", "n", "axis", "prepend", "append"], 1, args, kw)?;
            let a = to_ndarray(vm, &b.required("a")?)?;
            let n = b.int(vm, "n")?.unwrap_or(1);
            let axis = b.int(vm, "axis")?.unwrap_or(-1) as isize;
            if b.get_some("prepend").is_some() || b.get_some("append").is_some() {
                return Err(PyErr::not_supported(
                    "micronumpy's diff() has no prepend/append",
                ));
            }
            Ok(array_value(diff(&a, n, axis).map_err(array_err)?))
        }
        StatFn::Isclose | StatFn::Allclose => {
            let b = bind(name, &["a", "b", "rtol", "atol", "equal_nan"], 2, args, kw)?;
            let x = to_operand(vm, &b.required("a")?)?;
            let y = to_operand(vm, &b.required("b")?)?;
            let tol = Tolerance {
                rtol: b.float(vm, "rtol")?.unwrap_or(1e-5),
                atol: b.float(vm, "atol")?.unwrap_or(1e-8),
                equal_nan: b.flag(vm, "equal_nan", false)?,
            };
            if f == StatFn::Allclose {
                return Ok(Value::Bool(allclose(&x, &y, tol).map_err(array_err)?));
            }
            Ok(array_or_scalar(isclose(&x, &y, tol).map_err(array_err)?))
        }
        StatFn::ArrayEqual => {
            let b = bind(name, &["a1", "a2", "equal_nan"], 2, args, kw)?;
            let x = to_ndarray(vm, &b.required("a1")?)?;
            let y = to_ndarray(vm, &b.required("a2")?)?;
            let equal_nan = b.flag(vm, "equal_nan", false)?;
            Ok(Value::Bool(
                array_equal(&x, &y, equal_nan).map_err(array_err)?,
            ))
        }
        StatFn::Average => {
            let b = bind(
                name,
                &["a", "axis", "weights", "returned", "keepdims"],
                1,
                args,
                kw,
            )?;
            let a = to_ndarray(vm, &b.required("a")?)?;
            let axes = axis_arg(vm, b.get("axis"))?;
            let weights = match b.get_some("weights") {
                Some(w) => Some(to_ndarray(vm, w)?),
                None => None,
            };
            let returned = b.flag(vm, "returned", false)?;
            let keepdims = b.flag(vm, "keepdims", false)?;
            let (avg, scale) =
                average(&a, axes.as_deref(), weights.as_ref(), keepdims).map_err(array_err)?;
            if returned {
                return Ok(Value::tuple(vec![
                    array_or_scalar(avg),
                    array_or_scalar(scale),
                ]));
            }
            Ok(array_or_scalar(avg))
        }
        _ => Err(PyErr::type_error(format!(
            "{name}() is not a selection function"
        ))),
    }
}

fn finish(result: NdArray, out: Option<&Value>) -> PyResult<Value> {
    match out {
        Some(target) => {
            let target = normalize_out_value(target)?;
            write_reduction_out(&result, &target)?;
            Ok(target)
        }
        None => Ok(array_or_scalar(result)),
    }
}

/// `np.nonzero(a)` as a Python tuple of index arrays.
fn nonzero_tuple(a: &NdArray) -> Value {
    Value::tuple(nonzero(a).into_iter().map(array_value).collect())
}

/// `np.argwhere(a)`: the coordinates of non-zero elements, shape `(count, ndim)`.
fn argwhere(a: &NdArray) -> PyResult<NdArray> {
    if a.ndim() == 0 {
        let count = usize::from(a.item().map_err(array_err)?.is_truthy());
        return NdArray::zeroed(DType::Int64, &[count, 0]).map_err(array_err);
    }
    let coords = nonzero(a);
    let count = coords.first().map(|c| c.size()).unwrap_or(0);
    let ndim = coords.len();
    let columns: Vec<Vec<i64>> = coords.iter().map(|c| c.to_vec::<i64>()).collect();
    let mut values = Vec::with_capacity(count * ndim);
    for i in 0..count {
        for col in &columns {
            values.push(col[i]);
        }
    }
    NdArray::from_vec(values, &[count, ndim]).map_err(array_err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn argwhere_coordinates() {
        // python3 -c 'import numpy as np; print(np.argwhere(np.array([0,7,7])).tolist(),
        //   np.argwhere(np.array([[0,3],[4,0]])).tolist())' -> [[1], [2]] [[0, 1], [1, 0]]
        let a = NdArray::from_vec(vec![0i64, 7, 7], &[3]).unwrap();
        let w = argwhere(&a).ok().unwrap();
        assert_eq!(
            (w.shape.clone(), w.to_vec::<i64>()),
            (vec![2, 1], vec![1, 2])
        );
        let m = NdArray::from_vec(vec![0i64, 3, 4, 0], &[2, 2]).unwrap();
        let w = argwhere(&m).ok().unwrap();
        assert_eq!(
            (w.shape.clone(), w.to_vec::<i64>()),
            (vec![2, 2], vec![0, 1, 1, 0])
        );
    }
}
