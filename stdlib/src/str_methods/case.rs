//! Case conversions (`upper lower capitalize title swapcase casefold`) and the character-class
//! predicates (`isdigit isalpha isupper istitle isidentifier ...`) of `str`, as pure functions
//! over `&str` following CPython 3.11's `unicodeobject.c` loops.

use super::unicode::{
    final_sigmas, is_alnum, is_alpha, is_cased, is_decimal, is_digit, is_lower, is_numeric,
    is_space, is_title, is_upper, is_xid_continue, is_xid_start, push_casefold,
    push_lower_in_context, push_title, push_upper,
};
use mnpy_runtime::format::is_printable;

/// `s.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| push_upper(&mut out, c));
    out
}

/// `s.lower()`, with the final-sigma rule.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let finals = final_sigmas(s);
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        push_lower_in_context(&mut out, c, i, &finals);
    }
    out
}

/// `s.casefold()`.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| push_casefold(&mut out, c));
    out
}

/// `s.capitalize()`: the first character in titlecase, the rest in lowercase.
pub fn capitalize(s: &str) -> String {
    let finals = final_sigmas(s);
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower_in_context(&mut out, c, i, &finals);
        }
    }
    out
}

/// `s.title()`: titlecase after an uncased character, lowercase after a cased one.
pub fn title(s: &str) -> String {
    let finals = final_sigmas(s);
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, c) in s.chars().enumerate() {
        if previous_is_cased {
            push_lower_in_context(&mut out, c, i, &finals);
        } else {
            push_title(&mut out, c);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

/// `s.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let finals = final_sigmas(s);
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if is_upper(c) {
            push_lower_in_context(&mut out, c, i, &finals);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// True when `s` is non-empty and every character satisfies `pred`.
fn all_nonempty(s: &str, pred: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

/// `s.isspace()`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}

/// `s.isalpha()`.
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha)
}

/// `s.isalnum()`.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, is_alnum)
}

/// `s.isdecimal()`.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal)
}

/// `s.isdigit()`.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit)
}

/// `s.isnumeric()`.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric)
}

/// `s.isascii()` (true for the empty string).
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s.isprintable()` (true for the empty string).
pub fn isprintable(s: &str) -> bool {
    s.chars().all(is_printable)
}

/// `s.isidentifier()`: XID_Start or `_`, then XID_Continue.
pub fn isidentifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) if is_xid_start(first) || first == '_' => chars.all(is_xid_continue),
        _ => false,
    }
}

/// `s.isupper()`: at least one uppercase character and no lowercase or titlecase one.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

/// `s.islower()`: at least one lowercase character and no uppercase or titlecase one.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

/// `s.istitle()`: uppercase/titlecase only after uncased characters, lowercase only after
/// cased ones, and at least one cased character.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}
