//! Complex `sqrt`, `exp`, `log` and `power` as NumPy computes them: NumPy's complex loops call
//! the C library's `csqrt`, `cexp`, `clog` and (inside `npy_cpow`, after its zero-base and
//! small-integer-exponent cases) `cpow`. These are glibc's algorithms, re-derived step by step
//! over the same real C functions (`sin`, `cos`, `exp`, `log`, `log1p`, `atan2`, `hypot`)
//! so the results agree to the last bit; `cpow` is `cexp(y * clog(x))` with C99's complex
//! multiplication (including its recovery of infinities computed as NaN).

use super::float::CMath;
use crate::ufunc_ops::{BinaryOp, UnaryOp};
use num_complex::Complex;
use std::ops::{Add, Div, Mul, Neg, Sub};

/// The real types of the complex loops (f32 for complex64, f64 for complex128), with the
/// `<float.h>` constants glibc's complex functions use.
pub(crate) trait ComplexPart:
    CMath
    + PartialOrd
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + Div<Output = Self>
    + Neg<Output = Self>
{
    /// `FLT_MIN` / `DBL_MIN` (smallest normal).
    const MIN_NORMAL: Self;
    /// `FLT_MAX` / `DBL_MAX`.
    const MAX: Self;
    /// `FLT_EPSILON` / `DBL_EPSILON`.
    const EPSILON: Self;
    /// `FLT_MANT_DIG` / `DBL_MANT_DIG`.
    const MANT_DIG: i32;
    /// `M_LN2` in this precision.
    const LN2: Self;
    /// `M_PI` in this precision.
    const PI: Self;
    /// `(int) ((MAX_EXP - 1) * M_LN2)`: the largest argument `cexp` passes to `exp` at once.
    const EXP_LIMIT: i32;
    /// The value of a literal in this precision.
    fn lit(v: f64) -> Self;
    /// The value widened to f64.
    fn to_f64(self) -> f64;
    /// `|x|`.
    fn fabs(self) -> Self;
    /// The IEEE square root (correctly rounded).
    fn root(self) -> Self;
    /// `copysign(self, sign)`.
    fn with_sign_of(self, sign: Self) -> Self;
    /// True when the sign bit is set.
    fn negative_sign(self) -> bool;
    /// True for NaN.
    fn nan(self) -> bool;
    /// True for +-infinity.
    fn infinite(self) -> bool;
    /// `x^2 + y^2 - 1` without cancellation, glibc's `__x2y2m1` for this precision.
    fn x2y2m1(x: Self, y: Self) -> Self;
}

/// `x * 2^k` for the exponents glibc's complex functions scale by (one rounding, as `scalbn`).
fn scale_by<T: ComplexPart>(x: T, k: i32) -> T {
    x * T::lit(2f64.powi(k))
}

/// The exact product `x * y` as `hi + lo` (glibc's `mul_split`).
fn mul_split(x: f64, y: f64) -> (f64, f64) {
    let hi = x * y;
    (hi, x.mul_add(y, -hi))
}

/// glibc's double `__x2y2m1`: the five exact terms summed in order of magnitude.
fn x2y2m1_f64(x: f64, y: f64) -> f64 {
    let (xh, xl) = mul_split(x, x);
    let (yh, yl) = mul_split(y, y);
    let mut vals = [xl, xh, yl, yh, -1.0];
    let by_magnitude = |p: &f64, q: &f64| {
        p.abs()
            .partial_cmp(&q.abs())
            .unwrap_or(std::cmp::Ordering::Equal)
    };
    vals.sort_by(by_magnitude);
    for i in 0..4 {
        let (big, small) = (vals[i + 1], vals[i]);
        let hi = big + small;
        vals[i] = (big - hi) + small;
        vals[i + 1] = hi;
        vals[i + 1..].sort_by(by_magnitude);
    }
    vals[4] + vals[3] + vals[2] + vals[1] + vals[0]
}

impl ComplexPart for f64 {
    const MIN_NORMAL: f64 = f64::MIN_POSITIVE;
    const MAX: f64 = f64::MAX;
    const EPSILON: f64 = f64::EPSILON;
    const MANT_DIG: i32 = 53;
    const LN2: f64 = std::f64::consts::LN_2;
    const PI: f64 = std::f64::consts::PI;
    const EXP_LIMIT: i32 = 709;
    fn lit(v: f64) -> f64 {
        v
    }
    fn to_f64(self) -> f64 {
        self
    }
    fn fabs(self) -> f64 {
        self.abs()
    }
    fn root(self) -> f64 {
        self.sqrt()
    }
    fn with_sign_of(self, sign: f64) -> f64 {
        self.copysign(sign)
    }
    fn negative_sign(self) -> bool {
        self.is_sign_negative()
    }
    fn nan(self) -> bool {
        self.is_nan()
    }
    fn infinite(self) -> bool {
        self.is_infinite()
    }
    fn x2y2m1(x: f64, y: f64) -> f64 {
        x2y2m1_f64(x, y)
    }
}

