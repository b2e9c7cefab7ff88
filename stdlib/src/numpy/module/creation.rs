//! Array creation functions: `array`, `asarray`, `zeros`, `ones`, `empty`, `full`, the
//! `*_like` family, `arange`, `linspace`, `logspace`, `eye`, `identity`, `diag`, `diagonal`,
//! `fromfunction`, `meshgrid`, `indices`, `copy`.

use super::NpFn;
use crate::native::downcast_native;
use crate::numpy::core::convert::{
    dims_arg, dtype_arg, f64_arg, int_arg, py_scalar, to_ndarray_as,
};
use crate::numpy::core::{array_err, array_value, as_array, ops, to_ndarray, PyScalar};
use crate::numpy::stats::params::{bind, Bound};
use mnpy_arrays::{create, BinaryOp, DType, NdArray, Scalar};
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, Value};

fn dtype_of(vm: &mut dyn Interp, b: &Bound) -> PyResult<Option<DType>> {
    match b.get("dtype") {
        Some(d) => dtype_arg(vm, d),
        None => Ok(None),
    }
}

fn copy_error() -> PyErr {
    PyErr::value_error(
        "Unable to avoid copy while creating an array as requested.\nIf using `np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy when needed (no behavior change in NumPy 1.x).\nFor more details, see https://numpy.org/devdocs/numpy_2_0_migration_guide.html#adapting-to-changes-in-the-copy-keyword.",
    )
}

/// True when converting `v` builds fresh data (nested sequences, Python scalars).
fn builds_fresh(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            matches!(
                &**o,
                HeapObj::List(_) | HeapObj::Tuple(_) | HeapObj::Complex(_) | HeapObj::BigInt(_)
            ) || downcast_native::<PyScalar>(v).is_some()
        }
        _ => true,
    }
}

/// `np.array(object, dtype=None, copy=True, order='K', subok=False, ndmin=0)`.
fn array(vm: &mut dyn Interp, b: &Bound) -> PyResult<Value> {
    let obj = b.required("object")?;
    let dtype = dtype_of(vm, b)?;
    let copy = match b.get("copy") {
        None => Some(true),
        Some(Value::None) => None,
        Some(v) => Some(vm.truthy(v)?),
    };
    let ndmin = b.int(vm, "ndmin")?.unwrap_or(0).max(0) as usize;
    let mut result = if let Some(src) = as_array(&obj) {
        let a = &src.array;
        let needs_cast = dtype.is_some_and(|d| d != a.dtype);
        if copy == Some(false) && needs_cast {
            return Err(copy_error());
        }
        if copy != Some(true) && !needs_cast && a.ndim() >= ndmin {
            return Ok(obj.clone());
        }
        match dtype {
            Some(d) => a.astype(d),
            None => a.copy(),
        }
    } else {
        let a = to_ndarray_as(vm, &obj, dtype)?;
        if builds_fresh(&obj) {
            a
        } else if copy == Some(false) {
            return Ok(array_value(a));
        } else {
            a.copy()
        }
    };
    if result.ndim() < ndmin {
        let mut shape: Vec<isize> = vec![1; ndmin - result.ndim()];
        shape.extend(result.shape.iter().map(|&d| d as isize));
        result = result.reshape(&shape).map_err(array_err)?;
    }
    Ok(array_value(result))
}

/// `np.asarray(a, dtype=None)`: the same object when no conversion is needed.
fn asarray(vm: &mut dyn Interp, b: &Bound, contiguous: bool) -> PyResult<Value> {
    let obj = b.required("a")?;
    let dtype = dtype_of(vm, b)?;
    if let Some(src) = as_array(&obj) {
        let a = &src.array;
        if dtype.is_none_or(|d| d == a.dtype) && (!contiguous || a.is_c_contiguous()) {
            return Ok(obj.clone());
        }
        return Ok(array_value(a.astype(dtype.unwrap_or(a.dtype))));
    }
    let a = to_ndarray_as(vm, &obj, dtype)?;
    Ok(array_value(if contiguous && !a.is_c_contiguous() {
        a.copy()
    } else {
        a
    }))
}

/// The fill array of `np.full`: `value` converted (NumPy's overflow checks) to `dtype`.
fn fill_array(vm: &mut dyn Interp, value: &Value, dtype: Option<DType>) -> PyResult<NdArray> {
    to_ndarray_as(vm, value, dtype)
}

