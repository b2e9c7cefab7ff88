//! Print options (`set_printoptions`, `get_printoptions`, the `printoptions` context manager,
//! `array_repr`, `array_str`, `array2string`) and the floating-point error state (`errstate`
//! context manager, `seterr`, `geterr`).

use super::NpFn;
use crate::args::Args;
use crate::native::{downcast_native, native_value, NativeObject};
use crate::np_methods;
use crate::numpy::core::array_obj::{array_repr, array_str};
use crate::numpy::core::convert::int_arg;
use crate::numpy::core::errors::{err_state, set_err_state, ErrMode, ErrState};
use crate::numpy::core::method::BoundMethod;
use crate::numpy::core::printopts::{print_options, set_print_options};
use crate::numpy::core::to_ndarray;
use mnpy_arrays::print::{array2string_with, FloatMode, PrintOptions, SignMode};
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::{PyErr, PyResult, Value};
use std::any::Any;
use std::cell::RefCell;

fn opt_str(v: &Value, what: &str) -> PyResult<String> {
    v.as_str()
        .map(str::to_string)
        .ok_or_else(|| PyErr::type_error(format!("{what} must be a str")))
}

/// Print options with the given keyword changes applied to `base`.
fn apply_print_kwargs(
    vm: &mut dyn Interp,
    base: PrintOptions,
    args: Vec<Value>,
    kw: KwArgs,
) -> PyResult<PrintOptions> {
    let names = [
        "precision",
        "threshold",
        "edgeitems",
        "linewidth",
        "suppress",
        "nanstr",
        "infstr",
        "formatter",
    ];
    let mut o = base;
    let mut pairs: Vec<(String, Value)> = args
        .into_iter()
        .zip(names)
        .map(|(v, n)| (n.to_string(), v))
        .collect();
    pairs.extend(kw.into_iter().map(|(k, v)| (k.to_string(), v)));
    for (k, v) in pairs {
        if matches!(v, Value::None) {
            continue;
        }
        match k.as_str() {
            "precision" => {
                let p = int_arg(vm, &v)?;
                if p < 0 {
                    return Err(PyErr::value_error("precision must be >= 0"));
                }
                o.precision = p as usize;
            }
            "threshold" => o.threshold = int_arg(vm, &v)?.max(0) as usize,
            "edgeitems" => o.edgeitems = int_arg(vm, &v)?.max(0) as usize,
            "linewidth" => o.linewidth = int_arg(vm, &v)?.max(0) as usize,
            "suppress" => o.suppress = vm.truthy(&v)?,
            "nanstr" => o.nanstr = opt_str(&v, "nanstr")?,
            "infstr" => o.infstr = opt_str(&v, "infstr")?,
            "sign" => {
                o.sign = match opt_str(&v, "sign")?.as_str() {
                    "-" => SignMode::Minus,
                    "+" => SignMode::Plus,
                    " " => SignMode::Space,
                    _ => {
                        return Err(PyErr::value_error(
                            "sign option must be one of ' ', '+', or '-'",
                        ))
                    }
                }
            }
            "floatmode" => o.floatmode = match opt_str(&v, "floatmode")?.as_str() {
                "fixed" => FloatMode::Fixed,
                "unique" => FloatMode::Unique,
                "maxprec" => FloatMode::MaxPrec,
                "maxprec_equal" => FloatMode::MaxPrecEqual,
                _ => return Err(PyErr::value_error(
                    "floatmode option must be one of 'fixed', 'unique', 'maxprec', 'maxprec_equal'",
                )),
            },
            "legacy" => {
                if vm.truthy(&v)? {
                    return Err(PyErr::not_supported("micronumpy has no legacy print modes"));
                }
            }
            "formatter" => {
                return Err(PyErr::not_supported(
                    "micronumpy does not support print formatters",
                ))
            }
            other => {
                return Err(PyErr::type_error(format!(
                    "set_printoptions() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    Ok(o)
}

fn options_dict(vm: &mut dyn Interp, o: &PrintOptions) -> PyResult<Value> {
    let floatmode = match o.floatmode {
        FloatMode::Fixed => "fixed",
        FloatMode::Unique => "unique",
        FloatMode::MaxPrec => "maxprec",
        FloatMode::MaxPrecEqual => "maxprec_equal",
    };
    let sign = match o.sign {
        SignMode::Minus => "-",
        SignMode::Plus => "+",
        SignMode::Space => " ",
    };
    crate::containers::new_dict_from_pairs(
        vm,
        vec![
            Value::str("edgeitems"),
            Value::Int(o.edgeitems as i64),
            Value::str("threshold"),
            Value::Int(o.threshold as i64),
            Value::str("floatmode"),
            Value::str(floatmode),
            Value::str("precision"),
            Value::Int(o.precision as i64),
            Value::str("suppress"),
            Value::Bool(o.suppress),
            Value::str("linewidth"),
            Value::Int(o.linewidth as i64),
            Value::str("nanstr"),
            Value::str(&o.nanstr),
            Value::str("infstr"),
            Value::str(&o.infstr),
            Value::str("sign"),
            Value::str(sign),
            Value::str("formatter"),
            Value::None,
            Value::str("legacy"),
            Value::Bool(false),
            Value::str("override_repr"),
            Value::None,
        ],
    )
}

fn err_kwargs(vm: &mut dyn Interp, base: ErrState, kw: KwArgs) -> PyResult<ErrState> {
    let mut s = base;
    let mut all = None;
    for (k, v) in kw {
        if matches!(v, Value::None) {
            continue;
        }
        let name = vm.to_str(&v)?;
        let mode = ErrMode::from_name(&name)
            .ok_or_else(|| PyErr::value_error(format!("invalid error mode '{name}'")))?;
        match &*k {
            "all" => all = Some(mode),
            "divide" => s.divide = mode,
            "over" => s.over = mode,
            "under" => s.under = mode,
            "invalid" => s.invalid = mode,
            "call" => {}
            other => {
                return Err(PyErr::type_error(format!(
                    "errstate() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    if let Some(m) = all {
        s = ErrState {
            divide: m,
            over: m,
            under: m,
            invalid: m,
        };
    }
    Ok(s)
}

fn err_dict(vm: &mut dyn Interp, s: ErrState) -> PyResult<Value> {
    crate::containers::new_dict_from_pairs(
        vm,
        vec![
            Value::str("divide"),
            Value::str(s.divide.name()),
            Value::str("over"),
            Value::str(s.over.name()),
            Value::str("under"),
            Value::str(s.under.name()),
            Value::str("invalid"),
            Value::str(s.invalid.name()),
        ],
    )
}

/// What a settings context manager changes.
#[derive(Clone)]
enum Change {
    Print(KwArgs),
    Err(KwArgs),
}

enum Saved {
    Print(PrintOptions),
    Err(ErrState),
}

/// `np.printoptions(...)` / `np.errstate(...)`: applies its change on `__enter__` and restores
/// the previous settings on `__exit__`.
pub struct SettingsContext {
    change: Change,
    saved: RefCell<Vec<Saved>>,
}

np_methods! {
    /// Methods of settings context managers.
    pub enum ContextMethod { Enter = "__enter__", Exit = "__exit__" }
}

fn context_call(
    vm: &mut dyn Interp,
    this: &Value,
    m: ContextMethod,
    _args: Vec<Value>,
    _kw: KwArgs,
) -> PyResult<Value> {
    let Some(ctx) = downcast_native::<SettingsContext>(this) else {
        return Err(PyErr::type_error("not a settings context"));
    };
    match m {
        ContextMethod::Enter => match ctx.change.clone() {
            Change::Print(kw) => {
                let new = apply_print_kwargs(vm, print_options(), vec![], kw)?;
                let old = set_print_options(new.clone());
                ctx.saved.borrow_mut().push(Saved::Print(old));
                options_dict(vm, &new)
            }
            Change::Err(kw) => {
                let new = err_kwargs(vm, err_state(), kw)?;
                let old = set_err_state(new);
                ctx.saved.borrow_mut().push(Saved::Err(old));
                Ok(this.clone())
            }
        },
        ContextMethod::Exit => {
            match ctx.saved.borrow_mut().pop() {
                Some(Saved::Print(o)) => {
                    set_print_options(o);
                }
                Some(Saved::Err(s)) => {
                    set_err_state(s);
                }
                None => {}
            }
            Ok(Value::Bool(false))
        }
    }
}

impl NativeObject for SettingsContext {
    fn type_name(&self) -> String {
        match self.change {
            Change::Print(_) => "contextlib._GeneratorContextManager".into(),
            Change::Err(_) => "numpy.errstate".into(),
        }
    }
    fn getattr(&self, _vm: &mut dyn Interp, this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(ContextMethod::from_name(name)
            .map(|m| BoundMethod::value(this, m, m.name(), context_call)))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Calls a settings function.
pub fn call(vm: &mut dyn Interp, f: NpFn, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    use NpFn::*;
    match f {
        SetPrintoptions => {
            let new = apply_print_kwargs(vm, print_options(), args, kw)?;
            set_print_options(new);
            Ok(Value::None)
        }
        GetPrintoptions => {
            Args::new("get_printoptions", args, kw).count(0, 0)?;
            options_dict(vm, &print_options())
        }
        Printoptions => {
            Args::new("printoptions", args.clone(), vec![]).count(0, 0)?;
            Ok(native_value(Box::new(SettingsContext {
                change: Change::Print(kw),
                saved: RefCell::new(Vec::new()),
            })))
        }
        Errstate => {
            Args::new("errstate", args, vec![]).count(0, 0)?;
            Ok(native_value(Box::new(SettingsContext {
                change: Change::Err(kw),
                saved: RefCell::new(Vec::new()),
            })))
        }
        Seterr => {
            Args::new("seterr", args, vec![]).count(0, 0)?;
            let old = err_state();
            let new = err_kwargs(vm, old, kw)?;
            set_err_state(new);
            err_dict(vm, old)
        }
        Geterr => {
            Args::new("geterr", args, kw).count(0, 0)?;
            err_dict(vm, err_state())
        }
        ArrayRepr | ArrayStr => {
            let mut a = Args::new(f.name(), args, kw);
            let arr = a.arg(0, "arr").ok_or_else(|| {
                PyErr::type_error(format!("{}() missing required argument 'arr'", f.name()))
            })?;
            let opts_kw: KwArgs = ["max_line_width", "precision", "suppress_small"]
                .iter()
                .enumerate()
                .filter_map(|(i, n)| a.arg(i + 1, n).map(|v| (std::rc::Rc::from(*n), v)))
                .map(|(n, v)| {
                    let key: std::rc::Rc<str> = match &*n {
                        "max_line_width" => "linewidth".into(),
                        "suppress_small" => "suppress".into(),
                        _ => n,
                    };
                    (key, v)
                })
                .collect();
            a.finish()?;
            let x = to_ndarray(vm, &arr)?;
            let new = apply_print_kwargs(vm, print_options(), vec![], opts_kw)?;
            let old = set_print_options(new);
            let s = if f == ArrayRepr {
                array_repr(&x)
            } else {
                array_str(&x)
            };
            set_print_options(old);
            Ok(Value::string(s))
        }
        Array2string => {
            let mut a = Args::new("array2string", args, kw);
            let arr = a
                .arg(0, "a")
                .ok_or_else(|| PyErr::type_error("array2string() missing required argument 'a'"))?;
            let mut opts_kw: KwArgs = Vec::new();
            let mut separator = " ".to_string();
            let mut prefix = String::new();
            let mut suffix = String::new();
            for (k, v) in std::mem::take(&mut a.kw) {
                match &*k {
                    "separator" => separator = opt_str(&v, "separator")?,
                    "prefix" => prefix = opt_str(&v, "prefix")?,
                    "suffix" => suffix = opt_str(&v, "suffix")?,
                    "max_line_width" => opts_kw.push(("linewidth".into(), v)),
                    "suppress_small" => opts_kw.push(("suppress".into(), v)),
                    _ => opts_kw.push((k, v)),
                }
            }
            let x = to_ndarray(vm, &arr)?;
            let opts = apply_print_kwargs(vm, print_options(), vec![], opts_kw)?;
            let get = |i: usize| {
                x.get_flat(i as isize)
                    .unwrap_or_else(|_| mnpy_arrays::Scalar::zero(x.dtype))
            };
            if x.ndim() == 0 {
                return Ok(Value::string(mnpy_arrays::print::array_str_with(
                    &x.shape, x.dtype, &get, &opts,
                )));
            }
            Ok(Value::string(array2string_with(
                &x.shape, x.dtype, &get, &opts, &separator, &prefix, &suffix,
            )))
        }
        _ => Err(PyErr::type_error(format!(
            "{}() is not a settings function",
            f.name()
        ))),
    }
}
