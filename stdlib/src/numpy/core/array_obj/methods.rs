//! Methods of `ndarray`: shape methods (`reshape`, `ravel`, `transpose`, ...), conversions
//! (`astype`, `item`, `tolist`, `copy`), `fill`, and the Python dunders called by name
//! (`a.__add__(1)`); reductions, sorting and selection methods go to the `stats` part.

use super::{array_truth, as_array, index_value, store_source, view_value};
use crate::args::Args;
use crate::np_methods;
use crate::numpy::core::convert::{dtype_arg, int_arg, scalar_to_py, shape_arg};
use crate::numpy::core::index_key::index_items;
use crate::numpy::core::{array_err, array_value, ops};
use crate::numpy::module::shaping::{
    element_order, ravel_axes, read_order, reshape_order, ElementOrder,
};
use mnpy_arrays::{set_index, BinaryOp, NdArray, Scalar, UnaryOp};
use mnpy_runtime::interp_api::{BinOp, CmpOp, Interp, KwArgs};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, Value};

np_methods! {
    /// Every method of `ndarray` by Python name.
    pub enum ArrayMethod {
        Reshape = "reshape", Ravel = "ravel", Flatten = "flatten", Copy = "copy", Astype = "astype",
        Transpose = "transpose", Swapaxes = "swapaxes", Squeeze = "squeeze", Item = "item",
        Tolist = "tolist", Fill = "fill", Conj = "conj", Conjugate = "conjugate",
        Diagonal = "diagonal", Repeat = "repeat", View = "view",
        Sum = "sum", Prod = "prod", Mean = "mean", Std = "std", Var = "var", Min = "min",
        Max = "max", Argmin = "argmin", Argmax = "argmax", All = "all", Any = "any",
        Cumsum = "cumsum", Cumprod = "cumprod", Ptp = "ptp", Nonzero = "nonzero", Clip = "clip",
        Round = "round", Argsort = "argsort", Searchsorted = "searchsorted", Dot = "dot",
        Trace = "trace", Sort = "sort",
        DunderCopy = "__copy__", DunderDeepcopy = "__deepcopy__", DunderArray = "__array__",
        Add = "__add__", RAdd = "__radd__", Sub = "__sub__", RSub = "__rsub__",
        Mul = "__mul__", RMul = "__rmul__", TrueDiv = "__truediv__", RTrueDiv = "__rtruediv__",
        FloorDiv = "__floordiv__", RFloorDiv = "__rfloordiv__", Mod = "__mod__", RMod = "__rmod__",
        Pow = "__pow__", RPow = "__rpow__", MatMul = "__matmul__", RMatMul = "__rmatmul__",
        And = "__and__", RAnd = "__rand__", Or = "__or__", ROr = "__ror__", Xor = "__xor__",
        RXor = "__rxor__", LShift = "__lshift__", RLShift = "__rlshift__", RShift = "__rshift__",
        RRShift = "__rrshift__", Divmod = "__divmod__", RDivmod = "__rdivmod__",
        Eq = "__eq__", Ne = "__ne__", Lt = "__lt__", Le = "__le__", Gt = "__gt__", Ge = "__ge__",
        Neg = "__neg__", Pos = "__pos__", Abs = "__abs__", Invert = "__invert__",
        Len = "__len__", GetItem = "__getitem__", SetItem = "__setitem__", Bool = "__bool__",
        Float = "__float__", Int = "__int__", Index = "__index__", Complex = "__complex__",
        DunderRound = "__round__",
    }
}

fn binop_of(m: ArrayMethod) -> Option<(BinOp, bool)> {
    use ArrayMethod::*;
    Some(match m {
        Add => (BinOp::Add, false),
        RAdd => (BinOp::Add, true),
        Sub => (BinOp::Sub, false),
        RSub => (BinOp::Sub, true),
        Mul => (BinOp::Mul, false),
        RMul => (BinOp::Mul, true),
        TrueDiv => (BinOp::TrueDiv, false),
        RTrueDiv => (BinOp::TrueDiv, true),
        FloorDiv => (BinOp::FloorDiv, false),
        RFloorDiv => (BinOp::FloorDiv, true),
        Mod => (BinOp::Mod, false),
        RMod => (BinOp::Mod, true),
        Pow => (BinOp::Pow, false),
        RPow => (BinOp::Pow, true),
        MatMul => (BinOp::MatMul, false),
        RMatMul => (BinOp::MatMul, true),
        And => (BinOp::And, false),
        RAnd => (BinOp::And, true),
        Or => (BinOp::Or, false),
        ROr => (BinOp::Or, true),
        Xor => (BinOp::Xor, false),
        RXor => (BinOp::Xor, true),
        LShift => (BinOp::LShift, false),
        RLShift => (BinOp::LShift, true),
        RShift => (BinOp::RShift, false),
        RRShift => (BinOp::RShift, true),
        _ => return None,
    })
}

