//! The `sys` module: `argv`, `exit`, the recursion limit, version information, `maxsize`,
//! `float_info`, `platform`, `byteorder`, and `stdout`/`stderr` objects writing through the
//! interpreter.

use super::exact_args;
use super::method::NativeMethod;
use super::struct_seq::StructSeq;
use crate::args::{to_index, type_name, Args};
use crate::native::{native_value, NativeObject};
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, TypeTag, Value};
use std::any::Any;

/// `sys.version`.
pub const VERSION: &str = "3.11.7 (mnpy)";

/// Field names of `sys.float_info`.
const FLOAT_INFO_FIELDS: &[&str] = &[
    "max",
    "max_exp",
    "max_10_exp",
    "min",
    "min_exp",
    "min_10_exp",
    "dig",
    "mant_dig",
    "epsilon",
    "radix",
    "rounds",
];

/// Field names of `sys.version_info`.
const VERSION_INFO_FIELDS: &[&str] = &["major", "minor", "micro", "releaselevel", "serial"];

/// The module's data attributes.
pub fn attributes(vm: &mut dyn Interp) -> Vec<(&'static str, Value)> {
    let argv = vm.argv().iter().map(|s| Value::str(s)).collect();
    let float_info = vec![
        Value::Float(f64::MAX),
        Value::Int(f64::MAX_EXP as i64),
        Value::Int(f64::MAX_10_EXP as i64),
        Value::Float(f64::MIN_POSITIVE),
        Value::Int(f64::MIN_EXP as i64),
        Value::Int(f64::MIN_10_EXP as i64),
        Value::Int(f64::DIGITS as i64),
        Value::Int(f64::MANTISSA_DIGITS as i64),
        Value::Float(f64::EPSILON),
        Value::Int(f64::RADIX as i64),
        Value::Int(1),
    ];
    let version_info = vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(7),
        Value::str("final"),
        Value::Int(0),
    ];
    vec![
        ("argv", Value::list(argv)),
        ("version", Value::str(VERSION)),
        (
            "version_info",
            StructSeq::new_value(
                "sys.version_info",
                "version_info",
                VERSION_INFO_FIELDS,
                version_info,
            ),
        ),
        ("maxsize", Value::Int(i64::MAX)),
        ("maxunicode", Value::Int(0x10FFFF)),
        (
            "float_info",
            StructSeq::new_value(
                "sys.float_info",
                "float_info",
                FLOAT_INFO_FIELDS,
                float_info,
            ),
        ),
        ("platform", Value::str("linux")),
        ("byteorder", Value::str("little")),
        (
            "stdout",
            native_value(Box::new(StdStream { is_stderr: false })),
        ),
        (
            "stderr",
            native_value(Box::new(StdStream { is_stderr: true })),
        ),
    ]
}

/// Calls a function of `sys`.
pub fn call(vm: &mut dyn Interp, f: BuiltinFn, a: Args) -> PyResult<Value> {
    use BuiltinFn as B;
    match f {
        B::SysExit => {
            a.no_kwargs()?;
            a.count(0, 1)?;
            Err(PyErr::with_args(TypeTag::SystemExit, a.pos))
        }
        B::SysGetrecursionlimit => {
            exact_args(f, &a, 0)?;
            Ok(Value::Int(vm.recursion_limit() as i64))
        }
        B::SysSetrecursionlimit => {
            exact_args(f, &a, 1)?;
            let n = to_index(vm, &a.pos[0])?;
            if n < 1 {
                return Err(PyErr::value_error(
                    "recursion limit must be greater or equal than 1",
                ));
            }
            vm.set_recursion_limit(usize::try_from(n).unwrap_or(usize::MAX));
            Ok(Value::None)
        }
        B::SysGetsizeof => Err(PyErr::not_supported("mnpy does not support sys.getsizeof")),
        _ => Err(PyErr::type_error(format!(
            "sys.{}() is not implemented",
            f.name()
        ))),
    }
}

/// `sys.stdout` / `sys.stderr`: text streams writing through the interpreter.
pub struct StdStream {
    /// True for `sys.stderr`.
    is_stderr: bool,
}

impl StdStream {
    fn name(&self) -> &'static str {
        if self.is_stderr {
            "<stderr>"
        } else {
            "<stdout>"
        }
    }
}

/// Writes `s` to the stream behind `this`.
fn stream_write_text(vm: &mut dyn Interp, this: &Value, s: &str) -> PyResult<()> {
    match crate::native::downcast_native::<StdStream>(this) {
        Some(StdStream { is_stderr: true }) => vm.write_stderr(s),
        _ => vm.write_stdout(s),
    }
}

/// `stream.write(s)`: returns the number of characters written.
fn stream_write(
    vm: &mut dyn Interp,
    this: &Value,
    args: Vec<Value>,
    kw: KwArgs,
) -> PyResult<Value> {
    let a = Args::new("write", args, kw);
    a.no_kwargs()?;
    a.count(1, 1)?;
    let s = a.pos[0].as_str().ok_or_else(|| {
        PyErr::type_error(format!(
            "write() argument must be str, not {}",
            type_name(&a.pos[0])
        ))
    })?;
    stream_write_text(vm, this, s)?;
    Ok(Value::Int(s.chars().count() as i64))
}

/// `stream.writelines(lines)`.
fn stream_writelines(
    vm: &mut dyn Interp,
    this: &Value,
    args: Vec<Value>,
    kw: KwArgs,
) -> PyResult<Value> {
    let a = Args::new("writelines", args, kw);
    a.no_kwargs()?;
    a.count(1, 1)?;
    for line in vm.collect(&a.pos[0])? {
        let s = line.as_str().ok_or_else(|| {
            PyErr::type_error(format!(
                "write() argument must be str, not {}",
                type_name(&line)
            ))
        })?;
        stream_write_text(vm, this, s)?;
    }
    Ok(Value::None)
}

/// `stream.flush()`: output is flushed at exit and before stderr writes, so nothing to do.
fn stream_flush(
    _vm: &mut dyn Interp,
    _this: &Value,
    args: Vec<Value>,
    kw: KwArgs,
) -> PyResult<Value> {
    let a = Args::new("flush", args, kw);
    a.no_kwargs()?;
    a.count(0, 0)?;
    Ok(Value::None)
}

impl NativeObject for StdStream {
    fn type_name(&self) -> String {
        "_io.TextIOWrapper".into()
    }
    fn getattr(&self, _vm: &mut dyn Interp, this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match name {
            "write" => NativeMethod::bound(this, "write", stream_write),
            "writelines" => NativeMethod::bound(this, "writelines", stream_writelines),
            "flush" => NativeMethod::bound(this, "flush", stream_flush),
            "name" => Value::str(self.name()),
            "mode" => Value::str("w"),
            "encoding" => Value::str("utf-8"),
            "closed" => Value::Bool(false),
            _ => return Ok(None),
        }))
    }
    fn repr(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<String> {
        Ok(format!(
            "<_io.TextIOWrapper name='{}' mode='w' encoding='utf-8'>",
            self.name()
        ))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
