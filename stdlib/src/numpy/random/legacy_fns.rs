//! The functions of `np.random` that use the legacy global `RandomState` (MT19937): `seed`,
//! `rand`, `randn`, `random`, `random_sample`, `standard_normal`, `randint`, `uniform`,
//! `normal`, `choice`, `shuffle`, `permutation`. One closed enum [`LegacyFn`]; every function
//! object shares the one global state.

use super::small_ints::{is_narrow, narrow_integers};
use super::{
    choice_population, choice_result, entropy_words, float_result, rand_err, shuffle_value,
    size_arg,
};
use crate::native::{native_value, NativeObject};
use crate::numpy::core::convert::int_arg;
use crate::numpy::core::{array_err, array_value, dtype_arg, scalar_value, to_ndarray};
use crate::numpy::stats::params::bind;
use crate::numpy::ufuncs::output::ndarray_of;
use mnpy_arrays::random::LegacyRandomState;
use mnpy_arrays::{DType, NdArray, Scalar};
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::object::AttrMap;
use mnpy_runtime::{PyErr, PyResult, Value};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// A function of the legacy global generator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LegacyFn {
    /// `seed(seed=None)`
    Seed,
    /// `rand(*shape)`
    Rand,
    /// `randn(*shape)`
    Randn,
    /// `random(size=None)`
    Random,
    /// `random_sample(size=None)`
    RandomSample,
    /// `standard_normal(size=None)`
    StandardNormal,
    /// `randint(low, high=None, size=None, dtype=int)`
    Randint,
    /// `uniform(low=0.0, high=1.0, size=None)`
    Uniform,
    /// `normal(loc=0.0, scale=1.0, size=None)`
    Normal,
    /// `choice(a, size=None, replace=True, p=None)`
    Choice,
    /// `shuffle(x)`
    Shuffle,
    /// `permutation(x)`
    Permutation,
}

impl LegacyFn {
    const ALL: [LegacyFn; 12] = [
        LegacyFn::Seed,
        LegacyFn::Rand,
        LegacyFn::Randn,
        LegacyFn::Random,
        LegacyFn::RandomSample,
        LegacyFn::StandardNormal,
        LegacyFn::Randint,
        LegacyFn::Uniform,
        LegacyFn::Normal,
        LegacyFn::Choice,
        LegacyFn::Shuffle,
        LegacyFn::Permutation,
    ];

    /// The name in `np.random`.
    pub fn name(self) -> &'static str {
        match self {
            LegacyFn::Seed => "seed",
            LegacyFn::Rand => "rand",
            LegacyFn::Randn => "randn",
            LegacyFn::Random => "random",
            LegacyFn::RandomSample => "random_sample",
            LegacyFn::StandardNormal => "standard_normal",
            LegacyFn::Randint => "randint",
            LegacyFn::Uniform => "uniform",
            LegacyFn::Normal => "normal",
            LegacyFn::Choice => "choice",
            LegacyFn::Shuffle => "shuffle",
            LegacyFn::Permutation => "permutation",
        }
    }
}

/// The global state shared by the legacy functions.
pub type SharedState = Rc<RefCell<LegacyRandomState>>;

/// A legacy `np.random` function object.
pub struct LegacyFunction {
    /// Which function.
    pub f: LegacyFn,
    /// The global `RandomState`.
    pub state: SharedState,
}

/// Adds the legacy functions (sharing one freshly seeded state) to the module dict.
pub fn register(_vm: &mut dyn Interp, dict: &mut AttrMap) -> PyResult<()> {
    let mut initial = LegacyRandomState::new(0);
    initial
        .seed_array(
            &entropy_words()
                .iter()
                .map(|&w| w as i128)
                .collect::<Vec<_>>(),
        )
        .map_err(rand_err)?;
    let state: SharedState = Rc::new(RefCell::new(initial));
    for f in LegacyFn::ALL {
        dict.insert(
            f.name().into(),
            native_value(Box::new(LegacyFunction {
                f,
                state: state.clone(),
            })),
        );
    }
    Ok(())
}

