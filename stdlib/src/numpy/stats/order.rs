//! Order statistics, sorting and searching: `sort`, `argsort` (and `ndarray.sort` in place),
//! `median`, `percentile`, `quantile`, `unique`, `searchsorted`, `bincount`, `histogram`.
//! The algorithms live in the array core (`mnpy_arrays::sort`, ...); this file decodes
//! NumPy's arguments and shapes the results.

use super::params::{bind, Bound};
use super::StatFn;
use crate::numpy::core::convert::{f64_arg, int_arg};
use crate::numpy::core::{
    array_err, array_or_scalar, array_value, axis_arg, to_ndarray, to_operand,
};
use crate::numpy::ufuncs::output::{normalize_out_value, write_reduction_out};
use mnpy_arrays::search::{searchsorted, unique, Side, UniqueOptions};
use mnpy_arrays::sort::{self, SortKind};
use mnpy_arrays::stats::histogram::{bincount, histogram, Bins};
use mnpy_arrays::stats::{median, percentile, quantile};
use mnpy_arrays::NdArray;
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::{PyErr, PyResult, Value};

/// The single `axis=` of sorting functions (`None` flattens), with `default` when absent.
fn sort_axis(vm: &mut dyn Interp, b: &Bound, default: Option<isize>) -> PyResult<Option<isize>> {
    match b.get("axis") {
        None => Ok(default),
        Some(v) => match axis_arg(vm, Some(v))? {
            None => Ok(None),
            Some(axes) if axes.len() == 1 => Ok(Some(axes[0])),
            Some(_) => Err(PyErr::type_error(
                "'tuple' object cannot be interpreted as an integer",
            )),
        },
    }
}

fn sort_kind(b: &Bound) -> PyResult<SortKind> {
    SortKind::from_name(b.string("kind")?.as_deref()).map_err(array_err)
}

