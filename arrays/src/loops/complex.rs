//! Complex loops (complex64 and complex128): plain IEEE component arithmetic as NumPy's
//! baseline loops do, Smith's division, lexicographic comparisons, `absolute` via `hypot`.
//! `power`, `sqrt`, `exp` and `log` follow NumPy's `npy_cpow` and the C library (`cmath`); the
//! trigonometric and hyperbolic functions and their inverses call the C library's `csin`,
//! `ccosf`, ... as NumPy's `npy_csin` etc. do (`c_library`); `exp2`, `expm1`, `log2`, `log10`,
//! `log1p` of complex values are not provided (NotImplemented).

use super::cmath;
use super::float::CMath;
use super::{no_loop, zip_map, Kernels};
use crate::array::NdArray;
use crate::dtype::DType;
use crate::error::{ArrayError, ArrayResult};
use crate::ufunc_ops::{BinaryOp, FpErrors, UnaryOp};
use num_complex::{Complex32, Complex64};

/// The C library's complex trigonometric and hyperbolic functions. NumPy's `npy_csin`, ... are
/// these functions when the platform has them (glibc does), so calling them gives NumPy's
/// results to the last bit.
mod c_library {
    use crate::ufunc_ops::{FpErrors, UnaryOp};
    use num_complex::{Complex32, Complex64};

    /// `double _Complex`: two doubles, passed and returned in two SSE registers on x86-64 and
    /// in two FP registers on AArch64, exactly like this struct.
    #[repr(C)]
    #[derive(Clone, Copy)]
    struct C64 {
        re: f64,
        im: f64,
    }

    /// `float _Complex`, likewise.
    #[repr(C)]
    #[derive(Clone, Copy)]
    struct C32 {
        re: f32,
        im: f32,
    }

    extern "C" {
        fn csin(z: C64) -> C64;
        fn ccos(z: C64) -> C64;
        fn ctan(z: C64) -> C64;
        fn casin(z: C64) -> C64;
        fn cacos(z: C64) -> C64;
        fn catan(z: C64) -> C64;
        fn csinh(z: C64) -> C64;
        fn ccosh(z: C64) -> C64;
        fn ctanh(z: C64) -> C64;
        fn casinh(z: C64) -> C64;
        fn cacosh(z: C64) -> C64;
        fn catanh(z: C64) -> C64;
        fn csinf(z: C32) -> C32;
        fn ccosf(z: C32) -> C32;
        fn ctanf(z: C32) -> C32;
        fn casinf(z: C32) -> C32;
        fn cacosf(z: C32) -> C32;
        fn catanf(z: C32) -> C32;
        fn csinhf(z: C32) -> C32;
        fn ccoshf(z: C32) -> C32;
        fn ctanhf(z: C32) -> C32;
        fn casinhf(z: C32) -> C32;
        fn cacoshf(z: C32) -> C32;
        fn catanhf(z: C32) -> C32;
        fn feclearexcept(excepts: i32) -> i32;
        fn fetestexcept(excepts: i32) -> i32;
    }

    // <fenv.h> exception bits
    #[cfg(not(target_arch = "aarch64"))]
    const FE_INVALID: i32 = 0x01;
    #[cfg(not(target_arch = "aarch64"))]
    const FE_DIVBYZERO: i32 = 0x04;
    #[cfg(not(target_arch = "aarch64"))]
    const FE_OVERFLOW: i32 = 0x08;
    #[cfg(target_arch = "aarch64")]
    const FE_INVALID: i32 = 0x01;
    #[cfg(target_arch = "aarch64")]
    const FE_DIVBYZERO: i32 = 0x02;
    #[cfg(target_arch = "aarch64")]
    const FE_OVERFLOW: i32 = 0x04;
    const FE_REPORTED: i32 = FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW;

    /// Runs `body` and reports the floating-point exceptions the C library raised meanwhile, as
    /// NumPy does after its loops (it reads the same flags).
    fn with_fp_flags<T>(errors: &mut FpErrors, body: impl FnOnce() -> T) -> T {
        // SAFETY: <fenv.h> calls on this thread's floating-point status flags only.
        unsafe { feclearexcept(FE_REPORTED) };
        let out = body();
        // SAFETY: as above.
        let raised = unsafe { fetestexcept(FE_REPORTED) };
        errors.invalid |= raised & FE_INVALID != 0;
        errors.divide |= raised & FE_DIVBYZERO != 0;
        errors.overflow |= raised & FE_OVERFLOW != 0;
        out
    }

