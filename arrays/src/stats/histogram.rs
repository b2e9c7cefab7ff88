//! `np.histogram` (equal-width bins computed with NumPy's index formula and edge corrections,
//! or explicit edges via inclusive searchsorted; `density`) and `np.bincount` (weights,
//! minlength), with NumPy's messages.

use crate::array::NdArray;
use crate::create::linspace;
use crate::dtype::DType;
use crate::error::{ArrayError, ArrayResult};
use crate::promote::Operand;
use crate::search::{searchsorted, Side};

/// The `bins=` argument of `histogram`.
#[derive(Clone, Debug)]
pub enum Bins {
    /// That many equal-width bins over the range.
    Count(i64),
    /// Monotonically increasing bin edges.
    Edges(NdArray),
}

/// Formats a float as Python's `repr` does for the range messages (`nan`, `inf`, `1.0`).
fn py_float(v: f64) -> String {
    if v.is_nan() {
        "nan".to_string()
    } else if v.is_infinite() {
        if v > 0.0 { "inf" } else { "-inf" }.to_string()
    } else if v == v.trunc() && v.abs() < 1e16 {
        format!("{v:.1}")
    } else {
        format!("{v}")
    }
}

/// NumPy's `_get_outer_edges`: the range, or the data's min and max widened by 0.5 when equal.
fn outer_edges(data: &[f64], range: Option<(f64, f64)>) -> ArrayResult<(f64, f64)> {
    let (mut first, mut last) = if let Some((lo, hi)) = range {
        if lo > hi {
            return Err(ArrayError::value(
                "max must be larger than min in range parameter.",
            ));
        }
        if !(lo.is_finite() && hi.is_finite()) {
            return Err(ArrayError::value(format!(
                "supplied range of [{}, {}] is not finite",
                py_float(lo),
                py_float(hi)
            )));
        }
        (lo, hi)
    } else if data.is_empty() {
        (0.0, 1.0)
    } else {
        let nan = data.iter().any(|v| v.is_nan());
        let lo = if nan {
            f64::NAN
        } else {
            data.iter().cloned().fold(f64::INFINITY, f64::min)
        };
        let hi = if nan {
            f64::NAN
        } else {
            data.iter().cloned().fold(f64::NEG_INFINITY, f64::max)
        };
        if !(lo.is_finite() && hi.is_finite()) {
            return Err(ArrayError::value(format!(
                "autodetected range of [{}, {}] is not finite",
                py_float(lo),
                py_float(hi)
            )));
        }
        (lo, hi)
    };
    if first == last {
        first -= 0.5;
        last += 0.5;
    }
    Ok((first, last))
}

/// `np.histogram(a, bins, range, density)`: the counts (int64, or float64 densities) and the
/// float64 bin edges. Values outside the range are ignored; the last bin is closed.
pub fn histogram(
    a: &NdArray,
    bins: &Bins,
    range: Option<(f64, f64)>,
    density: bool,
) -> ArrayResult<(NdArray, NdArray)> {
    histogram_weighted(a, bins, range, density, None)
}

/// Per-bin totals: integer counts, or float64 sums of weights.
enum Totals {
    Counts(Vec<i64>),
    Weighted(Vec<f64>),
}

impl Totals {
    fn as_f64(&self) -> Vec<f64> {
        match self {
            Totals::Counts(c) => c.iter().map(|&v| v as f64).collect(),
            Totals::Weighted(w) => w.clone(),
        }
    }
}

