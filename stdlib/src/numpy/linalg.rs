//! The `np.linalg` submodule: `norm` (vector and matrix norms, `ord`, `axis`, `keepdims`),
//! `det`, `inv`, `solve` (stacked matrices too) and the `LinAlgError` exception. Matrix work
//! is LU with partial pivoting in float64 (`linalg/lu.rs`); results agree with LAPACK's to
//! rounding, which is how NumPy's own tests print them.

pub mod lu;

use crate::native::{native_value, NativeObject};
use crate::numpy::core::classes::exception_class;
use crate::numpy::core::{array_err, array_or_scalar, axis_arg, to_ndarray};
use crate::numpy::stats::params::{bind, is_none};
use lu::Lu;
use mnpy_arrays::reduce;
use mnpy_arrays::ufunc::{unary_array, UnaryOp};
use mnpy_arrays::{DType, NdArray};
use mnpy_runtime::exceptions::new_exception_instance;
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::object::{AttrMap, HeapObj, PyModule};
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static LINALG_ERROR: Rc<HeapObj> = exception_class("LinAlgError", "numpy.linalg", &[TypeTag::ValueError]);
}

/// `numpy.linalg.LinAlgError(msg)`.
pub fn linalg_error(msg: impl Into<String>) -> PyErr {
    PyErr {
        exc: new_exception_instance(
            LINALG_ERROR.with(|c| c.clone()),
            vec![Value::string(msg.into())],
        ),
    }
}

/// The functions of `np.linalg`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LinalgFn {
    /// `norm(x, ord=None, axis=None, keepdims=False)`
    Norm,
    /// `det(a)`
    Det,
    /// `inv(a)`
    Inv,
    /// `solve(a, b)`
    Solve,
}

impl LinalgFn {
    /// The function's name.
    pub fn name(self) -> &'static str {
        match self {
            LinalgFn::Norm => "norm",
            LinalgFn::Det => "det",
            LinalgFn::Inv => "inv",
            LinalgFn::Solve => "solve",
        }
    }
}

/// A `np.linalg` function object.
pub struct LinalgFunction(pub LinalgFn);

