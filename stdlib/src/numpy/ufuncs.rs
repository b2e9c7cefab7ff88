//! NumPy's ufunc objects (`np.add`, `np.sqrt`, ...): one [`Ufunc`] native object per
//! `BinaryOp`/`UnaryOp` of `mnpy_arrays::ufunc`, shown as `<ufunc 'add'>`, with `__name__`,
//! `nin`, `nout`, calls taking `out=` and `dtype=`, and the methods `reduce`, `accumulate`,
//! `outer` and `at` (in `ufuncs/methods.rs`). Output handling (`out=` with NumPy's
//! `same_kind` casting rule) lives in `ufuncs/output.rs`.

pub mod methods;
pub mod output;

use crate::modules::method::NativeMethod;
use crate::native::{downcast_native, native_value, NativeObject};
use crate::numpy::core::array_err;
use crate::numpy::core::classes::make_class;
use crate::numpy::core::{array_or_scalar, dtype_arg, to_operand, warn_fp};
use mnpy_arrays::promote::Operand;
use mnpy_arrays::ufunc::{binary_op, unary_op, BinaryOp, UfuncResult, UnaryOp};
use mnpy_arrays::{DType, NdArray};
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::object::{AttrMap, HeapObj};
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};
use std::any::Any;
use std::rc::Rc;

/// The operation a ufunc object stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UfuncOp {
    /// A two-input ufunc.
    Binary(BinaryOp),
    /// A one-input ufunc.
    Unary(UnaryOp),
}

impl UfuncOp {
    /// NumPy's `ufunc.__name__`.
    pub fn name(self) -> &'static str {
        match self {
            UfuncOp::Binary(op) => op.name(),
            UfuncOp::Unary(op) => op.name(),
        }
    }

    /// Number of inputs.
    pub fn nin(self) -> usize {
        match self {
            UfuncOp::Binary(_) => 2,
            UfuncOp::Unary(_) => 1,
        }
    }
}

/// Every binary ufunc under its NumPy names (aliases included).
const BINARY_NAMES: [(&str, BinaryOp); 29] = [
    ("add", BinaryOp::Add),
    ("subtract", BinaryOp::Subtract),
    ("multiply", BinaryOp::Multiply),
    ("divide", BinaryOp::Divide),
    ("true_divide", BinaryOp::Divide),
    ("floor_divide", BinaryOp::FloorDivide),
    ("remainder", BinaryOp::Remainder),
    ("mod", BinaryOp::Remainder),
    ("power", BinaryOp::Power),
    ("maximum", BinaryOp::Maximum),
    ("minimum", BinaryOp::Minimum),
    ("fmax", BinaryOp::Fmax),
    ("fmin", BinaryOp::Fmin),
    ("arctan2", BinaryOp::Arctan2),
    ("hypot", BinaryOp::Hypot),
    ("logical_and", BinaryOp::LogicalAnd),
    ("logical_or", BinaryOp::LogicalOr),
    ("logical_xor", BinaryOp::LogicalXor),
    ("bitwise_and", BinaryOp::BitwiseAnd),
    ("bitwise_or", BinaryOp::BitwiseOr),
    ("bitwise_xor", BinaryOp::BitwiseXor),
    ("left_shift", BinaryOp::LeftShift),
    ("right_shift", BinaryOp::RightShift),
    ("equal", BinaryOp::Equal),
    ("not_equal", BinaryOp::NotEqual),
    ("less", BinaryOp::Less),
    ("less_equal", BinaryOp::LessEqual),
    ("greater", BinaryOp::Greater),
    ("greater_equal", BinaryOp::GreaterEqual),
];

/// Aliases of unary ufuncs beyond their own names.
const UNARY_ALIASES: [(&str, UnaryOp); 4] = [
    ("abs", UnaryOp::Absolute),
    ("conj", UnaryOp::Conjugate),
    ("bitwise_not", UnaryOp::Invert),
    ("bitwise_invert", UnaryOp::Invert),
];

