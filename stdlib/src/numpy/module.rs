//! The `numpy` module object ([`make_module`]) and the functions of this part as one closed
//! enum [`NpFn`] wrapped in the native object [`NpFunction`]: creation (`array`, `zeros`,
//! `arange`, `linspace`, `eye`, `meshgrid`, ...), shape functions (`reshape`, `transpose`,
//! `concatenate`, `stack`, `split`, `tile`, `repeat`, `roll`, `flip`, `pad`, ...), print
//! options and `errstate`.
//!
//! Submodules: `creation`, `shaping`, `joining` (concatenate/stack/split/tile/repeat/roll/
//! flip/pad), `settings` (print options, errstate), `namespace` (constants, dtype names,
//! classes, `np.exceptions`).

pub mod creation;
pub mod joining;
pub mod namespace;
pub mod settings;
pub mod shaping;

use crate::native::{native_value, NativeObject};
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::object::{AttrMap, HeapObj, PyModule};
use mnpy_runtime::{PyResult, Value};
use std::any::Any;
use std::cell::RefCell;

macro_rules! np_fns {
    ($($variant:ident => $name:literal),* $(,)?) => {
        /// Every function of this part, by its NumPy name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum NpFn { $( #[doc = $name] $variant ),* }

        impl NpFn {
            /// Every function, in registration order.
            pub const ALL: &'static [NpFn] = &[$(NpFn::$variant),*];
            /// The NumPy name (`np.<name>`).
            pub fn name(self) -> &'static str {
                match self { $(NpFn::$variant => $name),* }
            }
        }
    };
}

np_fns! {
    Array => "array", Asarray => "asarray", Asanyarray => "asanyarray",
    Ascontiguousarray => "ascontiguousarray", Zeros => "zeros", Ones => "ones", Empty => "empty",
    Full => "full", ZerosLike => "zeros_like", OnesLike => "ones_like", EmptyLike => "empty_like",
    FullLike => "full_like", Arange => "arange", Linspace => "linspace", Logspace => "logspace",
    Eye => "eye", Identity => "identity", Diag => "diag", Diagonal => "diagonal",
    Fromfunction => "fromfunction", Meshgrid => "meshgrid", Indices => "indices", Copy => "copy",
    Tile => "tile", Repeat => "repeat",
    Reshape => "reshape", Ravel => "ravel", Squeeze => "squeeze", ExpandDims => "expand_dims",
    Transpose => "transpose", Swapaxes => "swapaxes", Moveaxis => "moveaxis",
    BroadcastTo => "broadcast_to", Atleast1d => "atleast_1d", Atleast2d => "atleast_2d",
    Concatenate => "concatenate", Stack => "stack", Vstack => "vstack", Hstack => "hstack",
    ColumnStack => "column_stack", Split => "split", ArraySplit => "array_split",
    Roll => "roll", Flip => "flip", Fliplr => "fliplr", Flipud => "flipud", Pad => "pad",
    Shape => "shape", Size => "size", Ndim => "ndim", ResultType => "result_type",
    PromoteTypes => "promote_types", Isscalar => "isscalar",
    SetPrintoptions => "set_printoptions", GetPrintoptions => "get_printoptions",
    Printoptions => "printoptions", ArrayRepr => "array_repr", ArrayStr => "array_str",
    Array2string => "array2string", Errstate => "errstate", Seterr => "seterr", Geterr => "geterr",
}

/// A function object of this part (`np.zeros`, ...).
pub struct NpFunction(pub NpFn);

impl NativeObject for NpFunction {
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
        call_np(vm, self.0, args, kw)
    }
    fn getattr(&self, _vm: &mut dyn Interp, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "__name__" | "__qualname__" => Some(Value::str(self.0.name())),
            "__module__" => Some(Value::str("numpy")),
            _ => None,
        })
    }
    fn repr(&self, _vm: &mut dyn Interp, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<function {} at {:#x}>",
            self.0.name(),
            crate::modules::method::address_of(this)
        ))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Calls `np.<f>(*args, **kw)`.
pub fn call_np(vm: &mut dyn Interp, f: NpFn, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    use NpFn::*;
    match f {
        Array | Asarray | Asanyarray | Ascontiguousarray | Zeros | Ones | Empty | Full
        | ZerosLike | OnesLike | EmptyLike | FullLike | Arange | Linspace | Logspace | Eye
        | Identity | Diag | Diagonal | Fromfunction | Meshgrid | Indices | Copy => {
            creation::call(vm, f, args, kw)
        }
        Reshape | Ravel | Squeeze | ExpandDims | Transpose | Swapaxes | Moveaxis | BroadcastTo
        | Atleast1d | Atleast2d | Shape | Size | Ndim | ResultType | PromoteTypes | Isscalar => {
            shaping::call(vm, f, args, kw)
        }
        Tile | Repeat | Concatenate | Stack | Vstack | Hstack | ColumnStack | Split
        | ArraySplit | Roll | Flip | Fliplr | Flipud | Pad => joining::call(vm, f, args, kw),
        SetPrintoptions | GetPrintoptions | Printoptions | ArrayRepr | ArrayStr | Array2string
        | Errstate | Seterr | Geterr => settings::call(vm, f, args, kw),
    }
}

/// The `numpy` module: this part's functions and names, then the other parts' `register`
/// functions and the `random` and `linalg` submodules.
pub fn make_module(vm: &mut dyn Interp) -> PyResult<Value> {
    let mut dict = AttrMap::default();
    dict.insert("__name__".into(), Value::str("numpy"));
    dict.insert("__doc__".into(), Value::None);
    dict.insert("__version__".into(), Value::str("2.4.6"));
    for &f in NpFn::ALL {
        dict.insert(f.name().into(), native_value(Box::new(NpFunction(f))));
    }
    namespace::register(vm, &mut dict)?;
    super::ufuncs::register(vm, &mut dict)?;
    super::stats::register(vm, &mut dict)?;
    super::io::register(vm, &mut dict)?;
    dict.insert("random".into(), super::random::make_submodule(vm)?);
    dict.insert("linalg".into(), super::linalg::make_submodule(vm)?);
    Ok(Value::obj(HeapObj::Module(PyModule {
        name: "numpy".into(),
        dict: RefCell::new(dict),
    })))
}
