//! Raw (libm-like, non-raising) `erf`, `erfc`, `asinh`, `acosh`, `atanh` and `cbrt`.
//!
//! CPython 3.11 calls the platform libm for these. Rust's std has no `erf`, and its
//! `asinh`/`acosh`/`atanh`/`cbrt` use different algorithms than glibc, so this module
//! re-implements the ones glibc uses for binary64 (mostly fdlibm-derived: same rational
//! approximations, same evaluation order) on top of std's `exp`, `ln`, `ln_1p` and `sqrt`,
//! which do call glibc.

// The coefficients keep their published decimal spelling (more digits than a double holds);
// each literal rounds to the intended double.
#![allow(clippy::excessive_precision)]
//! Results were checked bit for bit against CPython on glibc 2.36.

use super::float_ops::{frexp, scale_by_power_of_two, split_normalized};

/// The upper 32 bits of `x` with the sign bit cleared, as fdlibm's range tests use them.
fn abs_high_word(x: f64) -> u32 {
    ((x.to_bits() >> 32) as u32) & 0x7fff_ffff
}

/// `x` with its lower 32 bits cleared (a value with a short mantissa, so `x*x` is exact).
fn clear_low_word(x: f64) -> f64 {
    f64::from_bits(x.to_bits() & 0xffff_ffff_0000_0000)
}

/// erx = (float)0.84506291151: erf(1) rounded to single precision.
const ERX: f64 = 8.45062911510467529297e-01;
/// 2/sqrt(pi) - 1.
const EFX: f64 = 1.28379167095512586316e-01;

/// Numerator coefficients of erf(x) = x + x*P(x^2)/Q(x^2) on |x| < 0.84375.
const PP: [f64; 5] = [
    1.28379167095512558561e-01,
    -3.25042107247001499370e-01,
    -2.84817495755985104766e-02,
    -5.77027029648944159157e-03,
    -2.37630166566501626084e-05,
];
/// Denominator coefficients (index 0 unused: the constant term is 1).
const QQ: [f64; 6] = [
    0.0,
    3.97917223959155352819e-01,
    6.50222499887672944485e-02,
    5.08130628187576562776e-03,
    1.32494738004321644526e-04,
    -3.96022827877536812320e-06,
];
/// Numerator of erf(1+s) - erx on 0.84375 <= |x| < 1.25.
const PA: [f64; 7] = [
    -2.36211856075265944077e-03,
    4.14856118683748331666e-01,
    -3.72207876035701323847e-01,
    3.18346619901161753674e-01,
    -1.10894694282396677476e-01,
    3.54783043256182359371e-02,
    -2.16637559486879084300e-03,
];
/// Denominator of erf(1+s) - erx (index 0 unused).
const QA: [f64; 7] = [
    0.0,
    1.06420880400844228286e-01,
    5.40397917702171048937e-01,
    7.18286544141962662868e-02,
    1.26171219808761642112e-01,
    1.36370839120290507362e-02,
    1.19844998467991074170e-02,
];
/// Numerator of the erfc exponent correction on 1.25 <= |x| < 1/0.35.
const RA: [f64; 8] = [
    -9.86494403484714822705e-03,
    -6.93858572707181764372e-01,
    -1.05586262253232909814e+01,
    -6.23753324503260060396e+01,
    -1.62396669462573470355e+02,
    -1.84605092906711035994e+02,
    -8.12874355063065934246e+01,
    -9.81432934416914548592e+00,
];
/// Denominator on 1.25 <= |x| < 1/0.35 (index 0 unused).
const SA: [f64; 9] = [
    0.0,
    1.96512716674392571292e+01,
    1.37657754143519042600e+02,
    4.34565877475229228821e+02,
    6.45387271733267880336e+02,
    4.29008140027567833386e+02,
    1.08635005541779435134e+02,
    6.57024977031928170135e+00,
    -6.04244152148580987438e-02,
];
/// Numerator of the erfc exponent correction on 1/0.35 <= |x| < 28.
const RB: [f64; 7] = [
    -9.86494292470009928597e-03,
    -7.99283237680523006574e-01,
    -1.77579549177547519889e+01,
    -1.60636384855821916062e+02,
    -6.37566443368389627722e+02,
    -1.02509513161107724954e+03,
    -4.83519191608651397019e+02,
];
/// Denominator on 1/0.35 <= |x| < 28 (index 0 unused).
const SB: [f64; 8] = [
    0.0,
    3.03380607434824582924e+01,
    3.25792512996573918826e+02,
    1.53672958608443695994e+03,
    3.19985821950859553908e+03,
    2.55305040643316442583e+03,
    4.74528541206955367215e+02,
    -2.24409524465858183362e+01,
];

