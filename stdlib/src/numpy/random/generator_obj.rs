//! `np.random.default_rng(seed)` and the `Generator` objects it returns (PCG64 streams):
//! `random`, `integers`, `normal`, `standard_normal`, `uniform`, `exponential`, `choice`,
//! `shuffle`, `permutation`.

use super::legacy_fns::{int_result, is_integer_scalar, narrow_result};
use super::small_ints::{is_narrow, narrow_integers};
use super::{
    choice_population, choice_result, entropy_words, float_result, rand_err, shuffle_value,
    size_arg,
};
use crate::modules::method::NativeMethod;
use crate::native::{downcast_native, native_value, NativeObject};
use crate::numpy::core::classes::make_class;
use crate::numpy::core::convert::int_arg;
use crate::numpy::core::{array_err, array_value, dtype_arg, to_ndarray};
use crate::numpy::stats::params::bind;
use crate::numpy::ufuncs::output::ndarray_of;
use mnpy_arrays::random::Generator;
use mnpy_arrays::{DType, NdArray};
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::object::{AttrMap, HeapObj};
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static GENERATOR_CLASS: Rc<HeapObj> =
        make_class("Generator", "numpy.random._generator", vec![TypeTag::Object.class()], TypeTag::Object, AttrMap::default());
}

/// A `numpy.random.Generator` object.
pub struct GeneratorObj {
    /// The PCG64-backed generator.
    pub generator: RefCell<Generator>,
}

/// The methods of `Generator` objects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GenMethod {
    /// `Generator.random`
    Random,
    /// `Generator.integers`
    Integers,
    /// `Generator.normal`
    Normal,
    /// `Generator.standard_normal`
    StandardNormal,
    /// `Generator.uniform`
    Uniform,
    /// `Generator.exponential`
    Exponential,
    /// `Generator.choice`
    Choice,
    /// `Generator.shuffle`
    Shuffle,
    /// `Generator.permutation`
    Permutation,
}

impl GenMethod {
    const ALL: [GenMethod; 9] = [
        GenMethod::Random,
        GenMethod::Integers,
        GenMethod::Normal,
        GenMethod::StandardNormal,
        GenMethod::Uniform,
        GenMethod::Exponential,
        GenMethod::Choice,
        GenMethod::Shuffle,
        GenMethod::Permutation,
    ];

    /// The method's name.
    pub fn name(self) -> &'static str {
        match self {
            GenMethod::Random => "random",
            GenMethod::Integers => "integers",
            GenMethod::Normal => "normal",
            GenMethod::StandardNormal => "standard_normal",
            GenMethod::Uniform => "uniform",
            GenMethod::Exponential => "exponential",
            GenMethod::Choice => "choice",
            GenMethod::Shuffle => "shuffle",
            GenMethod::Permutation => "permutation",
        }
    }

    /// Looks a method up by name.
    pub fn from_name(name: &str) -> Option<GenMethod> {
        GenMethod::ALL.into_iter().find(|m| m.name() == name)
    }
}

/// The `np.random.default_rng` function object.
pub struct DefaultRng;

/// Adds `default_rng` to the `np.random` dict.
pub fn register(_vm: &mut dyn Interp, dict: &mut AttrMap) -> PyResult<()> {
    dict.insert("default_rng".into(), native_value(Box::new(DefaultRng)));
    dict.insert(
        "Generator".into(),
        Value::Obj(GENERATOR_CLASS.with(|c| c.clone())),
    );
    Ok(())
}

