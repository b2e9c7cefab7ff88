//! Shape functions: `reshape`, `ravel`, `squeeze`, `expand_dims`, `transpose`, `swapaxes`,
//! `moveaxis`, `broadcast_to`, `atleast_1d`/`2d`, and the queries `shape`, `size`, `ndim`,
//! `result_type`, `promote_types`, `isscalar`. Results view their input where NumPy's do.

use super::NpFn;
use crate::native::downcast_native;
use crate::numpy::core::convert::{axis_arg, dims_arg, dtype_arg, int_arg, shape_arg, to_operand};
use crate::numpy::core::dtype_obj::{dtype_value, PyDType};
use crate::numpy::core::errors::axis_error;
use crate::numpy::core::{array_err, array_value, as_array, to_ndarray, view_value, PyScalar};
use crate::numpy::stats::params::bind;
use mnpy_arrays::promote::{promote_types, result_type};
use mnpy_arrays::{NdArray, Operand};
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, Value};

/// The result of a shape function on `src`: a view of it when `r` shares its buffer.
pub fn result_of(src: &Value, base: &NdArray, r: NdArray) -> Value {
    if as_array(src).is_some() && r.shares_buffer(base) {
        view_value(r, src)
    } else {
        array_value(r)
    }
}

fn normalize(axis: isize, ndim: usize, name: &str) -> PyResult<usize> {
    let n = ndim as isize;
    if axis < -n || axis >= n {
        let prefix = if name.is_empty() {
            String::new()
        } else {
            format!("{name}: ")
        };
        return Err(axis_error(format!(
            "{prefix}axis {axis} is out of bounds for array of dimension {ndim}"
        )));
    }
    Ok(if axis < 0 {
        (axis + n) as usize
    } else {
        axis as usize
    })
}

fn moveaxis(a: &NdArray, source: &[isize], dest: &[isize]) -> PyResult<NdArray> {
    if source.len() != dest.len() {
        return Err(PyErr::value_error(
            "`source` and `destination` arguments must have the same number of elements",
        ));
    }
    let nd = a.ndim();
    let src: Vec<usize> = source
        .iter()
        .map(|&s| normalize(s, nd, "source"))
        .collect::<PyResult<_>>()?;
    let dst: Vec<usize> = dest
        .iter()
        .map(|&d| normalize(d, nd, "destination"))
        .collect::<PyResult<_>>()?;
    let mut order: Vec<usize> = (0..nd).filter(|i| !src.contains(i)).collect();
    let mut pairs: Vec<(usize, usize)> = dst.into_iter().zip(src).collect();
    pairs.sort();
    for (d, s) in pairs {
        order.insert(d.min(order.len()), s);
    }
    let axes: Vec<isize> = order.into_iter().map(|x| x as isize).collect();
    a.transpose(Some(&axes)).map_err(array_err)
}