fn cmpop_of(m: ArrayMethod) -> Option<CmpOp> {
    use ArrayMethod::*;
    Some(match m {
        Eq => CmpOp::Eq,
        Ne => CmpOp::Ne,
        Lt => CmpOp::Lt,
        Le => CmpOp::Le,
        Gt => CmpOp::Gt,
        Ge => CmpOp::Ge,
        _ => return None,
    })
}

fn one_arg(name: &'static str, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let a = Args::new(name, args, kw);
    a.no_kwargs()?;
    a.count(1, 1)?;
    Ok(a.pos[0].clone())
}

/// The nested-list form of an array (`a.tolist()`).
pub fn tolist(a: &NdArray) -> Value {
    fn rec(a: &NdArray, values: &[Scalar], dim: usize, pos: &mut usize) -> Value {
        if dim == a.ndim() {
            let v = scalar_to_py(values[*pos]);
            *pos += 1;
            return v;
        }
        let items = (0..a.shape[dim])
            .map(|_| rec(a, values, dim + 1, pos))
            .collect();
        Value::list(items)
    }
    let values = a.to_vec_scalars();
    if values.is_empty() && a.ndim() == 0 {
        return Value::None;
    }
    let mut pos = 0;
    rec(a, &values, 0, &mut pos)
}

/// Axes given as varargs or as one tuple/list (`a.transpose(1, 0)`, `a.reshape((2, 3))`).
fn varargs_ints(vm: &mut dyn Interp, args: &[Value]) -> PyResult<Vec<isize>> {
    if args.len() == 1 {
        return shape_arg(vm, &args[0]);
    }
    args.iter()
        .map(|v| int_arg(vm, v).map(|i| i as isize))
        .collect()
}

/// `a.item(*args)`.
fn item(vm: &mut dyn Interp, a: &NdArray, args: &[Value]) -> PyResult<Value> {
    let s = match args.len() {
        0 => {
            if a.size() != 1 {
                return Err(PyErr::value_error(
                    "can only convert an array of size 1 to a Python scalar",
                ));
            }
            a.get_flat(0).map_err(array_err)?
        }
        1 if !matches!(args[0].as_obj(), Some(HeapObj::Tuple(_))) => {
            let i = int_arg(vm, &args[0])?;
            let n = a.size() as i64;
            if i >= n || i < -n {
                return Err(PyErr::index_error(format!(
                    "index {i} is out of bounds for size {n}"
                )));
            }
            a.get_flat(i as isize).map_err(array_err)?
        }
        _ => {
            let idx = varargs_ints(vm, args)?;
            if idx.len() != a.ndim() {
                return Err(PyErr::value_error("incorrect number of indices for array"));
            }
            a.get(&idx).map_err(array_err)?
        }
    };
    Ok(scalar_to_py(s))
}

fn zero_d_scalar(a: &NdArray) -> PyResult<Scalar> {
    if a.ndim() != 0 {
        return Err(PyErr::type_error(
            "only 0-dimensional arrays can be converted to Python scalars",
        ));
    }
    a.item().map_err(array_err)
}