/// `np.histogram(a, bins, range, density, weights)`: with `weights` (same shape as `a`) each
/// value adds its weight instead of 1 and the totals are float64.
pub fn histogram_weighted(
    a: &NdArray,
    bins: &Bins,
    range: Option<(f64, f64)>,
    density: bool,
    weights: Option<&NdArray>,
) -> ArrayResult<(NdArray, NdArray)> {
    if a.dtype.is_complex() {
        return Err(ArrayError::not_implemented(
            "micronumpy's histogram takes real data",
        ));
    }
    let data = a.to_vec::<f64>();
    let weight_values = match weights {
        Some(w) if w.shape != a.shape => {
            return Err(ArrayError::value(
                "weights should have the same shape as a.",
            ))
        }
        Some(w) => Some(w.to_vec::<f64>()),
        None => None,
    };
    let (totals, edges) = match bins {
        Bins::Count(n) => {
            if *n < 1 {
                return Err(ArrayError::value(
                    "`bins` must be positive, when an integer",
                ));
            }
            let n = *n as usize;
            let (first, last) = outer_edges(&data, range)?;
            let edges = linspace(first, last, n as isize + 1, true, Some(DType::Float64))?;
            let e = edges.to_vec::<f64>();
            let denom = last - first;
            let mut counts = vec![0i64; n];
            let mut sums = vec![0f64; n];
            for (k, &x) in data.iter().enumerate() {
                if !(x >= first && x <= last) {
                    continue;
                }
                let mut i = ((((x - first) / denom) * n as f64) as i64).clamp(0, n as i64);
                if i == n as i64 {
                    i -= 1;
                }
                if i > 0 && x < e[i as usize] {
                    i -= 1;
                }
                if x >= e[i as usize + 1] && i != n as i64 - 1 {
                    i += 1;
                }
                counts[i as usize] += 1;
                if let Some(w) = &weight_values {
                    sums[i as usize] += w[k];
                }
            }
            let totals = if weight_values.is_some() {
                Totals::Weighted(sums)
            } else {
                Totals::Counts(counts)
            };
            (totals, edges)
        }
        Bins::Edges(edges) => {
            let e = edges.to_vec::<f64>();
            if e.windows(2).any(|w| w[0] > w[1]) {
                return Err(ArrayError::value(
                    "`bins` must increase monotonically, when an array",
                ));
            }
            let nb = e.len();
            if nb == 0 {
                return Err(ArrayError::value(
                    "`bins` must be positive, when an integer",
                ));
            }
            let sorted = crate::sort::sort(a, None, crate::sort::SortKind::Quick)?;
            let head = edges.ravel().slice_axis(0, 0, nb - 1);
            let tail = edges.ravel().slice_axis(0, nb - 1, nb);
            let left = searchsorted(&sorted, &Operand::Array(head), Side::Left, None)?;
            let right = searchsorted(&sorted, &Operand::Array(tail), Side::Right, None)?;
            let mut positions = left.to_vec::<i64>();
            positions.extend(right.to_vec::<i64>());
            let totals = match &weight_values {
                None => Totals::Counts(positions.windows(2).map(|w| w[1] - w[0]).collect()),
                Some(w) => {
                    let order = crate::sort::argsort(a, None, crate::sort::SortKind::Quick)?;
                    let order = order.to_vec::<i64>();
                    let mut cumulative = vec![0f64];
                    for &i in &order {
                        let last = cumulative[cumulative.len() - 1];
                        cumulative.push(last + w[i as usize]);
                    }
                    let picked: Vec<f64> =
                        positions.iter().map(|&p| cumulative[p as usize]).collect();
                    Totals::Weighted(picked.windows(2).map(|x| x[1] - x[0]).collect())
                }
            };
            (totals, edges.astype(edges.dtype))
        }
    };
    let nbins = edges.size().saturating_sub(1);
    if density {
        let e = edges.to_vec::<f64>();
        let values = totals.as_f64();
        let total: f64 = match &totals {
            Totals::Counts(c) => c.iter().sum::<i64>() as f64,
            Totals::Weighted(w) => crate::pairwise::pairwise_sum(w),
        };
        let dens: Vec<f64> = values
            .iter()
            .zip(e.windows(2))
            .map(|(&c, w)| c / (w[1] - w[0]) / total)
            .collect();
        return Ok((NdArray::from_vec(dens, &[nbins])?, edges));
    }
    let hist = match totals {
        Totals::Counts(c) => NdArray::from_vec(c, &[nbins])?,
        Totals::Weighted(w) => NdArray::from_vec(w, &[nbins])?,
    };
    Ok((hist, edges))
}

/// `np.bincount(x, weights, minlength)`: occurrences of each non-negative integer in the 1-D
/// `x` (int64), or sums of `weights` (float64).
pub fn bincount(x: &NdArray, weights: Option<&NdArray>, minlength: i64) -> ArrayResult<NdArray> {
    if minlength < 0 {
        return Err(ArrayError::value("'minlength' must not be negative"));
    }
    if x.ndim() > 1 {
        return Err(ArrayError::value("object too deep for desired array"));
    }
    if x.ndim() == 0 {
        return Err(ArrayError::value(
            "object of too small depth for desired array",
        ));
    }
    if !(x.dtype.is_integer() || x.dtype == DType::Bool) {
        return Err(ArrayError::type_error(format!(
            "Cannot cast array data from dtype('{}') to dtype('int64') according to the rule 'safe'",
            x.dtype.name()
        )));
    }
    let values = x.to_vec::<i64>();
    if values.iter().any(|&v| v < 0) {
        return Err(ArrayError::value(
            "'list' argument must have no negative elements",
        ));
    }
    let len = values
        .iter()
        .map(|&v| v as usize + 1)
        .max()
        .unwrap_or(0)
        .max(minlength as usize);
    match weights {
        None => {
            let mut counts = vec![0i64; len];
            for &v in &values {
                counts[v as usize] += 1;
            }
            NdArray::from_vec(counts, &[len])
        }
        Some(w) => {
            if w.size() != values.len() || w.ndim() != 1 {
                return Err(ArrayError::value(
                    "The weights and list don't have the same length.",
                ));
            }
            let ws = w.to_vec::<f64>();
            let mut sums = vec![0f64; len];
            for (&v, &wt) in values.iter().zip(&ws) {
                sums[v as usize] += wt;
            }
            NdArray::from_vec(sums, &[len])
        }
    }
}
