//! `Element`: the Rust type behind each dtype, with NumPy's `astype` conversions between them,
//! and the `with_dtype!` macro that turns a runtime `DType` into a monomorphised code path.
//!
//! Conversions follow NumPy 2.4 on x86-64 bit for bit: integers wrap, float -> int truncates
//! with the SSE2 rules for out-of-range values (see [`f64_to_i32_x86`]), complex -> real keeps
//! the real part, anything -> bool tests for non-zero.

use crate::dtype::{DType, Scalar};
use num_complex::{Complex32, Complex64};

/// A Rust type that stores one element of a dtype.
pub trait Element: Copy + Default + PartialEq + std::fmt::Debug + 'static {
    /// The dtype this type stores.
    const DTYPE: DType;
    /// Reads one element from little-endian bytes (`bytes.len() >= itemsize`).
    fn read_le(bytes: &[u8]) -> Self;
    /// Writes the element's little-endian bytes into `out` (`out.len() >= itemsize`).
    fn write_le(self, out: &mut [u8]);
    /// Wraps the element as a [`Scalar`].
    fn to_scalar(self) -> Scalar;
    /// Conversion from bool.
    fn from_bool(v: bool) -> Self;
    /// Conversion from a signed integer (wrapping).
    fn from_i64(v: i64) -> Self;
    /// Conversion from an unsigned integer (wrapping).
    fn from_u64(v: u64) -> Self;
    /// Conversion from float32.
    fn from_f32(v: f32) -> Self;
    /// Conversion from float64.
    fn from_f64(v: f64) -> Self;
    /// Conversion from complex64.
    fn from_c32(v: Complex32) -> Self;
    /// Conversion from complex128.
    fn from_c64(v: Complex64) -> Self;
    /// NumPy's `astype` conversion to another element type.
    fn cast<U: Element>(self) -> U;
}

/// x86 `cvttsd2si` with a 32-bit destination: truncation, `i32::MIN` when NaN or out of range.
pub fn f64_to_i32_x86(x: f64) -> i32 {
    if x > -2147483649.0 && x < 2147483648.0 {
        x as i32
    } else {
        i32::MIN
    }
}

/// x86 `cvttsd2si` with a 64-bit destination: truncation, `i64::MIN` when NaN or out of range.
pub fn f64_to_i64_x86(x: f64) -> i64 {
    if (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&x) {
        x as i64
    } else {
        i64::MIN
    }
}

/// The compilers' float -> uint32 sequence NumPy's loops use.
fn f64_to_u32_x86(x: f64) -> u32 {
    if x >= 2147483648.0 {
        (f64_to_i32_x86(x - 2147483648.0) as u32) ^ 0x8000_0000
    } else {
        f64_to_i32_x86(x) as u32
    }
}

/// The compilers' float -> uint64 sequence NumPy's loops use.
fn f64_to_u64_x86(x: f64) -> u64 {
    if x >= 9.223_372_036_854_776e18 {
        (f64_to_i64_x86(x - 9.223_372_036_854_776e18) as u64) ^ 0x8000_0000_0000_0000
    } else {
        f64_to_i64_x86(x) as u64
    }
}

macro_rules! int_element {
    ($t:ty, $dt:ident, $variant:ident, $from_float:expr, $cast_via:ident) => {
        impl Element for $t {
            const DTYPE: DType = DType::$dt;
            fn read_le(bytes: &[u8]) -> Self {
                let mut raw = [0u8; std::mem::size_of::<$t>()];
                raw.copy_from_slice(&bytes[..std::mem::size_of::<$t>()]);
                <$t>::from_le_bytes(raw)
            }
            fn write_le(self, out: &mut [u8]) {
                out[..std::mem::size_of::<$t>()].copy_from_slice(&self.to_le_bytes());
            }
            fn to_scalar(self) -> Scalar {
                Scalar::$variant(self)
            }
            fn from_bool(v: bool) -> Self {
                v as $t
            }
            fn from_i64(v: i64) -> Self {
                v as $t
            }
            fn from_u64(v: u64) -> Self {
                v as $t
            }
            fn from_f32(v: f32) -> Self {
                Self::from_f64(v as f64)
            }
            fn from_f64(v: f64) -> Self {
                let convert: fn(f64) -> $t = $from_float;
                convert(v)
            }
            fn from_c32(v: Complex32) -> Self {
                Self::from_f32(v.re)
            }
            fn from_c64(v: Complex64) -> Self {
                Self::from_f64(v.re)
            }
            fn cast<U: Element>(self) -> U {
                U::$cast_via(self as _)
            }
        }
    };
}

