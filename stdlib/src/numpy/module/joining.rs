//! Joining, splitting and rearranging: `concatenate`, `stack`, `vstack`, `hstack`,
//! `column_stack`, `split`, `array_split`, `tile`, `repeat`, `roll`, `flip` (views),
//! `fliplr`, `flipud`, and `pad` (constant mode), with NumPy's error messages.

use super::NpFn;
use crate::numpy::core::convert::{axis_arg, int_arg};
use crate::numpy::core::errors::axis_error;
use crate::numpy::core::{array_err, array_value, as_array, to_ndarray, view_value};
use crate::numpy::stats::params::bind;
use mnpy_arrays::array::c_strides;
use mnpy_arrays::promote::promote_types;
use mnpy_arrays::{get_index, DType, IndexItem, Indexed, NdArray};
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, Value};

fn norm_axis(axis: isize, ndim: usize) -> PyResult<usize> {
    let n = ndim as isize;
    if axis < -n || axis >= n {
        return Err(axis_error(format!(
            "axis {axis} is out of bounds for array of dimension {ndim}"
        )));
    }
    Ok(if axis < 0 {
        (axis + n) as usize
    } else {
        axis as usize
    })
}

/// The view `a[..., start:stop:step, ...]` along `axis`.
fn slice_along(
    a: &NdArray,
    axis: usize,
    start: isize,
    stop: Option<isize>,
    step: isize,
) -> PyResult<NdArray> {
    let mut items = vec![
        IndexItem::Slice {
            start: None,
            stop: None,
            step: None
        };
        a.ndim()
    ];
    items[axis] = IndexItem::Slice {
        start: Some(start),
        stop,
        step: Some(step),
    };
    match get_index(a, &items).map_err(array_err)? {
        Indexed::View(v) | Indexed::Copy(v) => Ok(v),
        Indexed::Scalar(s) => Ok(NdArray::from_scalar(s)),
    }
}

fn arrays_of(vm: &mut dyn Interp, seq: &Value) -> PyResult<Vec<NdArray>> {
    if as_array(seq).is_some() {
        let a = to_ndarray(vm, seq)?;
        return (0..a.shape.first().copied().unwrap_or(0))
            .map(
                |i| match get_index(&a, &[IndexItem::Int(i as isize)]).map_err(array_err)? {
                    Indexed::View(v) | Indexed::Copy(v) => Ok(v),
                    Indexed::Scalar(s) => Ok(NdArray::from_scalar(s)),
                },
            )
            .collect();
    }
    let items = vm.collect(seq)?;
    items.iter().map(|v| to_ndarray(vm, v)).collect()
}

/// `np.concatenate(arrays, axis)`.
pub fn concatenate(arrays: &[NdArray], axis: Option<isize>) -> PyResult<NdArray> {
    if arrays.is_empty() {
        return Err(PyErr::value_error("need at least one array to concatenate"));
    }
    let flat: Vec<NdArray>;
    let (arrays, axis) = match axis {
        None => {
            flat = arrays.iter().map(|a| a.ravel()).collect();
            (&flat[..], 0isize)
        }
        Some(ax) => (arrays, ax),
    };
    let nd = arrays[0].ndim();
    if nd == 0 {
        return Err(PyErr::value_error(
            "zero-dimensional arrays cannot be concatenated",
        ));
    }
    let axis = norm_axis(axis, nd)?;
    for (i, a) in arrays.iter().enumerate().skip(1) {
        if a.ndim() != nd {
            return Err(PyErr::value_error(format!(
                "all the input arrays must have same number of dimensions, but the array at index 0 has {nd} dimension(s) and the array at index {i} has {} dimension(s)",
                a.ndim()
            )));
        }
        for d in 0..nd {
            if d != axis && a.shape[d] != arrays[0].shape[d] {
                return Err(PyErr::value_error(format!(
                    "all the input array dimensions except for the concatenation axis must match exactly, but along dimension {d}, the array at index 0 has size {} and the array at index {i} has size {}",
                    arrays[0].shape[d], a.shape[d]
                )));
            }
        }
    }
    let dtype = arrays
        .iter()
        .skip(1)
        .fold(arrays[0].dtype, |d, a| promote_types(d, a.dtype));
    let mut shape = arrays[0].shape.clone();
    shape[axis] = arrays.iter().map(|a| a.shape[axis]).sum();
    let out = NdArray::zeroed(dtype, &shape).map_err(array_err)?;
    let mut pos = 0isize;
    for a in arrays {
        let n = a.shape[axis] as isize;
        let dst = slice_along(&out, axis, pos, Some(pos + n), 1)?;
        dst.assign_array(a);
        pos += n;
    }
    Ok(out)
}