    /// The C function for `op` on complex128, if it is one of the twelve.
    fn f64_fn(op: UnaryOp) -> Option<unsafe extern "C" fn(C64) -> C64> {
        Some(match op {
            UnaryOp::Sin => csin,
            UnaryOp::Cos => ccos,
            UnaryOp::Tan => ctan,
            UnaryOp::Arcsin => casin,
            UnaryOp::Arccos => cacos,
            UnaryOp::Arctan => catan,
            UnaryOp::Sinh => csinh,
            UnaryOp::Cosh => ccosh,
            UnaryOp::Tanh => ctanh,
            UnaryOp::Arcsinh => casinh,
            UnaryOp::Arccosh => cacosh,
            UnaryOp::Arctanh => catanh,
            _ => return None,
        })
    }

    /// The C function for `op` on complex64, if it is one of the twelve.
    fn f32_fn(op: UnaryOp) -> Option<unsafe extern "C" fn(C32) -> C32> {
        Some(match op {
            UnaryOp::Sin => csinf,
            UnaryOp::Cos => ccosf,
            UnaryOp::Tan => ctanf,
            UnaryOp::Arcsin => casinf,
            UnaryOp::Arccos => cacosf,
            UnaryOp::Arctan => catanf,
            UnaryOp::Sinh => csinhf,
            UnaryOp::Cosh => ccoshf,
            UnaryOp::Tanh => ctanhf,
            UnaryOp::Arcsinh => casinhf,
            UnaryOp::Arccosh => cacoshf,
            UnaryOp::Arctanh => catanhf,
            _ => return None,
        })
    }

    /// Element-wise complex128 `op`, or `None` when it is not one of these functions.
    fn map_f64(op: UnaryOp, a: &[Complex64], errors: &mut FpErrors) -> Option<Vec<Complex64>> {
        let f = f64_fn(op)?;
        Some(with_fp_flags(errors, || {
            a.iter()
                .map(|z| {
                    // SAFETY: a pure C99 <complex.h> function of the C library, called with
                    // the ABI-identical struct; it reads only its argument.
                    let r = unsafe { f(C64 { re: z.re, im: z.im }) };
                    Complex64::new(r.re, r.im)
                })
                .collect()
        }))
    }

    /// Element-wise complex64 `op`, or `None` when it is not one of these functions.
    fn map_f32(op: UnaryOp, a: &[Complex32], errors: &mut FpErrors) -> Option<Vec<Complex32>> {
        let f = f32_fn(op)?;
        Some(with_fp_flags(errors, || {
            a.iter()
                .map(|z| {
                    // SAFETY: as in `map_f64`.
                    let r = unsafe { f(C32 { re: z.re, im: z.im }) };
                    Complex32::new(r.re, r.im)
                })
                .collect()
        }))
    }

    /// Dispatch on the element type.
    pub(super) trait Trig: Sized {
        /// Element-wise `op` by the C library, with the floating-point exceptions it raised,
        /// if it is one of the twelve functions.
        fn c_library(op: UnaryOp, a: &[Self], errors: &mut FpErrors) -> Option<Vec<Self>>;
    }

    impl Trig for Complex64 {
        fn c_library(op: UnaryOp, a: &[Self], errors: &mut FpErrors) -> Option<Vec<Self>> {
            map_f64(op, a, errors)
        }
    }

    impl Trig for Complex32 {
        fn c_library(op: UnaryOp, a: &[Self], errors: &mut FpErrors) -> Option<Vec<Self>> {
            map_f32(op, a, errors)
        }
    }
}
use c_library::Trig;

/// NumPy's complex magnitude: `larger * sqrt(1 + (smaller / larger)^2)`, infinite when a part
/// is infinite, NaN when a part is NaN (its SIMD loop, not the C library's `hypot`).
macro_rules! magnitude {
    ($name:ident, $f:ty) => {
        pub(super) fn $name(re: $f, im: $f) -> $f {
            let (a, b) = (re.abs(), im.abs());
            if a.is_infinite() || b.is_infinite() {
                return <$f>::INFINITY;
            }
            if a.is_nan() || b.is_nan() {
                return <$f>::NAN;
            }
            let (larger, smaller) = if a >= b { (a, b) } else { (b, a) };
            if larger == 0.0 {
                return 0.0;
            }
            let ratio = smaller / larger;
            larger * (1.0 + ratio * ratio).sqrt()
        }
    };
}
magnitude!(magnitude32, f32);
magnitude!(magnitude64, f64);

/// `np.absolute` of a complex array, in the matching real dtype.
pub(super) fn absolute(a: &NdArray) -> ArrayResult<NdArray> {
    if a.dtype == DType::Complex64 {
        let out: Vec<f32> = a
            .to_vec::<Complex32>()
            .into_iter()
            .map(|z| magnitude32(z.re, z.im))
            .collect();
        NdArray::from_vec(out, &a.shape)
    } else {
        let out: Vec<f64> = a
            .to_vec::<Complex64>()
            .into_iter()
            .map(|z| magnitude64(z.re, z.im))
            .collect();
        NdArray::from_vec(out, &a.shape)
    }
}

