//! The `time` module: wall-clock `time`/`time_ns`, the monotonic `perf_counter`/`monotonic`
//! (seconds since an arbitrary fixed point, the first use), `process_time` (CPU time of the
//! process, from `/proc/self/schedstat`) and `sleep`.

use super::exact_args;
use crate::args::{to_index, Args};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, Value};
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The fixed point the monotonic clocks count from.
fn clock_origin() -> Instant {
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    *ORIGIN.get_or_init(Instant::now)
}

/// Nanoseconds on the monotonic clock.
fn monotonic_ns() -> u128 {
    clock_origin().elapsed().as_nanos()
}

/// Nanoseconds since the Unix epoch (negative before it).
pub fn wall_clock_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

/// CPU time of the process in nanoseconds (falls back to the monotonic clock where the kernel
/// does not report it).
fn process_time_ns() -> u128 {
    std::fs::read_to_string("/proc/self/schedstat")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .next()
                .and_then(|t| t.parse::<u128>().ok())
        })
        .unwrap_or_else(monotonic_ns)
}

/// Calls a function of `time`.
pub fn call(vm: &mut dyn Interp, f: BuiltinFn, a: Args) -> PyResult<Value> {
    use BuiltinFn as B;
    if f == B::TimeSleep {
        exact_args(f, &a, 1)?;
        return sleep(vm, &a.pos[0]);
    }
    exact_args(f, &a, 0)?;
    Ok(match f {
        B::TimeTime => Value::Float(wall_clock_ns() as f64 / 1e9),
        B::TimeTimeNs => Value::from_bigint(wall_clock_ns().into()),
        B::TimePerfCounter | B::TimeMonotonic => Value::Float(monotonic_ns() as f64 / 1e9),
        B::TimePerfCounterNs => Value::from_bigint(monotonic_ns().into()),
        B::TimeProcessTime => Value::Float(process_time_ns() as f64 / 1e9),
        _ => {
            return Err(PyErr::type_error(format!(
                "time.{}() is not implemented",
                f.name()
            )))
        }
    })
}

/// `time.sleep(secs)`.
fn sleep(vm: &mut dyn Interp, secs: &Value) -> PyResult<Value> {
    let secs = match secs {
        Value::Float(x) => *x,
        other => to_index(vm, other)? as f64,
    };
    if secs.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    let d = Duration::try_from_secs_f64(secs)
        .map_err(|_| PyErr::overflow("timestamp too large to convert to C _PyTime_t"))?;
    std::thread::sleep(d);
    Ok(Value::None)
}
