//! The iterators that transform other iterators: `chain` (and `chain.from_iterable`), `islice`,
//! `accumulate`, `starmap`, `takewhile`, `dropwhile`, `zip_longest` and `pairwise`.

use super::{iterator, no_keywords, positional};
use crate::args::{to_index, Args};
use crate::native::NativeIter;
use mnpy_runtime::interp_api::{BinOp, Interp};
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, Value};

/// Builds one of the iterators of this file.
pub fn make(vm: &mut dyn Interp, f: BuiltinFn, mut a: Args) -> PyResult<Value> {
    use BuiltinFn as B;
    match f {
        B::ItChain => {
            no_keywords("chain", &a)?;
            let source = vm.iter(&Value::tuple(a.pos))?;
            Ok(iterator(
                Chain {
                    source: Some(source),
                    active: None,
                },
                "itertools.chain",
            ))
        }
        B::ItChainFromIterable => {
            no_keywords("from_iterable", &a)?;
            if a.pos.len() != 1 {
                return Err(PyErr::type_error(format!(
                    "chain.from_iterable() takes exactly one argument ({} given)",
                    a.pos.len()
                )));
            }
            let source = vm.iter(&a.pos[0])?;
            Ok(iterator(
                Chain {
                    source: Some(source),
                    active: None,
                },
                "itertools.chain",
            ))
        }
        B::ItIslice => islice(vm, a),
        B::ItAccumulate => {
            if a.pos.len() > 2 {
                return Err(PyErr::type_error(format!(
                    "accumulate() takes at most 2 arguments ({} given)",
                    a.pos.len()
                )));
            }
            let iterable = a.arg(0, "iterable").ok_or_else(|| {
                PyErr::type_error("accumulate() missing required argument 'iterable' (pos 1)")
            })?;
            let func = a.arg(1, "func").filter(|f| !matches!(f, Value::None));
            let initial = a.take_kw("initial").filter(|v| !matches!(v, Value::None));
            a.finish_builtin()?;
            let source = vm.iter(&iterable)?;
            Ok(iterator(
                Accumulate {
                    source,
                    func,
                    total: None,
                    initial,
                },
                "itertools.accumulate",
            ))
        }
        B::ItStarmap | B::ItTakewhile | B::ItDropwhile => {
            let name = match f {
                B::ItStarmap => "starmap",
                B::ItTakewhile => "takewhile",
                _ => "dropwhile",
            };
            no_keywords(name, &a)?;
            positional(name, &a, 2, 2)?;
            let func = a.pos[0].clone();
            let source = vm.iter(&a.pos[1])?;
            Ok(match f {
                B::ItStarmap => iterator(Starmap { func, source }, "itertools.starmap"),
                B::ItTakewhile => iterator(
                    TakeWhile {
                        func,
                        source,
                        stopped: false,
                    },
                    "itertools.takewhile",
                ),
                _ => iterator(
                    DropWhile {
                        func,
                        source,
                        dropping: true,
                    },
                    "itertools.dropwhile",
                ),
            })
        }
        B::ItZipLongest => {
            let fill = a.take_kw("fillvalue").unwrap_or(Value::None);
            if !a.kw.is_empty() {
                return Err(PyErr::type_error(
                    "zip_longest() got an unexpected keyword argument",
                ));
            }
            let mut sources = Vec::with_capacity(a.pos.len());
            for x in &a.pos {
                sources.push(Some(vm.iter(x)?));
            }
            let active = sources.len();
            Ok(iterator(
                ZipLongest {
                    sources,
                    fill,
                    active,
                },
                "itertools.zip_longest",
            ))
        }
        B::ItPairwise => {
            no_keywords("pairwise", &a)?;
            positional("pairwise", &a, 1, 1)?;
            let source = vm.iter(&a.pos[0])?;
            Ok(iterator(
                Pairwise {
                    source: Some(source),
                    last: None,
                },
                "itertools.pairwise",
            ))
        }
        _ => Err(PyErr::type_error(format!(
            "itertools.{}() is not implemented",
            f.name()
        ))),
    }
}

