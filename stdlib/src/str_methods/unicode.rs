//! Character classes and case mappings exactly as CPython 3.11 (Unicode 14.0) defines them for
//! `str` methods.
//!
//! Case mappings come from Rust's `char::to_uppercase`/`to_lowercase` (full mappings, with
//! SpecialCasing), corrected for the few characters newer Unicode versions gave a case; the
//! classes Rust does not expose (letters, digits, numerics, titlecase, identifiers, titlecase
//! and case-folding exceptions) come from generated tables.

mod ident_tables;
mod tables;

use ident_tables::{XID_CONTINUE, XID_START};
use std::cmp::Ordering;
use tables::{
    ALPHA, CASELESS_IN_UNICODE_14, DIGIT, DIGIT_ZEROS, NUMERIC, TITLECASE, TITLE_EXCEPTIONS,
};

/// Whether `c` lies in one of the sorted inclusive ranges of `table`.
fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let code = u32::from(c);
    table
        .binary_search_by(|&(low, high)| {
            if high < code {
                Ordering::Less
            } else if low > code {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .is_ok()
}

/// `c.isspace()`: bidirectional class WS, B or S, or category Zs.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ')
    } else {
        c.is_whitespace()
    }
}

/// Whether `c` ends a line for `str.splitlines`.
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// The value of a decimal digit of any script (`unicodedata.decimal`).
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let code = u32::from(c);
    let index = match DIGIT_ZEROS.binary_search(&code) {
        Ok(found) => found,
        Err(0) => return None,
        Err(insert) => insert - 1,
    };
    let offset = code - DIGIT_ZEROS[index];
    (offset < 10).then_some(offset)
}

/// `c.isdecimal()`.
pub fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// `c.isdigit()`.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(&DIGIT, c)
}

/// `c.isnumeric()`.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(&NUMERIC, c)
}

/// `c.isalpha()`: categories Lu, Ll, Lt, Lm, Lo.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(&ALPHA, c)
}

/// `c.isalnum()`.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// XID_Start (what may begin an identifier, besides `_`).
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(&XID_START, c)
}

/// XID_Continue (what may follow in an identifier).
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_ranges(&XID_CONTINUE, c)
}

/// Characters that have no case in Unicode 14.0 although Rust's tables give them one.
fn caseless_in_unicode_14(c: char) -> bool {
    !c.is_ascii() && in_ranges(&CASELESS_IN_UNICODE_14, c)
}

/// Lowercase letters whose uppercase partner was only added after Unicode 14.0.
fn lacks_uppercase_in_unicode_14(c: char) -> bool {
    matches!(c, '\u{19B}' | '\u{264}' | '\u{A7D3}' | '\u{A7D5}')
}

/// The Uppercase property (`Py_UNICODE_ISUPPER`).
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    c.is_uppercase() && !caseless_in_unicode_14(c)
}

/// The Lowercase property (`Py_UNICODE_ISLOWER`).
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    // U+0295 lost its Lowercase property in Unicode 16.
    c == '\u{295}' || (c.is_lowercase() && !caseless_in_unicode_14(c))
}

/// Category Lt (`Py_UNICODE_ISTITLE`).
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(&TITLECASE, c)
}

/// The Cased property: uppercase, lowercase or titlecase.
pub fn is_cased(c: char) -> bool {
    is_upper(c) || is_lower(c) || is_title(c)
}

/// Appends the full uppercase mapping of `c`.
pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if caseless_in_unicode_14(c) || lacks_uppercase_in_unicode_14(c) {
        out.push(c);
    } else {
        out.extend(c.to_uppercase());
    }
}

/// Appends the full lowercase mapping of `c` (without the final-sigma rule).
pub fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if caseless_in_unicode_14(c) {
        out.push(c);
    } else {
        out.extend(c.to_lowercase());
    }
}

/// Appends the full titlecase mapping of `c`.
pub fn push_title(out: &mut String, c: char) {
    let code = u32::from(c);
    if (0x10D0..=0x10FF).contains(&code) {
        // Georgian Mkhedruli letters have uppercase (Mtavruli) forms but are their own titlecase.
        out.push(c);
        return;
    }
    match TITLE_EXCEPTIONS.binary_search_by_key(&code, |&(k, _)| k) {
        Ok(i) => out.push_str(TITLE_EXCEPTIONS[i].1),
        Err(_) => push_upper(out, c),
    }
}

/// Appends the full case folding of `c` (`str.casefold`).
pub fn push_casefold(out: &mut String, c: char) {
    let code = u32::from(c);
    match code {
        0..=0x7F => out.push(c.to_ascii_lowercase()),
        // dotless i folds to itself; capital sharp s folds to "ss"
        0x131 => out.push(c),
        0x1E9E => out.push_str("ss"),
        // Cherokee folds to its uppercase letters
        0x13A0..=0x13F5 => out.push(c),
        0x13F8..=0x13FD | 0xAB70..=0xABBF => push_upper(out, c),
        _ => {
            let mut upper = String::new();
            push_upper(&mut upper, c);
            for u in upper.chars() {
                push_lower(out, u);
            }
        }
    }
}

/// The char indices of every capital sigma of `text` that lowercases to the final form `ς`
/// (Unicode's Final_Sigma context, which Rust's `str::to_lowercase` implements).
pub fn final_sigmas(text: &str) -> Vec<usize> {
    if !text.contains('\u{3A3}') {
        return Vec::new();
    }
    let lowered: Vec<char> = text.to_lowercase().chars().collect();
    let mut found = Vec::new();
    let mut cursor = 0;
    for (index, c) in text.chars().enumerate() {
        if c == '\u{3A3}' {
            if lowered.get(cursor) == Some(&'\u{3C2}') {
                found.push(index);
            }
            cursor += 1;
        } else {
            cursor += c.to_lowercase().count();
        }
    }
    found
}

/// Appends the lowercase of the char at `index` of a text whose final sigmas are `finals`.
pub fn push_lower_in_context(out: &mut String, c: char, index: usize, finals: &[usize]) {
    if c == '\u{3A3}' {
        out.push(if finals.binary_search(&index).is_ok() {
            '\u{3C2}'
        } else {
            '\u{3C3}'
        });
    } else {
        push_lower(out, c);
    }
}