impl NativeObject for LegacyFunction {
    fn type_name(&self) -> String {
        "builtin_function_or_method".into()
    }
    fn call(
        &self,
        vm: &mut dyn Interp,
        _this: &Value,
        args: Vec<Value>,
        kw: KwArgs,
    ) -> PyResult<Value> {
        call_legacy(vm, self.f, &self.state, args, kw)
    }
    fn getattr(&self, _vm: &mut dyn Interp, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "__name__" | "__qualname__" => Some(Value::str(self.f.name())),
            _ => None,
        })
    }
    fn repr(&self, _vm: &mut dyn Interp, this: &Value) -> PyResult<String> {
        let addr = match this {
            Value::Obj(o) => Rc::as_ptr(o) as *const u8 as usize,
            _ => 0,
        };
        Ok(format!(
            "<built-in method {} of numpy.random.mtrand.RandomState object at {addr:#x}>",
            self.f.name()
        ))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Dimensions given as separate arguments (`rand(2, 3)`).
fn dims_of(vm: &mut dyn Interp, args: &[Value]) -> PyResult<Option<Vec<usize>>> {
    if args.is_empty() {
        return Ok(None);
    }
    let mut dims = Vec::with_capacity(args.len());
    for a in args {
        let d = int_arg(vm, a)?;
        dims.push(
            usize::try_from(d)
                .map_err(|_| PyErr::value_error("negative dimensions are not allowed"))?,
        );
    }
    Ok(Some(dims))
}

/// An integer bound of `randint`.
fn int_bound(vm: &mut dyn Interp, v: &Value) -> PyResult<i128> {
    match v.to_bigint() {
        Some(b) => {
            use num_traits::ToPrimitive;
            b.to_i128()
                .ok_or_else(|| PyErr::value_error("high is out of bounds for int64"))
        }
        None => Ok(int_arg(vm, v)? as i128),
    }
}

/// Calls a legacy function.
pub fn call_legacy(
    vm: &mut dyn Interp,
    f: LegacyFn,
    state: &SharedState,
    args: Vec<Value>,
    kw: KwArgs,
) -> PyResult<Value> {
    let name = f.name();
    match f {
        LegacyFn::Seed => {
            let b = bind(name, &["seed"], 0, args, kw)?;
            match b.get_some("seed") {
                None => {
                    let words: Vec<i128> = entropy_words().iter().map(|&w| w as i128).collect();
                    state.borrow_mut().seed_array(&words).map_err(rand_err)?;
                }
                Some(v) if v.is_int_like() || is_integer_scalar(v) => {
                    let seed = int_bound(vm, v)?;
                    state.borrow_mut().seed(seed).map_err(rand_err)?;
                }
                Some(v) => {
                    let arr = to_ndarray(vm, v)?;
                    let words: Vec<i128> = arr
                        .to_vec_scalars()
                        .iter()
                        .map(|s| s.to_i128().unwrap_or(-1))
                        .collect();
                    state.borrow_mut().seed_array(&words).map_err(rand_err)?;
                }
            }
            Ok(Value::None)
        }
        LegacyFn::Rand | LegacyFn::Randn => {
            if !kw.is_empty() {
                return Err(PyErr::type_error(format!(
                    "{name}() takes no keyword arguments"
                )));
            }
            let size = dims_of(vm, &args)?;
            let mut st = state.borrow_mut();
            if f == LegacyFn::Rand {
                float_result(size, |out| {
                    st.fill_random_sample(out);
                    Ok(())
                })
            } else {
                float_result(size, |out| {
                    st.fill_standard_normal(out);
                    Ok(())
                })
            }
        }
        LegacyFn::Random | LegacyFn::RandomSample | LegacyFn::StandardNormal => {
            let b = bind(name, &["size"], 0, args, kw)?;
            let size = size_arg(vm, b.get("size"))?;
            let mut st = state.borrow_mut();
            if f == LegacyFn::StandardNormal {
                float_result(size, |out| {
                    st.fill_standard_normal(out);
                    Ok(())
                })
            } else {
                float_result(size, |out| {
                    st.fill_random_sample(out);
                    Ok(())
                })
            }
        }
        LegacyFn::Uniform | LegacyFn::Normal => {
            let names: &'static [&'static str] = if f == LegacyFn::Uniform {
                &["low", "high", "size"]
            } else {
                &["loc", "scale", "size"]
            };
            let b = bind(name, names, 0, args, kw)?;
            let first = b.float(vm, names[0])?.unwrap_or(0.0);
            let second = b.float(vm, names[1])?.unwrap_or(1.0);
            let size = size_arg(vm, b.get("size"))?;
            let mut st = state.borrow_mut();
            if f == LegacyFn::Uniform {
                float_result(size, |out| st.fill_uniform(first, second, out))
            } else {
                float_result(size, |out| st.fill_normal(first, second, out))
            }
        }
        LegacyFn::Randint => {
            let b = bind(name, &["low", "high", "size", "dtype"], 1, args, kw)?;
            let low = int_bound(vm, &b.required("low")?)?;
            let high = match b.get_some("high") {
                Some(v) => Some(int_bound(vm, v)?),
                None => None,
            };
            let size = size_arg(vm, b.get("size"))?;
            let dtype = match b.get("dtype") {
                Some(v) => dtype_arg(vm, v)?,
                None => None,
            };
            if let Some(d) = dtype.filter(|&d| is_narrow(d)) {
                let (low, high) = match high {
                    Some(h) => (low, h),
                    None => (0, low),
                };
                let shape = size.clone().unwrap_or_default();
                let mut st = state.borrow_mut();
                let arr = narrow_integers(st.bit_source(), d, low, high, false, true, &shape)?;
                return narrow_result(arr, size.is_none());
            }
            let n = size.as_ref().map(|s| s.iter().product()).unwrap_or(1);
            let mut values = vec![0i64; n];
            state
                .borrow_mut()
                .fill_randint(low, high, &mut values)
                .map_err(rand_err)?;
            int_result(values, size, dtype)
        }
        LegacyFn::Choice => {
            let b = bind(name, &["a", "size", "replace", "p"], 1, args, kw)?;
            let (pop, population) = choice_population(vm, &b.required("a")?)?;
            let size = size_arg(vm, b.get("size"))?;
            let replace = b.flag(vm, "replace", true)?;
            let p: Option<Vec<f64>> = match b.get_some("p") {
                Some(v) => Some(to_ndarray(vm, v)?.to_vec::<f64>()),
                None => None,
            };
            let count = size.as_ref().map(|s| s.iter().product()).unwrap_or(1);
            let indices = state
                .borrow_mut()
                .choice_indices(pop, count, replace, p.as_deref())
                .map_err(rand_err)?;
            choice_result(population, indices, size)
        }
        LegacyFn::Shuffle => {
            let b = bind(name, &["x"], 1, args, kw)?;
            let x = b.required("x")?;
            let mut st = state.borrow_mut();
            shuffle_value(&x, &mut |len, swap| st.shuffle_with(len, swap))?;
            Ok(Value::None)
        }
        LegacyFn::Permutation => {
            let b = bind(name, &["x"], 1, args, kw)?;
            let x = b.required("x")?;
            if x.is_int_like() {
                let n = int_arg(vm, &x)?;
                let n = usize::try_from(n)
                    .map_err(|_| PyErr::value_error("negative dimensions are not allowed"))?;
                let values = state.borrow_mut().permutation(n).map_err(rand_err)?;
                return Ok(array_value(
                    NdArray::from_vec(values, &[n]).map_err(array_err)?,
                ));
            }
            let arr = match ndarray_of(&x) {
                Some(a) => a.copy(),
                None => to_ndarray(vm, &x)?.copy(),
            };
            if arr.ndim() == 0 {
                return Err(PyErr::index_error(
                    "x must be an integer or at least 1-dimensional",
                ));
            }
            let copy = array_value(arr);
            let mut st = state.borrow_mut();
            shuffle_value(&copy, &mut |len, swap| st.shuffle_with(len, swap))?;
            Ok(copy)
        }
    }
}