fn filled(fill: &NdArray, dims: &[usize]) -> PyResult<NdArray> {
    if fill.ndim() == 0 {
        let s = fill.item().map_err(array_err)?;
        return create::full(dims, s, fill.dtype).map_err(array_err);
    }
    let shape_text = |shape: &[usize]| mnpy_arrays::error::shape_str_compact(shape);
    match fill.broadcast_to(dims) {
        Ok(b) => Ok(b.copy()),
        Err(_) => Err(PyErr::value_error(format!(
            "could not broadcast input array from shape {} into shape {}",
            shape_text(&fill.shape),
            shape_text(dims)
        ))),
    }
}

/// A Python number or NumPy scalar as a Scalar (for `arange` bounds).
fn number(vm: &mut dyn Interp, v: &Value) -> PyResult<Scalar> {
    if let Some(s) = py_scalar(v)? {
        return Ok(s);
    }
    if let Some(s) = downcast_native::<PyScalar>(v) {
        return Ok(s.0);
    }
    let a = to_ndarray(vm, v)?;
    if a.ndim() == 0 {
        return a.item().map_err(array_err);
    }
    Err(PyErr::type_error("arange() arguments must be numbers"))
}

fn arange(vm: &mut dyn Interp, b: &Bound) -> PyResult<Value> {
    let dtype = dtype_of(vm, b)?;
    let first = b.get_some("start").cloned();
    let second = b.get_some("stop").cloned();
    let (start, stop) = match (first, second) {
        (Some(a), Some(z)) => (number(vm, &a)?, number(vm, &z)?),
        (Some(z), None) => (Scalar::I64(0), number(vm, &z)?),
        (None, Some(z)) => (Scalar::I64(0), number(vm, &z)?),
        (None, None) => return Err(PyErr::type_error("arange() requires stop to be specified.")),
    };
    let step = match b.get_some("step") {
        Some(s) => number(vm, &s.clone())?,
        None => Scalar::I64(1),
    };
    Ok(array_value(
        create::arange(start, stop, step, dtype).map_err(array_err)?,
    ))
}

fn linspace(vm: &mut dyn Interp, b: &Bound) -> PyResult<Value> {
    let start = f64_arg(vm, &b.required("start")?)?;
    let stop = f64_arg(vm, &b.required("stop")?)?;
    let num = b.int(vm, "num")?.unwrap_or(50);
    let endpoint = b.flag(vm, "endpoint", true)?;
    let retstep = b.flag(vm, "retstep", false)?;
    let dtype = dtype_of(vm, b)?;
    let a = create::linspace(start, stop, num as isize, endpoint, dtype).map_err(array_err)?;
    if !retstep {
        return Ok(array_value(a));
    }
    let div = if endpoint { num - 1 } else { num };
    let step = if div > 0 {
        (stop - start) / div as f64
    } else {
        f64::NAN
    };
    Ok(Value::tuple(vec![
        array_value(a),
        crate::numpy::core::scalar_value(Scalar::F64(step)),
    ]))
}

