//! Float loops (float32 and float64): IEEE arithmetic, NumPy's `npy_divmod` for floor
//! division and remainder, NaN rules of maximum/minimum/fmax/fmin, and the C library's
//! functions (NumPy's baseline loops call the same ones), with error flags.

use super::cmath::ComplexPart;
use super::{compare_partial, no_loop, zip_map, Kernels};
use crate::error::ArrayResult;
use crate::ufunc_ops::{BinaryOp, FpErrors, UnaryOp};

/// The C library's math functions, which NumPy's baseline loops call. Rust's own versions of
/// several (`cbrt`, `hypot`, `asinh`, ...) round differently in the last bit, so every
/// transcendental function goes through these declarations.
mod libm {
    extern "C" {
        pub(super) fn sin(x: f64) -> f64;
        pub(super) fn cos(x: f64) -> f64;
        pub(super) fn tan(x: f64) -> f64;
        pub(super) fn asin(x: f64) -> f64;
        pub(super) fn acos(x: f64) -> f64;
        pub(super) fn atan(x: f64) -> f64;
        pub(super) fn sinh(x: f64) -> f64;
        pub(super) fn cosh(x: f64) -> f64;
        pub(super) fn tanh(x: f64) -> f64;
        pub(super) fn asinh(x: f64) -> f64;
        pub(super) fn acosh(x: f64) -> f64;
        pub(super) fn atanh(x: f64) -> f64;
        pub(super) fn exp(x: f64) -> f64;
        pub(super) fn exp2(x: f64) -> f64;
        pub(super) fn expm1(x: f64) -> f64;
        pub(super) fn log(x: f64) -> f64;
        pub(super) fn log2(x: f64) -> f64;
        pub(super) fn log10(x: f64) -> f64;
        pub(super) fn log1p(x: f64) -> f64;
        pub(super) fn atan2(y: f64, x: f64) -> f64;
        pub(super) fn hypot(x: f64, y: f64) -> f64;
        pub(super) fn pow(x: f64, y: f64) -> f64;
        pub(super) fn sinf(x: f32) -> f32;
        pub(super) fn cosf(x: f32) -> f32;
        pub(super) fn tanf(x: f32) -> f32;
        pub(super) fn asinf(x: f32) -> f32;
        pub(super) fn acosf(x: f32) -> f32;
        pub(super) fn atanf(x: f32) -> f32;
        pub(super) fn sinhf(x: f32) -> f32;
        pub(super) fn coshf(x: f32) -> f32;
        pub(super) fn tanhf(x: f32) -> f32;
        pub(super) fn asinhf(x: f32) -> f32;
        pub(super) fn acoshf(x: f32) -> f32;
        pub(super) fn atanhf(x: f32) -> f32;
        pub(super) fn expf(x: f32) -> f32;
        pub(super) fn exp2f(x: f32) -> f32;
        pub(super) fn expm1f(x: f32) -> f32;
        pub(super) fn logf(x: f32) -> f32;
        pub(super) fn log2f(x: f32) -> f32;
        pub(super) fn log10f(x: f32) -> f32;
        pub(super) fn log1pf(x: f32) -> f32;
        pub(super) fn atan2f(y: f32, x: f32) -> f32;
        pub(super) fn hypotf(x: f32, y: f32) -> f32;
        pub(super) fn powf(x: f32, y: f32) -> f32;
    }
}

/// glibc's `cbrt`/`cbrtf`, looked up at run time: Rust's runtime links its own `cbrt` into
/// every binary, which shadows the C library's and rounds differently.
mod dynamic {
    use std::ffi::{c_char, c_void};
    use std::sync::OnceLock;

    extern "C" {
        fn dlsym(handle: *mut c_void, symbol: *const c_char) -> *mut c_void;
    }

    fn lookup(name: &'static [u8]) -> usize {
        // SAFETY: `name` is NUL-terminated; a null handle is RTLD_DEFAULT on glibc, which
        // searches the loaded shared objects (libm among them).
        unsafe { dlsym(std::ptr::null_mut(), name.as_ptr() as *const c_char) as usize }
    }

