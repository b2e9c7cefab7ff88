//! Slice arithmetic shared by every sequence: Python's `slice.indices(len)`.

use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::{PyErr, PyResult, Value};
use num_traits::{Signed, ToPrimitive};

/// Resolved slice bounds for a sequence of some length.
pub struct SliceBounds {
    /// First index.
    pub start: i64,
    /// Exclusive end (as `slice.indices` reports it).
    pub stop: i64,
    /// Step (non-zero).
    pub step: i64,
    /// Number of selected items.
    pub len: usize,
}

impl SliceBounds {
    /// The selected indices in order.
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

fn slice_part(vm: &mut dyn Interp, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        other => match other.to_bigint() {
            Some(b) => Ok(Some(b.to_i64().unwrap_or(if b.is_negative() {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }))),
            None => match crate::args::to_index(vm, other) {
                Ok(i) => Ok(Some(i)),
                Err(_) => Err(PyErr::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        },
    }
}

/// Python's `slice(start, stop, step).indices(len)`.
pub fn slice_bounds(
    vm: &mut dyn Interp,
    start: &Value,
    stop: &Value,
    step: &Value,
    len: usize,
) -> PyResult<SliceBounds> {
    let step = slice_part(vm, step)?.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut x) => {
                if x < 0 {
                    x += len;
                    if x < lower {
                        x = lower;
                    }
                } else if x > upper {
                    x = upper;
                }
                x
            }
        }
    };
    let start = clamp(slice_part(vm, start)?, if step < 0 { upper } else { lower });
    let stop = clamp(slice_part(vm, stop)?, if step < 0 { lower } else { upper });
    let n = if step > 0 {
        if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if stop < start {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok(SliceBounds {
        start,
        stop,
        step,
        len: n as usize,
    })
}