impl NativeObject for LinalgFunction {
    fn type_name(&self) -> String {
        "function".into()
    }
    fn call(
        &self,
        vm: &mut dyn Interp,
        _this: &Value,
        args: Vec<Value>,
        kw: KwArgs,
    ) -> PyResult<Value> {
        call_linalg(vm, self.0, args, kw)
    }
    fn getattr(&self, _vm: &mut dyn Interp, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "__name__" | "__qualname__" => Some(Value::str(self.0.name())),
            _ => None,
        })
    }
    fn repr(&self, _vm: &mut dyn Interp, this: &Value) -> PyResult<String> {
        let addr = match this {
            Value::Obj(o) => Rc::as_ptr(o) as *const u8 as usize,
            _ => 0,
        };
        Ok(format!("<function {} at {addr:#x}>", self.0.name()))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Builds the `numpy.linalg` module object.
pub fn make_submodule(_vm: &mut dyn Interp) -> PyResult<Value> {
    let mut dict = AttrMap::default();
    dict.insert("__name__".into(), Value::str("numpy.linalg"));
    for f in [
        LinalgFn::Norm,
        LinalgFn::Det,
        LinalgFn::Inv,
        LinalgFn::Solve,
    ] {
        dict.insert(f.name().into(), native_value(Box::new(LinalgFunction(f))));
    }
    dict.insert(
        "LinAlgError".into(),
        Value::Obj(LINALG_ERROR.with(|c| c.clone())),
    );
    Ok(Value::obj(HeapObj::Module(PyModule {
        name: "numpy.linalg".into(),
        dict: RefCell::new(dict),
    })))
}

/// Calls a `np.linalg` function.
pub fn call_linalg(
    vm: &mut dyn Interp,
    f: LinalgFn,
    args: Vec<Value>,
    kw: KwArgs,
) -> PyResult<Value> {
    match f {
        LinalgFn::Norm => {
            let b = bind("norm", &["x", "ord", "axis", "keepdims"], 1, args, kw)?;
            let x = to_ndarray(vm, &b.required("x")?)?;
            let axes = axis_arg(vm, b.get("axis"))?;
            let keepdims = b.flag(vm, "keepdims", false)?;
            let ord = ord_arg(vm, b.get("ord"))?;
            norm(&x, ord, axes, keepdims).map(array_or_scalar)
        }
        LinalgFn::Det => {
            let b = bind("det", &["a"], 1, args, kw)?;
            let a = square_stack(&to_ndarray(vm, &b.required("a")?)?)?;
            let n = a.shape[a.ndim() - 1];
            let values: Vec<f64> = matrices(&a).iter().map(|m| Lu::new(m, n).det()).collect();
            let shape = a.shape[..a.ndim() - 2].to_vec();
            Ok(array_or_scalar(
                NdArray::from_vec(values, &shape).map_err(array_err)?,
            ))
        }
        LinalgFn::Inv => {
            let b = bind("inv", &["a"], 1, args, kw)?;
            let a = square_stack(&to_ndarray(vm, &b.required("a")?)?)?;
            let n = a.shape[a.ndim() - 1];
            let mut out = Vec::with_capacity(a.size());
            for m in matrices(&a) {
                out.extend(
                    Lu::new(&m, n)
                        .inverse()
                        .ok_or_else(|| linalg_error("Singular matrix"))?,
                );
            }
            Ok(array_or_scalar(
                NdArray::from_vec(out, &a.shape).map_err(array_err)?,
            ))
        }
        LinalgFn::Solve => {
            let b = bind("solve", &["a", "b"], 2, args, kw)?;
            let a = square_stack(&to_ndarray(vm, &b.required("a")?)?)?;
            let rhs = as_f64(&to_ndarray(vm, &b.required("b")?)?)?;
            solve(&a, &rhs).map(array_or_scalar)
        }
    }
}

/// The `ord=` argument: a number, `inf`, `'fro'` or `'nuc'`.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Ord {
    Default,
    Number(f64),
    Fro,
    Nuc,
}

fn ord_arg(vm: &mut dyn Interp, v: Option<&Value>) -> PyResult<Ord> {
    match v {
        None => Ok(Ord::Default),
        Some(v) if is_none(v) => Ok(Ord::Default),
        Some(v) => match v.as_str() {
            Some("fro") => Ok(Ord::Fro),
            Some("nuc") => Ok(Ord::Nuc),
            Some(_) => Err(PyErr::value_error("Invalid norm order for matrices.")),
            None => Ok(Ord::Number(crate::numpy::core::convert::f64_arg(vm, v)?)),
        },
    }
}

/// Converts to float64 (complex inputs are not supported by this module).
fn as_f64(a: &NdArray) -> PyResult<NdArray> {
    if a.dtype.is_complex() {
        return Err(PyErr::not_supported(
            "micronumpy's linalg works on real matrices only",
        ));
    }
    Ok(if a.dtype == DType::Float64 {
        a.clone()
    } else {
        a.astype(DType::Float64)
    })
}

/// Checks a stack of square matrices (NumPy's messages) and converts it to float64.
fn square_stack(a: &NdArray) -> PyResult<NdArray> {
    if a.ndim() < 2 {
        return Err(linalg_error(format!(
            "{}-dimensional array given. Array must be at least two-dimensional",
            a.ndim()
        )));
    }
    let (r, c) = (a.shape[a.ndim() - 2], a.shape[a.ndim() - 1]);
    if r != c {
        return Err(linalg_error(
            "Last 2 dimensions of the array must be square",
        ));
    }
    as_f64(a)
}