/// `np.<f>(...)` for the functions of this file.
pub fn call(vm: &mut dyn Interp, f: StatFn, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    match f {
        StatFn::Sort | StatFn::Argsort => {
            let b = bind(
                f.name(),
                &["a", "axis", "kind", "order", "stable"],
                1,
                args,
                kw,
            )?;
            let a = to_ndarray(vm, &b.required("a")?)?;
            let axis = sort_axis(vm, &b, Some(-1))?;
            let kind = if b.flag(vm, "stable", false)? {
                SortKind::Stable
            } else {
                sort_kind(&b)?
            };
            let r = if f == StatFn::Sort {
                if a.ndim() == 0 && axis.is_some() {
                    return Err(array_err(mnpy_arrays::ArrayError::axis(
                        "axis -1 is out of bounds for array of dimension 0",
                    )));
                }
                sort::sort(&a, axis, kind)
            } else {
                sort::argsort(&a, axis, kind)
            };
            Ok(array_value(r.map_err(array_err)?))
        }
        StatFn::Searchsorted => {
            let b = bind(f.name(), &["a", "v", "side", "sorter"], 2, args, kw)?;
            let a = to_ndarray(vm, &b.required("a")?)?;
            let v = to_operand(vm, &b.required("v")?)?;
            let side = match b.string("side")? {
                Some(s) => Side::from_name(&s).map_err(array_err)?,
                None => Side::Left,
            };
            let sorter = match b.get_some("sorter") {
                Some(s) => Some(to_ndarray(vm, s)?),
                None => None,
            };
            let r = searchsorted(&a, &v, side, sorter.as_ref()).map_err(array_err)?;
            Ok(array_or_scalar(r))
        }
        StatFn::Unique => {
            let b = bind(
                f.name(),
                &[
                    "ar",
                    "return_index",
                    "return_inverse",
                    "return_counts",
                    "axis",
                    "equal_nan",
                ],
                1,
                args,
                kw,
            )?;
            let a = to_ndarray(vm, &b.required("ar")?)?;
            if b.get_some("axis").is_some() {
                return Err(PyErr::not_supported("micronumpy's unique() has no axis="));
            }
            let options = UniqueOptions {
                return_index: b.flag(vm, "return_index", false)?,
                return_inverse: b.flag(vm, "return_inverse", false)?,
                return_counts: b.flag(vm, "return_counts", false)?,
                equal_nan: b.flag(vm, "equal_nan", true)?,
            };
            let u = unique(&a, options).map_err(array_err)?;
            let extras: Vec<NdArray> = [u.indices, u.inverse, u.counts]
                .into_iter()
                .flatten()
                .collect();
            if extras.is_empty() {
                return Ok(array_value(u.values));
            }
            let mut items = vec![array_value(u.values)];
            items.extend(extras.into_iter().map(array_value));
            Ok(Value::tuple(items))
        }
        StatFn::Median => {
            let b = bind(
                f.name(),
                &["a", "axis", "out", "overwrite_input", "keepdims"],
                1,
                args,
                kw,
            )?;
            let a = to_ndarray(vm, &b.required("a")?)?;
            let axes = axis_arg(vm, b.get("axis"))?;
            let keepdims = b.flag(vm, "keepdims", false)?;
            let r = median(&a, axes.as_deref(), keepdims).map_err(array_err)?;
            finish(r, b.get_some("out"))
        }
        StatFn::Percentile | StatFn::Quantile => {
            let b = bind(
                f.name(),
                &[
                    "a",
                    "q",
                    "axis",
                    "out",
                    "overwrite_input",
                    "method",
                    "keepdims",
                    "weights",
                    "interpolation",
                ],
                2,
                args,
                kw,
            )?;
            let a = to_ndarray(vm, &b.required("a")?)?;
            let q = to_operand(vm, &b.required("q")?)?;
            let axes = axis_arg(vm, b.get("axis"))?;
            let keepdims = b.flag(vm, "keepdims", false)?;
            for param in ["method", "interpolation"] {
                if let Some(m) = b.string(param)? {
                    if m != "linear" {
                        return Err(PyErr::not_supported(format!(
                            "micronumpy's {}() only has method='linear'",
                            f.name()
                        )));
                    }
                }
            }
            if b.get_some("weights").is_some() {
                return Err(PyErr::not_supported(format!(
                    "micronumpy's {}() has no weights=",
                    f.name()
                )));
            }
            let r = if f == StatFn::Percentile {
                percentile(&a, &q, axes.as_deref(), keepdims)
            } else {
                quantile(&a, &q, axes.as_deref(), keepdims)
            };
            finish(r.map_err(array_err)?, b.get_some("out"))
        }
        StatFn::Bincount => {
            let b = bind(f.name(), &["x", "weights", "minlength"], 1, args, kw)?;
            let x = to_ndarray(vm, &b.required("x")?)?;
            let weights = match b.get_some("weights") {
                Some(w) => Some(to_ndarray(vm, w)?),
                None => None,
            };
            let minlength = b.int(vm, "minlength")?.unwrap_or(0);
            Ok(array_value(
                bincount(&x, weights.as_ref(), minlength).map_err(array_err)?,
            ))
        }
        StatFn::Histogram => {
            let b = bind(
                f.name(),
                &["a", "bins", "range", "density", "weights"],
                1,
                args,
                kw,
            )?;
            let a = to_ndarray(vm, &b.required("a")?)?;
            let bins = match b.get_some("bins") {
                None => Bins::Count(10),
                Some(v) if v.is_int_like() => Bins::Count(int_arg(vm, v)?),
                Some(v) if v.as_str().is_some() => {
                    return Err(PyErr::not_supported(
                        "micronumpy's histogram() has no automatic bin estimators",
                    ))
                }
                Some(v) => {
                    let edges = to_ndarray(vm, v)?;
                    if edges.ndim() == 0 {
                        Bins::Count(int_arg(vm, v)?)
                    } else {
                        Bins::Edges(edges)
                    }
                }
            };
            let range = match b.get_some("range") {
                None => None,
                Some(r) => {
                    let parts = vm.collect(r)?;
                    if parts.len() != 2 {
                        return Err(PyErr::value_error("too many values to unpack (expected 2)"));
                    }
                    Some((f64_arg(vm, &parts[0])?, f64_arg(vm, &parts[1])?))
                }
            };
            let density = b.flag(vm, "density", false)?;
            if b.get_some("weights").is_some() {
                return Err(PyErr::not_supported(
                    "micronumpy's histogram() has no weights=",
                ));
            }
            let (hist, edges) = histogram(&a, &bins, range, density).map_err(array_err)?;
            Ok(Value::tuple(vec![array_value(hist), array_value(edges)]))
        }
        _ => Err(PyErr::type_error(format!(
            "{}() is not an order statistic",
            f.name()
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

/// `a.sort(axis=-1, kind=None)`: sorts the view in place.
pub fn sort_in_place(
    vm: &mut dyn Interp,
    a: &NdArray,
    args: Vec<Value>,
    kw: KwArgs,
) -> PyResult<Value> {
    let b = bind("sort", &["axis", "kind", "order", "stable"], 0, args, kw)?;
    let axis = sort_axis(vm, &b, Some(-1))?.ok_or_else(|| {
        PyErr::type_error("'NoneType' object cannot be interpreted as an integer")
    })?;
    let kind = if b.flag(vm, "stable", false)? {
        SortKind::Stable
    } else {
        sort_kind(&b)?
    };
    sort::sort_in_place(a, axis, kind).map_err(array_err)?;
    Ok(Value::None)
}