fn stack(arrays: &[NdArray], axis: isize) -> PyResult<NdArray> {
    if arrays.is_empty() {
        return Err(PyErr::value_error("need at least one array to stack"));
    }
    if arrays.iter().any(|a| a.shape != arrays[0].shape) {
        return Err(PyErr::value_error(
            "all input arrays must have the same shape",
        ));
    }
    let ax = norm_axis(axis, arrays[0].ndim() + 1)? as isize;
    let expanded: Vec<NdArray> = arrays
        .iter()
        .map(|a| a.expand_dims(&[ax]))
        .collect::<Result<_, _>>()
        .map_err(array_err)?;
    concatenate(&expanded, Some(ax))
}

fn at_least(a: &NdArray, n: usize) -> PyResult<NdArray> {
    let r = match (a.ndim(), n) {
        (0, 1) => a.reshape(&[1]),
        (0, _) => a.reshape(&[1, 1]),
        (1, 2) => a.reshape(&[1, a.shape[0] as isize]),
        _ => return Ok(a.clone()),
    };
    r.map_err(array_err)
}

/// Split points of `array_split` for `sections` equal-ish parts of `n` elements.
fn section_bounds(n: usize, sections: usize) -> Vec<(usize, usize)> {
    let each = n / sections;
    let extra = n % sections;
    let mut out = Vec::with_capacity(sections);
    let mut start = 0;
    for i in 0..sections {
        let len = each + usize::from(i < extra);
        out.push((start, start + len));
        start += len;
    }
    out
}

fn split(vm: &mut dyn Interp, f: NpFn, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = bind(
        f.name(),
        &["ary", "indices_or_sections", "axis"],
        2,
        args,
        kw,
    )?;
    let src = b.required("ary")?;
    let a = to_ndarray(vm, &src)?;
    let axis = norm_axis(b.int(vm, "axis")?.unwrap_or(0) as isize, a.ndim().max(1))?;
    let n = a.shape.get(axis).copied().unwrap_or(0);
    let spec = b.required("indices_or_sections")?;
    let bounds: Vec<(usize, usize)> =
        if matches!(spec.as_obj(), Some(HeapObj::List(_) | HeapObj::Tuple(_)))
            || as_array(&spec).is_some()
        {
            let idx: Vec<i64> = to_ndarray(vm, &spec)?.to_vec::<i64>();
            let mut points = vec![0usize];
            for i in idx {
                let p = if i < 0 { (i + n as i64).max(0) } else { i } as usize;
                points.push(p.min(n));
            }
            points.push(n);
            points.windows(2).map(|w| (w[0], w[1].max(w[0]))).collect()
        } else {
            let sections = int_arg(vm, &spec)?;
            if sections <= 0 {
                return Err(PyErr::value_error("number sections must be larger than 0."));
            }
            if f == NpFn::Split && n % sections as usize != 0 {
                return Err(PyErr::value_error(
                    "array split does not result in an equal division",
                ));
            }
            section_bounds(n, sections as usize)
        };
    let mut parts = Vec::with_capacity(bounds.len());
    for (s, e) in bounds {
        let v = slice_along(&a, axis, s as isize, Some(e as isize), 1)?;
        parts.push(if as_array(&src).is_some() {
            view_value(v, &src)
        } else {
            array_value(v)
        });
    }
    Ok(Value::list(parts))
}

/// Elements of `a` tiled `reps` times along each axis.
fn tile(a: &NdArray, reps: &[usize]) -> PyResult<NdArray> {
    let d = reps.len().max(a.ndim());
    let mut src_shape = vec![1usize; d - a.ndim()];
    src_shape.extend(&a.shape);
    let mut reps_full = vec![1usize; d - reps.len()];
    reps_full.extend(reps);
    let out_shape: Vec<usize> = src_shape
        .iter()
        .zip(&reps_full)
        .map(|(s, r)| s * r)
        .collect();
    let src = a
        .reshape(&src_shape.iter().map(|&x| x as isize).collect::<Vec<_>>())
        .map_err(array_err)?;
    let values = src.to_vec_scalars();
    let src_strides: Vec<isize> = c_strides(&src_shape, 1);
    let total: usize = out_shape.iter().product();
    let mut out = Vec::with_capacity(total);
    let mut idx = vec![0usize; d];
    for _ in 0..total {
        let pos: isize = idx
            .iter()
            .zip(&src_shape)
            .zip(&src_strides)
            .map(|((i, s), st)| (i % s) as isize * st)
            .sum();
        out.push(values[pos as usize]);
        for k in (0..d).rev() {
            idx[k] += 1;
            if idx[k] < out_shape[k] {
                break;
            }
            idx[k] = 0;
        }
    }
    NdArray::from_scalars(&out, &out_shape, a.dtype).map_err(array_err)
}