fn meshgrid(vm: &mut dyn Interp, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let mut indexing_xy = true;
    let mut sparse = false;
    for (k, v) in kw {
        match &*k {
            "indexing" => match v.as_str() {
                Some("xy") => indexing_xy = true,
                Some("ij") => indexing_xy = false,
                _ => {
                    return Err(PyErr::value_error(
                        "Valid values for `indexing` are 'xy' and 'ij'.",
                    ))
                }
            },
            "sparse" => sparse = vm.truthy(&v)?,
            "copy" => {}
            other => {
                return Err(PyErr::type_error(format!(
                    "meshgrid() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let mut vecs = Vec::with_capacity(args.len());
    for a in &args {
        vecs.push(to_ndarray(vm, a)?.ravel());
    }
    let n = vecs.len();
    let mut out_shape: Vec<usize> = vecs.iter().map(|v| v.size()).collect();
    let axis_of = |k: usize| -> usize {
        if indexing_xy && n > 1 && k < 2 {
            1 - k
        } else {
            k
        }
    };
    if indexing_xy && n > 1 {
        out_shape.swap(0, 1);
    }
    let mut outs = Vec::with_capacity(n);
    for (k, v) in vecs.iter().enumerate() {
        let mut shape = vec![1isize; n];
        shape[axis_of(k)] = v.size() as isize;
        let r = v.reshape(&shape).map_err(array_err)?;
        let full = if sparse {
            r.copy()
        } else {
            r.broadcast_to(&out_shape).map_err(array_err)?.copy()
        };
        outs.push(array_value(full));
    }
    Ok(Value::tuple(outs))
}

fn indices_arrays(dims: &[usize], dtype: DType) -> PyResult<Vec<NdArray>> {
    let n = dims.len();
    let mut out = Vec::with_capacity(n);
    for (k, &d) in dims.iter().enumerate() {
        let r = create::arange(
            Scalar::I64(0),
            Scalar::I64(d as i64),
            Scalar::I64(1),
            Some(dtype),
        )
        .map_err(array_err)?;
        let mut shape = vec![1isize; n];
        shape[k] = d as isize;
        let r = r.reshape(&shape).map_err(array_err)?;
        out.push(r.broadcast_to(dims).map_err(array_err)?.copy());
    }
    Ok(out)
}

fn stack_same(parts: &[NdArray], dims: &[usize], dtype: DType) -> PyResult<NdArray> {
    let mut shape = vec![parts.len()];
    shape.extend_from_slice(dims);
    let mut values = Vec::new();
    for p in parts {
        values.extend(p.to_vec_scalars());
    }
    NdArray::from_scalars(&values, &shape, dtype).map_err(array_err)
}

/// Calls a creation function.
pub fn call(vm: &mut dyn Interp, f: NpFn, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    use NpFn::*;
    match f {
        Array => array(
            vm,
            &bind(
                "array",
                &["object", "dtype", "copy", "order", "subok", "ndmin", "like"],
                1,
                args,
                kw,
            )?,
        ),
        Asarray | Asanyarray => asarray(
            vm,
            &bind(
                f.name(),
                &["a", "dtype", "order", "device", "copy", "like"],
                1,
                args,
                kw,
            )?,
            false,
        ),
        Ascontiguousarray => asarray(
            vm,
            &bind(f.name(), &["a", "dtype", "like"], 1, args, kw)?,
            true,
        ),
        Zeros | Ones | Empty => {
            let b = bind(f.name(), &["shape", "dtype", "order", "like"], 1, args, kw)?;
            let dims = dims_arg(vm, &b.required("shape")?)?;
            let dtype = dtype_of(vm, &b)?.unwrap_or(DType::Float64);
            let a = if f == Ones {
                create::ones(&dims, dtype)
            } else {
                create::zeros(&dims, dtype)
            };
            Ok(array_value(a.map_err(array_err)?))
        }
        Full => {
            let b = bind(
                "full",
                &["shape", "fill_value", "dtype", "order", "like"],
                2,
                args,
                kw,
            )?;
            let dims = dims_arg(vm, &b.required("shape")?)?;
            let dtype = dtype_of(vm, &b)?;
            let fill = fill_array(vm, &b.required("fill_value")?, dtype)?;
            Ok(array_value(filled(&fill, &dims)?))
        }
        ZerosLike | OnesLike | EmptyLike | FullLike => {
            let (names, required): (&'static [&'static str], usize) = if f == FullLike {
                (&["a", "fill_value", "dtype", "order", "subok", "shape"], 2)
            } else {
                (&["a", "dtype", "order", "subok", "shape"], 1)
            };
            let b = bind(f.name(), names, required, args, kw)?;
            let proto = to_ndarray(vm, &b.required("a")?)?;
            let dtype = dtype_of(vm, &b)?.unwrap_or(proto.dtype);
            let dims = match b.get_some("shape") {
                Some(s) => dims_arg(vm, &s.clone())?,
                None => proto.shape.clone(),
            };
            let a = match f {
                OnesLike => create::ones(&dims, dtype).map_err(array_err)?,
                FullLike => {
                    let fill = fill_array(vm, &b.required("fill_value")?, None)?.astype(dtype);
                    filled(&fill, &dims)?
                }
                _ => create::zeros(&dims, dtype).map_err(array_err)?,
            };
            Ok(array_value(a))
        }
        Arange => arange(
            vm,
            &bind(
                "arange",
                &["start", "stop", "step", "dtype", "like"],
                0,
                args,
                kw,
            )?,
        ),
        Linspace => linspace(
            vm,
            &bind(
                "linspace",
                &[
                    "start", "stop", "num", "endpoint", "retstep", "dtype", "axis",
                ],
                2,
                args,
                kw,
            )?,
        ),
        Logspace => {
            let b = bind(
                "logspace",
                &["start", "stop", "num", "endpoint", "base", "dtype", "axis"],
                2,
                args,
                kw,
            )?;
            let start = f64_arg(vm, &b.required("start")?)?;
            let stop = f64_arg(vm, &b.required("stop")?)?;
            let num = b.int(vm, "num")?.unwrap_or(50);
            let endpoint = b.flag(vm, "endpoint", true)?;
            let base = b.float(vm, "base")?.unwrap_or(10.0);
            let exps = array_value(
                create::linspace(start, stop, num as isize, endpoint, None).map_err(array_err)?,
            );
            let r = ops::apply_binary(vm, BinaryOp::Power, &Value::Float(base), &exps)?;
            match dtype_of(vm, &b)? {
                Some(d) => Ok(array_value(to_ndarray(vm, &r)?.astype(d))),
                None => Ok(r),
            }
        }
        Eye => {
            let b = bind(
                "eye",
                &["N", "M", "k", "dtype", "order", "like"],
                1,
                args,
                kw,
            )?;
            let n = int_arg(vm, &b.required("N")?)?;
            let m = b.int(vm, "M")?;
            let k = b.int(vm, "k")?.unwrap_or(0);
            let dtype = dtype_of(vm, &b)?.unwrap_or(DType::Float64);
            if n < 0 || m.is_some_and(|m| m < 0) {
                return Err(PyErr::value_error("negative dimensions are not allowed"));
            }
            Ok(array_value(
                create::eye(n as usize, m.map(|m| m as usize), k as isize, dtype)
                    .map_err(array_err)?,
            ))
        }
        Identity => {
            let b = bind("identity", &["n", "dtype", "like"], 1, args, kw)?;
            let n = int_arg(vm, &b.required("n")?)?;
            if n < 0 {
                return Err(PyErr::value_error("negative dimensions are not allowed"));
            }
            let dtype = dtype_of(vm, &b)?.unwrap_or(DType::Float64);
            Ok(array_value(
                create::identity(n as usize, dtype).map_err(array_err)?,
            ))
        }
        Diag => {
            let b = bind("diag", &["v", "k"], 1, args, kw)?;
            let v = to_ndarray(vm, &b.required("v")?)?;
            let k = b.int(vm, "k")?.unwrap_or(0);
            Ok(array_value(
                create::diag(&v, k as isize).map_err(array_err)?,
            ))
        }
        Diagonal => {
            let b = bind("diagonal", &["a", "offset", "axis1", "axis2"], 1, args, kw)?;
            let v = to_ndarray(vm, &b.required("a")?)?;
            let k = b.int(vm, "offset")?.unwrap_or(0);
            Ok(array_value(
                create::diagonal(&v, k as isize).map_err(array_err)?,
            ))
        }
        Fromfunction => {
            let mut b = args;
            let mut dtype = DType::Float64;
            let mut rest_kw = Vec::new();
            for (k, v) in kw {
                if &*k == "dtype" {
                    dtype = dtype_arg(vm, &v)?.unwrap_or(DType::Float64);
                } else if &*k == "shape" || &*k == "function" {
                    b.push(v);
                } else {
                    rest_kw.push((k, v));
                }
            }
            if b.len() < 2 {
                return Err(PyErr::type_error(
                    "fromfunction() missing required positional arguments: 'function' and 'shape'",
                ));
            }
            let dims = dims_arg(vm, &b[1])?;
            let arrays = indices_arrays(&dims, dtype)?;
            let func = b[0].clone();
            vm.call(
                &func,
                arrays.into_iter().map(array_value).collect(),
                rest_kw,
            )
        }
        Meshgrid => meshgrid(vm, args, kw),
        Indices => {
            let b = bind("indices", &["dimensions", "dtype", "sparse"], 1, args, kw)?;
            let dims = dims_arg(vm, &b.required("dimensions")?)?;
            let dtype = dtype_of(vm, &b)?.unwrap_or(DType::Int64);
            let parts = indices_arrays(&dims, dtype)?;
            Ok(array_value(stack_same(&parts, &dims, dtype)?))
        }
        Copy => {
            let b = bind("copy", &["a", "order", "subok"], 1, args, kw)?;
            Ok(array_value(to_ndarray(vm, &b.required("a")?)?.copy()))
        }
        _ => Err(PyErr::type_error(format!(
            "{}() is not a creation function",
            f.name()
        ))),
    }
}