/// The matrices of a stack, each row-major.
fn matrices(a: &NdArray) -> Vec<Vec<f64>> {
    let n = a.shape[a.ndim() - 1] * a.shape[a.ndim() - 2];
    let values = a.to_vec::<f64>();
    if n == 0 {
        let count: usize = a.shape[..a.ndim() - 2].iter().product();
        return vec![Vec::new(); count];
    }
    values.chunks(n).map(|c| c.to_vec()).collect()
}

/// `np.linalg.solve(a, b)`: `b` is a vector when 1-d, else a (stack of) matrix.
fn solve(a: &NdArray, b: &NdArray) -> PyResult<NdArray> {
    let n = a.shape[a.ndim() - 1];
    let vector = b.ndim() == 1;
    let core_len = if vector {
        b.shape[0]
    } else if b.ndim() >= 2 {
        b.shape[b.ndim() - 2]
    } else {
        0
    };
    if b.ndim() == 0 || core_len != n {
        let (fname, sig) = if vector {
            ("solve1", "(m,m),(m)->(m)")
        } else {
            ("solve", "(m,m),(m,n)->(m,n)")
        };
        return Err(PyErr::value_error(format!(
            "{fname}: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature {sig} (size {core_len} is different from {n})"
        )));
    }
    let k = if vector { 1 } else { b.shape[b.ndim() - 1] };
    let stack = &a.shape[..a.ndim() - 2];
    let b_stack: &[usize] = if vector {
        &[]
    } else {
        &b.shape[..b.ndim() - 2]
    };
    let batch = mnpy_arrays::shape::broadcast_shapes(&[stack, b_stack]).map_err(array_err)?;
    let mut a_shape = batch.clone();
    a_shape.extend([n, n]);
    let a_full = a.broadcast_to(&a_shape).map_err(array_err)?;
    let mut b_shape = batch.clone();
    if vector {
        b_shape.push(n);
    } else {
        b_shape.extend([n, k]);
    }
    let b_full = b.broadcast_to(&b_shape).map_err(array_err)?;
    let a_values = a_full.to_vec::<f64>();
    let b_values = b_full.to_vec::<f64>();
    let mut out = Vec::with_capacity(b_values.len());
    let count: usize = batch.iter().product();
    for i in 0..count {
        let m = &a_values[i * n * n..(i + 1) * n * n];
        let rhs = &b_values[i * n * k..(i + 1) * n * k];
        out.extend(
            Lu::new(m, n)
                .solve(rhs, k)
                .ok_or_else(|| linalg_error("Singular matrix"))?,
        );
    }
    NdArray::from_vec(out, &b_shape).map_err(array_err)
}

/// Sum over `axes` of `values` (pairwise, as NumPy's `add.reduce`).
fn sum_axes(values: &NdArray, axes: Option<&[isize]>, keepdims: bool) -> PyResult<NdArray> {
    reduce::sum(values, axes, keepdims, None).map_err(array_err)
}

fn abs_f64(x: &NdArray) -> PyResult<NdArray> {
    let a = unary_array(UnaryOp::Absolute, x).map_err(array_err)?.array;
    Ok(if a.dtype == DType::Float64 {
        a
    } else {
        a.astype(DType::Float64)
    })
}

fn map_f64(x: &NdArray, f: impl Fn(f64) -> f64) -> PyResult<NdArray> {
    let values: Vec<f64> = x.to_vec::<f64>().into_iter().map(f).collect();
    NdArray::from_vec(values, &x.shape).map_err(array_err)
}

/// `np.linalg.norm`.
fn norm(x: &NdArray, ord: Ord, axes: Option<Vec<isize>>, keepdims: bool) -> PyResult<NdArray> {
    let x = if x.dtype.is_complex() || x.dtype == DType::Float64 {
        x.clone()
    } else {
        x.astype(DType::Float64)
    };
    let nd = x.ndim();
    let axes = match axes {
        Some(a) => a,
        None => {
            let flat_ok = ord == Ord::Default
                || (nd == 2 && ord == Ord::Fro)
                || (nd == 1 && matches!(ord, Ord::Number(2.0)));
            if flat_ok {
                let sq = abs_f64(&x)?;
                let squared = map_f64(&sq, |v| v * v)?;
                let total = sum_axes(&squared, None, keepdims)?;
                return map_f64(&total, f64::sqrt);
            }
            (0..nd as isize).collect()
        }
    };
    match axes.len() {
        1 => vector_norm(&x, ord, axes[0], keepdims),
        2 => matrix_norm(&x, ord, axes[0], axes[1], keepdims),
        _ => Err(PyErr::value_error("Improper number of dimensions to norm.")),
    }
}