fn repeat(vm: &mut dyn Interp, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = bind("repeat", &["a", "repeats", "axis"], 2, args, kw)?;
    let a = to_ndarray(vm, &b.required("a")?)?;
    let (a, axis) = match b.int(vm, "axis")? {
        Some(ax) => {
            let axis = norm_axis(ax as isize, a.ndim())?;
            (a, axis)
        }
        None => (a.ravel(), 0),
    };
    let n = a.shape.get(axis).copied().unwrap_or(1);
    let reps_arr = to_ndarray(vm, &b.required("repeats")?)?;
    let reps: Vec<i64> = reps_arr.to_vec::<i64>();
    if reps.iter().any(|&r| r < 0) {
        return Err(PyErr::value_error(
            "repeats may not contain negative values.",
        ));
    }
    let reps: Vec<i64> = if reps.len() == 1 {
        vec![reps[0]; n]
    } else {
        reps
    };
    if reps.len() != n {
        return Err(PyErr::value_error(format!(
            "operands could not be broadcast together with shape ({n},) ({},)",
            reps.len()
        )));
    }
    let mut idx = Vec::new();
    for (i, &r) in reps.iter().enumerate() {
        idx.extend(std::iter::repeat_n(i as i64, r as usize));
    }
    let len = idx.len();
    if a.ndim() == 0 {
        let s = a.item().map_err(array_err)?;
        return Ok(array_value(
            NdArray::from_scalars(&vec![s; len], &[len], a.dtype).map_err(array_err)?,
        ));
    }
    let index = NdArray::from_vec(idx, &[len]).map_err(array_err)?;
    let mut items = vec![
        IndexItem::Slice {
            start: None,
            stop: None,
            step: None
        };
        a.ndim()
    ];
    items[axis] = IndexItem::IntArray(index);
    match get_index(&a, &items).map_err(array_err)? {
        Indexed::View(v) | Indexed::Copy(v) => Ok(array_value(v)),
        Indexed::Scalar(s) => Ok(array_value(NdArray::from_scalar(s))),
    }
}

fn roll_axis(a: &NdArray, shift: i64, axis: usize) -> PyResult<NdArray> {
    let n = a.shape[axis] as i64;
    let out = NdArray::zeroed(a.dtype, &a.shape).map_err(array_err)?;
    if n == 0 {
        return Ok(out);
    }
    let s = shift.rem_euclid(n) as isize;
    let n = n as isize;
    slice_along(&out, axis, s, Some(n), 1)?.assign_array(&slice_along(a, axis, 0, Some(n - s), 1)?);
    slice_along(&out, axis, 0, Some(s), 1)?.assign_array(&slice_along(a, axis, n - s, Some(n), 1)?);
    Ok(out)
}

fn roll(vm: &mut dyn Interp, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = bind("roll", &["a", "shift", "axis"], 2, args, kw)?;
    let a = to_ndarray(vm, &b.required("a")?)?;
    let shifts: Vec<i64> = to_ndarray(vm, &b.required("shift")?)?.to_vec::<i64>();
    match axis_arg(vm, b.get("axis"))? {
        None => {
            let flat = a.ravel();
            let total: i64 = shifts.iter().sum();
            let r = if flat.size() == 0 {
                flat
            } else {
                roll_axis(&flat, total, 0)?
            };
            Ok(array_value(
                r.reshape(&a.shape.iter().map(|&d| d as isize).collect::<Vec<_>>())
                    .map_err(array_err)?,
            ))
        }
        Some(axes) => {
            let pairs: Vec<(i64, isize)> = if shifts.len() == axes.len() {
                shifts.into_iter().zip(axes).collect()
            } else if shifts.len() == 1 {
                axes.into_iter().map(|ax| (shifts[0], ax)).collect()
            } else if axes.len() == 1 {
                shifts.into_iter().map(|s| (s, axes[0])).collect()
            } else {
                return Err(PyErr::value_error(
                    "'shift' and 'axis' should be scalars or 1D sequences",
                ));
            };
            let mut r = a.copy();
            for (s, ax) in pairs {
                let axis = norm_axis(ax, r.ndim())?;
                r = roll_axis(&r, s, axis)?;
            }
            Ok(array_value(r))
        }
    }
}