int_element!(i8, Int8, I8, |x| f64_to_i32_x86(x) as i8, from_i64);
int_element!(i16, Int16, I16, |x| f64_to_i32_x86(x) as i16, from_i64);
int_element!(i32, Int32, I32, f64_to_i32_x86, from_i64);
int_element!(i64, Int64, I64, f64_to_i64_x86, from_i64);
int_element!(u8, UInt8, U8, |x| f64_to_i32_x86(x) as u8, from_u64);
int_element!(u16, UInt16, U16, |x| f64_to_i32_x86(x) as u16, from_u64);
int_element!(u32, UInt32, U32, f64_to_u32_x86, from_u64);
int_element!(u64, UInt64, U64, f64_to_u64_x86, from_u64);

impl Element for bool {
    const DTYPE: DType = DType::Bool;
    fn read_le(bytes: &[u8]) -> Self {
        bytes[0] != 0
    }
    fn write_le(self, out: &mut [u8]) {
        out[0] = self as u8;
    }
    fn to_scalar(self) -> Scalar {
        Scalar::Bool(self)
    }
    fn from_bool(v: bool) -> Self {
        v
    }
    fn from_i64(v: i64) -> Self {
        v != 0
    }
    fn from_u64(v: u64) -> Self {
        v != 0
    }
    fn from_f32(v: f32) -> Self {
        v != 0.0
    }
    fn from_f64(v: f64) -> Self {
        v != 0.0
    }
    fn from_c32(v: Complex32) -> Self {
        v.re != 0.0 || v.im != 0.0
    }
    fn from_c64(v: Complex64) -> Self {
        v.re != 0.0 || v.im != 0.0
    }
    fn cast<U: Element>(self) -> U {
        U::from_bool(self)
    }
}

macro_rules! float_element {
    ($t:ty, $dt:ident, $variant:ident, $cast_via:ident) => {
        impl Element for $t {
            const DTYPE: DType = DType::$dt;
            fn read_le(bytes: &[u8]) -> Self {
                let mut raw = [0u8; std::mem::size_of::<$t>()];
                raw.copy_from_slice(&bytes[..std::mem::size_of::<$t>()]);
                <$t>::from_le_bytes(raw)
            }
            fn write_le(self, out: &mut [u8]) {
                out[..std::mem::size_of::<$t>()].copy_from_slice(&self.to_le_bytes());
            }
            fn to_scalar(self) -> Scalar {
                Scalar::$variant(self)
            }
            fn from_bool(v: bool) -> Self {
                v as u8 as $t
            }
            fn from_i64(v: i64) -> Self {
                v as $t
            }
            fn from_u64(v: u64) -> Self {
                v as $t
            }
            fn from_f32(v: f32) -> Self {
                v as $t
            }
            fn from_f64(v: f64) -> Self {
                v as $t
            }
            fn from_c32(v: Complex32) -> Self {
                v.re as $t
            }
            fn from_c64(v: Complex64) -> Self {
                v.re as $t
            }
            fn cast<U: Element>(self) -> U {
                U::$cast_via(self)
            }
        }
    };
}

float_element!(f32, Float32, F32, from_f32);
float_element!(f64, Float64, F64, from_f64);

macro_rules! complex_element {
    ($t:ty, $f:ty, $dt:ident, $variant:ident, $cast_via:ident) => {
        impl Element for $t {
            const DTYPE: DType = DType::$dt;
            fn read_le(bytes: &[u8]) -> Self {
                let half = std::mem::size_of::<$f>();
                <$t>::new(<$f>::read_le(bytes), <$f>::read_le(&bytes[half..]))
            }
            fn write_le(self, out: &mut [u8]) {
                let half = std::mem::size_of::<$f>();
                self.re.write_le(out);
                self.im.write_le(&mut out[half..]);
            }
            fn to_scalar(self) -> Scalar {
                Scalar::$variant(self)
            }
            fn from_bool(v: bool) -> Self {
                <$t>::new(v as u8 as $f, 0.0)
            }
            fn from_i64(v: i64) -> Self {
                <$t>::new(v as $f, 0.0)
            }
            fn from_u64(v: u64) -> Self {
                <$t>::new(v as $f, 0.0)
            }
            fn from_f32(v: f32) -> Self {
                <$t>::new(v as $f, 0.0)
            }
            fn from_f64(v: f64) -> Self {
                <$t>::new(v as $f, 0.0)
            }
            fn from_c32(v: Complex32) -> Self {
                <$t>::new(v.re as $f, v.im as $f)
            }
            fn from_c64(v: Complex64) -> Self {
                <$t>::new(v.re as $f, v.im as $f)
            }
            fn cast<U: Element>(self) -> U {
                U::$cast_via(self)
            }
        }
    };
}

complex_element!(Complex32, f32, Complex64, C64, from_c32);
complex_element!(Complex64, f64, Complex128, C128, from_c64);