/// `chain`: the items of each iterable the source yields, in turn.
struct Chain {
    source: Option<Value>,
    active: Option<Value>,
}

impl NativeIter for Chain {
    fn next(&mut self, vm: &mut dyn Interp) -> PyResult<Option<Value>> {
        loop {
            if let Some(active) = &self.active {
                if let Some(x) = vm.next(active)? {
                    return Ok(Some(x));
                }
                self.active = None;
            }
            let Some(source) = &self.source else {
                return Ok(None);
            };
            match vm.next(source)? {
                Some(iterable) => match vm.iter(&iterable) {
                    Ok(it) => self.active = Some(it),
                    Err(e) => {
                        self.source = None;
                        return Err(e);
                    }
                },
                None => {
                    self.source = None;
                    return Ok(None);
                }
            }
        }
    }
}

/// An `islice` bound: `None` or an int in `0..=sys.maxsize`.
fn slice_bound(vm: &mut dyn Interp, v: Option<&Value>, message: &str) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match to_index(vm, v) {
            Ok(i) if i >= 0 => Ok(Some(i)),
            _ => Err(PyErr::value_error(message)),
        },
    }
}

/// `islice(iterable, stop)` / `islice(iterable, start, stop[, step])`.
fn islice(vm: &mut dyn Interp, a: Args) -> PyResult<Value> {
    no_keywords("islice", &a)?;
    positional("islice", &a, 2, 4)?;
    let stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let start_msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (start, stop, step) = if a.pos.len() == 2 {
        (0, slice_bound(vm, a.pos.get(1), stop_msg)?, 1)
    } else {
        let start = slice_bound(vm, a.pos.get(1), start_msg)?.unwrap_or(0);
        let stop = slice_bound(vm, a.pos.get(2), stop_msg)?;
        let step = match a.pos.get(3) {
            None | Some(Value::None) => 1,
            Some(v) => match to_index(vm, v) {
                Ok(i) if i >= 1 => i,
                _ => {
                    return Err(PyErr::value_error(
                        "Step for islice() must be a positive integer or None.",
                    ))
                }
            },
        };
        (start, stop, step)
    };
    let source = vm.iter(&a.pos[0])?;
    Ok(iterator(
        Islice {
            source: Some(source),
            next: start,
            stop,
            step,
            count: 0,
        },
        "itertools.islice",
    ))
}

/// `islice`: the items at positions `next`, `next + step`, ... below `stop`.
struct Islice {
    source: Option<Value>,
    next: i64,
    stop: Option<i64>,
    step: i64,
    count: i64,
}

impl NativeIter for Islice {
    fn next(&mut self, vm: &mut dyn Interp) -> PyResult<Option<Value>> {
        let Some(source) = self.source.clone() else {
            return Ok(None);
        };
        while self.count < self.next {
            if vm.next(&source)?.is_none() {
                self.source = None;
                return Ok(None);
            }
            self.count += 1;
        }
        if matches!(self.stop, Some(s) if self.count >= s) {
            self.source = None;
            return Ok(None);
        }
        let Some(item) = vm.next(&source)? else {
            self.source = None;
            return Ok(None);
        };
        self.count += 1;
        self.next = match self.next.checked_add(self.step) {
            Some(n) => match self.stop {
                Some(s) if n > s => s,
                _ => n,
            },
            None => self.stop.unwrap_or(i64::MAX),
        };
        Ok(Some(item))
    }
}

/// `accumulate`: running totals (`+` or `func`), after `initial` if given.
struct Accumulate {
    source: Value,
    func: Option<Value>,
    total: Option<Value>,
    initial: Option<Value>,
}

