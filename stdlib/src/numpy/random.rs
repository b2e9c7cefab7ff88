//! The `np.random` submodule: the legacy global `RandomState` functions (`seed`, `rand`,
//! `randn`, `random`, `randint`, `uniform`, `normal`, `choice`, `shuffle`, `permutation`, ...)
//! in `random/legacy_fns.rs`, and `default_rng(seed)` returning `Generator` objects
//! (`random/generator_obj.rs`); narrow integer dtypes are drawn in `random/small_ints.rs`.
//! Streams come from `mnpy_arrays::random`, which reproduces NumPy's MT19937 and PCG64
//! generators bit for bit.
//!
//! Shared helpers here: the `size=` handling common to every sampler, `choice`'s element
//! selection, and in-place shuffling of ndarrays and lists along the first axis.

pub mod generator_obj;
pub mod legacy_fns;
pub mod small_ints;

use crate::modules::random::random_err;
use crate::numpy::core::{array_err, array_value, scalar_value, to_ndarray};
use crate::numpy::stats::params::{is_none, shape_arg};
use crate::numpy::ufuncs::methods::take_along;
use crate::numpy::ufuncs::output::ndarray_of;
use mnpy_arrays::random::RandomError;
use mnpy_arrays::{get_index, IndexItem, Indexed, NdArray};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::{AttrMap, HeapObj, PyModule};
use mnpy_runtime::{PyErr, PyResult, Value};
use std::cell::RefCell;

/// Builds the `numpy.random` module object.
pub fn make_submodule(vm: &mut dyn Interp) -> PyResult<Value> {
    let mut dict = AttrMap::default();
    dict.insert("__name__".into(), Value::str("numpy.random"));
    legacy_fns::register(vm, &mut dict)?;
    generator_obj::register(vm, &mut dict)?;
    Ok(Value::obj(HeapObj::Module(PyModule {
        name: "numpy.random".into(),
        dict: RefCell::new(dict),
    })))
}

/// Converts a sampler error to the Python exception NumPy raises.
pub fn rand_err(e: RandomError) -> PyErr {
    random_err(e)
}

/// A seed from the clock and the process id, for unseeded generators (NumPy reads OS
/// entropy; any unpredictable value will do).
pub fn entropy_words() -> Vec<u32> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let pid = std::process::id();
    vec![
        nanos as u32,
        (nanos >> 32) as u32,
        (nanos >> 64) as u32,
        pid,
    ]
}

/// The `size=` argument: `None` for a single draw, else the output shape.
pub fn size_arg(vm: &mut dyn Interp, v: Option<&Value>) -> PyResult<Option<Vec<usize>>> {
    match v {
        None => Ok(None),
        Some(v) if is_none(v) => Ok(None),
        Some(v) => Ok(Some(shape_arg(vm, v)?)),
    }
}

/// Fills a float64 result of `size` (a Python float when `size` is `None`).
pub fn float_result(
    size: Option<Vec<usize>>,
    mut fill: impl FnMut(&mut [f64]) -> Result<(), RandomError>,
) -> PyResult<Value> {
    match size {
        None => {
            let mut one = [0.0];
            fill(&mut one).map_err(rand_err)?;
            Ok(Value::Float(one[0]))
        }
        Some(shape) => {
            let n: usize = shape.iter().product();
            let mut values = vec![0.0; n];
            fill(&mut values).map_err(rand_err)?;
            Ok(array_value(
                NdArray::from_vec(values, &shape).map_err(array_err)?,
            ))
        }
    }
}

/// The population of `choice(a, ...)`: its size, and the 1-d array when `a` is array-like.
pub fn choice_population(vm: &mut dyn Interp, a: &Value) -> PyResult<(i64, Option<NdArray>)> {
    if let Value::Int(n) = a {
        return Ok((*n, None));
    }
    let arr = to_ndarray(vm, a)?;
    if arr.ndim() == 0 {
        if let Some(n) = arr.item().ok().and_then(|s| s.to_i128()) {
            return Ok((n as i64, None));
        }
        return Err(PyErr::value_error("a must be 1-dimensional or an integer"));
    }
    if arr.ndim() != 1 {
        return Err(PyErr::value_error("a must be 1-dimensional"));
    }
    Ok((arr.shape[0] as i64, Some(arr)))
}

/// `choice`'s result from the chosen indices: elements of the population (or the indices
/// themselves), a single item when `size` is `None`.
pub fn choice_result(
    population: Option<NdArray>,
    indices: Vec<i64>,
    size: Option<Vec<usize>>,
) -> PyResult<Value> {
    match (population, size) {
        (None, None) => Ok(Value::Int(indices.first().copied().unwrap_or(0))),
        (None, Some(shape)) => Ok(array_value(
            NdArray::from_vec(indices, &shape).map_err(array_err)?,
        )),
        (Some(pop), size) => {
            let n = indices.len();
            let idx = NdArray::from_vec(indices, &[n]).map_err(array_err)?;
            let picked = match get_index(&pop, &[IndexItem::IntArray(idx)]).map_err(array_err)? {
                Indexed::View(v) | Indexed::Copy(v) => v,
                Indexed::Scalar(s) => NdArray::from_scalar(s),
            };
            match size {
                None => Ok(scalar_value(picked.get_flat(0).map_err(array_err)?)),
                Some(shape) => Ok(array_value(
                    picked.reshape_exact(&shape).map_err(array_err)?,
                )),
            }
        }
    }
}

/// A generator's `shuffle_with(len, swap)`: calls `swap(i, j)` for each Fisher-Yates step.
pub type ShuffleWith<'a> = dyn FnMut(usize, &mut dyn FnMut(usize, usize)) + 'a;

/// Shuffles `x` (an ndarray along its first axis, or a list) in place, the swaps chosen by
/// `shuffle_with(len, swap)` of a generator.
pub fn shuffle_value(x: &Value, shuffle_with: &mut ShuffleWith) -> PyResult<()> {
    if let Some(a) = ndarray_of(x) {
        if a.ndim() == 0 {
            return Err(PyErr::type_error(
                "object of type 'numpy.ndarray' has no len()",
            ));
        }
        shuffle_array(&a, shuffle_with);
        return Ok(());
    }
    if let Value::Obj(o) = x {
        if let HeapObj::List(items) = &**o {
            let len = items.borrow().len();
            shuffle_with(len, &mut |i, j| items.borrow_mut().swap(i, j));
            return Ok(());
        }
    }
    Err(PyErr::type_error(
        "micronumpy can only shuffle ndarrays and lists in place",
    ))
}

/// Shuffles an ndarray view in place along axis 0.
pub fn shuffle_array(a: &NdArray, shuffle_with: &mut ShuffleWith) {
    let len = a.shape[0];
    if a.ndim() == 1 {
        let mut values = a.to_vec_scalars();
        shuffle_with(len, &mut |i, j| values.swap(i, j));
        a.assign_from_scalars(&values);
        return;
    }
    shuffle_with(len, &mut |i, j| {
        let row_i = take_along(a, 0, i);
        let row_j = take_along(a, 0, j);
        let saved = row_i.copy();
        row_i.assign_array(&row_j);
        row_j.assign_array(&saved);
    });
}
