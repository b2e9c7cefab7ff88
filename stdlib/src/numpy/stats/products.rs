//! Products: `dot`, `vdot`, `inner`, `outer`, `matmul` (also `a @ b`), `tensordot`, `trace`,
//! `cross`, `convolve`. The arithmetic is `mnpy_arrays::products`; this file decodes NumPy's
//! arguments (`axes=`, `offset=`, `mode=`, `out=`).

use super::params::bind;
use super::StatFn;
use crate::numpy::core::convert::int_arg;
use crate::numpy::core::{array_err, array_or_scalar, array_value, dtype_arg, to_ndarray};
use crate::numpy::ufuncs::output::{normalize_out_value, write_reduction_out};
use mnpy_arrays::products::{self, ConvolveMode, TensorAxes};
use mnpy_arrays::NdArray;
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, Value};

/// `np.<f>(...)` for the functions of this file.
pub fn call(vm: &mut dyn Interp, f: StatFn, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let name = f.name();
    let (result, out) = match f {
        StatFn::Dot | StatFn::Outer | StatFn::Matmul => {
            let names: &'static [&'static str] = match f {
                StatFn::Dot => &["a", "b", "out"],
                StatFn::Outer => &["a", "b", "out"],
                _ => &["x1", "x2", "out", "dtype", "casting", "order", "subok"],
            };
            let b = bind(name, names, 2, args, kw)?;
            let x = to_ndarray(vm, &b.required(names[0])?)?;
            let y = to_ndarray(vm, &b.required(names[1])?)?;
            let r = match f {
                StatFn::Dot => products::dot(&x, &y),
                StatFn::Outer => products::outer(&x, &y),
                _ => {
                    let dtype = match b.get("dtype") {
                        Some(v) => dtype_arg(vm, v)?,
                        None => None,
                    };
                    let (x, y) = match dtype {
                        Some(d) => (x.astype(d), y.astype(d)),
                        None => (x, y),
                    };
                    products::matmul(&x, &y)
                }
            };
            (r.map_err(array_err)?, b.get_some("out").cloned())
        }
        StatFn::Vdot | StatFn::Inner => {
            let b = bind(name, &["a", "b"], 2, args, kw)?;
            let x = to_ndarray(vm, &b.required("a")?)?;
            let y = to_ndarray(vm, &b.required("b")?)?;
            let r = if f == StatFn::Vdot {
                products::vdot(&x, &y)
            } else {
                products::inner(&x, &y)
            };
            (r.map_err(array_err)?, None)
        }
        StatFn::Tensordot => {
            let b = bind(name, &["a", "b", "axes"], 2, args, kw)?;
            let x = to_ndarray(vm, &b.required("a")?)?;
            let y = to_ndarray(vm, &b.required("b")?)?;
            let axes = match b.get("axes") {
                None => TensorAxes::Count(2),
                Some(v) => tensor_axes(vm, v)?,
            };
            return Ok(array_value(
                products::tensordot(&x, &y, &axes).map_err(array_err)?,
            ));
        }
        StatFn::Trace => {
            let b = bind(
                name,
                &["a", "offset", "axis1", "axis2", "dtype", "out"],
                1,
                args,
                kw,
            )?;
            let a = to_ndarray(vm, &b.required("a")?)?;
            let offset = b.int(vm, "offset")?.unwrap_or(0) as isize;
            let axis1 = b.int(vm, "axis1")?.unwrap_or(0) as isize;
            let axis2 = b.int(vm, "axis2")?.unwrap_or(1) as isize;
            let dtype = match b.get("dtype") {
                Some(v) => dtype_arg(vm, v)?,
                None => None,
            };
            let r = products::trace(&a, offset, axis1, axis2, dtype).map_err(array_err)?;
            (r, b.get_some("out").cloned())
        }
        StatFn::Cross => {
            let b = bind(
                name,
                &["a", "b", "axisa", "axisb", "axisc", "axis"],
                2,
                args,
                kw,
            )?;
            let x = to_ndarray(vm, &b.required("a")?)?;
            let y = to_ndarray(vm, &b.required("b")?)?;
            for p in ["axisa", "axisb", "axisc", "axis"] {
                if let Some(v) = b.int(vm, p)? {
                    if v != -1 {
                        return Err(PyErr::not_supported(
                            "micronumpy's cross() works along the last axes only",
                        ));
                    }
                }
            }
            return Ok(array_value(products::cross(&x, &y).map_err(array_err)?));
        }
        StatFn::Convolve => {
            let b = bind(name, &["a", "v", "mode"], 2, args, kw)?;
            let x = to_ndarray(vm, &b.required("a")?)?;
            let y = to_ndarray(vm, &b.required("v")?)?;
            let mode = match b.string("mode")? {
                Some(m) => ConvolveMode::from_name(&m).map_err(array_err)?,
                None => ConvolveMode::Full,
            };
            return Ok(array_value(
                products::convolve(&x, &y, mode).map_err(array_err)?,
            ));
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "{name}() is not a product function"
            )))
        }
    };
    finish(result, out)
}

fn finish(result: NdArray, out: Option<Value>) -> PyResult<Value> {
    match out {
        Some(target) => {
            let target = normalize_out_value(&target)?;
            write_reduction_out(&result, &target)?;
            Ok(target)
        }
        None => Ok(array_or_scalar(result)),
    }
}

/// One side of `tensordot`'s `axes=([..], [..])`: an int or a sequence of ints.
fn axis_list(vm: &mut dyn Interp, v: &Value) -> PyResult<Vec<isize>> {
    match v.as_obj() {
        Some(HeapObj::List(_)) | Some(HeapObj::Tuple(_)) => {
            let mut out = Vec::new();
            for it in vm.collect(v)? {
                out.push(int_arg(vm, &it)? as isize);
            }
            Ok(out)
        }
        _ => Ok(vec![int_arg(vm, v)? as isize]),
    }
}

/// `tensordot`'s `axes=`: an int `n`, or a pair of axis lists.
fn tensor_axes(vm: &mut dyn Interp, v: &Value) -> PyResult<TensorAxes> {
    match v.as_obj() {
        Some(HeapObj::List(_)) | Some(HeapObj::Tuple(_)) => {
            let parts = vm.collect(v)?;
            if parts.len() != 2 {
                return Err(PyErr::value_error("Axes must consist of two sequences."));
            }
            let a = axis_list(vm, &parts[0])?;
            let b = axis_list(vm, &parts[1])?;
            Ok(TensorAxes::Pairs(a, b))
        }
        _ => {
            let n = int_arg(vm, v)?;
            if n < 0 {
                return Err(PyErr::value_error(
                    "negative axes are not supported by tensordot",
                ));
            }
            Ok(TensorAxes::Count(n as usize))
        }
    }
}