impl ComplexPart for f32 {
    const MIN_NORMAL: f32 = f32::MIN_POSITIVE;
    const MAX: f32 = f32::MAX;
    const EPSILON: f32 = f32::EPSILON;
    const MANT_DIG: i32 = 24;
    const LN2: f32 = std::f32::consts::LN_2;
    const PI: f32 = std::f32::consts::PI;
    const EXP_LIMIT: i32 = 88;
    fn lit(v: f64) -> f32 {
        v as f32
    }
    fn to_f64(self) -> f64 {
        self as f64
    }
    fn fabs(self) -> f32 {
        self.abs()
    }
    fn root(self) -> f32 {
        self.sqrt()
    }
    fn with_sign_of(self, sign: f32) -> f32 {
        self.copysign(sign)
    }
    fn negative_sign(self) -> bool {
        self.is_sign_negative()
    }
    fn nan(self) -> bool {
        self.is_nan()
    }
    fn infinite(self) -> bool {
        self.is_infinite()
    }
    fn x2y2m1(x: f32, y: f32) -> f32 {
        // glibc's float version works in double
        let (dx, dy) = (x as f64, y as f64);
        ((dx - 1.0) * (dx + 1.0) + dy * dy) as f32
    }
}

fn zero<T: ComplexPart>() -> T {
    T::lit(0.0)
}

fn one<T: ComplexPart>() -> T {
    T::lit(1.0)
}

fn finite<T: ComplexPart>(x: T) -> bool {
    !x.nan() && !x.infinite()
}

/// `sin(x)` and `cos(x)` from the C library (glibc's `sincos` gives the same values).
fn sin_cos<T: ComplexPart>(x: T) -> (T, T) {
    (T::call1(UnaryOp::Sin, x), T::call1(UnaryOp::Cos, x))
}

/// The C library's `clog`.
pub(crate) fn clog<T: ComplexPart>(z: Complex<T>) -> Complex<T> {
    let (re, im) = (z.re, z.im);
    if re == zero() && im == zero() {
        let angle = if re.negative_sign() { T::PI } else { zero() };
        return Complex::new(-one::<T>() / re.fabs(), angle.with_sign_of(im));
    }
    if re.nan() || im.nan() {
        let nan = zero::<T>() / zero::<T>();
        let real = if re.infinite() || im.infinite() {
            one::<T>() / zero::<T>()
        } else {
            nan
        };
        return Complex::new(real, nan);
    }
    let (mut absx, mut absy) = (re.fabs(), im.fabs());
    if absx < absy {
        std::mem::swap(&mut absx, &mut absy);
    }
    let mut scale = 0;
    if absx > T::MAX / T::lit(2.0) {
        scale = -1;
        absx = scale_by(absx, scale);
        absy = if absy >= T::MIN_NORMAL * T::lit(2.0) {
            scale_by(absy, scale)
        } else {
            zero()
        };
    } else if absx < T::MIN_NORMAL && absy < T::MIN_NORMAL {
        scale = T::MANT_DIG;
        absx = scale_by(absx, scale);
        absy = scale_by(absy, scale);
    }
    let half = T::lit(0.5);
    let log1p_half = |v: T| T::call1(UnaryOp::Log1p, v) / T::lit(2.0);
    let real = if absx == one() && scale == 0 {
        log1p_half(absy * absy)
    } else if absx > one() && absx < T::lit(2.0) && absy < one() && scale == 0 {
        let mut d2m1 = (absx - one()) * (absx + one());
        if absy >= T::EPSILON {
            d2m1 = d2m1 + absy * absy;
        }
        log1p_half(d2m1)
    } else if absx < one() && absx >= half && absy < T::EPSILON / T::lit(2.0) && scale == 0 {
        log1p_half((absx - one()) * (absx + one()))
    } else if absx < one() && absx >= half && scale == 0 && absx * absx + absy * absy >= half {
        log1p_half(T::x2y2m1(absx, absy))
    } else {
        let d = T::call2(BinaryOp::Hypot, absx, absy);
        T::call1(UnaryOp::Log, d) - T::lit(scale as f64) * T::LN2
    };
    Complex::new(real, T::call2(BinaryOp::Arctan2, im, re))
}