fn flip_view(a: &NdArray, axes: &[usize]) -> PyResult<NdArray> {
    let mut r = a.clone();
    for &ax in axes {
        r = slice_along(&r, ax, -1, None, -1)?;
    }
    Ok(r)
}

/// `(before, after)` pairs per axis from a pad-width-like spec.
fn pairs_per_axis(
    vm: &mut dyn Interp,
    v: &Value,
    ndim: usize,
    dtype: DType,
) -> PyResult<Vec<(NdArray, NdArray)>> {
    let arr = to_ndarray(vm, v)?;
    let flat = arr.ravel();
    let item = |i: isize| -> PyResult<NdArray> {
        Ok(NdArray::from_scalar(
            flat.get_flat(i).map_err(array_err)?.cast(dtype),
        ))
    };
    let mut out = Vec::with_capacity(ndim);
    for ax in 0..ndim {
        let (b, a) = match arr.shape.as_slice() {
            [] | [1] | [1, 1] => (item(0)?, item(0)?),
            [2] | [1, 2] => (item(0)?, item(1)?),
            [n, 1] if *n == ndim => (item(ax as isize)?, item(ax as isize)?),
            [n, 2] if *n == ndim => (item(2 * ax as isize)?, item(2 * ax as isize + 1)?),
            _ => {
                return Err(PyErr::value_error(format!(
                    "operands could not be broadcast together with remapped shapes [original->remapped]: {} and requested shape ({},2)",
                    mnpy_arrays::error::shape_str_compact(&arr.shape),
                    ndim
                )))
            }
        };
        out.push((b, a));
    }
    Ok(out)
}

fn pad(vm: &mut dyn Interp, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = bind(
        "pad",
        &["array", "pad_width", "mode", "constant_values"],
        2,
        args,
        kw,
    )?;
    let a = to_ndarray(vm, &b.required("array")?)?;
    let mode = b.string("mode")?.unwrap_or_else(|| "constant".into());
    if mode != "constant" {
        return Err(PyErr::not_supported(format!(
            "micronumpy's pad supports mode='constant' only, not '{mode}'"
        )));
    }
    let nd = a.ndim();
    let widths = pairs_per_axis(vm, &b.required("pad_width")?, nd, DType::Int64)?;
    let widths: Vec<(usize, usize)> = widths
        .iter()
        .map(|(x, y)| {
            let (x, y) = (x.to_vec::<i64>()[0], y.to_vec::<i64>()[0]);
            if x < 0 || y < 0 {
                Err(PyErr::value_error("index can't contain negative values"))
            } else {
                Ok((x as usize, y as usize))
            }
        })
        .collect::<PyResult<_>>()?;
    let values = match b.get("constant_values") {
        Some(v) => pairs_per_axis(vm, &v.clone(), nd, a.dtype)?,
        None => vec![
            (
                NdArray::from_scalar(mnpy_arrays::Scalar::zero(a.dtype)),
                NdArray::from_scalar(mnpy_arrays::Scalar::zero(a.dtype))
            );
            nd
        ],
    };
    let shape: Vec<usize> = a
        .shape
        .iter()
        .zip(&widths)
        .map(|(d, (x, y))| d + x + y)
        .collect();
    let out = NdArray::zeroed(a.dtype, &shape).map_err(array_err)?;
    let mut centre = out.clone();
    for (ax, (x, _)) in widths.iter().enumerate() {
        centre = slice_along(
            &centre,
            ax,
            *x as isize,
            Some((*x + a.shape[ax]) as isize),
            1,
        )?;
    }
    centre.assign_array(&a);
    for ax in 0..nd {
        let mut roi = out.clone();
        for (later, &(x, _)) in widths.iter().enumerate().skip(ax + 1) {
            roi = slice_along(
                &roi,
                later,
                x as isize,
                Some((x + a.shape[later]) as isize),
                1,
            )?;
        }
        let (x, y) = widths[ax];
        let (vb, va) = &values[ax];
        let before = slice_along(&roi, ax, 0, Some(x as isize), 1)?;
        before.fill(vb.item().map_err(array_err)?);
        let after = slice_along(
            &roi,
            ax,
            (x + a.shape[ax]) as isize,
            Some(shape[ax] as isize),
            1,
        )?;
        if y > 0 {
            after.fill(va.item().map_err(array_err)?);
        }
    }
    Ok(array_value(out))
}