    pub(super) fn cbrt(x: f64) -> f64 {
        static ADDRESS: OnceLock<usize> = OnceLock::new();
        let address = *ADDRESS.get_or_init(|| lookup(b"cbrt\0"));
        if address == 0 {
            return x.cbrt();
        }
        // SAFETY: the address is glibc's `double cbrt(double)`, a pure function.
        let f: extern "C" fn(f64) -> f64 = unsafe { std::mem::transmute(address) };
        f(x)
    }

    pub(super) fn cbrtf(x: f32) -> f32 {
        static ADDRESS: OnceLock<usize> = OnceLock::new();
        let address = *ADDRESS.get_or_init(|| lookup(b"cbrtf\0"));
        if address == 0 {
            return x.cbrt();
        }
        // SAFETY: the address is glibc's `float cbrtf(float)`, a pure function.
        let f: extern "C" fn(f32) -> f32 = unsafe { std::mem::transmute(address) };
        f(x)
    }
}

/// Safe wrappers: `C::name(x)` calls the C library function for the float type.
pub(crate) trait CMath: Sized + Copy {
    /// One-argument C math function by NumPy ufunc name.
    fn call1(op: UnaryOp, x: Self) -> Self;
    /// `atan2`, `hypot` or `pow`.
    fn call2(op: BinaryOp, x: Self, y: Self) -> Self;
}

macro_rules! c_math {
    ($t:ty, $($op:ident => $f:ident),* ; $cbrt:ident, $atan2:ident, $hypot:ident, $pow:ident) => {
        impl CMath for $t {
            fn call1(op: UnaryOp, x: $t) -> $t {
                // SAFETY: pure C math functions of one value: no pointers, no global state
                // besides the floating-point flags, defined for every input.
                unsafe {
                    match op {
                        UnaryOp::Cbrt => dynamic::$cbrt(x),
                        $(UnaryOp::$op => libm::$f(x),)*
                        _ => x,
                    }
                }
            }
            fn call2(op: BinaryOp, x: $t, y: $t) -> $t {
                // SAFETY: as above, for functions of two values.
                unsafe {
                    match op {
                        BinaryOp::Arctan2 => libm::$atan2(x, y),
                        BinaryOp::Hypot => libm::$hypot(x, y),
                        _ => libm::$pow(x, y),
                    }
                }
            }
        }
    };
}

c_math!(f64, Sin => sin, Cos => cos, Tan => tan, Arcsin => asin, Arccos => acos, Arctan => atan,
    Sinh => sinh, Cosh => cosh, Tanh => tanh, Arcsinh => asinh, Arccosh => acosh, Arctanh => atanh,
    Exp => exp, Exp2 => exp2, Expm1 => expm1, Log => log, Log2 => log2, Log10 => log10,
    Log1p => log1p; cbrt, atan2, hypot, pow);

c_math!(f32, Sin => sinf, Cos => cosf, Tan => tanf, Arcsin => asinf, Arccos => acosf,
    Arctan => atanf, Sinh => sinhf, Cosh => coshf, Tanh => tanhf, Arcsinh => asinhf,
    Arccosh => acoshf, Arctanh => atanhf, Exp => expf, Exp2 => exp2f, Expm1 => expm1f,
    Log => logf, Log2 => log2f, Log10 => log10f, Log1p => log1pf;
    cbrtf, atan2f, hypotf, powf);