/// The C library's `cexp`.
pub(crate) fn cexp<T: ComplexPart>(z: Complex<T>) -> Complex<T> {
    let (mut re, im) = (z.re, z.im);
    let nan = zero::<T>() / zero::<T>();
    let inf = one::<T>() / zero::<T>();
    let small_sin_cos = |x: T| {
        if x.fabs() > T::MIN_NORMAL {
            sin_cos(x)
        } else {
            (x, one())
        }
    };
    if finite(re) {
        if !finite(im) {
            return Complex::new(nan, nan);
        }
        let t = T::lit(T::EXP_LIMIT as f64);
        let (mut sinix, mut cosix) = small_sin_cos(im);
        if re > t {
            let exp_t = T::call1(UnaryOp::Exp, t);
            re = re - t;
            sinix = sinix * exp_t;
            cosix = cosix * exp_t;
            if re > t {
                re = re - t;
                sinix = sinix * exp_t;
                cosix = cosix * exp_t;
            }
        }
        if re > t {
            Complex::new(T::MAX * cosix, T::MAX * sinix)
        } else {
            let exp_val = T::call1(UnaryOp::Exp, re);
            Complex::new(exp_val * cosix, exp_val * sinix)
        }
    } else if re.infinite() {
        if finite(im) {
            let value = if re.negative_sign() { zero() } else { inf };
            if im == zero() {
                Complex::new(value, im)
            } else {
                let (sinix, cosix) = small_sin_cos(im);
                Complex::new(value.with_sign_of(cosix), value.with_sign_of(sinix))
            }
        } else if !re.negative_sign() {
            // inf - inf (or NaN - NaN): NaN, as glibc computes it
            Complex::new(inf, im + (-im))
        } else {
            Complex::new(zero(), zero::<T>().with_sign_of(im))
        }
    } else if im == zero() {
        Complex::new(nan, im)
    } else {
        Complex::new(nan, nan)
    }
}

/// The C library's `csqrt`.
pub(crate) fn csqrt<T: ComplexPart>(z: Complex<T>) -> Complex<T> {
    let (mut re, mut im) = (z.re, z.im);
    let nan = zero::<T>() / zero::<T>();
    let inf = one::<T>() / zero::<T>();
    let half = T::lit(0.5);
    if !finite(re) || !finite(im) {
        return if im.infinite() {
            Complex::new(inf, im)
        } else if re.infinite() {
            if re < zero() {
                let real = if im.nan() { nan } else { zero() };
                Complex::new(real, inf.with_sign_of(im))
            } else {
                let imag = if im.nan() {
                    nan
                } else {
                    zero::<T>().with_sign_of(im)
                };
                Complex::new(re, imag)
            }
        } else {
            Complex::new(nan, nan)
        };
    }
    if im == zero() {
        return if re < zero() {
            Complex::new(zero(), (-re).root().with_sign_of(im))
        } else {
            Complex::new(re.root().fabs(), zero::<T>().with_sign_of(im))
        };
    }
    if re == zero() {
        let r = if im.fabs() >= T::lit(2.0) * T::MIN_NORMAL {
            (half * im.fabs()).root()
        } else {
            half * (T::lit(2.0) * im.fabs()).root()
        };
        return Complex::new(r, r.with_sign_of(im));
    }
    let quarter_max = T::MAX / T::lit(4.0);
    let mut scale = 0;
    if re.fabs() > quarter_max {
        scale = 1;
        re = scale_by(re, -2);
        im = scale_by(im, -2);
    } else if im.fabs() > quarter_max {
        scale = 1;
        re = if re.fabs() >= T::lit(4.0) * T::MIN_NORMAL {
            scale_by(re, -2)
        } else {
            zero()
        };
        im = scale_by(im, -2);
    } else if re.fabs() < T::lit(2.0) * T::MIN_NORMAL && im.fabs() < T::lit(2.0) * T::MIN_NORMAL {
        scale = -((T::MANT_DIG + 1) / 2);
        re = scale_by(re, -2 * scale);
        im = scale_by(im, -2 * scale);
    }
    let d = T::call2(BinaryOp::Hypot, re, im);
    let (mut r, mut s);
    if re > zero() {
        r = (half * (d + re)).root();
        if scale == 1 && im.fabs() < one() {
            s = im / r;
            r = scale_by(r, scale);
            scale = 0;
        } else {
            s = half * (im / r);
        }
    } else {
        s = (half * (d - re)).root();
        if scale == 1 && im.fabs() < one() {
            r = (im / s).fabs();
            s = scale_by(s, scale);
            scale = 0;
        } else {
            r = (half * (im / s)).fabs();
        }
    }
    if scale != 0 {
        r = scale_by(r, scale);
        s = scale_by(s, scale);
    }
    Complex::new(r, s.with_sign_of(im))
}