thread_local! {
    static UFUNC_CLASS: Rc<HeapObj> =
        make_class("ufunc", "numpy", vec![TypeTag::Object.class()], TypeTag::Object, AttrMap::default());
}

/// A ufunc object.
pub struct Ufunc {
    /// What it computes.
    pub op: UfuncOp,
}

/// A ufunc as a Python value.
pub fn ufunc_value(op: UfuncOp) -> Value {
    native_value(Box::new(Ufunc { op }))
}

/// Adds every ufunc to the numpy module dict.
pub fn register(_vm: &mut dyn Interp, dict: &mut AttrMap) -> PyResult<()> {
    for (name, op) in BINARY_NAMES {
        dict.insert(name.into(), ufunc_value(UfuncOp::Binary(op)));
    }
    for op in UnaryOp::ALL {
        dict.insert(op.name().into(), ufunc_value(UfuncOp::Unary(op)));
    }
    for (name, op) in UNARY_ALIASES {
        dict.insert(name.into(), ufunc_value(UfuncOp::Unary(op)));
    }
    dict.insert("ufunc".into(), Value::Obj(UFUNC_CLASS.with(|c| c.clone())));
    Ok(())
}

/// The ufunc op behind a value, if it is a ufunc object.
pub fn ufunc_op_of(v: &Value) -> Option<UfuncOp> {
    downcast_native::<Ufunc>(v).map(|u| u.op)
}

/// Applies a binary or unary op to operands (already converted), with an optional loop dtype.
pub fn compute(op: UfuncOp, operands: &[Operand], dtype: Option<DType>) -> PyResult<UfuncResult> {
    let operands: Vec<Operand> = match dtype {
        Some(d) => operands
            .iter()
            .map(|o| Operand::Array(operand_as(o, d)))
            .collect(),
        None => operands.to_vec(),
    };
    let result = match (op, operands.as_slice()) {
        (UfuncOp::Binary(b), [x, y]) => binary_op(b, x, y),
        (UfuncOp::Unary(u), [x]) => unary_op(u, x),
        _ => {
            return Err(PyErr::type_error(format!(
                "{}() takes {} inputs",
                op.name(),
                op.nin()
            )))
        }
    };
    result.map_err(array_err)
}

/// An operand as an array of `dtype` (weak Python scalars cast to it).
fn operand_as(op: &Operand, dtype: DType) -> NdArray {
    match op {
        Operand::Array(a) => a.astype(dtype),
        other => {
            let value = match other {
                Operand::PyInt(v) => {
                    if dtype.is_float() || dtype.is_complex() {
                        mnpy_arrays::Scalar::F64(*v as f64)
                    } else {
                        mnpy_arrays::Scalar::I64(*v as i64)
                    }
                }
                _ => other
                    .weak_value()
                    .unwrap_or(mnpy_arrays::Scalar::Bool(false)),
            };
            NdArray::from_scalar(value.cast(dtype))
        }
    }
}