/// A value far below one ulp of 1.0, used to produce correctly rounded "1 - tiny" results.
const TINY: f64 = 1e-300;

/// `P(z)/Q(z)` for the small-argument erf approximation, evaluated pairwise as glibc does.
fn small_ratio(z: f64) -> f64 {
    let z2 = z * z;
    let z4 = z2 * z2;
    let num = (PP[0] + z * PP[1]) + z2 * (PP[2] + z * PP[3]) + z4 * PP[4];
    let den = (1.0 + z * QQ[1]) + z2 * (QQ[2] + z * QQ[3]) + z4 * (QQ[4] + z * QQ[5]);
    num / den
}

/// `P(s)/Q(s)` approximating `erf(1+s) - erx` for 0.84375 <= |x| < 1.25.
fn near_one_ratio(s: f64) -> f64 {
    let s2 = s * s;
    let s4 = s2 * s2;
    let s6 = s4 * s2;
    let num =
        (PA[0] + s * PA[1]) + s2 * (PA[2] + s * PA[3]) + s4 * (PA[4] + s * PA[5]) + s6 * PA[6];
    let den = (1.0 + s * QA[1]) + s2 * (QA[2] + s * QA[3]) + s4 * (QA[4] + s * QA[5]) + s6 * QA[6];
    num / den
}

/// `R(s)/S(s)` with `s = 1/x^2`, for 1.25 <= x < 28; `high` is x's high word.
fn tail_ratio(s: f64, below_one_over_035: bool) -> f64 {
    let s2 = s * s;
    let s4 = s2 * s2;
    let s6 = s4 * s2;
    if below_one_over_035 {
        let s8 = s4 * s4;
        let num = (RA[0] + s * RA[1])
            + s2 * (RA[2] + s * RA[3])
            + s4 * (RA[4] + s * RA[5])
            + s6 * (RA[6] + s * RA[7]);
        let den = (1.0 + s * SA[1])
            + s2 * (SA[2] + s * SA[3])
            + s4 * (SA[4] + s * SA[5])
            + s6 * (SA[6] + s * SA[7])
            + s8 * SA[8];
        num / den
    } else {
        let num =
            (RB[0] + s * RB[1]) + s2 * (RB[2] + s * RB[3]) + s4 * (RB[4] + s * RB[5]) + s6 * RB[6];
        let den = (1.0 + s * SB[1])
            + s2 * (SB[2] + s * SB[3])
            + s4 * (SB[4] + s * SB[5])
            + s6 * (SB[6] + s * SB[7]);
        num / den
    }
}

/// `x * erfc(x)` for positive `x` in [1.25, 28), computed as
/// `exp(-x*x - 0.5625 + R/S)` with `-x*x` split exactly into a short part and a correction.
fn scaled_erfc_tail(ax: f64, below_one_over_035: bool) -> f64 {
    let s = 1.0 / (ax * ax);
    let ratio = tail_ratio(s, below_one_over_035);
    let short = clear_low_word(ax);
    (-short * short - 0.5625).exp() * ((short - ax) * (short + ax) + ratio).exp()
}

/// The error function, as glibc's `erf`.
pub fn raw_erf(x: f64) -> f64 {
    let high = abs_high_word(x);
    let negative = x.is_sign_negative();
    if high >= 0x7ff0_0000 {
        if x.is_nan() {
            return x + x;
        }
        return if negative { -1.0 } else { 1.0 };
    }
    if high < 0x3feb_0000 {
        // |x| < 0.84375
        if high < 0x3e30_0000 {
            // |x| < 2**-28
            if high < 0x0080_0000 {
                // Scaled to avoid spurious underflow for tiny x.
                return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
            }
            return x + EFX * x;
        }
        return x + x * small_ratio(x * x);
    }
    if high < 0x3ff4_0000 {
        // 0.84375 <= |x| < 1.25
        let ratio = near_one_ratio(x.abs() - 1.0);
        return if negative { -ERX - ratio } else { ERX + ratio };
    }
    if high >= 0x4018_0000 {
        // |x| >= 6
        return if negative { TINY - 1.0 } else { 1.0 - TINY };
    }
    let ax = x.abs();
    let r = scaled_erfc_tail(ax, high < 0x4006_db6e);
    if negative {
        r / ax - 1.0
    } else {
        1.0 - r / ax
    }
}

