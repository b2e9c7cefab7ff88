//! Sorting lists the way CPython does: key functions applied once, `reverse` by reversing before
//! and after a stable sort, and for short lists (< 64 items) exactly timsort's run detection plus
//! binary insertion, so even inconsistent orders (nan) come out as CPython's do. Longer lists use
//! a stable merge sort (identical results for consistent orders). Comparisons may raise.

use mnpy_runtime::interp_api::{CmpOp, Interp};
use mnpy_runtime::{PyResult, Value};

fn lt(vm: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x < y);
    }
    if let (Value::Float(x), Value::Float(y)) = (a, b) {
        return Ok(x < y);
    }
    vm.compare_bool(CmpOp::Lt, a, b)
}

/// Sorts `items` in place (stable), optionally by `key(item)`, optionally descending.
pub fn sort_values(
    vm: &mut dyn Interp,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let mut pairs: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for it in items.drain(..) {
        let k = match key {
            Some(f) => vm.call(f, vec![it.clone()], vec![])?,
            None => it.clone(),
        };
        pairs.push((k, it));
    }
    if reverse {
        pairs.reverse();
    }
    let result = sort_pairs(vm, &mut pairs);
    if reverse {
        pairs.reverse();
    }
    items.extend(pairs.into_iter().map(|(_, v)| v));
    result
}

fn sort_pairs(vm: &mut dyn Interp, v: &mut [(Value, Value)]) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    if n < 64 {
        // timsort on a short list: one natural run, extended by binary insertion
        let mut run = 2;
        if lt(vm, &v[1].0, &v[0].0)? {
            while run < n && lt(vm, &v[run].0, &v[run - 1].0)? {
                run += 1;
            }
            v[..run].reverse();
        } else {
            while run < n && !lt(vm, &v[run].0, &v[run - 1].0)? {
                run += 1;
            }
        }
        for start in run..n {
            let (mut l, mut r) = (0, start);
            while l < r {
                let p = l + ((r - l) >> 1);
                if lt(vm, &v[start].0, &v[p].0)? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            v[l..=start].rotate_right(1);
        }
        return Ok(());
    }
    merge_sort(vm, v)
}

fn merge_sort(vm: &mut dyn Interp, v: &mut [(Value, Value)]) -> PyResult<()> {
    let n = v.len();
    if n < 64 {
        return sort_pairs(vm, v);
    }
    let mid = n / 2;
    merge_sort(vm, &mut v[..mid])?;
    merge_sort(vm, &mut v[mid..])?;
    let left: Vec<(Value, Value)> = v[..mid].to_vec();
    let right: Vec<(Value, Value)> = v[mid..].to_vec();
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        if lt(vm, &right[j].0, &left[i].0)? {
            v[k] = right[j].clone();
            j += 1;
        } else {
            v[k] = left[i].clone();
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        v[k] = left[i].clone();
        i += 1;
        k += 1;
    }
    while j < right.len() {
        v[k] = right[j].clone();
        j += 1;
        k += 1;
    }
    Ok(())
}
