//! `math.gamma` and `math.lgamma`: CPython's own Lanczos-approximation implementations.
//!
//! CPython does not use the libm `tgamma`/`lgamma`; it evaluates a Lanczos sum (N = 13,
//! g = 6.024680040776729583740234375, the Boost parameters) as a rational function, with a
//! correction for the rounding error in `x + g - 0.5` and the reflection formula for negative
//! arguments. The same operations in the same order give the same bits.

// The coefficients keep their published decimal spelling (more digits than a double holds);
// each literal rounds to the intended double.
#![allow(clippy::excessive_precision)]

use super::{MathError, MathResult};

const PI: f64 = std::f64::consts::PI;
/// ln(pi).
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;
/// Number of Lanczos coefficients.
const LANCZOS_N: usize = 13;
/// The Lanczos parameter g.
const LANCZOS_G: f64 = 6.024680040776729583740234375;
/// g - 0.5, exactly representable.
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
/// Numerator coefficients of the Lanczos sum written as a rational function.
const LANCZOS_NUM: [f64; LANCZOS_N] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// Denominator coefficients: the expansion of x*(x+1)*...*(x+11).
const LANCZOS_DEN: [f64; LANCZOS_N] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
/// Gamma(n) = (n-1)! for n = 1..=23, all exact doubles.
const GAMMA_OF_SMALL_INTEGERS: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// sin(pi*x) for finite x, accurate near integers (used by the reflection formula).
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    // C's round(): halfway cases away from zero, like Rust's f64::round.
    let octant = (2.0 * y).round() as i32;
    let r = match octant {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// The Lanczos sum L_g(x) for positive x, as a rational function (in 1/x for large x).
fn lanczos_sum(x: f64) -> f64 {
    let mut num = 0.0;
    let mut den = 0.0;
    if x < 5.0 {
        for i in (0..LANCZOS_N).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..LANCZOS_N {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `math.gamma(x)`: ValueError at poles and -inf, OverflowError when the result is too big.
pub fn gamma(x: f64) -> MathResult<f64> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(MathError::Domain);
    }
    if x == 0.0 {
        return Err(MathError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathError::Domain);
        }
        if x <= GAMMA_OF_SMALL_INTEGERS.len() as f64 {
            return Ok(GAMMA_OF_SMALL_INTEGERS[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(MathError::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(0.0 / sin_pi(x));
        }
        return Err(MathError::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // z is the rounding error in y = absx + g - 0.5, scaled by g/y.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrt_pow = y.powf(absx / 2.0 - 0.25);
            r /= sqrt_pow;
            r /= sqrt_pow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrt_pow = y.powf(absx / 2.0 - 0.25);
            r *= sqrt_pow;
            r *= sqrt_pow;
        }
    }
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// `math.lgamma(x)`: ln|Gamma(x)|; ValueError at non-positive integers, OverflowError if the
/// result overflows.
pub fn lgamma(x: f64) -> MathResult<f64> {
    if !x.is_finite() {
        if x.is_nan() {
            return Ok(x);
        }
        return Ok(f64::INFINITY);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(MathError::Domain);
        }
        return Ok(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}
