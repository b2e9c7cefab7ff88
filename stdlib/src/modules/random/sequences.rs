//! The sequence functions of `random`: `choice`, `shuffle`, `sample` (with `counts=`) and
//! `choices` (with `weights=`/`cum_weights=`), drawing in exactly CPython's order.

use super::{method, random_err, with_rng};
use crate::args::{to_f64, to_index, type_name, Args};
use crate::modules::params::Signature;
use mnpy_runtime::interp_api::{BinOp, CmpOp, Interp};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, Value};

/// Calls `choice`, `shuffle`, `sample` or `choices`.
pub fn call(vm: &mut dyn Interp, f: BuiltinFn, a: Args) -> PyResult<Value> {
    use BuiltinFn as B;
    match f {
        B::RandomChoice => {
            let p = method("Random.choice", &["seq"], 1).bind(a)?;
            let seq = p[0].clone().unwrap_or(Value::None);
            let n = vm.len(&seq)?;
            if n == 0 {
                return Err(PyErr::index_error("Cannot choose from an empty sequence"));
            }
            let i = with_rng(|r| r.randbelow(n as u128)).map_err(random_err)?;
            item(vm, &seq, i as usize)
        }
        B::RandomShuffle => {
            let p = method("Random.shuffle", &["x"], 1).bind(a)?;
            shuffle(vm, &p[0].clone().unwrap_or(Value::None))
        }
        B::RandomSample => {
            let sig = Signature {
                name: "Random.sample",
                params: &["population", "k"],
                required: 2,
                kwonly: &["counts"],
                is_method: true,
            };
            let p = sig.bind(a)?;
            let population = p[0].clone().unwrap_or(Value::None);
            let k = p[1].clone().unwrap_or(Value::None);
            match &p[2] {
                None | Some(Value::None) => sample(vm, &population, &k).map(Value::list),
                Some(counts) => sample_counts(vm, &population, &k, counts),
            }
        }
        B::RandomChoices => {
            let sig = Signature {
                name: "Random.choices",
                params: &["population", "weights"],
                required: 1,
                kwonly: &["cum_weights", "k"],
                is_method: true,
            };
            let p = sig.bind(a)?;
            choices(
                vm,
                &p[0].clone().unwrap_or(Value::None),
                p[1].clone(),
                p[2].clone(),
                p[3].clone(),
            )
        }
        _ => Err(PyErr::type_error(format!(
            "random.{}() is not implemented",
            f.name()
        ))),
    }
}

/// `seq[i]`, directly for lists and tuples.
fn item(vm: &mut dyn Interp, seq: &Value, i: usize) -> PyResult<Value> {
    match seq.as_obj() {
        Some(HeapObj::List(l)) => {
            if let Some(v) = l.borrow().get(i) {
                return Ok(v.clone());
            }
        }
        Some(HeapObj::Tuple(t)) => {
            if let Some(v) = t.get(i) {
                return Ok(v.clone());
            }
        }
        _ => {}
    }
    vm.getitem(seq, &Value::Int(i as i64))
}

/// `shuffle(x)`: Fisher-Yates from the end, in place.
fn shuffle(vm: &mut dyn Interp, x: &Value) -> PyResult<Value> {
    let n = vm.len(x)?;
    let mut swaps = Vec::with_capacity(n);
    with_rng(|r| r.shuffle_with(n, |i, j| swaps.push((i, j))));
    if let Some(HeapObj::List(l)) = x.as_obj() {
        let mut items = l.borrow_mut();
        if items.len() == n {
            for (i, j) in swaps {
                items.swap(i, j);
            }
            return Ok(Value::None);
        }
    }
    for (i, j) in swaps {
        let (vi, vj) = (Value::Int(i as i64), Value::Int(j as i64));
        let a = vm.getitem(x, &vi)?;
        let b = vm.getitem(x, &vj)?;
        vm.setitem(x, &vi, b)?;
        vm.setitem(x, &vj, a)?;
    }
    Ok(Value::None)
}

