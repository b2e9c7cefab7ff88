//! The format-spec mini-language of `format(value, spec)`, parsed as CPython 3.11 parses it:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.

use super::unicode_digits::decimal_value;
use super::FormatError;

/// Alignment of the text inside the field width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `<`: text on the left, fill on the right.
    Left,
    /// `>`: text on the right.
    Right,
    /// `^`: centred, the extra fill character on the right.
    Center,
    /// `=`: fill between the sign (and `0x` prefix) and the digits.
    AfterSign,
}

/// Which signs a number shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    /// `-`: only negative numbers get a sign (the default).
    Minus,
    /// `+`: `+` for non-negative numbers too.
    Plus,
    /// ` `: a space in front of non-negative numbers.
    Space,
}

/// Thousands separator requested by the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// `,`: a comma every three digits.
    Comma,
    /// `_`: an underscore every three decimal digits (every four in `b o x X`).
    Underscore,
}

impl Grouping {
    /// The separator character.
    pub fn separator(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format spec. Defaults that depend on the formatted type (alignment, type code)
/// are left as `None` and resolved by each `format_*` function.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character: the explicit one, `'0'` after the `0` flag, else `' '`.
    pub fill: char,
    /// The explicit alignment, if any.
    pub align: Option<Align>,
    /// The explicit sign option, if any.
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero results to positive zero (floats only).
    pub no_negative_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The `0` flag was given without an explicit fill (numbers then default to `=`).
    pub zero_padding: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// Thousands separator.
    pub grouping: Option<Grouping>,
    /// Precision after the `.`.
    pub precision: Option<usize>,
    /// The presentation type character, if given.
    pub type_code: Option<char>,
}

fn parse_alignment(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Reads decimal digits (any script, as CPython does) from `chars[*pos..]`; `None` when there
/// are none.
fn parse_count(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let start = *pos;
    let mut value: usize = 0;
    while let Some(digit) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

/// Parses `spec` for a value of Python type `type_name` (used only in error messages).
///
/// Errors (all `ValueError`): "Too many decimal digits in format string", "Cannot specify both
/// ',' and '_'.", "Format specifier missing precision", "Invalid format specifier '…' for
/// object of type '…'".
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut parsed = FormatSpec {
        fill: ' ',
        align: None,
        sign: None,
        no_negative_zero: false,
        alternate: false,
        zero_padding: false,
        width: None,
        grouping: None,
        precision: None,
        type_code: None,
    };
    let mut pos = 0;
    let mut fill_given = false;
    if let Some(align) = chars.get(1).and_then(|&c| parse_alignment(c)) {
        parsed.fill = chars[0];
        parsed.align = Some(align);
        fill_given = true;
        pos = 2;
    } else if let Some(align) = chars.first().and_then(|&c| parse_alignment(c)) {
        parsed.align = Some(align);
        pos = 1;
    }
    parsed.sign = match chars.get(pos) {
        Some('+') => Some(Sign::Plus),
        Some('-') => Some(Sign::Minus),
        Some(' ') => Some(Sign::Space),
        _ => None,
    };
    if parsed.sign.is_some() {
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        parsed.no_negative_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        parsed.alternate = true;
        pos += 1;
    }
    if !fill_given && chars.get(pos) == Some(&'0') {
        parsed.fill = '0';
        parsed.zero_padding = true;
        pos += 1;
    }
    parsed.width = parse_count(&chars, &mut pos)?;
    let both = || FormatError::value("Cannot specify both ',' and '_'.");
    if chars.get(pos) == Some(&',') {
        parsed.grouping = Some(Grouping::Comma);
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if parsed.grouping.is_some() {
            return Err(both());
        }
        parsed.grouping = Some(Grouping::Underscore);
        pos += 1;
    }
    if chars.get(pos) == Some(&',') {
        return Err(both());
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        parsed.precision = parse_count(&chars, &mut pos)?;
        if parsed.precision.is_none() {
            return Err(FormatError::value("Format specifier missing precision"));
        }
    }
    match chars.len() - pos {
        0 => {}
        1 => parsed.type_code = Some(chars[pos]),
        _ => {
            return Err(FormatError::value(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )))
        }
    }
    Ok(parsed)
}

/// Renders a type character in an error message as CPython does: itself when it is a
/// printable ASCII character other than space, else `\x..`.
pub(crate) fn type_code_for_message(code: char) -> String {
    let value = u32::from(code);
    if value > 32 && value < 128 {
        code.to_string()
    } else {
        format!("\\x{value:x}")
    }
}

impl FormatSpec {
    /// Checks the grouping option against the effective type code (PEP 378 / PEP 515 rules):
    /// returns the separator and the group size to use, if any.
    pub(crate) fn grouping_for(
        &self,
        type_code: Option<char>,
    ) -> Result<Option<(char, usize)>, FormatError> {
        let Some(grouping) = self.grouping else {
            return Ok(None);
        };
        match type_code {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {
                Ok(Some((grouping.separator(), 3)))
            }
            Some('b' | 'o' | 'x' | 'X') if grouping == Grouping::Underscore => Ok(Some(('_', 4))),
            Some(other) => Err(FormatError::value(format!(
                "Cannot specify '{}' with '{}'.",
                grouping.separator(),
                type_code_for_message(other)
            ))),
        }
    }
}

/// "Unknown format code 'q' for object of type 'int'".
pub(crate) fn unknown_code(code: char, type_name: &str) -> FormatError {
    FormatError::value(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        type_code_for_message(code)
    ))
}