/// Calls the method `m` of the ndarray `this`.
pub fn call_method(
    vm: &mut dyn Interp,
    this: &Value,
    m: ArrayMethod,
    args: Vec<Value>,
    kw: KwArgs,
) -> PyResult<Value> {
    use ArrayMethod::*;
    let Some(arr) = as_array(this) else {
        return Err(PyErr::type_error(
            "descriptor requires a 'numpy.ndarray' object",
        ));
    };
    let a = arr.array.clone();
    if let Some((op, reflected)) = binop_of(m) {
        let other = one_arg(m.name(), args, kw)?;
        return Ok(ops::binary(vm, op, this, &other, reflected)?.unwrap_or(Value::NotImplemented));
    }
    if let Some(op) = cmpop_of(m) {
        let other = one_arg(m.name(), args, kw)?;
        return Ok(ops::compare(vm, op, this, &other)?.unwrap_or(Value::NotImplemented));
    }
    match m {
        Reshape => {
            let mut p = Args::new("reshape", args, kw);
            let order = p.take_kw("order");
            let shape = match p.take_kw("shape") {
                Some(s) => shape_arg(vm, &s)?,
                None => varargs_ints(vm, &p.pos)?,
            };
            p.finish()?;
            let fortran = element_order(vm, order.as_ref(), &a, false)? == ElementOrder::F;
            let r = reshape_order(&a, &shape, fortran)?;
            Ok(if r.shares_buffer(&a) {
                view_value(r, this)
            } else {
                array_value(r)
            })
        }
        Ravel => {
            let mut p = Args::new("ravel", args, kw);
            let order = p.arg(0, "order");
            p.finish()?;
            let axes = read_order(vm, order.as_ref(), &a)?;
            let r = ravel_axes(&a, &axes)?;
            Ok(if r.shares_buffer(&a) {
                view_value(r, this)
            } else {
                array_value(r)
            })
        }
        Flatten => {
            let mut p = Args::new("flatten", args, kw);
            let order = p.arg(0, "order");
            p.finish()?;
            let axes = read_order(vm, order.as_ref(), &a)?;
            Ok(array_value(ravel_axes(&a, &axes)?.copy()))
        }
        Copy | DunderCopy | DunderDeepcopy => Ok(array_value(a.copy())),
        Astype => {
            let mut p = Args::new("astype", args, kw);
            let dt = p.arg(0, "dtype").ok_or_else(|| {
                PyErr::type_error("astype() missing required argument 'dtype' (pos 1)")
            })?;
            let copy = match p.arg(1, "copy") {
                Some(c) => vm.truthy(&c)?,
                None => true,
            };
            let _ = p.take_kw("casting");
            p.finish()?;
            let d = dtype_arg(vm, &dt)?.unwrap_or(mnpy_arrays::DType::Float64);
            if !copy && d == a.dtype {
                return Ok(this.clone());
            }
            Ok(array_value(a.astype(d)))
        }
        Transpose => {
            let p = Args::new("transpose", args, kw);
            p.no_kwargs()?;
            let axes = if p.pos.is_empty() || (p.pos.len() == 1 && matches!(p.pos[0], Value::None))
            {
                None
            } else {
                Some(varargs_ints(vm, &p.pos)?)
            };
            Ok(view_value(
                a.transpose(axes.as_deref()).map_err(array_err)?,
                this,
            ))
        }
        Swapaxes => {
            let p = Args::new("swapaxes", args, kw);
            p.count(2, 2)?;
            let (x, y) = (int_arg(vm, &p.pos[0])?, int_arg(vm, &p.pos[1])?);
            Ok(view_value(
                a.swapaxes(x as isize, y as isize).map_err(array_err)?,
                this,
            ))
        }
        Squeeze => {
            let mut p = Args::new("squeeze", args, kw);
            let axis = p.arg(0, "axis");
            p.finish()?;
            let axes = crate::numpy::core::axis_arg(vm, axis.as_ref())?;
            Ok(view_value(
                a.squeeze(axes.as_deref()).map_err(array_err)?,
                this,
            ))
        }
        Item => {
            Args::new("item", args.clone(), kw).no_kwargs()?;
            item(vm, &a, &args)
        }
        Tolist => {
            Args::new("tolist", args, kw).count(0, 0)?;
            Ok(if a.ndim() == 0 {
                scalar_to_py(a.item().map_err(array_err)?)
            } else {
                tolist(&a)
            })
        }
        Fill => {
            let v = one_arg("fill", args, kw)?;
            let src = store_source(vm, &v, a.dtype)?;
            if src.size() != 1 {
                return Err(PyErr::value_error("fill value must be a scalar"));
            }
            a.fill(src.get_flat(0).map_err(array_err)?);
            Ok(Value::None)
        }
        // NumPy returns the array itself unless it is complex
        Conj | Conjugate if !a.dtype.is_complex() => Ok(this.clone()),
        Conj | Conjugate => ops::apply_unary(vm, UnaryOp::Conjugate, this),
        Diagonal => {
            let mut p = Args::new("diagonal", args, kw);
            let k = match p.arg(0, "offset") {
                Some(v) => int_arg(vm, &v)?,
                None => 0,
            };
            p.finish()?;
            Ok(array_value(
                mnpy_arrays::create::diagonal(&a, k as isize).map_err(array_err)?,
            ))
        }
        Repeat => {
            let mut full = vec![this.clone()];
            full.extend(args);
            crate::numpy::module::call_np(vm, crate::numpy::module::NpFn::Repeat, full, kw)
        }
        View => {
            let p = Args::new("view", args, kw);
            p.count(0, 1)?;
            match p.pos.first() {
                None | Some(Value::None) => Ok(view_value(a, this)),
                Some(d) => match dtype_arg(vm, d)? {
                    Some(d) if d == a.dtype => Ok(view_value(a, this)),
                    _ => Err(PyErr::not_supported(
                        "micronumpy does not reinterpret array data as another dtype",
                    )),
                },
            }
        }
        Sort => crate::numpy::stats::sort_method(vm, &a, args, kw),
        Sum | Prod | Mean | Std | Var | Min | Max | Argmin | Argmax | All | Any | Cumsum
        | Cumprod | Ptp | Nonzero | Clip | Round | Argsort | Searchsorted | Dot | Trace => {
            match crate::numpy::stats::array_method(vm, m.name(), this, args, kw)? {
                Some(v) => Ok(v),
                None => Err(PyErr::attribute(format!(
                    "'numpy.ndarray' object has no attribute '{}'",
                    m.name()
                ))),
            }
        }
        DunderArray => Ok(this.clone()),
        Divmod | RDivmod => {
            let other = one_arg(m.name(), args, kw)?;
            let (l, r) = if m == Divmod {
                (this.clone(), other)
            } else {
                (other, this.clone())
            };
            let q = ops::apply_binary(vm, BinaryOp::FloorDivide, &l, &r)?;
            let rem = ops::apply_binary(vm, BinaryOp::Remainder, &l, &r)?;
            Ok(Value::tuple(vec![q, rem]))
        }
        Neg => Ok(ops::unary(vm, 0, this)?.unwrap_or(Value::NotImplemented)),
        Pos => Ok(ops::unary(vm, 1, this)?.unwrap_or(Value::NotImplemented)),
        Invert => Ok(ops::unary(vm, 3, this)?.unwrap_or(Value::NotImplemented)),
        Abs => ops::apply_unary(vm, UnaryOp::Absolute, this),
        Len => match a.shape.first() {
            Some(&n) => Ok(Value::Int(n as i64)),
            None => Err(PyErr::type_error("len() of unsized object")),
        },
        GetItem => {
            let key = one_arg("__getitem__", args, kw)?;
            let items = index_items(vm, &key)?;
            index_value(this, &a, &items)
        }
        SetItem => {
            let p = Args::new("__setitem__", args, kw);
            p.count(2, 2)?;
            let items = index_items(vm, &p.pos[0])?;
            let src = store_source(vm, &p.pos[1], a.dtype)?;
            set_index(&a, &items, &src).map_err(array_err)?;
            Ok(Value::None)
        }
        Bool => Ok(Value::Bool(array_truth(&a)?)),
        Float => Ok(Value::Float(zero_d_scalar(&a)?.to_f64())),
        Complex => Ok(scalar_to_py(
            zero_d_scalar(&a)?.cast(mnpy_arrays::DType::Complex128),
        )),
        Int => {
            let s = zero_d_scalar(&a)?;
            let py = scalar_to_py(s);
            crate::construct::int_of(vm, &py)
        }
        Index => {
            if a.ndim() != 0 || !(a.dtype.is_integer() || a.dtype == mnpy_arrays::DType::Bool) {
                return Err(PyErr::type_error(
                    "only integer scalar arrays can be converted to a scalar index",
                ));
            }
            Ok(scalar_to_py(a.item().map_err(array_err)?))
        }
        DunderRound => {
            let mut full = vec![this.clone()];
            full.extend(args);
            crate::numpy::stats::call_stat(vm, crate::numpy::stats::StatFn::Round, full, kw)
        }
        _ => Err(PyErr::type_error(format!(
            "ndarray.{}() is not supported",
            m.name()
        ))),
    }
}
