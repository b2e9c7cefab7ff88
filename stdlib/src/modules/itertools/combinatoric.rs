//! The combinatoric iterators: `product(*iterables, repeat=1)`, `permutations(iterable, r=None)`,
//! `combinations(iterable, r)` and `combinations_with_replacement(iterable, r)`. Each collects
//! its pools up front (as CPython does) and steps an index vector in lexicographic order.

use super::iterator;
use crate::args::{to_index, Args};
use crate::native::NativeIter;
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, Value};

/// Builds one of the combinatoric iterators.
pub fn make(vm: &mut dyn Interp, f: BuiltinFn, mut a: Args) -> PyResult<Value> {
    use BuiltinFn as B;
    if f == B::ItProduct {
        let repeat = a.take_kw("repeat");
        if let Some((k, _)) = a.kw.first() {
            return Err(PyErr::type_error(format!(
                "'{}' is an invalid keyword argument for product()",
                k
            )));
        }
        let repeat = match repeat {
            Some(r) => to_index(vm, &r)?,
            None => 1,
        };
        if repeat < 0 {
            return Err(PyErr::value_error("repeat argument cannot be negative"));
        }
        let mut distinct = Vec::with_capacity(a.pos.len());
        for it in &a.pos {
            distinct.push(vm.collect(it)?);
        }
        let mut pools = Vec::new();
        for _ in 0..repeat {
            pools.extend(distinct.iter().cloned());
        }
        let indices = vec![0; pools.len()];
        return Ok(iterator(
            Product {
                pools,
                indices,
                started: false,
                done: false,
            },
            "itertools.product",
        ));
    }
    let name = match f {
        B::ItPermutations => "permutations",
        B::ItCombinations => "combinations",
        _ => "combinations_with_replacement",
    };
    if a.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "{}() takes at most 2 arguments ({} given)",
            name,
            a.pos.len()
        )));
    }
    let iterable = a.arg(0, "iterable").ok_or_else(|| {
        PyErr::type_error(format!(
            "{}() missing required argument 'iterable' (pos 1)",
            name
        ))
    })?;
    let r = a.arg(1, "r");
    a.finish_builtin()?;
    let pool = vm.collect(&iterable)?;
    let r = match r {
        Some(Value::None) if f == B::ItPermutations => pool.len() as i64,
        None if f == B::ItPermutations => pool.len() as i64,
        None => {
            return Err(PyErr::type_error(format!(
                "{}() missing required argument 'r' (pos 2)",
                name
            )))
        }
        Some(r) => to_index(vm, &r)?,
    };
    if r < 0 {
        return Err(PyErr::value_error("r must be non-negative"));
    }
    let r = r as usize;
    let n = pool.len();
    Ok(match f {
        B::ItPermutations => {
            let cycles = if r <= n {
                (0..r).map(|i| n - i).collect()
            } else {
                Vec::new()
            };
            let state = Permutations {
                indices: (0..n).collect(),
                cycles,
                r,
                done: r > n,
                started: false,
                pool,
            };
            iterator(state, "itertools.permutations")
        }
        B::ItCombinations => {
            let state = Combinations {
                indices: (0..r).collect(),
                r,
                done: r > n,
                started: false,
                pool,
            };
            iterator(state, "itertools.combinations")
        }
        _ => {
            let state = CombinationsWithReplacement {
                indices: vec![0; r],
                r,
                done: n == 0 && r > 0,
                started: false,
                pool,
            };
            iterator(state, "itertools.combinations_with_replacement")
        }
    })
}

/// The tuple of `pool[i]` for the given indices.
fn pick(pool: &[Value], indices: &[usize]) -> Value {
    Value::tuple(indices.iter().map(|&i| pool[i].clone()).collect())
}

/// `product`: an odometer over the pools, the rightmost index turning fastest.
struct Product {
    pools: Vec<Vec<Value>>,
    indices: Vec<usize>,
    started: bool,
    done: bool,
}

impl NativeIter for Product {
    fn next(&mut self, _vm: &mut dyn Interp) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        if !self.started {
            self.started = true;
            if self.pools.iter().any(|p| p.is_empty()) {
                self.done = true;
                return Ok(None);
            }
        } else {
            let mut i = self.pools.len();
            loop {
                if i == 0 {
                    self.done = true;
                    return Ok(None);
                }
                i -= 1;
                self.indices[i] += 1;
                if self.indices[i] < self.pools[i].len() {
                    break;
                }
                self.indices[i] = 0;
            }
        }
        let items = self
            .indices
            .iter()
            .zip(&self.pools)
            .map(|(&i, p)| p[i].clone())
            .collect();
        Ok(Some(Value::tuple(items)))
    }
}

/// `permutations`: CPython's cycles algorithm.
struct Permutations {
    pool: Vec<Value>,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    r: usize,
    started: bool,
    done: bool,
}

impl NativeIter for Permutations {
    fn next(&mut self, _vm: &mut dyn Interp) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        if !self.started {
            self.started = true;
            return Ok(Some(pick(&self.pool, &self.indices[..self.r])));
        }
        let n = self.pool.len();
        for i in (0..self.r).rev() {
            self.cycles[i] -= 1;
            if self.cycles[i] == 0 {
                self.indices[i..].rotate_left(1);
                self.cycles[i] = n - i;
            } else {
                let j = self.cycles[i];
                self.indices.swap(i, n - j);
                return Ok(Some(pick(&self.pool, &self.indices[..self.r])));
            }
        }
        self.done = true;
        Ok(None)
    }
}

/// `combinations`: r increasing indices.
struct Combinations {
    pool: Vec<Value>,
    indices: Vec<usize>,
    r: usize,
    started: bool,
    done: bool,
}

impl NativeIter for Combinations {
    fn next(&mut self, _vm: &mut dyn Interp) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        if !self.started {
            self.started = true;
            return Ok(Some(pick(&self.pool, &self.indices)));
        }
        let (n, r) = (self.pool.len(), self.r);
        let Some(i) = (0..r).rev().find(|&i| self.indices[i] != i + n - r) else {
            self.done = true;
            return Ok(None);
        };
        self.indices[i] += 1;
        for j in i + 1..r {
            self.indices[j] = self.indices[j - 1] + 1;
        }
        Ok(Some(pick(&self.pool, &self.indices)))
    }
}

/// `combinations_with_replacement`: r non-decreasing indices.
struct CombinationsWithReplacement {
    pool: Vec<Value>,
    indices: Vec<usize>,
    r: usize,
    started: bool,
    done: bool,
}

impl NativeIter for CombinationsWithReplacement {
    fn next(&mut self, _vm: &mut dyn Interp) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        if !self.started {
            self.started = true;
            return Ok(Some(pick(&self.pool, &self.indices)));
        }
        let n = self.pool.len();
        let Some(i) = (0..self.r).rev().find(|&i| self.indices[i] != n - 1) else {
            self.done = true;
            return Ok(None);
        };
        let v = self.indices[i] + 1;
        for x in &mut self.indices[i..] {
            *x = v;
        }
        Ok(Some(pick(&self.pool, &self.indices)))
    }
}
