//! Accurate sums and norms: `math.fsum`, `math.hypot`, `math.dist`, and the float loop of
//! `math.prod`.
//!
//! `fsum` keeps a list of non-overlapping partial sums (Shewchuk's algorithm, as CPython's
//! `msum`) and rounds their exact total once, half to even. `hypot`/`dist` use CPython 3.11's
//! `vector_norm`: power-of-two scaling, Veltkamp-Dekker splitting of each square, compensated
//! (Neumaier) summation, and one differential correction of the square root.

use super::float_ops::{frexp, scale_by_power_of_two};
use super::{MathError, MathResult, PyErrorKind};

/// Incremental state of `math.fsum`, so the caller can convert and feed items one at a time
/// (errors then surface at the same item as in CPython).
#[derive(Debug, Clone, Default)]
pub struct FsumAccumulator {
    /// Non-overlapping partial sums, increasing in magnitude.
    partials: Vec<f64>,
    /// Sum of the non-finite items seen (NaN if a NaN was seen or infinities cancelled).
    special_sum: f64,
    /// Sum of the infinite items seen.
    inf_sum: f64,
}

impl FsumAccumulator {
    /// An empty accumulator.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one item. Fails with OverflowError "intermediate overflow in fsum" when finite
    /// items overflow.
    pub fn add(&mut self, item: f64) -> MathResult<()> {
        let mut x = item;
        let mut kept = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        self.partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // Either an overflow of finite items, or a NaN/infinity among the items.
                if item.is_finite() {
                    return Err(MathError::other(
                        PyErrorKind::OverflowError,
                        "intermediate overflow in fsum",
                    ));
                }
                if item.is_infinite() {
                    self.inf_sum += item;
                }
                self.special_sum += item;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    /// The correctly rounded sum; ValueError "-inf + inf in fsum" if opposite infinities
    /// were added.
    pub fn finish(&self) -> MathResult<f64> {
        if self.special_sum != 0.0 {
            if self.inf_sum.is_nan() {
                return Err(MathError::other(
                    PyErrorKind::ValueError,
                    "-inf + inf in fsum",
                ));
            }
            return Ok(self.special_sum);
        }
        // special_sum can be NaN (a NaN item): NaN != 0.0 is true, handled above.
        let p = &self.partials;
        let mut n = p.len();
        if n == 0 {
            return Ok(0.0);
        }
        n -= 1;
        let mut hi = p[n];
        let mut lo = 0.0;
        // Add from the top until the sum becomes inexact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Half-even rounding across partials: if the rest pushes past the halfway point,
        // round away.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
        Ok(hi)
    }
}

/// `math.fsum(items)` over already-converted floats.
pub fn fsum(items: &[f64]) -> MathResult<f64> {
    let mut acc = FsumAccumulator::new();
    for &x in items {
        acc.add(x)?;
    }
    acc.finish()
}

/// One Neumaier step: adds `x` to `csum` (with |csum| >= |x|), collecting the error in `frac`.
fn compensated_add(csum: &mut f64, frac: &mut f64, x: f64) {
    let old = *csum;
    *csum += x;
    *frac += (old - *csum) + x;
}

/// Veltkamp-Dekker split of `x` into a 26-bit high part and the remainder.
fn split(x: f64) -> (f64, f64) {
    const T27: f64 = 134217729.0; // 2**27 + 1
    let t = x * T27;
    let hi = t - (t - x);
    (hi, x - hi)
}

/// CPython 3.11's `vector_norm`: the Euclidean norm of non-negative `vec`, whose largest
/// element is `max`.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    let mut csum = 1.0;
    let mut frac1 = 0.0;
    let mut frac2 = 0.0;
    let mut frac3 = 0.0;
    if max_e >= -1023 {
        // 2**-max_e, exact (possibly subnormal when max_e > 1022).
        let scale = scale_by_power_of_two(1, -max_e, false);
        for &v in vec {
            let x = v * scale;
            let (hi, lo) = split(x);
            compensated_add(&mut csum, &mut frac1, hi * hi);
            compensated_add(&mut csum, &mut frac2, 2.0 * hi * lo);
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let (hi, lo) = split(h);
        compensated_add(&mut csum, &mut frac1, -hi * hi);
        compensated_add(&mut csum, &mut frac2, -2.0 * hi * lo);
        compensated_add(&mut csum, &mut frac3, -lo * lo);
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // Subnormal max: 2**-max_e would overflow, so divide by max instead.
    for &v in vec {
        let x = v / max;
        compensated_add(&mut csum, &mut frac1, x * x);
    }
    max * (csum - 1.0 + frac1).sqrt()
}

/// `math.hypot(*coordinates)`.
pub fn hypot(coordinates: &[f64]) -> f64 {
    let mut max = 0.0;
    let mut found_nan = false;
    let abs: Vec<f64> = coordinates
        .iter()
        .map(|&c| {
            let x = c.abs();
            found_nan |= x.is_nan();
            if x > max {
                max = x;
            }
            x
        })
        .collect();
    vector_norm(&abs, max, found_nan)
}

/// `math.dist(p, q)`; ValueError if the points differ in dimension.
pub fn dist(p: &[f64], q: &[f64]) -> MathResult<f64> {
    if p.len() != q.len() {
        return Err(MathError::other(
            PyErrorKind::ValueError,
            "both points must have the same number of dimensions",
        ));
    }
    let mut max = 0.0;
    let mut found_nan = false;
    let diffs: Vec<f64> = p
        .iter()
        .zip(q)
        .map(|(&px, &qx)| {
            let x = (px - qx).abs();
            found_nan |= x.is_nan();
            if x > max {
                max = x;
            }
            x
        })
        .collect();
    Ok(vector_norm(&diffs, max, found_nan))
}

/// The float loop of `math.prod`: `start * items[0] * items[1] * ...`, left to right.
///
/// `math.prod` is generic over Python objects; the interpreter uses this only once the
/// running product is a float and every remaining item is a float (or an int converted
/// with `as f64` when it fits in an i64, as CPython's fast path does).
pub fn prod_f64(start: f64, items: &[f64]) -> f64 {
    items.iter().fold(start, |acc, &x| acc * x)
}