/// Calls a shape function.
pub fn call(vm: &mut dyn Interp, f: NpFn, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    use NpFn::*;
    match f {
        Reshape => {
            let b = bind(
                "reshape",
                &["a", "shape", "order", "newshape", "copy"],
                1,
                args,
                kw,
            )?;
            let src = b.required("a")?;
            let a = to_ndarray(vm, &src)?;
            let shape_v = b
                .get_some("shape")
                .or(b.get_some("newshape"))
                .cloned()
                .ok_or_else(|| {
                    PyErr::type_error("reshape() missing 1 required positional argument: 'shape'")
                })?;
            let shape = shape_arg(vm, &shape_v)?;
            let fortran = element_order(vm, b.get("order"), &a, false)? == ElementOrder::F;
            let r = reshape_order(&a, &shape, fortran)?;
            Ok(result_of(&src, &a, r))
        }
        Ravel => {
            let b = bind("ravel", &["a", "order"], 1, args, kw)?;
            let src = b.required("a")?;
            let a = to_ndarray(vm, &src)?;
            let axes = read_order(vm, b.get("order"), &a)?;
            let r = ravel_axes(&a, &axes)?;
            Ok(result_of(&src, &a, r))
        }
        Squeeze => {
            let b = bind("squeeze", &["a", "axis"], 1, args, kw)?;
            let src = b.required("a")?;
            let a = to_ndarray(vm, &src)?;
            let axes = axis_arg(vm, b.get("axis"))?;
            let r = a.squeeze(axes.as_deref()).map_err(array_err)?;
            Ok(result_of(&src, &a, r))
        }
        ExpandDims => {
            let b = bind("expand_dims", &["a", "axis"], 2, args, kw)?;
            let src = b.required("a")?;
            let a = to_ndarray(vm, &src)?;
            let axes = axis_arg(vm, b.get("axis"))?.unwrap_or_default();
            let r = a.expand_dims(&axes).map_err(array_err)?;
            Ok(result_of(&src, &a, r))
        }
        Transpose => {
            let b = bind("transpose", &["a", "axes"], 1, args, kw)?;
            let src = b.required("a")?;
            let a = to_ndarray(vm, &src)?;
            let axes = match b.get_some("axes") {
                Some(v) => Some(shape_arg(vm, &v.clone())?),
                None => None,
            };
            let r = a.transpose(axes.as_deref()).map_err(array_err)?;
            Ok(result_of(&src, &a, r))
        }
        Swapaxes => {
            let b = bind("swapaxes", &["a", "axis1", "axis2"], 3, args, kw)?;
            let src = b.required("a")?;
            let a = to_ndarray(vm, &src)?;
            let x = int_arg(vm, &b.required("axis1")?)?;
            let y = int_arg(vm, &b.required("axis2")?)?;
            let r = a.swapaxes(x as isize, y as isize).map_err(array_err)?;
            Ok(result_of(&src, &a, r))
        }
        Moveaxis => {
            let b = bind("moveaxis", &["a", "source", "destination"], 3, args, kw)?;
            let src = b.required("a")?;
            let a = to_ndarray(vm, &src)?;
            let s = axis_arg(vm, b.get("source"))?.unwrap_or_default();
            let d = axis_arg(vm, b.get("destination"))?.unwrap_or_default();
            let r = moveaxis(&a, &s, &d)?;
            Ok(result_of(&src, &a, r))
        }
        BroadcastTo => {
            let b = bind("broadcast_to", &["array", "shape", "subok"], 2, args, kw)?;
            let src = b.required("array")?;
            let a = to_ndarray(vm, &src)?;
            let dims = dims_arg(vm, &b.required("shape")?)?;
            let r = a.broadcast_to(&dims).map_err(array_err)?;
            Ok(result_of(&src, &a, r))
        }
        Atleast1d | Atleast2d => {
            let min = if f == Atleast1d { 1 } else { 2 };
            let mut outs = Vec::with_capacity(args.len());
            for src in &args {
                let a = to_ndarray(vm, src)?;
                let r = match (a.ndim(), min) {
                    (0, 1) => a.reshape(&[1]).map_err(array_err)?,
                    (0, _) => a.reshape(&[1, 1]).map_err(array_err)?,
                    (1, 2) => a.reshape(&[1, a.shape[0] as isize]).map_err(array_err)?,
                    _ => a.clone(),
                };
                outs.push(result_of(src, &a, r));
            }
            let _ = kw;
            Ok(if outs.len() == 1 {
                outs.remove(0)
            } else {
                Value::tuple(outs)
            })
        }
        Shape | Size | Ndim => {
            let b = bind(f.name(), &["a", "axis"], 1, args, kw)?;
            let a = to_ndarray(vm, &b.required("a")?)?;
            Ok(match f {
                Shape => Value::tuple(a.shape.iter().map(|&d| Value::Int(d as i64)).collect()),
                Ndim => Value::Int(a.ndim() as i64),
                _ => match b.int(vm, "axis")? {
                    Some(ax) => Value::Int(a.shape[normalize(ax as isize, a.ndim(), "")?] as i64),
                    None => Value::Int(a.size() as i64),
                },
            })
        }
        ResultType => {
            let mut ops = Vec::with_capacity(args.len());
            for v in &args {
                if downcast_native::<PyDType>(v).is_some()
                    || matches!(v.as_obj(), Some(HeapObj::Class(_)) | Some(HeapObj::Str(_)))
                {
                    let d = dtype_arg(vm, v)?.unwrap_or(mnpy_arrays::DType::Float64);
                    ops.push(Operand::Array(NdArray::zeroed(d, &[]).map_err(array_err)?));
                } else {
                    ops.push(to_operand(vm, v)?);
                }
            }
            if ops.is_empty() {
                return Err(PyErr::value_error(
                    "at least one array or dtype is required",
                ));
            }
            let _ = kw;
            Ok(dtype_value(result_type(&ops)))
        }
        PromoteTypes => {
            let b = bind("promote_types", &["type1", "type2"], 2, args, kw)?;
            let x = dtype_arg(vm, &b.required("type1")?)?.unwrap_or(mnpy_arrays::DType::Float64);
            let y = dtype_arg(vm, &b.required("type2")?)?.unwrap_or(mnpy_arrays::DType::Float64);
            Ok(dtype_value(promote_types(x, y)))
        }
        Isscalar => {
            let b = bind("isscalar", &["element"], 1, args, kw)?;
            let v = b.required("element")?;
            let scalar = matches!(v, Value::Bool(_) | Value::Int(_) | Value::Float(_))
                || matches!(
                    v.as_obj(),
                    Some(HeapObj::Complex(_) | HeapObj::BigInt(_) | HeapObj::Str(_))
                )
                || downcast_native::<PyScalar>(&v).is_some();
            Ok(Value::Bool(scalar))
        }
        _ => Err(PyErr::type_error(format!(
            "{}() is not a shape function",
            f.name()
        ))),
    }
}