/// C99 complex multiplication as GCC compiles it: the plain formula, and when both parts come
/// out NaN, the Annex G recovery of infinite operands and overflowed products.
pub(crate) fn c99_mul<T: ComplexPart>(x: Complex<T>, y: Complex<T>) -> Complex<T> {
    let (mut a, mut b, mut c, mut d) = (x.re, x.im, y.re, y.im);
    let (ac, bd, ad, bc) = (a * c, b * d, a * d, b * c);
    let (re, im) = (ac - bd, ad + bc);
    if !(re.nan() && im.nan()) {
        return Complex::new(re, im);
    }
    let boxed = |v: T| if v.infinite() { one::<T>() } else { zero() }.with_sign_of(v);
    let nan_to_zero = |v: T| {
        if v.nan() {
            zero::<T>().with_sign_of(v)
        } else {
            v
        }
    };
    let mut recalc = false;
    if a.infinite() || b.infinite() {
        a = boxed(a);
        b = boxed(b);
        c = nan_to_zero(c);
        d = nan_to_zero(d);
        recalc = true;
    }
    if c.infinite() || d.infinite() {
        c = boxed(c);
        d = boxed(d);
        a = nan_to_zero(a);
        b = nan_to_zero(b);
        recalc = true;
    }
    if !recalc && (ac.infinite() || bd.infinite() || ad.infinite() || bc.infinite()) {
        a = nan_to_zero(a);
        b = nan_to_zero(b);
        c = nan_to_zero(c);
        d = nan_to_zero(d);
        recalc = true;
    }
    if !recalc {
        return Complex::new(re, im);
    }
    let inf = one::<T>() / zero::<T>();
    Complex::new(inf * (a * c - b * d), inf * (a * d + b * c))
}

/// The C library's `cpow`: `cexp(y * clog(x))`.
pub(crate) fn cpow<T: ComplexPart>(x: Complex<T>, y: Complex<T>) -> Complex<T> {
    cexp(c99_mul(y, clog(x)))
}

/// NumPy's plain complex product (`cmul` in npy_math_complex).
fn cmul<T: ComplexPart>(x: Complex<T>, y: Complex<T>) -> Complex<T> {
    Complex::new(x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re)
}

/// NumPy's complex quotient (`cdiv` in npy_math_complex: Smith's method).
fn cdiv<T: ComplexPart>(x: Complex<T>, y: Complex<T>) -> Complex<T> {
    let (abs_br, abs_bi) = (y.re.fabs(), y.im.fabs());
    if abs_br >= abs_bi {
        if abs_br == zero() && abs_bi == zero() {
            return Complex::new(x.re / abs_br, x.im / abs_bi);
        }
        let rat = y.im / y.re;
        let scl = one::<T>() / (y.re + y.im * rat);
        Complex::new((x.re + x.im * rat) * scl, (x.im - x.re * rat) * scl)
    } else {
        let rat = y.re / y.im;
        let scl = one::<T>() / (y.im + y.re * rat);
        Complex::new((x.re * rat + x.im) * scl, (x.im * rat - x.re) * scl)
    }
}

/// NumPy's `npy_cpow`: `x**0 = 1`; a zero base gives 0 for exponents with a positive real
/// part and NaN otherwise; integral real exponents below 100 in magnitude by repeated
/// multiplication; everything else through the C library's `cpow`.
pub(crate) fn npy_cpow<T: ComplexPart>(a: Complex<T>, b: Complex<T>) -> Complex<T> {
    let (br, bi) = (b.re, b.im);
    if br == zero() && bi == zero() {
        return Complex::new(one(), zero());
    }
    if a.re == zero() && a.im == zero() {
        if br > zero() {
            return Complex::new(zero(), zero());
        }
        let nan = zero::<T>() / zero::<T>();
        return Complex::new(nan, nan);
    }
    if bi == zero() && br > T::lit(-100.0) && br < T::lit(100.0) {
        let n = br.to_f64() as i64;
        if T::lit(n as f64) == br {
            return match n {
                1 => a,
                2 => cmul(a, a),
                3 => cmul(a, cmul(a, a)),
                _ => {
                    let k = n.unsigned_abs();
                    let mut acc = Complex::new(one(), zero());
                    let mut p = a;
                    let mut mask = 1u64;
                    loop {
                        if k & mask != 0 {
                            acc = cmul(acc, p);
                        }
                        mask <<= 1;
                        if k < mask {
                            break;
                        }
                        p = cmul(p, p);
                    }
                    if br < zero() {
                        cdiv(Complex::new(one(), zero()), acc)
                    } else {
                        acc
                    }
                }
            };
        }
    }
    cpow(a, b)
}

#[cfg(test)]
#[path = "cmath_tests.rs"]
mod tests;