/// Calls a joining/splitting function.
pub fn call(vm: &mut dyn Interp, f: NpFn, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    use NpFn::*;
    match f {
        Concatenate => {
            let b = bind(
                "concatenate",
                &["arrays", "axis", "out", "dtype", "casting"],
                1,
                args,
                kw,
            )?;
            let arrays = arrays_of(vm, &b.required("arrays")?)?;
            let axis = match b.get("axis") {
                None => Some(0),
                Some(Value::None) => None,
                Some(v) => Some(int_arg(vm, &v.clone())? as isize),
            };
            let mut r = concatenate(&arrays, axis)?;
            if let Some(d) = b.get_some("dtype") {
                if let Some(d) = crate::numpy::core::dtype_arg(vm, &d.clone())? {
                    r = r.astype(d);
                }
            }
            Ok(array_value(r))
        }
        Stack => {
            let b = bind(
                "stack",
                &["arrays", "axis", "out", "dtype", "casting"],
                1,
                args,
                kw,
            )?;
            let arrays = arrays_of(vm, &b.required("arrays")?)?;
            let axis = b.int(vm, "axis")?.unwrap_or(0) as isize;
            Ok(array_value(stack(&arrays, axis)?))
        }
        Vstack | Hstack | ColumnStack => {
            let b = bind(f.name(), &["tup", "dtype", "casting"], 1, args, kw)?;
            let arrays = arrays_of(vm, &b.required("tup")?)?;
            let r = match f {
                Vstack => {
                    let parts: Vec<NdArray> = arrays
                        .iter()
                        .map(|a| at_least(a, 2))
                        .collect::<PyResult<_>>()?;
                    concatenate(&parts, Some(0))?
                }
                Hstack => {
                    let parts: Vec<NdArray> = arrays
                        .iter()
                        .map(|a| at_least(a, 1))
                        .collect::<PyResult<_>>()?;
                    let axis = if parts.first().is_some_and(|p| p.ndim() == 1) {
                        0
                    } else {
                        1
                    };
                    concatenate(&parts, Some(axis))?
                }
                _ => {
                    let parts: Vec<NdArray> = arrays
                        .iter()
                        .map(|a| {
                            if a.ndim() < 2 {
                                at_least(a, 1)?.reshape(&[-1, 1]).map_err(array_err)
                            } else {
                                Ok(a.clone())
                            }
                        })
                        .collect::<PyResult<_>>()?;
                    concatenate(&parts, Some(1))?
                }
            };
            Ok(array_value(r))
        }
        Split | ArraySplit => split(vm, f, args, kw),
        Tile => {
            let b = bind("tile", &["A", "reps"], 2, args, kw)?;
            let a = to_ndarray(vm, &b.required("A")?)?;
            let reps: Vec<i64> = to_ndarray(vm, &b.required("reps")?)?.to_vec::<i64>();
            if reps.iter().any(|&r| r < 0) {
                return Err(PyErr::value_error("negative dimensions are not allowed"));
            }
            let reps: Vec<usize> = reps.into_iter().map(|r| r as usize).collect();
            Ok(array_value(tile(&a, &reps)?))
        }
        Repeat => repeat(vm, args, kw),
        Roll => roll(vm, args, kw),
        Flip | Fliplr | Flipud => {
            let names: &'static [&'static str] = if f == Flip { &["m", "axis"] } else { &["m"] };
            let b = bind(f.name(), names, 1, args, kw)?;
            let src = b.required("m")?;
            let a = to_ndarray(vm, &src)?;
            let axes: Vec<usize> = match f {
                Fliplr => {
                    if a.ndim() < 2 {
                        return Err(PyErr::value_error("Input must be >= 2-d."));
                    }
                    vec![1]
                }
                Flipud => {
                    if a.ndim() < 1 {
                        return Err(PyErr::value_error("Input must be >= 1-d."));
                    }
                    vec![0]
                }
                _ => match axis_arg(vm, b.get("axis"))? {
                    None => (0..a.ndim()).collect(),
                    Some(list) => list
                        .into_iter()
                        .map(|x| norm_axis(x, a.ndim()))
                        .collect::<PyResult<_>>()?,
                },
            };
            let r = flip_view(&a, &axes)?;
            Ok(if as_array(&src).is_some() {
                view_value(r, &src)
            } else {
                array_value(r)
            })
        }
        Pad => pad(vm, args, kw),
        _ => Err(PyErr::type_error(format!(
            "{}() is not a joining function",
            f.name()
        ))),
    }
}