fn vector_norm(x: &NdArray, ord: Ord, axis: isize, keepdims: bool) -> PyResult<NdArray> {
    let ax = [axis];
    let absx = abs_f64(x)?;
    let p = match ord {
        Ord::Default => 2.0,
        Ord::Number(p) => p,
        Ord::Fro | Ord::Nuc => return Err(PyErr::value_error("Invalid norm order for vectors.")),
    };
    if p == f64::INFINITY {
        return reduce::max(&absx, Some(&ax), keepdims).map_err(array_err);
    }
    if p == f64::NEG_INFINITY {
        return reduce::min(&absx, Some(&ax), keepdims).map_err(array_err);
    }
    if p == 0.0 {
        let nonzero = map_f64(&absx, |v| if v != 0.0 { 1.0 } else { 0.0 })?;
        return sum_axes(&nonzero, Some(&ax), keepdims);
    }
    if p == 1.0 {
        return sum_axes(&absx, Some(&ax), keepdims);
    }
    if p == 2.0 {
        let squared = map_f64(&absx, |v| v * v)?;
        return map_f64(&sum_axes(&squared, Some(&ax), keepdims)?, f64::sqrt);
    }
    let powered = map_f64(&absx, |v| v.powf(p))?;
    let inv = 1.0 / p;
    map_f64(&sum_axes(&powered, Some(&ax), keepdims)?, |v| v.powf(inv))
}

fn matrix_norm(x: &NdArray, ord: Ord, row: isize, col: isize, keepdims: bool) -> PyResult<NdArray> {
    let nd = x.ndim() as isize;
    let r = mnpy_arrays::array::normalize_axis(row, x.ndim()).map_err(array_err)?;
    let c = mnpy_arrays::array::normalize_axis(col, x.ndim()).map_err(array_err)?;
    if r == c {
        return Err(PyErr::value_error("Duplicate axes given."));
    }
    let absx = abs_f64(x)?;
    let finish = |res: NdArray| -> PyResult<NdArray> {
        if !keepdims {
            return Ok(res);
        }
        let mut shape = x.shape.clone();
        shape[r] = 1;
        shape[c] = 1;
        res.copy().reshape_exact(&shape).map_err(array_err)
    };
    let _ = nd;
    match ord {
        Ord::Default | Ord::Fro => {
            let squared = map_f64(&absx, |v| v * v)?;
            let total = sum_axes(&squared, Some(&[r as isize, c as isize]), false)?;
            finish(map_f64(&total, f64::sqrt)?)
        }
        Ord::Number(p) if p.abs() == 1.0 || p.is_infinite() => {
            // ord=±1: extreme of column sums; ord=±inf: extreme of row sums.
            let (sum_axis, other) = if p.abs() == 1.0 { (r, c) } else { (c, r) };
            let sums = sum_axes(&absx, Some(&[sum_axis as isize]), false)?;
            let other = if other > sum_axis { other - 1 } else { other };
            let res = if p > 0.0 {
                reduce::max(&sums, Some(&[other as isize]), false)
            } else {
                reduce::min(&sums, Some(&[other as isize]), false)
            };
            finish(res.map_err(array_err)?)
        }
        Ord::Nuc | Ord::Number(_) => Err(PyErr::not_supported(
            "micronumpy's linalg.norm has no singular-value norms (ord=2, -2, 'nuc')",
        )),
    }
}
