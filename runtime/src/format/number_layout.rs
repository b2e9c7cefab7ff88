//! Lays a formatted number out in its field: sign, prefix, padding, digit grouping, as
//! CPython's `calc_number_widths` / `fill_number` do.
//!
//! The output is `<left pad><sign><prefix><sign pad><grouped digits><remainder><right pad>`;
//! at most one of the three pads is non-empty. With fill `0` and `=` alignment the padding
//! zeros are produced by the grouping itself, so they get separators too (`00,001,234`).

use super::spec::{Align, Sign};
use super::{FormatError, MAX_MATERIALISED_WIDTH};

/// A number already turned into text, split into the pieces the layout treats differently.
pub(crate) struct NumberParts<'a> {
    /// Whether the number is negative (its `-` is not in `digits`).
    pub negative: bool,
    /// `0x`, `0o`, `0b` or empty.
    pub prefix: &'a str,
    /// The integer digits, which get grouped.
    pub digits: &'a str,
    /// Everything after the integer digits: decimal point, fraction, exponent, `%`.
    pub remainder: &'a str,
}

/// How the field around the number looks.
#[derive(Clone, Copy)]
pub(crate) struct FieldLayout {
    /// The padding character.
    pub fill: char,
    /// Where the padding goes.
    pub align: Align,
    /// The minimum width, if any.
    pub width: Option<usize>,
    /// Which signs to show.
    pub sign: Sign,
    /// Separator and group size for the integer digits.
    pub grouping: Option<(char, usize)>,
}

/// Checks that a requested width can be materialised.
pub(crate) fn check_width(width: Option<usize>) -> Result<(), FormatError> {
    match width {
        Some(w) if w > MAX_MATERIALISED_WIDTH => Err(FormatError::memory()),
        _ => Ok(()),
    }
}

/// Groups `digits` from the right, padding with zeros so that the result has at least
/// `min_width` characters (zeros get separators as well).
fn group_digits(digits: &str, min_width: i64, grouping: Option<(char, usize)>) -> String {
    let digits: Vec<char> = digits.chars().collect();
    let Some((separator, size)) = grouping else {
        let zeros = (min_width - digits.len() as i64).max(0) as usize;
        let mut out = "0".repeat(zeros);
        out.extend(digits.iter());
        return out;
    };
    // Build the groups right to left, then reverse.
    let size_i = size as i64;
    let mut groups: Vec<String> = Vec::new();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    loop {
        let group_len = size_i.min(remaining.max(min_width).max(1));
        let taken = remaining.min(size_i).max(0);
        let zeros = (group_len - remaining).max(0);
        let start = (remaining - taken) as usize;
        let mut group = "0".repeat(zeros as usize);
        group.extend(digits[start..remaining as usize].iter());
        groups.push(group);
        remaining -= taken;
        min_width -= size_i;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    groups.reverse();
    groups.join(&separator.to_string())
}

/// Lays the number out; the sign character is chosen from `layout.sign`.
pub(crate) fn lay_out_number(
    parts: &NumberParts<'_>,
    layout: &FieldLayout,
) -> Result<String, FormatError> {
    check_width(layout.width)?;
    let sign = match (parts.negative, layout.sign) {
        (true, _) => Some('-'),
        (false, Sign::Plus) => Some('+'),
        (false, Sign::Space) => Some(' '),
        (false, Sign::Minus) => None,
    };
    let width = layout.width.map_or(-1, |w| w as i64);
    let non_digit = i64::from(sign.is_some())
        + parts.prefix.chars().count() as i64
        + parts.remainder.chars().count() as i64;
    let min_width = if layout.fill == '0' && layout.align == Align::AfterSign {
        width - non_digit
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, layout.grouping)
    };
    let padding = (width - non_digit - grouped.chars().count() as i64).max(0) as usize;
    let (left, middle, right) = match layout.align {
        Align::Left => (0, 0, padding),
        Align::Right => (padding, 0, 0),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
    };
    let fill = |n: usize| std::iter::repeat_n(layout.fill, n);
    let mut out = String::new();
    out.extend(fill(left));
    out.extend(sign);
    out.push_str(parts.prefix);
    out.extend(fill(middle));
    out.push_str(&grouped);
    out.push_str(parts.remainder);
    out.extend(fill(right));
    Ok(out)
}

/// Pads already-formatted `text` (of `len` characters) to `width` with `fill` by `align`
/// (`=` behaves as `<`), as CPython's `calc_padding` does for strings and complex numbers.
pub(crate) fn pad_text(
    text: &str,
    len: usize,
    fill: char,
    align: Align,
    width: Option<usize>,
) -> Result<String, FormatError> {
    check_width(width)?;
    let total = width.unwrap_or(0).max(len);
    let padding = total - len;
    let left = match align {
        Align::Right => padding,
        Align::Center => padding / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let mut out = String::with_capacity(text.len() + padding);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, padding - left));
    Ok(out)
}
