//! Two-argument and bit-level float functions of `math`: `pow`, `atan2`, `fmod`, `remainder`,
//! `copysign`, `frexp`, `ldexp`, `modf`, `nextafter`, `ulp`, `isclose`, `degrees`, `radians`,
//! `isfinite`, `isinf`, `isnan`.
//!
//! Special values are handled explicitly, as CPython does, before delegating to the exact or
//! libm operation; the error rules are those of CPython's `math_2` and its per-function
//! wrappers.

use super::{MathError, MathResult, PyErrorKind};

const PI: f64 = std::f64::consts::PI;

/// CPython's `math_2` classification: NaN from non-NaN arguments is a domain error, an
/// infinity from finite arguments is a range error.
fn classify2(x: f64, y: f64, r: f64) -> MathResult<f64> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// `math.atan2(y, x)`, with C99 Annex F special values.
pub fn atan2(y: f64, x: f64) -> MathResult<f64> {
    let r = if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if y.is_infinite() {
        if x.is_infinite() {
            if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            }
        } else {
            (0.5 * PI).copysign(y)
        }
    } else if x.is_infinite() || y == 0.0 {
        if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        }
    } else {
        y.atan2(x)
    };
    classify2(y, x, r)
}

/// `math.copysign(x, y)`.
pub fn copysign(x: f64, y: f64) -> MathResult<f64> {
    Ok(x.copysign(y))
}

/// `math.degrees(x)`.
pub fn degrees(x: f64) -> f64 {
    const RAD_TO_DEG: f64 = 180.0 / PI;
    x * RAD_TO_DEG
}

/// `math.radians(x)`.
pub fn radians(x: f64) -> f64 {
    const DEG_TO_RAD: f64 = PI / 180.0;
    x * DEG_TO_RAD
}

/// `math.fmod(x, y)`: C's fmod; ValueError for `fmod(inf, y)` and `fmod(x, 0)`.
pub fn fmod(x: f64, y: f64) -> MathResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathError::Domain);
    }
    Ok(r)
}

/// `math.remainder(x, y)`: IEEE 754 remainder (exact); ValueError for `y == 0` or infinite x.
pub fn remainder(x: f64, y: f64) -> MathResult<f64> {
    let r = if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            f64::NAN
        } else {
            let absx = x.abs();
            let absy = y.abs();
            let m = absx % absy;
            // Compare m with absy - m rather than with absy/2, which may be inexact.
            let c = absy - m;
            let r = if m < c {
                m
            } else if m > c {
                -c
            } else {
                // Halfway: choose the even multiple. All steps here are exact.
                m - 2.0 * ((0.5 * (absx - m)) % absy)
            };
            1.0f64.copysign(x) * r
        }
    } else if x.is_nan() {
        x
    } else if y.is_nan() {
        y
    } else if x.is_infinite() {
        f64::NAN
    } else {
        x
    };
    classify2(x, y, r)
}

/// Splits a finite nonzero float into `(m, e)` with `x = m * 2**e` and `2**52 <= |m| < 2**53`.
pub(crate) fn split_normalized(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let field = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if field == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), field - 1075)
    };
    let shift = m.leading_zeros() as i64 - 11;
    m <<= shift;
    e -= shift;
    (m, e)
}

/// `math.frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1`; `(x, 0)` for zeros,
/// infinities and NaNs.
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (m, e) = split_normalized(x);
    let mantissa_bits = (1022u64 << 52) | (m & ((1u64 << 52) - 1));
    let mantissa = f64::from_bits(mantissa_bits).copysign(x);
    (mantissa, e + 53)
}

/// `m * 2**e` correctly rounded (half to even) with a single rounding, also into the
/// subnormal range; infinity on overflow. Callers that truncated a wider value into `m` set
/// its lowest bit when any discarded bit was nonzero (a sticky bit), which keeps ties exact.
pub(crate) fn scale_by_power_of_two(m: u64, e: i64, negative: bool) -> f64 {
    let magnitude = if m == 0 {
        0.0
    } else {
        let width = 64 - m.leading_zeros() as i64;
        let top_exponent = e + width - 1;
        // Exponent of the result's last mantissa bit.
        let mut ulp_exponent = (top_exponent - 52).max(-1074);
        let drop = ulp_exponent - e;
        let mut mant = if drop <= 0 {
            m << (-drop)
        } else if drop > 64 {
            0
        } else {
            let (kept, rest, half) = if drop == 64 {
                (0, m, 1u64 << 63)
            } else {
                (m >> drop, m & ((1u64 << drop) - 1), 1u64 << (drop - 1))
            };
            kept + (rest > half || (rest == half && kept & 1 == 1)) as u64
        };
        if mant == 1u64 << 53 {
            mant >>= 1;
            ulp_exponent += 1;
        }
        if mant >= 1u64 << 52 {
            let biased = ulp_exponent + 52 + 1023;
            if biased > 2046 {
                f64::INFINITY
            } else {
                f64::from_bits(((biased as u64) << 52) | (mant & ((1u64 << 52) - 1)))
            }
        } else {
            // Subnormal (ulp_exponent == -1074), or zero after rounding.
            f64::from_bits(mant)
        }
    };
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

/// `math.ldexp(x, i)`: `x * 2**i`, correctly rounded; OverflowError "math range error" on
/// overflow. Callers holding a Python int beyond the i64 range may clamp it to
/// `i64::MIN`/`i64::MAX`: CPython behaves the same for every exponent past the C int range.
pub fn ldexp(x: f64, i: i64) -> MathResult<f64> {
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    if i > i32::MAX as i64 {
        return Err(MathError::Range);
    }
    if i < i32::MIN as i64 {
        return Ok(0.0f64.copysign(x));
    }
    let (m, e) = split_normalized(x);
    let r = scale_by_power_of_two(m, e + i, x.is_sign_negative());
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// `math.modf(x)`: `(fractional part, integer part)`, both carrying the sign of x.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let int_part = x.trunc();
    ((x - int_part).copysign(x), int_part)
}

/// `math.pow(x, y)`: ValueError for `0 ** negative` and `negative ** non-integer`,
/// OverflowError on overflow.
pub fn pow(x: f64, y: f64) -> MathResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() {
        return Err(if x == 0.0 {
            MathError::Domain
        } else {
            MathError::Range
        });
    }
    Ok(r)
}

/// `math.nextafter(x, y)`: the next float after x towards y.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x < y {
        x.next_up()
    } else {
        x.next_down()
    }
}

/// `math.ulp(x)`: the value of the least significant bit of x.
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let above = x.next_up();
    if above.is_infinite() {
        return x - x.next_down();
    }
    above - x
}

/// `math.isclose(a, b, rel_tol=rel_tol, abs_tol=abs_tol)` (defaults 1e-09 and 0.0).
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> MathResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(MathError::other(
            PyErrorKind::ValueError,
            "tolerances must be non-negative",
        ));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

/// `math.isfinite(x)`.
pub fn isfinite(x: f64) -> bool {
    x.is_finite()
}

/// `math.isinf(x)`.
pub fn isinf(x: f64) -> bool {
    x.is_infinite()
}

/// `math.isnan(x)`.
pub fn isnan(x: f64) -> bool {
    x.is_nan()
}
