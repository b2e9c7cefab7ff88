//! Generated tables of Unicode decimal digits and non-ASCII white space (Unicode 14.0, as
//! in CPython 3.11), for `int()`, `float()` and format-spec widths, which accept any
//! decimal digit (`str.isdecimal`) and any white space (`str.isspace`).
//!
//! Regenerate with:
//! ```text
//! python3.11 -c "import unicodedata as u
//! print([hex(c) for c in range(0x110000) if u.decimal(chr(c), -1) == 0])
//! print([hex(c) for c in range(128, 0x110000) if chr(c).isspace()])"
//! ```
//! Every listed zero starts a run of ten consecutive digits 0..9 (checked when generated).

/// Code points of the digit zero of every Unicode decimal-digit run, sorted.
#[rustfmt::skip]
static DIGIT_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6,
    0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0,
    0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80,
    0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900,
    0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066,
    0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0,
    0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0,
    0x1E950, 0x1FBF0,
];

/// Non-ASCII code points for which `str.isspace()` is true, sorted.
#[rustfmt::skip]
static NON_ASCII_SPACES: [u32; 19] = [
    0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
    0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029,
    0x202F, 0x205F, 0x3000,
];

/// The value of `c` as a decimal digit (`unicodedata.decimal`), for any script.
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    let code = u32::from(c);
    if c.is_ascii_digit() {
        return Some(code - u32::from('0'));
    }
    let index = match DIGIT_ZEROS.binary_search(&code) {
        Ok(found) => found,
        Err(0) => return None,
        Err(insert) => insert - 1,
    };
    let offset = code - DIGIT_ZEROS[index];
    (offset < 10).then_some(offset)
}

/// Whether `c` is a non-ASCII white-space character (`str.isspace`).
pub(crate) fn is_non_ascii_space(c: char) -> bool {
    NON_ASCII_SPACES.binary_search(&u32::from(c)).is_ok()
}