/// `ufunc(*inputs, out=None, dtype=None)`.
pub fn call_ufunc(
    vm: &mut dyn Interp,
    op: UfuncOp,
    mut args: Vec<Value>,
    kw: KwArgs,
) -> PyResult<Value> {
    let nin = op.nin();
    let name = op.name();
    if args.len() < nin || args.len() > nin + 1 {
        let given = args.len();
        return Err(PyErr::type_error(format!(
            "{name}() takes from {nin} to {} positional arguments but {given} {} given",
            nin + 1,
            if given == 1 { "was" } else { "were" }
        )));
    }
    let mut out = if args.len() > nin { args.pop() } else { None };
    let mut dtype = None;
    for (k, v) in kw {
        match &*k {
            "out" => {
                if out.is_some() {
                    return Err(PyErr::type_error(
                        "cannot specify 'out' as both a positional and keyword argument",
                    ));
                }
                out = Some(v);
            }
            "dtype" => dtype = dtype_arg(vm, &v)?,
            "casting" | "order" | "subok" => {}
            "where" => {
                if !matches!(v, Value::Bool(true)) {
                    return Err(PyErr::not_supported(format!(
                        "micronumpy does not support where= in ufunc '{name}'"
                    )));
                }
            }
            other => {
                return Err(PyErr::type_error(format!(
                    "{name}() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let out = output::normalize_out(vm, out)?;
    let mut operands = Vec::with_capacity(nin);
    for a in &args {
        operands.push(to_operand(vm, a)?);
    }
    let result = compute(op, &operands, dtype)?;
    match out {
        Some(target) => {
            let shapes: Vec<Vec<usize>> = operands.iter().map(|o| o.shape().to_vec()).collect();
            output::write_out(vm, name, &shapes, &result.array, &target)?;
            warn_fp(vm, result.errors, name)?;
            Ok(target)
        }
        None => {
            warn_fp(vm, result.errors, name)?;
            Ok(array_or_scalar(result.array))
        }
    }
}

impl NativeObject for Ufunc {
    fn type_name(&self) -> String {
        "numpy.ufunc".into()
    }

    fn class(&self) -> Option<Rc<HeapObj>> {
        Some(UFUNC_CLASS.with(|c| c.clone()))
    }

    fn call(
        &self,
        vm: &mut dyn Interp,
        _this: &Value,
        args: Vec<Value>,
        kw: KwArgs,
    ) -> PyResult<Value> {
        call_ufunc(vm, self.op, args, kw)
    }

    fn getattr(&self, _vm: &mut dyn Interp, this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match name {
            "__name__" | "__qualname__" => Value::str(self.op.name()),
            "nin" => Value::Int(self.op.nin() as i64),
            "nout" => Value::Int(1),
            "nargs" => Value::Int(self.op.nin() as i64 + 1),
            "identity" => methods::identity_value(self.op),
            "reduce" => NativeMethod::bound(this, "reduce", methods::reduce_method),
            "accumulate" => NativeMethod::bound(this, "accumulate", methods::accumulate_method),
            "outer" => NativeMethod::bound(this, "outer", methods::outer_method),
            "at" => NativeMethod::bound(this, "at", methods::at_method),
            _ => return Ok(None),
        }))
    }

    fn repr(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<String> {
        Ok(format!("<ufunc '{}'>", self.op.name()))
    }

    fn hash(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<i64> {
        Ok(match self.op {
            UfuncOp::Binary(op) => op as i64 + 1000,
            UfuncOp::Unary(op) => op as i64 + 2000,
        })
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_aliases() {
        // python3 -c 'import numpy as np; print(np.true_divide.__name__, np.mod.__name__, np.abs.__name__)'
        // -> divide remainder absolute
        let find = |n: &str| {
            BINARY_NAMES
                .iter()
                .find(|(k, _)| *k == n)
                .map(|(_, op)| *op)
        };
        assert_eq!(
            UfuncOp::Binary(find("true_divide").unwrap()).name(),
            "divide"
        );
        assert_eq!(UfuncOp::Binary(find("mod").unwrap()).name(), "remainder");
        assert_eq!(UfuncOp::Unary(UNARY_ALIASES[0].1).name(), "absolute");
        assert_eq!(UfuncOp::Unary(UnaryOp::Sqrt).nin(), 1);
    }

    #[test]
    fn dtype_loop_casts_inputs() {
        // python3 -c 'import numpy as np; print(repr(np.multiply(np.array([100,100],np.int8),3,dtype=np.int16)))'
        // -> array([300, 300], dtype=int16)
        let a = NdArray::from_vec(vec![100i8, 100], &[2]).unwrap();
        let r = compute(
            UfuncOp::Binary(BinaryOp::Multiply),
            &[Operand::Array(a), Operand::PyInt(3)],
            Some(DType::Int16),
        )
        .ok()
        .unwrap();
        assert_eq!(r.array.dtype, DType::Int16);
        assert_eq!(r.array.to_vec::<i16>(), vec![300, 300]);
    }
}
