//! The methods of `str`, `format(value, spec)`, `str.format` and `%`-formatting, with CPython
//! 3.11's results, argument handling and error messages.
//!
//! - [`call`] dispatches every `BuiltinFn::Str*` method;
//! - [`format_value`] is the `format()` builtin, [`percent_format`] the `%` operator;
//! - submodules: `signature` (argument checking), `unicode` (character classes and case
//!   mappings of Unicode 14.0), `case`, `search`, `split`, `layout`, `translate` (the methods by
//!   topic), `format_value`, `str_format` (`str.format`), `percent` (`%`);
//! - tests: `tests` (the pure helpers), `call_tests` (the entry points, through the
//!   `mock_interp` test interpreter).
//!
//! Indices count code points; texts are Rust `&str`, so a code point is a `char`.

mod case;
mod format_value;
mod layout;
mod percent;
mod search;
mod signature;
mod split;
mod str_format;
mod translate;
mod unicode;

#[cfg(test)]
mod call_tests;
#[cfg(test)]
mod mock_interp;
#[cfg(test)]
mod tests;

pub use format_value::format_value;
pub use percent::percent_format;

use crate::args::{type_name, Args};
use layout::Justify;
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::{HeapObj, PyStr};
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, Value};
use signature::{no_args, with_keywords};
use split::StripSide;

/// The str receiver of a method call (`a.pos[0]`), with CPython's errors for unbound calls.
fn receiver(a: &Args) -> PyResult<&PyStr> {
    let Some(first) = a.pos.first() else {
        return Err(PyErr::type_error(format!(
            "unbound method str.{}() needs an argument",
            a.name
        )));
    };
    match first.as_obj() {
        Some(HeapObj::Str(s)) => Ok(s),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
            a.name,
            type_name(first)
        ))),
    }
}

/// A method without arguments returning a bool.
fn predicate(a: &Args, s: &str, test: fn(&str) -> bool) -> PyResult<Value> {
    no_args(a)?;
    Ok(Value::Bool(test(s)))
}

/// A method without arguments returning a new str.
fn transform(a: &Args, s: &str, map: fn(&str) -> String) -> PyResult<Value> {
    no_args(a)?;
    Ok(Value::string(map(s)))
}

/// Every `BuiltinFn::Str*` method; `a.pos[0]` is the receiver (a str value; for the static
/// method `maketrans`, the str class or a str, which is ignored).
pub fn call(vm: &mut dyn Interp, f: BuiltinFn, a: Args) -> PyResult<Value> {
    use BuiltinFn as B;
    if f == B::StrMaketrans {
        return translate::call_maketrans(vm, &a);
    }
    let receiver = receiver(&a)?;
    let s = receiver.as_str();
    match f {
        B::StrJoin => split::call_join(vm, &a, s),
        B::StrSplit => split::call_split(vm, &a, s, false),
        B::StrRsplit => split::call_split(vm, &a, s, true),
        B::StrSplitlines => split::call_splitlines(vm, &a, s),
        B::StrStrip => split::call_strip(&a, s, StripSide::Both),
        B::StrLstrip => split::call_strip(&a, s, StripSide::Left),
        B::StrRstrip => split::call_strip(&a, s, StripSide::Right),
        B::StrReplace => search::call_replace(vm, &a, s),
        B::StrFind => search::call_find(vm, &a, s, false, false),
        B::StrRfind => search::call_find(vm, &a, s, true, false),
        B::StrIndex => search::call_find(vm, &a, s, false, true),
        B::StrRindex => search::call_find(vm, &a, s, true, true),
        B::StrCount => search::call_count(vm, &a, s),
        B::StrStartswith => search::call_tail_match(vm, &a, s, false),
        B::StrEndswith => search::call_tail_match(vm, &a, s, true),
        B::StrPartition => search::call_partition(&a, s, false),
        B::StrRpartition => search::call_partition(&a, s, true),
        B::StrUpper => transform(&a, s, case::upper),
        B::StrLower => transform(&a, s, case::lower),
        B::StrCapitalize => transform(&a, s, case::capitalize),
        B::StrTitle => transform(&a, s, case::title),
        B::StrSwapcase => transform(&a, s, case::swapcase),
        B::StrCasefold => transform(&a, s, case::casefold),
        B::StrIsdigit => predicate(&a, s, case::isdigit),
        B::StrIsdecimal => predicate(&a, s, case::isdecimal),
        B::StrIsnumeric => predicate(&a, s, case::isnumeric),
        B::StrIsalpha => predicate(&a, s, case::isalpha),
        B::StrIsalnum => predicate(&a, s, case::isalnum),
        B::StrIsspace => predicate(&a, s, case::isspace),
        B::StrIsupper => predicate(&a, s, case::isupper),
        B::StrIslower => predicate(&a, s, case::islower),
        B::StrIstitle => predicate(&a, s, case::istitle),
        B::StrIsidentifier => predicate(&a, s, case::isidentifier),
        B::StrIsprintable => predicate(&a, s, case::isprintable),
        B::StrIsascii => predicate(&a, s, case::isascii),
        B::StrZfill => layout::call_zfill(vm, &a, s, receiver.char_len()),
        B::StrCenter => layout::call_justify(vm, &a, s, receiver.char_len(), Justify::Center),
        B::StrLjust => layout::call_justify(vm, &a, s, receiver.char_len(), Justify::Left),
        B::StrRjust => layout::call_justify(vm, &a, s, receiver.char_len(), Justify::Right),
        B::StrExpandtabs => layout::call_expandtabs(vm, &a, s),
        B::StrRemoveprefix => layout::call_remove_affix(&a, s, false),
        B::StrRemovesuffix => layout::call_remove_affix(&a, s, true),
        B::StrTranslate => translate::call_translate(vm, &a, s),
        B::StrFormat => str_format::call_format(vm, &a, s),
        B::StrFormatMap => str_format::call_format_map(vm, &a, s),
        B::StrEncode => {
            with_keywords(&a, &["encoding", "errors"])?;
            Err(PyErr::not_supported("mnpy does not support bytes"))
        }
        other => Err(PyErr::type_error(format!(
            "'{}' is not a method of str",
            other.name()
        ))),
    }
}