/// The complementary error function, as glibc's `erfc`.
pub fn raw_erfc(x: f64) -> f64 {
    let high = abs_high_word(x);
    let negative = x.is_sign_negative();
    if high >= 0x7ff0_0000 {
        if x.is_nan() {
            return x + x;
        }
        return if negative { 2.0 } else { 0.0 };
    }
    if high < 0x3feb_0000 {
        // |x| < 0.84375
        if high < 0x3c70_0000 {
            // |x| < 2**-56
            return 1.0 - x;
        }
        let y = small_ratio(x * x);
        if negative || high < 0x3fd0_0000 {
            // x < 1/4
            return 1.0 - (x + x * y);
        }
        let r = x * y + (x - 0.5);
        return 0.5 - r;
    }
    if high < 0x3ff4_0000 {
        // 0.84375 <= |x| < 1.25
        let ratio = near_one_ratio(x.abs() - 1.0);
        return if negative {
            1.0 + (ERX + ratio)
        } else {
            (1.0 - ERX) - ratio
        };
    }
    if high < 0x403c_0000 {
        // |x| < 28
        let below_one_over_035 = high < 0x4006_db6d;
        if negative && !below_one_over_035 && high >= 0x4018_0000 {
            // x <= -6
            return 2.0 - TINY;
        }
        let ax = x.abs();
        let r = scaled_erfc_tail(ax, below_one_over_035);
        return if negative { 2.0 - r / ax } else { r / ax };
    }
    if negative {
        2.0 - TINY
    } else {
        TINY * TINY
    }
}

/// ln(2) (fdlibm's 0x3FE62E42FEFA39EF).
const LN2: f64 = std::f64::consts::LN_2;

/// Inverse hyperbolic sine, as glibc's `asinh`.
pub fn raw_asinh(x: f64) -> f64 {
    let high = abs_high_word(x);
    if high < 0x3e30_0000 {
        // |x| < 2**-28: asinh(x) rounds to x.
        return x;
    }
    let ax = x.abs();
    let w = if high > 0x41b0_0000 {
        // |x| > 2**28, or inf/nan
        if high >= 0x7ff0_0000 {
            return x + x;
        }
        ax.ln() + LN2
    } else if high > 0x4000_0000 {
        // 2 < |x| <= 2**28
        (2.0 * ax + 1.0 / ((ax * ax + 1.0).sqrt() + ax)).ln()
    } else {
        let t = ax * ax;
        (ax + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

/// Inverse hyperbolic cosine, as glibc's `acosh` (NaN below 1).
pub fn raw_acosh(x: f64) -> f64 {
    let bits = x.to_bits();
    let high = (bits >> 32) as u32;
    if x.is_nan() {
        return x + x;
    }
    if x < 1.0 {
        return f64::NAN;
    }
    if high >= 0x41b0_0000 {
        // x >= 2**28, or inf
        if high >= 0x7ff0_0000 {
            return x + x;
        }
        return x.ln() + LN2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if high > 0x4000_0000 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

/// Inverse hyperbolic tangent, as glibc's `atanh` (NaN beyond 1, infinite at +-1).
pub fn raw_atanh(x: f64) -> f64 {
    let ax = x.abs();
    let t = if ax < 0.5 {
        if ax < f64::from_bits(0x3e30_0000_0000_0000) {
            // |x| < 2**-28
            return x;
        }
        let t = ax + ax;
        0.5 * (t + t * ax / (1.0 - ax)).ln_1p()
    } else if ax < 1.0 {
        0.5 * ((ax + ax) / (1.0 - ax)).ln_1p()
    } else if ax > 1.0 || x.is_nan() {
        return if x.is_nan() { x + x } else { f64::NAN };
    } else {
        return x / 0.0;
    };
    t.copysign(x)
}

/// Cube root, as glibc's `cbrt` (Rust's `f64::cbrt` is a different, non-glibc algorithm):
/// a degree-6 polynomial guess on the reduced argument, one rational (Halley) refinement,
/// then rescaling by 2^(e/3) times a tabulated cube root of 2^(e%3).
pub fn raw_cbrt(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    let (xm, xe) = frexp(x.abs());
    let u = 0.354895765043919860
        + (1.50819193781584896
            + (-2.11499494167371287
                + (2.44693122563534430
                    + (-1.83469277483613086
                        + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    // Rust's `%` and `/` on integers truncate toward zero, like C's.
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    let signed = if x > 0.0 { ym } else { -ym };
    let (m, e) = split_normalized(signed);
    scale_by_power_of_two(m, e + xe / 3, signed < 0.0)
}