/// NumPy's float `power` loop when the exponent is one value for the whole loop (stride 0):
/// exponents -1, 0, 0.5, 1 and 2 become `1/x`, `1`, `sqrt(x)`, `x` and `x*x` (so
/// `(-0.0) ** 0.5` is `-0.0` and `(-inf) ** 0.5` is NaN, unlike `pow`); `None` for any
/// other exponent, which goes through `pow`.
pub(crate) fn power_constant_exponent<T: ComplexPart + Into<f64>>(
    base: &[T],
    exponent: T,
    errors: &mut FpErrors,
) -> Option<Vec<T>> {
    let one = T::lit(1.0);
    let f: fn(T) -> T = if exponent == T::lit(-1.0) {
        |x| T::lit(1.0) / x
    } else if exponent == T::lit(0.0) {
        |_| T::lit(1.0)
    } else if exponent == T::lit(0.5) {
        |x| x.root()
    } else if exponent == one {
        |x| x
    } else if exponent == T::lit(2.0) {
        |x| x * x
    } else {
        return None;
    };
    let out: Vec<T> = base.iter().map(|&x| f(x)).collect();
    for (&r, &x) in out.iter().zip(base) {
        let (r, x): (f64, f64) = (r.into(), x.into());
        if r.is_nan() && !x.is_nan() {
            errors.invalid = true;
        } else if r.is_infinite() && x.is_finite() {
            if x == 0.0 {
                errors.divide = true;
            } else {
                errors.overflow = true;
            }
        }
    }
    Some(out)
}

/// Sets the error flags a unary float function raised, judged from operands and results.
fn flag_unary<T: Copy + PartialEq + Into<f64>>(
    op: UnaryOp,
    a: &[T],
    out: Vec<T>,
    errors: &mut FpErrors,
) -> Vec<T> {
    for (&r, &x) in out.iter().zip(a) {
        let (r, x): (f64, f64) = (r.into(), x.into());
        if !r.is_finite() {
            if r.is_nan() {
                if !x.is_nan() {
                    errors.invalid = true;
                }
            } else if x.is_finite() {
                let pole = match op {
                    UnaryOp::Log | UnaryOp::Log2 | UnaryOp::Log10 | UnaryOp::Reciprocal => x == 0.0,
                    UnaryOp::Log1p => x == -1.0,
                    UnaryOp::Arctanh => x.abs() == 1.0,
                    _ => false,
                };
                if pole {
                    errors.divide = true;
                } else {
                    errors.overflow = true;
                }
            }
        }
    }
    out
}