impl NativeObject for DefaultRng {
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
        let b = bind("default_rng", &["seed"], 0, args, kw)?;
        let generator = match b.get_some("seed") {
            None => Generator::from_entropy_words(&entropy_words()),
            Some(v) if downcast_native::<GeneratorObj>(v).is_some() => return Ok(v.clone()),
            Some(v) if v.is_int_like() || is_integer_scalar(v) => {
                let seed = match v.to_bigint() {
                    Some(big) => {
                        use num_traits::ToPrimitive;
                        big.to_i128()
                            .ok_or_else(|| PyErr::value_error("seed is too large"))?
                    }
                    None => int_arg(vm, v)? as i128,
                };
                Generator::from_seed(seed).map_err(rand_err)?
            }
            Some(v) => {
                let arr = to_ndarray(vm, v)?;
                let mut words = Vec::new();
                for s in arr.to_vec_scalars() {
                    let value = s.to_i128().ok_or_else(|| {
                        PyErr::type_error(
                            "SeedSequence expects int or sequence of ints for entropy not float",
                        )
                    })?;
                    let part = mnpy_arrays::random::seed_sequence::signed_int_to_words(value)
                        .map_err(rand_err)?;
                    words.extend(part);
                }
                Generator::from_entropy_words(&words)
            }
        };
        Ok(native_value(Box::new(GeneratorObj {
            generator: RefCell::new(generator),
        })))
    }
    fn getattr(&self, _vm: &mut dyn Interp, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "__name__" | "__qualname__" => Some(Value::str("default_rng")),
            _ => None,
        })
    }
    fn repr(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<String> {
        Ok("<built-in function default_rng>".into())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl NativeObject for GeneratorObj {
    fn type_name(&self) -> String {
        "Generator".into()
    }
    fn class(&self) -> Option<Rc<HeapObj>> {
        Some(GENERATOR_CLASS.with(|c| c.clone()))
    }
    fn getattr(&self, _vm: &mut dyn Interp, this: &Value, name: &str) -> PyResult<Option<Value>> {
        let Some(method) = GenMethod::from_name(name) else {
            return Ok(None);
        };
        let f: crate::modules::method::MethodFn = match method {
            GenMethod::Random => |vm, this, a, k| gen_call(vm, this, GenMethod::Random, a, k),
            GenMethod::Integers => |vm, this, a, k| gen_call(vm, this, GenMethod::Integers, a, k),
            GenMethod::Normal => |vm, this, a, k| gen_call(vm, this, GenMethod::Normal, a, k),
            GenMethod::StandardNormal => {
                |vm, this, a, k| gen_call(vm, this, GenMethod::StandardNormal, a, k)
            }
            GenMethod::Uniform => |vm, this, a, k| gen_call(vm, this, GenMethod::Uniform, a, k),
            GenMethod::Exponential => {
                |vm, this, a, k| gen_call(vm, this, GenMethod::Exponential, a, k)
            }
            GenMethod::Choice => |vm, this, a, k| gen_call(vm, this, GenMethod::Choice, a, k),
            GenMethod::Shuffle => |vm, this, a, k| gen_call(vm, this, GenMethod::Shuffle, a, k),
            GenMethod::Permutation => {
                |vm, this, a, k| gen_call(vm, this, GenMethod::Permutation, a, k)
            }
        };
        Ok(Some(NativeMethod::bound(this, method.name(), f)))
    }
    fn repr(&self, _vm: &mut dyn Interp, this: &Value) -> PyResult<String> {
        let addr = match this {
            Value::Obj(o) => Rc::as_ptr(o) as *const u8 as usize,
            _ => 0,
        };
        Ok(format!("Generator(PCG64) at {addr:#X}"))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Calls the generator method `name` on the receiver `this`.
fn gen_call(
    vm: &mut dyn Interp,
    this: &Value,
    method: GenMethod,
    args: Vec<Value>,
    kw: KwArgs,
) -> PyResult<Value> {
    let obj = downcast_native::<GeneratorObj>(this).ok_or_else(|| {
        PyErr::type_error("descriptor requires a 'numpy.random.Generator' object")
    })?;
    let cell = &obj.generator;
    let name = method.name();
    match method {
        GenMethod::Random => {
            let b = bind(name, &["size", "dtype", "out"], 0, args, kw)?;
            let size = size_arg(vm, b.get("size"))?;
            check_float64(vm, b.get("dtype"))?;
            let mut g = cell.borrow_mut();
            float_result(size, |out| {
                g.fill_random(out);
                Ok(())
            })
        }
        GenMethod::StandardNormal => {
            let b = bind(name, &["size", "dtype", "out"], 0, args, kw)?;
            let size = size_arg(vm, b.get("size"))?;
            check_float64(vm, b.get("dtype"))?;
            let mut g = cell.borrow_mut();
            float_result(size, |out| {
                g.fill_standard_normal(out);
                Ok(())
            })
        }
        GenMethod::Normal | GenMethod::Uniform => {
            let names: &'static [&'static str] = if method == GenMethod::Normal {
                &["loc", "scale", "size"]
            } else {
                &["low", "high", "size"]
            };
            let b = bind(name, names, 0, args, kw)?;
            let first = b.float(vm, names[0])?.unwrap_or(0.0);
            let second = b.float(vm, names[1])?.unwrap_or(1.0);
            let size = size_arg(vm, b.get("size"))?;
            let mut g = cell.borrow_mut();
            if method == GenMethod::Normal {
                float_result(size, |out| g.fill_normal(first, second, out))
            } else {
                float_result(size, |out| g.fill_uniform(first, second, out))
            }
        }
        GenMethod::Exponential => {
            let b = bind(name, &["scale", "size"], 0, args, kw)?;
            let scale = b.float(vm, "scale")?.unwrap_or(1.0);
            let size = size_arg(vm, b.get("size"))?;
            let mut g = cell.borrow_mut();
            float_result(size, |out| {
                for slot in out.iter_mut() {
                    *slot = g.exponential(scale)?;
                }
                Ok(())
            })
        }
        GenMethod::Integers => {
            let b = bind(
                name,
                &["low", "high", "size", "dtype", "endpoint"],
                1,
                args,
                kw,
            )?;
            let low = int_arg(vm, &b.required("low")?)? as i128;
            let high = match b.get_some("high") {
                Some(v) => Some(int_arg(vm, v)? as i128),
                None => None,
            };
            let size = size_arg(vm, b.get("size"))?;
            let dtype = match b.get("dtype") {
                Some(v) => dtype_arg(vm, v)?,
                None => None,
            };
            let endpoint = b.flag(vm, "endpoint", false)?;
            if let Some(d) = dtype.filter(|&d| is_narrow(d)) {
                let (low, high) = match high {
                    Some(h) => (low, h),
                    None => (0, low),
                };
                let shape = size.clone().unwrap_or_default();
                let mut g = cell.borrow_mut();
                let arr =
                    narrow_integers(g.bit_generator(), d, low, high, endpoint, false, &shape)?;
                return narrow_result(arr, size.is_none());
            }
            let n = size.as_ref().map(|s| s.iter().product()).unwrap_or(1);
            let mut values = vec![0i64; n];
            cell.borrow_mut()
                .fill_integers(low, high, endpoint, &mut values)
                .map_err(rand_err)?;
            int_result(values, size, Some(dtype.unwrap_or(DType::Int64)))
        }
        GenMethod::Choice => {
            let b = bind(
                name,
                &["a", "size", "replace", "p", "axis", "shuffle"],
                1,
                args,
                kw,
            )?;
            let (pop, population) = choice_population(vm, &b.required("a")?)?;
            let size = size_arg(vm, b.get("size"))?;
            let replace = b.flag(vm, "replace", true)?;
            let shuffle = b.flag(vm, "shuffle", true)?;
            let p: Option<Vec<f64>> = match b.get_some("p") {
                Some(v) => Some(to_ndarray(vm, v)?.to_vec::<f64>()),
                None => None,
            };
            let count = size.as_ref().map(|s| s.iter().product()).unwrap_or(1);
            let indices = cell
                .borrow_mut()
                .choice_indices(pop, count, replace, p.as_deref(), shuffle)
                .map_err(rand_err)?;
            choice_result(population, indices, size)
        }
        GenMethod::Shuffle => {
            let b = bind(name, &["x", "axis"], 1, args, kw)?;
            let x = b.required("x")?;
            let mut g = cell.borrow_mut();
            shuffle_value(&x, &mut |len, swap| g.shuffle_with(len, swap))?;
            Ok(Value::None)
        }
        GenMethod::Permutation => {
            let b = bind(name, &["x", "axis"], 1, args, kw)?;
            let x = b.required("x")?;
            if x.is_int_like() {
                let n = int_arg(vm, &x)?;
                let n = usize::try_from(n)
                    .map_err(|_| PyErr::value_error("negative dimensions are not allowed"))?;
                let values = cell.borrow_mut().permutation(n).map_err(rand_err)?;
                return Ok(array_value(
                    NdArray::from_vec(values, &[n]).map_err(array_err)?,
                ));
            }
            let arr = match ndarray_of(&x) {
                Some(a) => a.copy(),
                None => to_ndarray(vm, &x)?.copy(),
            };
            if arr.ndim() == 0 {
                return Err(PyErr::value_error(
                    "x must be an integer or at least 1-dimensional",
                ));
            }
            let copy = array_value(arr);
            let mut g = cell.borrow_mut();
            shuffle_value(&copy, &mut |len, swap| g.shuffle_with(len, swap))?;
            Ok(copy)
        }
    }
}

/// Rejects `dtype=` values other than float64 (float32 streams are not implemented).
fn check_float64(vm: &mut dyn Interp, v: Option<&Value>) -> PyResult<()> {
    if let Some(v) = v {
        if let Some(d) = dtype_arg(vm, v)? {
            if d != DType::Float64 {
                return Err(PyErr::not_supported(format!(
                    "micronumpy's Generator only draws float64, not {}",
                    d.name()
                )));
            }
        }
    }
    Ok(())
}
