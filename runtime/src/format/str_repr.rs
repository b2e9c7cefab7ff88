//! `repr(str)` and `ascii(str)` exactly as CPython 3.11 writes them.

use super::printable::is_printable;
use std::fmt::Write;

/// The quote `repr` uses: `'` unless the text holds `'` and no `"`.
fn choose_quote(text: &str) -> char {
    if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    }
}

/// Appends the escape CPython uses for a character it does not print as is.
fn push_escape(out: &mut String, c: char) {
    let code = u32::from(c);
    // Writing to a String cannot fail.
    let _ = match c {
        '\n' => write!(out, "\\n"),
        '\r' => write!(out, "\\r"),
        '\t' => write!(out, "\\t"),
        _ if code < 0x100 => write!(out, "\\x{code:02x}"),
        _ if code < 0x10000 => write!(out, "\\u{code:04x}"),
        _ => write!(out, "\\U{code:08x}"),
    };
}

/// Quotes `text` as CPython's `repr(str)` does; `ascii_only` escapes every non-ASCII
/// character as well (`ascii()`).
fn quote(text: &str, ascii_only: bool) -> String {
    let quote = choose_quote(text);
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        if c == quote || c == '\\' {
            out.push('\\');
            out.push(c);
        } else if c == '\n' || c == '\r' || c == '\t' {
            push_escape(&mut out, c);
        } else if u32::from(c) < 0x7F {
            if c < ' ' {
                push_escape(&mut out, c);
            } else {
                out.push(c);
            }
        } else if ascii_only || !is_printable(c) {
            push_escape(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out.push(quote);
    out
}

/// `repr(text)`: quoted with `'` (or `"` when the text holds `'` but no `"`), escaping `\\`,
/// the quote, `\n \r \t`, and non-printable characters as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn str_repr(text: &str) -> String {
    quote(text, false)
}

/// `ascii(text)`: like [`str_repr`] but every non-ASCII character is escaped too.
pub fn ascii_repr(text: &str) -> String {
    quote(text, true)
}

/// Escapes every non-ASCII character of `text` as `\xNN`, `\uNNNN` or `\UNNNNNNNN`, which is
/// what `ascii()` does to the result of `repr()`: `ascii(obj) == ascii_escape(&repr(obj))`.
pub fn ascii_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c);
        }
    }
    out
}