impl NativeIter for Accumulate {
    fn next(&mut self, vm: &mut dyn Interp) -> PyResult<Option<Value>> {
        if let Some(initial) = self.initial.take() {
            self.total = Some(initial.clone());
            return Ok(Some(initial));
        }
        let Some(x) = vm.next(&self.source)? else {
            return Ok(None);
        };
        let total = match self.total.take() {
            None => x,
            Some(t) => match &self.func {
                None => match (&t, &x) {
                    (Value::Int(p), Value::Int(q)) if p.checked_add(*q).is_some() => {
                        Value::Int(p + q)
                    }
                    (Value::Float(p), Value::Float(q)) => Value::Float(p + q),
                    _ => vm.binary(BinOp::Add, &t, &x)?,
                },
                Some(f) => vm.call(f, vec![t, x], vec![])?,
            },
        };
        self.total = Some(total.clone());
        Ok(Some(total))
    }
}

/// `starmap`: `func(*item)` for each item.
struct Starmap {
    func: Value,
    source: Value,
}

impl NativeIter for Starmap {
    fn next(&mut self, vm: &mut dyn Interp) -> PyResult<Option<Value>> {
        let Some(item) = vm.next(&self.source)? else {
            return Ok(None);
        };
        let args = vm.collect(&item)?;
        vm.call(&self.func, args, vec![]).map(Some)
    }
}

/// `takewhile`: items while the predicate holds, then nothing.
struct TakeWhile {
    func: Value,
    source: Value,
    stopped: bool,
}

impl NativeIter for TakeWhile {
    fn next(&mut self, vm: &mut dyn Interp) -> PyResult<Option<Value>> {
        if self.stopped {
            return Ok(None);
        }
        let Some(x) = vm.next(&self.source)? else {
            return Ok(None);
        };
        let keep = vm.call(&self.func, vec![x.clone()], vec![])?;
        if vm.truthy(&keep)? {
            return Ok(Some(x));
        }
        self.stopped = true;
        Ok(None)
    }
}

/// `dropwhile`: skips items while the predicate holds, then yields everything.
struct DropWhile {
    func: Value,
    source: Value,
    dropping: bool,
}

impl NativeIter for DropWhile {
    fn next(&mut self, vm: &mut dyn Interp) -> PyResult<Option<Value>> {
        loop {
            let Some(x) = vm.next(&self.source)? else {
                return Ok(None);
            };
            if !self.dropping {
                return Ok(Some(x));
            }
            let drop = vm.call(&self.func, vec![x.clone()], vec![])?;
            if !vm.truthy(&drop)? {
                self.dropping = false;
                return Ok(Some(x));
            }
        }
    }
}

/// `zip_longest`: tuples until every source is exhausted, padding with `fill`.
struct ZipLongest {
    sources: Vec<Option<Value>>,
    fill: Value,
    active: usize,
}

impl NativeIter for ZipLongest {
    fn next(&mut self, vm: &mut dyn Interp) -> PyResult<Option<Value>> {
        if self.active == 0 {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(self.sources.len());
        for i in 0..self.sources.len() {
            let item = match self.sources[i].clone() {
                None => self.fill.clone(),
                Some(source) => match vm.next(&source)? {
                    Some(x) => x,
                    None => {
                        self.sources[i] = None;
                        self.active -= 1;
                        if self.active == 0 {
                            return Ok(None);
                        }
                        self.fill.clone()
                    }
                },
            };
            out.push(item);
        }
        Ok(Some(Value::tuple(out)))
    }
}

/// `pairwise`: overlapping pairs of consecutive items.
struct Pairwise {
    source: Option<Value>,
    last: Option<Value>,
}

impl NativeIter for Pairwise {
    fn next(&mut self, vm: &mut dyn Interp) -> PyResult<Option<Value>> {
        let Some(source) = self.source.clone() else {
            return Ok(None);
        };
        let first = match self.last.take() {
            Some(x) => x,
            None => match vm.next(&source)? {
                Some(x) => x,
                None => {
                    self.source = None;
                    return Ok(None);
                }
            },
        };
        let Some(second) = vm.next(&source)? else {
            self.source = None;
            return Ok(None);
        };
        self.last = Some(second.clone());
        Ok(Some(Value::tuple(vec![first, second])))
    }
}