/// Runs `$body` with `$T` bound to the Rust element type of the runtime dtype `$dt`.
#[macro_export]
macro_rules! with_dtype {
    ($dt:expr, $T:ident => $body:expr) => {
        match $dt {
            $crate::dtype::DType::Bool => {
                type $T = bool;
                $body
            }
            $crate::dtype::DType::Int8 => {
                type $T = i8;
                $body
            }
            $crate::dtype::DType::Int16 => {
                type $T = i16;
                $body
            }
            $crate::dtype::DType::Int32 => {
                type $T = i32;
                $body
            }
            $crate::dtype::DType::Int64 => {
                type $T = i64;
                $body
            }
            $crate::dtype::DType::UInt8 => {
                type $T = u8;
                $body
            }
            $crate::dtype::DType::UInt16 => {
                type $T = u16;
                $body
            }
            $crate::dtype::DType::UInt32 => {
                type $T = u32;
                $body
            }
            $crate::dtype::DType::UInt64 => {
                type $T = u64;
                $body
            }
            $crate::dtype::DType::Float32 => {
                type $T = f32;
                $body
            }
            $crate::dtype::DType::Float64 => {
                type $T = f64;
                $body
            }
            $crate::dtype::DType::Complex64 => {
                type $T = num_complex::Complex32;
                $body
            }
            $crate::dtype::DType::Complex128 => {
                type $T = num_complex::Complex64;
                $body
            }
        }
    };
}

/// Extracts the typed value of a scalar known to have dtype `T::DTYPE`, casting otherwise.
pub fn scalar_as<T: Element>(s: Scalar) -> T {
    match s {
        Scalar::Bool(v) => v.cast(),
        Scalar::I8(v) => v.cast(),
        Scalar::I16(v) => v.cast(),
        Scalar::I32(v) => v.cast(),
        Scalar::I64(v) => v.cast(),
        Scalar::U8(v) => v.cast(),
        Scalar::U16(v) => v.cast(),
        Scalar::U32(v) => v.cast(),
        Scalar::U64(v) => v.cast(),
        Scalar::F32(v) => v.cast(),
        Scalar::F64(v) => v.cast(),
        Scalar::C64(v) => v.cast(),
        Scalar::C128(v) => v.cast(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // NPY_DISABLE_CPU_FEATURES=... python3 -c 'import numpy as np; np.seterr(all="ignore");
    //   v=np.array([np.nan,np.inf,-np.inf,1e20,-1e20,3e9,-3e9,300.7,-300.7,-1.5,2.**63,2.**64]);
    //   print(v.astype(np.int8).tolist(), v.astype(np.uint32).tolist(), v.astype(np.uint64).tolist())'
    const VALUES: [f64; 12] = [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        1e20,
        -1e20,
        3e9,
        -3e9,
        300.7,
        -300.7,
        -1.5,
        9.223_372_036_854_776e18,
        1.844_674_407_370_955_2e19,
    ];

    #[test]
    fn float_to_int_matches_numpy() {
        let i8s: Vec<i8> = VALUES.iter().map(|&x| x.cast()).collect();
        assert_eq!(i8s, vec![0, 0, 0, 0, 0, 0, 0, 44, -44, -1, 0, 0]);
        let u16s: Vec<u16> = VALUES.iter().map(|&x| x.cast()).collect();
        assert_eq!(u16s, vec![0, 0, 0, 0, 0, 0, 0, 300, 65236, 65535, 0, 0]);
        let i32s: Vec<i32> = VALUES.iter().map(|&x| x.cast()).collect();
        let m = i32::MIN;
        assert_eq!(i32s, vec![m, m, m, m, m, m, m, 300, -300, -1, m, m]);
        let u32s: Vec<u32> = VALUES.iter().map(|&x| x.cast()).collect();
        let h = 2147483648;
        assert_eq!(
            u32s,
            vec![h, 0, h, 0, h, 3000000000, h, 300, 4294966996, 4294967295, 0, 0]
        );
        let u64s: Vec<u64> = VALUES.iter().map(|&x| x.cast()).collect();
        let h = 9223372036854775808;
        assert_eq!(
            u64s,
            vec![
                h,
                0,
                h,
                0,
                h,
                3000000000,
                18446744070709551616,
                300,
                18446744073709551316,
                18446744073709551615,
                h,
                0
            ]
        );
        let i64s: Vec<i64> = VALUES.iter().map(|&x| x.cast()).collect();
        let m = i64::MIN;
        assert_eq!(
            i64s,
            vec![m, m, m, m, m, 3000000000, -3000000000, 300, -300, -1, m, m]
        );
    }

    #[test]
    fn int_and_bool_casts() {
        assert_eq!(300i64.cast::<u8>(), 44);
        assert_eq!((-1i8).cast::<u64>(), u64::MAX);
        assert!(2.5f64.cast::<bool>());
        assert!(Complex64::new(0.0, 1.0).cast::<bool>());
        assert_eq!(Complex64::new(2.5, 1.0).cast::<f32>(), 2.5);
        assert_eq!(u64::MAX.cast::<f32>(), 1.8446744e19);
        assert_eq!(true.cast::<Complex32>(), Complex32::new(1.0, 0.0));
    }
}