/// Rejects populations that are not registered sequences (`list`, `tuple`, `str`, `range`), as
/// CPython's `isinstance(population, Sequence)` check does for sets, dicts and plain classes.
fn check_sequence(population: &Value) -> PyResult<()> {
    let ok = matches!(
        population.as_obj(),
        Some(HeapObj::List(_) | HeapObj::Tuple(_) | HeapObj::Str(_) | HeapObj::Range(_))
    );
    if !ok {
        return Err(PyErr::type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    Ok(())
}

/// `sample(population, k)` without counts.
fn sample(vm: &mut dyn Interp, population: &Value, k: &Value) -> PyResult<Vec<Value>> {
    check_sequence(population)?;
    let n = vm.len(population)?;
    let k = to_index(vm, k)?;
    let too_large = || PyErr::value_error("Sample larger than population or is negative");
    let k = usize::try_from(k).map_err(|_| too_large())?;
    let indices = with_rng(|r| r.sample_indices(n, k)).map_err(random_err)?;
    let mut out = Vec::with_capacity(k);
    for j in indices {
        out.push(item(vm, population, j)?);
    }
    Ok(out)
}

/// The running totals of an iterable (`list(accumulate(items))`).
fn cumulative(vm: &mut dyn Interp, items: &Value) -> PyResult<Vec<Value>> {
    let items = vm.collect(items)?;
    let mut out: Vec<Value> = Vec::with_capacity(items.len());
    for x in items {
        let total = match out.last() {
            Some(prev) => vm.binary(BinOp::Add, prev, &x)?,
            None => x,
        };
        out.push(total);
    }
    Ok(out)
}

/// `bisect_right(a, x, 0, hi)`.
fn bisect_right(vm: &mut dyn Interp, a: &[Value], x: f64, hi: usize) -> PyResult<usize> {
    let (mut lo, mut hi) = (0usize, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let below = match &a[mid] {
            Value::Float(m) => x < *m,
            Value::Int(m) if m.unsigned_abs() <= 1 << 53 => x < *m as f64,
            other => vm.compare_bool(CmpOp::Lt, &Value::Float(x), other)?,
        };
        if below {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// `sample(population, k, counts=counts)`.
fn sample_counts(
    vm: &mut dyn Interp,
    population: &Value,
    k: &Value,
    counts: &Value,
) -> PyResult<Value> {
    check_sequence(population)?;
    let n = vm.len(population)?;
    let mut cum_counts = cumulative(vm, counts)?;
    if cum_counts.len() != n {
        return Err(PyErr::value_error(
            "The number of counts does not match the population",
        ));
    }
    let total = cum_counts.pop().unwrap_or(Value::None);
    if !total.is_int_like() {
        return Err(PyErr::type_error("Counts must be integers"));
    }
    let total = to_index(vm, &total)?;
    if total <= 0 {
        return Err(PyErr::value_error(
            "Total of counts must be greater than zero",
        ));
    }
    let range = Value::obj(HeapObj::Range(mnpy_runtime::object::PyRange {
        start: 0,
        stop: total,
        step: 1,
    }));
    let selections = sample(vm, &range, k)?;
    let mut out = Vec::with_capacity(selections.len());
    for s in selections {
        let s = to_index(vm, &s)? as f64;
        let hi = cum_counts.len();
        let i = bisect_right(vm, &cum_counts, s, hi)?;
        out.push(item(vm, population, i)?);
    }
    Ok(Value::list(out))
}

/// `choices(population, weights=None, *, cum_weights=None, k=1)`.
fn choices(
    vm: &mut dyn Interp,
    population: &Value,
    weights: Option<Value>,
    cum_weights: Option<Value>,
    k: Option<Value>,
) -> PyResult<Value> {
    let weights = weights.filter(|w| !matches!(w, Value::None));
    let cum_weights = cum_weights.filter(|w| !matches!(w, Value::None));
    let n = vm.len(population)?;
    let k = match &k {
        Some(k) => to_index(vm, k)?.max(0) as usize,
        None => 1,
    };
    let cum_weights = match (weights, cum_weights) {
        (None, None) => {
            let mut out = Vec::with_capacity(k);
            for _ in 0..k {
                let i = with_rng(|r| (r.random() * n as f64).floor());
                out.push(vm.getitem(population, &Value::Int(i as i64))?);
            }
            return Ok(Value::list(out));
        }
        (Some(w), None) => match cumulative(vm, &w) {
            Ok(c) => c,
            Err(e) => {
                if let Value::Int(k) = w {
                    return Err(PyErr::type_error(format!(
                        "The number of choices must be a keyword argument: k={}",
                        k
                    )));
                }
                return Err(e);
            }
        },
        (None, Some(c)) => vm.collect(&c)?,
        (Some(_), Some(_)) => {
            return Err(PyErr::type_error(
                "Cannot specify both weights and cumulative weights",
            ));
        }
    };
    if cum_weights.len() != n {
        return Err(PyErr::value_error(
            "The number of weights does not match the population",
        ));
    }
    let last = cum_weights
        .last()
        .ok_or_else(|| PyErr::index_error("list index out of range"))?;
    let total = match last {
        Value::Float(x) => *x,
        v if v.is_int_like() => to_f64(vm, v)?,
        v => {
            let r = vm.binary(BinOp::Add, v, &Value::Float(0.0))?;
            match r {
                Value::Float(x) => x,
                other => {
                    return Err(PyErr::type_error(format!(
                        "must be real number, not {}",
                        type_name(&other)
                    )))
                }
            }
        }
    };
    if total <= 0.0 {
        return Err(PyErr::value_error(
            "Total of weights must be greater than zero",
        ));
    }
    if !total.is_finite() {
        return Err(PyErr::value_error("Total of weights must be finite"));
    }
    let mut out = Vec::with_capacity(k);
    for _ in 0..k {
        let x = with_rng(|r| r.random()) * total;
        let i = bisect_right(vm, &cum_weights, x, n - 1)?;
        out.push(item(vm, population, i)?);
    }
    Ok(Value::list(out))
}