/// The element order of `reshape`/`ravel`/`flatten` (`order=`) for one array.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ElementOrder {
    /// Row-major (`'C'`, and `'A'` for arrays that are not Fortran-only).
    C,
    /// Column-major (`'F'`, and `'A'` for Fortran-contiguous, non-C-contiguous arrays).
    F,
    /// Memory layout (`'K'`, ravel and flatten only).
    Keep,
}

/// Parses `order=` for `a`; `allow_keep` is false for `reshape` (which rejects `'K'`).
pub fn element_order(
    vm: &mut dyn Interp,
    order: Option<&Value>,
    a: &NdArray,
    allow_keep: bool,
) -> PyResult<ElementOrder> {
    let text = match order {
        None | Some(Value::None) => return Ok(ElementOrder::C),
        Some(v) => vm.to_str(v)?,
    };
    let fortran_only = a.is_f_contiguous() && !a.is_c_contiguous();
    match text.to_ascii_uppercase().as_str() {
        "C" => Ok(ElementOrder::C),
        "F" => Ok(ElementOrder::F),
        "A" if fortran_only => Ok(ElementOrder::F),
        "A" => Ok(ElementOrder::C),
        "K" if !allow_keep => Err(PyErr::value_error(
            "order 'K' is not permitted for reshaping",
        )),
        "K" => Ok(ElementOrder::Keep),
        _ => Err(PyErr::value_error(format!(
            "order must be one of 'C', 'F', 'A', or 'K' (got '{text}')"
        ))),
    }
}

/// The axis order in which [`ravel_axes`] reads `a` for `order=`.
pub fn read_order(vm: &mut dyn Interp, order: Option<&Value>, a: &NdArray) -> PyResult<Vec<isize>> {
    let mut axes: Vec<isize> = (0..a.ndim() as isize).collect();
    match element_order(vm, order, a, true)? {
        ElementOrder::C => {}
        ElementOrder::F => axes.reverse(),
        ElementOrder::Keep => {
            axes.sort_by_key(|&i| std::cmp::Reverse(a.strides[i as usize].unsigned_abs()))
        }
    }
    Ok(axes)
}

/// `a.ravel(order)` for an axis order from [`read_order`] (a view when it can be one).
pub fn ravel_axes(a: &NdArray, axes: &[isize]) -> PyResult<NdArray> {
    let identity = axes.iter().enumerate().all(|(i, &x)| i as isize == x);
    if identity {
        return Ok(a.ravel());
    }
    Ok(a.transpose(Some(axes)).map_err(array_err)?.ravel())
}

/// `a.reshape(shape, order)` for C (`fortran == false`) or F element order.
pub fn reshape_order(a: &NdArray, shape: &[isize], fortran: bool) -> PyResult<NdArray> {
    if !fortran {
        return a.reshape(shape).map_err(array_err);
    }
    let reversed: Vec<isize> = shape.iter().rev().copied().collect();
    let r = a
        .transpose(None)
        .map_err(array_err)?
        .reshape(&reversed)
        .map_err(array_err)?;
    r.transpose(None).map_err(array_err)
}