/// An integer sample: a Python int (default dtype) or NumPy scalar when `size` is `None`,
/// else an array of `dtype` (int64 by default).
pub fn int_result(
    values: Vec<i64>,
    size: Option<Vec<usize>>,
    dtype: Option<DType>,
) -> PyResult<Value> {
    match size {
        None => {
            let v = values.first().copied().unwrap_or(0);
            match dtype {
                None => Ok(Value::Int(v)),
                Some(d) => Ok(scalar_value(Scalar::I64(v).cast(d))),
            }
        }
        Some(shape) => {
            let arr = NdArray::from_vec(values, &shape).map_err(array_err)?;
            Ok(array_value(match dtype {
                Some(d) if d != DType::Int64 => arr.astype(d),
                _ => arr,
            }))
        }
    }
}

/// A narrow-dtype sample: the array, or its only element as a NumPy scalar for `size=None`.
pub fn narrow_result(arr: NdArray, scalar: bool) -> PyResult<Value> {
    if scalar {
        return Ok(scalar_value(arr.item().map_err(array_err)?));
    }
    Ok(array_value(arr))
}

/// True for NumPy integer scalars (`np.int64(5)`), accepted where Python ints are.
pub fn is_integer_scalar(v: &Value) -> bool {
    crate::native::downcast_native::<crate::numpy::core::PyScalar>(v)
        .map(|s| s.0.to_i128().is_some())
        .unwrap_or(false)
}