fn unsupported(name: &str) -> ArrayError {
    ArrayError::not_implemented(format!(
        "micronumpy does not implement '{name}' for complex inputs"
    ))
}

macro_rules! complex_kernels {
    ($c:ident, $f:ident) => {
        impl Kernels for $c {
            fn binary(
                op: BinaryOp,
                a: &[Self],
                b: &[Self],
                errors: &mut FpErrors,
            ) -> ArrayResult<Vec<Self>> {
                let greater = |x: $c, y: $c| x.re > y.re || (x.re == y.re && x.im > y.im);
                let less = |x: $c, y: $c| x.re < y.re || (x.re == y.re && x.im < y.im);
                let has_nan = |z: $c| z.re.is_nan() || z.im.is_nan();
                // Smith's division for a non-zero divisor, as NumPy's loops do it
                let smith_div = |x: $c, y: $c| {
                    if y.re.abs() >= y.im.abs() {
                        let rat = y.im / y.re;
                        let scl = 1.0 / (y.re + y.im * rat);
                        $c::new((x.re + x.im * rat) * scl, (x.im - x.re * rat) * scl)
                    } else {
                        let rat = y.re / y.im;
                        let scl = 1.0 / (y.im + y.re * rat);
                        $c::new((x.re * rat + x.im) * scl, (x.im * rat - x.re) * scl)
                    }
                };
                let out = match op {
                    BinaryOp::Add => zip_map(a, b, |x, y| $c::new(x.re + y.re, x.im + y.im)),
                    BinaryOp::Subtract => zip_map(a, b, |x, y| $c::new(x.re - y.re, x.im - y.im)),
                    BinaryOp::Multiply => zip_map(a, b, |x, y| {
                        $c::new(x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re)
                    }),
                    BinaryOp::Divide => {
                        let mut out = Vec::with_capacity(a.len());
                        for (&x, &y) in a.iter().zip(b) {
                            let (yr_abs, yi_abs) = (y.re.abs(), y.im.abs());
                            out.push(if yr_abs >= yi_abs {
                                if yr_abs == 0.0 && yi_abs == 0.0 {
                                    for part in [x.re, x.im] {
                                        if part == 0.0 {
                                            errors.invalid = true;
                                        } else if part.is_finite() {
                                            errors.divide = true;
                                        }
                                    }
                                    $c::new(x.re / yr_abs, x.im / yr_abs)
                                } else {
                                    smith_div(x, y)
                                }
                            } else {
                                smith_div(x, y)
                            });
                        }
                        out
                    }
                    BinaryOp::Maximum => {
                        zip_map(a, b, |x, y| if greater(x, y) || has_nan(x) { x } else { y })
                    }
                    BinaryOp::Minimum => {
                        zip_map(a, b, |x, y| if less(x, y) || has_nan(x) { x } else { y })
                    }
                    BinaryOp::Fmax => {
                        zip_map(a, b, |x, y| if greater(x, y) || has_nan(y) { x } else { y })
                    }
                    BinaryOp::Fmin => {
                        zip_map(a, b, |x, y| if less(x, y) || has_nan(y) { x } else { y })
                    }
                    BinaryOp::Power => zip_map(a, b, cmath::npy_cpow),
                    _ => return Err(no_loop(op.name())),
                };
                if op != BinaryOp::Divide {
                    for ((r, x), y) in out.iter().zip(a).zip(b) {
                        let finite_in = x.re.is_finite()
                            && x.im.is_finite()
                            && y.re.is_finite()
                            && y.im.is_finite();
                        if finite_in && (r.re.is_infinite() || r.im.is_infinite()) {
                            errors.overflow = true;
                        }
                        if !has_nan(*x) && !has_nan(*y) && has_nan(*r) {
                            errors.invalid = true;
                        }
                    }
                }
                Ok(out)
            }

            fn compare(op: BinaryOp, a: &[Self], b: &[Self], errors: &mut FpErrors) -> Vec<bool> {
                if !matches!(op, BinaryOp::Equal | BinaryOp::NotEqual) {
                    // Ordered comparisons touching a NaN raise the invalid flag in C.
                    for (x, y) in a.iter().zip(b) {
                        if x.re.is_nan()
                            || y.re.is_nan()
                            || (x.re == y.re && (x.im.is_nan() || y.im.is_nan()))
                        {
                            errors.invalid = true;
                        }
                    }
                }
                let lt = |x: $c, y: $c| x.re < y.re || (x.re == y.re && x.im < y.im);
                let le = |x: $c, y: $c| x.re < y.re || (x.re == y.re && x.im <= y.im);
                match op {
                    BinaryOp::Equal => zip_map(a, b, |x, y| x.re == y.re && x.im == y.im),
                    BinaryOp::NotEqual => zip_map(a, b, |x, y| !(x.re == y.re && x.im == y.im)),
                    BinaryOp::Less => zip_map(a, b, lt),
                    BinaryOp::LessEqual => zip_map(a, b, le),
                    BinaryOp::Greater => zip_map(a, b, |x, y| lt(y, x)),
                    _ => zip_map(a, b, |x, y| le(y, x)),
                }
            }

            fn unary(op: UnaryOp, a: &[Self], errors: &mut FpErrors) -> ArrayResult<Vec<Self>> {
                // the C library's functions report through the floating-point flags
                if let Some(out) = <$c as Trig>::c_library(op, a, errors) {
                    return Ok(out);
                }
                let out: Vec<$c> = match op {
                    UnaryOp::Negative => a.iter().map(|z| $c::new(-z.re, -z.im)).collect(),
                    UnaryOp::Positive => a.to_vec(),
                    UnaryOp::Conjugate => a.iter().map(|z| $c::new(z.re, -z.im)).collect(),
                    UnaryOp::Square => a
                        .iter()
                        .map(|z| $c::new(z.re * z.re - z.im * z.im, z.re * z.im + z.im * z.re))
                        .collect(),
                    UnaryOp::Rint => a
                        .iter()
                        .map(|z| $c::new(z.re.round_ties_even(), z.im.round_ties_even()))
                        .collect(),
                    UnaryOp::Sign => a
                        .iter()
                        .map(|z| {
                            let norm: $f = <$f as CMath>::call2(BinaryOp::Hypot, z.re, z.im);
                            if z.re.is_infinite() || z.im.is_infinite() {
                                let unit = |v: $f| if v.is_infinite() { v.signum() } else { 0.0 };
                                $c::new(unit(z.re), unit(z.im))
                            } else if norm == 0.0 {
                                $c::new(0.0, 0.0)
                            } else {
                                $c::new(z.re / norm, z.im / norm)
                            }
                        })
                        .collect(),
                    UnaryOp::Reciprocal => a
                        .iter()
                        .map(|z| {
                            if z.re == 0.0 && z.im == 0.0 {
                                errors.invalid = true;
                            }
                            if z.im.abs() <= z.re.abs() {
                                let r = z.im / z.re;
                                let d = z.re + z.im * r;
                                $c::new(1.0 / d, -r / d)
                            } else {
                                let r = z.re / z.im;
                                let d = z.re * r + z.im;
                                $c::new(r / d, -1.0 / d)
                            }
                        })
                        .collect(),
                    UnaryOp::Sqrt => a.iter().map(|&z| cmath::csqrt(z)).collect(),
                    UnaryOp::Exp => a
                        .iter()
                        .map(|&z| {
                            // the C library's cexp raises 'invalid' for these NaN inputs too
                            let finite_re = z.re.is_finite();
                            if (finite_re && z.im.is_nan())
                                || (z.re.is_nan() && !z.im.is_nan() && z.im != 0.0)
                            {
                                errors.invalid = true;
                            }
                            cmath::cexp(z)
                        })
                        .collect(),
                    UnaryOp::Log => a
                        .iter()
                        .map(|&z| {
                            if z.re == 0.0 && z.im == 0.0 {
                                errors.divide = true;
                            }
                            cmath::clog(z)
                        })
                        .collect(),
                    _ => return Err(unsupported(op.name())),
                };
                let has_nan = |z: &$c| z.re.is_nan() || z.im.is_nan();
                for (r, x) in out.iter().zip(a) {
                    if !has_nan(x) && has_nan(r) {
                        errors.invalid = true;
                    }
                    if x.re.is_finite()
                        && x.im.is_finite()
                        && (r.re.is_infinite() || r.im.is_infinite())
                        && x.re != 0.0
                    {
                        errors.overflow = true;
                    }
                }
                Ok(out)
            }

            fn predicate(op: UnaryOp, z: Self) -> bool {
                match op {
                    UnaryOp::Isnan => z.re.is_nan() || z.im.is_nan(),
                    UnaryOp::Isinf => z.re.is_infinite() || z.im.is_infinite(),
                    _ => z.re.is_finite() && z.im.is_finite(),
                }
            }
        }
    };
}

complex_kernels!(Complex32, f32);
complex_kernels!(Complex64, f64);
