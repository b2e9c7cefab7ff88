//! NumPy-compatible text of arrays and scalars: `str(a)`, `repr(a)`, `np.array2string`,
//! `str`/`repr` of scalars, and `np.format_float_positional`/`_scientific`, byte-identical to
//! NumPy 2.4's `arrayprint` with its print options (precision, suppress, threshold, edgeitems,
//! linewidth, floatmode, sign, nanstr, infstr; no legacy modes).
//!
//! The array functions take the shape, the dtype and the elements in flat C order, either as a
//! slice or as a closure `get(flat_index) -> Scalar`: a summarised array (more elements than
//! `threshold`) only reads the elements it shows, so huge arrays need not be copied.
//!
//! Submodules: `bigint` and `dragon4` (exact digit generation), `float_format` (float/complex
//! column layout), `element_format` (per-dtype formatter), `layout` (brackets, wrapping,
//! summarisation), `scalar` (scalar str/repr).

mod bigint;
mod dragon4;
mod element_format;
mod float_format;
mod layout;
mod scalar;
#[cfg(test)]
mod tests;

pub use dragon4::{format_positional, format_scientific, Dragon4Options, FloatValue, TrimMode};
pub use scalar::{scalar_repr, scalar_str};

use crate::dtype::{DType, Scalar};
use element_format::{cast_scalar, ElementFormatter};
use layout::{summary_indices, Layout};

/// NumPy's `floatmode` print option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatMode {
    /// `'fixed'`: always `precision` fractional digits.
    Fixed,
    /// `'unique'`: shortest round-trip digits, `precision` ignored.
    Unique,
    /// `'maxprec'` (default): at most `precision` digits, fewer if enough.
    MaxPrec,
    /// `'maxprec_equal'`: at most `precision` digits, the same count for every element.
    MaxPrecEqual,
}

/// NumPy's `sign` print option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignMode {
    /// `'-'` (default): sign only for negative values.
    Minus,
    /// `'+'`: always a sign.
    Plus,
    /// `' '`: a space in the sign position of non-negative values.
    Space,
}

/// NumPy's print options (`np.set_printoptions`), legacy mode excluded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintOptions {
    /// Digits after the point for floats (default 8).
    pub precision: usize,
    /// Print tiny floats as zero instead of switching to scientific notation.
    pub suppress: bool,
    /// Arrays with more elements than this are summarised with `...` (default 1000).
    pub threshold: usize,
    /// Items kept at each end of a summarised axis (default 3).
    pub edgeitems: usize,
    /// Characters per line before wrapping (default 75).
    pub linewidth: usize,
    /// Interpretation of `precision`.
    pub floatmode: FloatMode,
    /// Sign of non-negative floats and integers.
    pub sign: SignMode,
    /// Text of NaN (default `nan`).
    pub nanstr: String,
    /// Text of infinity (default `inf`).
    pub infstr: String,
}

impl Default for PrintOptions {
    /// NumPy's defaults.
    fn default() -> Self {
        PrintOptions {
            precision: 8,
            suppress: false,
            threshold: 1000,
            edgeitems: 3,
            linewidth: 75,
            floatmode: FloatMode::MaxPrec,
            sign: SignMode::Minus,
            nanstr: "nan".to_string(),
            infstr: "inf".to_string(),
        }
    }
}

/// Number of elements of `shape` (saturating, so absurd shapes cannot overflow).
fn element_count(shape: &[usize]) -> usize {
    shape.iter().fold(1usize, |n, &d| n.saturating_mul(d))
}

/// A zero of `dtype`, for reads past the end of a too-short element slice.
fn zero_of(dtype: DType) -> Scalar {
    cast_scalar(Scalar::Bool(false), dtype)
}