macro_rules! float_kernels {
    ($t:ident, $pi:expr) => {
        impl Kernels for $t {
            fn binary(
                op: BinaryOp,
                a: &[Self],
                b: &[Self],
                errors: &mut FpErrors,
            ) -> ArrayResult<Vec<Self>> {
                /// NumPy's `npy_divmod`: floor quotient and Python-signed remainder.
                fn divmod(x: $t, y: $t) -> ($t, $t) {
                    let mut m = x % y;
                    if y == 0.0 {
                        return (x / y, m);
                    }
                    let mut div = (x - m) / y;
                    if m != 0.0 {
                        if (y < 0.0) != (m < 0.0) {
                            m += y;
                            div -= 1.0;
                        }
                    } else {
                        m = (0.0 as $t).copysign(y);
                    }
                    let floor = if div != 0.0 {
                        let f = div.floor();
                        if div - f > 0.5 {
                            f + 1.0
                        } else {
                            f
                        }
                    } else {
                        (0.0 as $t).copysign(x / y)
                    };
                    (floor, m)
                }
                let out = match op {
                    BinaryOp::Add => zip_map(a, b, |x, y| x + y),
                    BinaryOp::Subtract => zip_map(a, b, |x, y| x - y),
                    BinaryOp::Multiply => zip_map(a, b, |x, y| x * y),
                    BinaryOp::Divide => zip_map(a, b, |x, y| x / y),
                    BinaryOp::FloorDivide => {
                        zip_map(a, b, |x, y| if y == 0.0 { x / y } else { divmod(x, y).0 })
                    }
                    BinaryOp::Remainder => {
                        zip_map(a, b, |x, y| if y == 0.0 { x % y } else { divmod(x, y).1 })
                    }
                    BinaryOp::Power | BinaryOp::Arctan2 | BinaryOp::Hypot => {
                        zip_map(a, b, |x, y| <$t as CMath>::call2(op, x, y))
                    }
                    BinaryOp::Maximum => {
                        zip_map(a, b, |x, y| if x > y || x.is_nan() { x } else { y })
                    }
                    BinaryOp::Minimum => {
                        zip_map(a, b, |x, y| if x < y || x.is_nan() { x } else { y })
                    }
                    BinaryOp::Fmax => zip_map(a, b, |x, y| if x > y || y.is_nan() { x } else { y }),
                    BinaryOp::Fmin => zip_map(a, b, |x, y| if x < y || y.is_nan() { x } else { y }),
                    _ => return Err(no_loop(op.name())),
                };
                let pole = |x: $t, y: $t| match op {
                    BinaryOp::Divide | BinaryOp::FloorDivide => y == 0.0,
                    BinaryOp::Power => x == 0.0,
                    _ => false,
                };
                for ((&r, &x), &y) in out.iter().zip(a).zip(b) {
                    if !r.is_finite() {
                        if r.is_nan() {
                            if !x.is_nan() && !y.is_nan() {
                                errors.invalid = true;
                            }
                        } else if x.is_finite() && y.is_finite() {
                            if pole(x, y) {
                                errors.divide = true;
                            } else {
                                errors.overflow = true;
                            }
                        }
                    }
                }
                Ok(out)
            }

            fn compare(op: BinaryOp, a: &[Self], b: &[Self], _errors: &mut FpErrors) -> Vec<bool> {
                compare_partial(op, a, b)
            }

            fn unary(op: UnaryOp, a: &[Self], errors: &mut FpErrors) -> ArrayResult<Vec<Self>> {
                let f: fn($t) -> $t = match op {
                    UnaryOp::Cbrt
                    | UnaryOp::Exp
                    | UnaryOp::Exp2
                    | UnaryOp::Expm1
                    | UnaryOp::Log
                    | UnaryOp::Log2
                    | UnaryOp::Log10
                    | UnaryOp::Log1p
                    | UnaryOp::Sin
                    | UnaryOp::Cos
                    | UnaryOp::Tan
                    | UnaryOp::Arcsin
                    | UnaryOp::Arccos
                    | UnaryOp::Arctan
                    | UnaryOp::Sinh
                    | UnaryOp::Cosh
                    | UnaryOp::Tanh
                    | UnaryOp::Arcsinh
                    | UnaryOp::Arccosh
                    | UnaryOp::Arctanh => {
                        let out: Vec<$t> = a.iter().map(|&x| <$t as CMath>::call1(op, x)).collect();
                        return Ok(flag_unary(op, a, out, errors));
                    }
                    UnaryOp::Negative => |x| -x,
                    UnaryOp::Positive | UnaryOp::Conjugate => |x| x,
                    UnaryOp::Absolute => |x| x.abs(),
                    UnaryOp::Sqrt => |x| x.sqrt(),
                    UnaryOp::Square => |x| x * x,
                    UnaryOp::Floor => |x| x.floor(),
                    UnaryOp::Ceil => |x| x.ceil(),
                    UnaryOp::Trunc => |x| x.trunc(),
                    UnaryOp::Rint => |x| x.round_ties_even(),
                    UnaryOp::Sign => |x| {
                        if x > 0.0 {
                            1.0
                        } else if x < 0.0 {
                            -1.0
                        } else if x == 0.0 {
                            0.0
                        } else {
                            x
                        }
                    },
                    UnaryOp::Deg2rad => |x| x * ($pi / 180.0),
                    UnaryOp::Rad2deg => |x| x * (180.0 / $pi),
                    UnaryOp::Reciprocal => |x| 1.0 / x,
                    _ => return Err(no_loop(op.name())),
                };
                let out: Vec<$t> = a.iter().map(|&x| f(x)).collect();
                Ok(flag_unary(op, a, out, errors))
            }

            fn predicate(op: UnaryOp, a: Self) -> bool {
                match op {
                    UnaryOp::Isnan => a.is_nan(),
                    UnaryOp::Isinf => a.is_infinite(),
                    _ => a.is_finite(),
                }
            }
        }
    };
}

float_kernels!(f32, std::f32::consts::PI);
float_kernels!(f64, std::f64::consts::PI);
