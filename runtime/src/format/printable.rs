//! `str.isprintable` for one character, exact for CPython 3.11's Unicode 14.0 database.
//!
//! A character is printable unless its category is Cc, Cf, Cs, Co, Cn, Zl, Zp or Zs (the ASCII
//! space excepted). The answer is a binary search in a generated range table.

use super::printable_table::PRINTABLE_RANGES;

/// Whether CPython 3.11 considers `c` printable (`c.isprintable()`), which decides whether
/// `repr` escapes it.
pub fn is_printable(c: char) -> bool {
    let code = u32::from(c);
    if code < 0x7F {
        return code >= 0x20;
    }
    PRINTABLE_RANGES
        .binary_search_by(|&(low, high)| {
            if high < code {
                std::cmp::Ordering::Less
            } else if low > code {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}