/// `np.array2string(a, separator=separator, prefix=prefix, suffix=suffix)`: the bracketed
/// elements only (no `array(` or dtype); `prefix` and `suffix` only set the indentation of
/// wrapped lines and the width left on the last one. `get` reads the element at a flat
/// C-order index; it is called only for elements that are shown.
pub fn array2string_with(
    shape: &[usize],
    dtype: DType,
    get: &dyn Fn(usize) -> Scalar,
    opts: &PrintOptions,
    separator: &str,
    prefix: &str,
    suffix: &str,
) -> String {
    let size = element_count(shape);
    if size == 0 {
        return "[]".to_string();
    }
    let summarise = size > opts.threshold;
    let shown: Vec<Scalar> = if summarise {
        summary_indices(shape, opts.edgeitems)
            .into_iter()
            .map(get)
            .collect()
    } else {
        (0..size).map(get).collect()
    };
    let formatter = ElementFormatter::new(dtype, &shown, shape.is_empty(), opts);
    let format_element = |i: usize| formatter.format(get(i));
    let layout = Layout {
        shape,
        format_element: &format_element,
        separator,
        edge_items: opts.edgeitems,
        summarise,
    };
    let line_width = opts.linewidth as i64 - suffix.chars().count() as i64;
    let next_line_prefix = " ".repeat(1 + prefix.chars().count());
    layout.format(line_width, &next_line_prefix)
}

/// `str(a)` of an array given by a reader of its flat C-order elements.
pub fn array_str_with(
    shape: &[usize],
    dtype: DType,
    get: &dyn Fn(usize) -> Scalar,
    opts: &PrintOptions,
) -> String {
    if shape.is_empty() {
        return scalar_str(cast_scalar(get(0), dtype));
    }
    array2string_with(shape, dtype, get, opts, " ", "", "")
}

/// Python's repr of a shape tuple: `()`, `(3,)`, `(2, 3)`.
pub fn shape_repr(shape: &[usize]) -> String {
    match shape {
        [] => "()".to_string(),
        [n] => format!("({n},)"),
        _ => {
            let parts: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
            format!("({})", parts.join(", "))
        }
    }
}

/// True for the dtypes a repr leaves implicit: float64, int64, complex128 and bool.
fn dtype_is_implied(dtype: DType) -> bool {
    matches!(
        dtype,
        DType::Float64 | DType::Int64 | DType::Complex128 | DType::Bool
    )
}

/// `repr(a)` of an array given by a reader of its flat C-order elements:
/// `array([1, 2], dtype=int32)`, with `shape=` for empty n-d and summarised arrays.
pub fn array_repr_with(
    shape: &[usize],
    dtype: DType,
    get: &dyn Fn(usize) -> Scalar,
    opts: &PrintOptions,
) -> String {
    const PREFIX: &str = "array(";
    let body = array2string_with(shape, dtype, get, opts, ", ", PREFIX, ")");
    let size = element_count(shape);
    let mut extras = Vec::new();
    if (size == 0 && shape != [0]) || size > opts.threshold {
        extras.push(format!("shape={}", shape_repr(shape)));
    }
    if !dtype_is_implied(dtype) || size == 0 {
        extras.push(format!("dtype={}", dtype.name()));
    }
    if extras.is_empty() {
        return format!("{PREFIX}{body})");
    }
    let arr_str = format!("{PREFIX}{body},");
    let extra_str = format!("{})", extras.join(", "));
    let last_line_len = arr_str.len() - arr_str.rfind('\n').map_or(0, |p| p + 1);
    let spacer = if last_line_len + extra_str.len() + 1 > opts.linewidth {
        format!("\n{}", " ".repeat(PREFIX.len()))
    } else {
        " ".to_string()
    };
    format!("{arr_str}{spacer}{extra_str}")
}

/// `str(a)` of an array whose elements, in flat C order, are `elems` (of dtype `dtype`).
pub fn array_str(shape: &[usize], elems: &[Scalar], dtype: DType, opts: &PrintOptions) -> String {
    let get = |i: usize| elems.get(i).copied().unwrap_or_else(|| zero_of(dtype));
    array_str_with(shape, dtype, &get, opts)
}

/// `repr(a)` of an array whose elements, in flat C order, are `elems` (of dtype `dtype`).
pub fn array_repr(shape: &[usize], elems: &[Scalar], dtype: DType, opts: &PrintOptions) -> String {
    let get = |i: usize| elems.get(i).copied().unwrap_or_else(|| zero_of(dtype));
    array_repr_with(shape, dtype, &get, opts)
}
