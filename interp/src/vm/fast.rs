//! Inline fast paths of the dispatch loop: the common cases of `for` over a range or list,
//! `list[int]` reads and writes, and int/float arithmetic. Each returns `None` when its case
//! does not apply, and the VM then takes the general protocol path, so these never change what
//! a program computes, only how quickly the usual case is reached. They are also the shapes the
//! tracing JIT will specialise on (range induction variables, list element access).

use mnpy_runtime::object::{HeapObj, IterState, PyRange};
use mnpy_runtime::value::ValueStack;
use mnpy_runtime::{BuiltinFn, Value};

/// Pushes `v` onto a value stack word by word (see `mnpy_runtime::value::ValueWords`).
#[inline(always)]
pub(super) fn push(stack: &mut Vec<Value>, v: Value) {
    stack.push_value(v);
}

/// Stores `v` into `dst` word by word (see `push`).
#[inline(always)]
pub(super) fn store(dst: &mut Value, v: Value) {
    v.write_to(dst);
}

/// What one step of a fast `for` iteration gave.
pub(super) enum Step {
    /// The next item.
    Item(Value),
    /// The iterator is exhausted.
    Exhausted,
    /// Not a fast case: use the general `next` protocol.
    Slow,
}

/// One step of `for` over a range, list, tuple or str iterator.
#[inline(always)]
pub(super) fn for_iter_step(it: &Value) -> Step {
    let Value::Obj(o) = it else {
        return Step::Slow;
    };
    let HeapObj::Iter(pi) = &**o else {
        return Step::Slow;
    };
    let Ok(mut st) = pi.state.try_borrow_mut() else {
        return Step::Slow;
    };
    match &mut *st {
        IterState::Range { next, stop, step } => {
            if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                let v = *next;
                *next = next.checked_add(*step).unwrap_or(*stop);
                Step::Item(Value::Int(v))
            } else {
                Step::Exhausted
            }
        }
        IterState::Seq { seq, index } => match seq.as_obj() {
            Some(HeapObj::List(l)) => {
                let l = l.borrow();
                match l.get(*index) {
                    Some(v) => {
                        *index += 1;
                        Step::Item(v.clone())
                    }
                    None => Step::Slow,
                }
            }
            Some(HeapObj::Tuple(t)) => match t.get(*index) {
                Some(v) => {
                    *index += 1;
                    Step::Item(v.clone())
                }
                None => Step::Slow,
            },
            _ => Step::Slow,
        },
        IterState::Str { s, byte } => {
            let Some(text) = s.as_str() else {
                return Step::Slow;
            };
            match text.get(*byte..).and_then(|rest| rest.chars().next()) {
                Some(c) => {
                    *byte += c.len_utf8();
                    Step::Item(Value::char_str(c))
                }
                None => Step::Slow,
            }
        }
        _ => Step::Slow,
    }
}

/// The position `i` names in a sequence of length `len` (negative counts from the end), if in
/// range.
#[inline(always)]
fn position(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i.checked_add(len as i64)? } else { i };
    if i >= 0 && (i as usize) < len {
        Some(i as usize)
    } else {
        None
    }
}

/// `obj[key]` for a list or tuple and an in-range int.
#[inline(always)]
pub(super) fn subscr(obj: &Value, key: &Value) -> Option<Value> {
    let (Value::Obj(o), Value::Int(i)) = (obj, key) else {
        return None;
    };
    match &**o {
        HeapObj::List(l) => {
            let l = l.try_borrow().ok()?;
            let at = position(*i, l.len())?;
            Some(l[at].clone())
        }
        HeapObj::Tuple(t) => {
            let at = position(*i, t.len())?;
            Some(t[at].clone())
        }
        _ => None,
    }
}

/// `obj[key] = value` for a list and an in-range int; false when the case does not apply.
#[inline(always)]
pub(super) fn store_subscr(obj: &Value, key: &Value, value: &Value) -> bool {
    let (Value::Obj(o), Value::Int(i)) = (obj, key) else {
        return false;
    };
    let HeapObj::List(l) = &**o else {
        return false;
    };
    let Ok(mut l) = l.try_borrow_mut() else {
        return false;
    };
    match position(*i, l.len()) {
        Some(at) => {
            let old = value.clone().replace_in(&mut l[at]);
            // the old item is released after the list's borrow ends
            drop(l);
            drop(old);
            true
        }
        None => false,
    }
}

/// The range `range(*args)` makes when its one to three arguments are ints small enough
/// (below 2**61 in magnitude) that its length and end value cannot overflow, and the step is
/// not zero; `None` otherwise (the general constructor then decides, errors included).
#[inline]
pub(super) fn small_range(args: &[Value]) -> Option<PyRange> {
    const LIMIT: u64 = 1 << 61;
    let mut v = [0i64; 3];
    for (slot, arg) in v.iter_mut().zip(args) {
        let Value::Int(i) = arg else {
            return None;
        };
        if i.unsigned_abs() >= LIMIT {
            return None;
        }
        *slot = *i;
    }
    let (start, stop, step) = match args.len() {
        1 => (0, v[0], 1),
        2 => (v[0], v[1], 1),
        3 => (v[0], v[1], v[2]),
        _ => return None,
    };
    (step != 0).then_some(PyRange { start, stop, step })
}

/// The common builtin calls whose every case here cannot fail or call back into Python:
/// `len` of a builtin container (`protocol::builtin_len`), `ord` of a one-character str, `list.append` and
/// `math.sqrt` of a non-negative float or int. `args` are the positional arguments (a bound
/// method's receiver first). `None` hands the call to the general path, which also raises the
/// errors.
#[inline]
pub(super) fn builtin_call(b: BuiltinFn, args: &[Value]) -> Option<Value> {
    match (b, args) {
        (BuiltinFn::Len, [v]) => Some(Value::Int(super::protocol::builtin_len(v)? as i64)),
        (BuiltinFn::Ord, [Value::Obj(o)]) => {
            let HeapObj::Str(s) = &**o else {
                return None;
            };
            let mut chars = s.as_str().chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Some(Value::Int(c as i64)),
                _ => None,
            }
        }
        (BuiltinFn::ListAppend, [Value::Obj(o), item]) => {
            let HeapObj::List(l) = &**o else {
                return None;
            };
            l.try_borrow_mut().ok()?.push(item.clone());
            Some(Value::None)
        }
        (BuiltinFn::MathSqrt, [Value::Float(x)]) if *x >= 0.0 => Some(Value::Float(x.sqrt())),
        (BuiltinFn::MathSqrt, [Value::Int(i)]) if *i >= 0 => Some(Value::Float((*i as f64).sqrt())),
        _ => None,
    }
}
