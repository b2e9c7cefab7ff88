//! Element types of micronumpy arrays (`DType`) and a dynamically typed element (`Scalar`).
//!
//! The numbering of `DType` is NumPy's own promotion order within each kind; the helpers here
//! answer the questions every other module asks: size, kind character, names, and promotion.

use crate::element::Element;
use num_complex::{Complex32, Complex64};

/// One array element type. `#[repr(u8)]` so a `DType` fits beside a payload in a 16-byte value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum DType {
    /// `np.bool_`, one byte, 0 or 1.
    Bool,
    /// `np.int8`.
    Int8,
    /// `np.int16`.
    Int16,
    /// `np.int32`.
    Int32,
    /// `np.int64`, the default integer.
    Int64,
    /// `np.uint8`.
    UInt8,
    /// `np.uint16`.
    UInt16,
    /// `np.uint32`.
    UInt32,
    /// `np.uint64`.
    UInt64,
    /// `np.float32`.
    Float32,
    /// `np.float64`, the default float.
    Float64,
    /// `np.complex64` (two float32).
    Complex64,
    /// `np.complex128` (two float64).
    Complex128,
}

/// Every dtype, in declaration order.
pub const ALL_DTYPES: [DType; 13] = [
    DType::Bool,
    DType::Int8,
    DType::Int16,
    DType::Int32,
    DType::Int64,
    DType::UInt8,
    DType::UInt16,
    DType::UInt32,
    DType::UInt64,
    DType::Float32,
    DType::Float64,
    DType::Complex64,
    DType::Complex128,
];

/// NumPy's kind character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// 'b'
    Bool,
    /// 'i'
    SignedInt,
    /// 'u'
    UnsignedInt,
    /// 'f'
    Float,
    /// 'c'
    Complex,
}

impl DType {
    /// Size of one element in bytes.
    pub fn itemsize(self) -> usize {
        match self {
            DType::Bool | DType::Int8 | DType::UInt8 => 1,
            DType::Int16 | DType::UInt16 => 2,
            DType::Int32 | DType::UInt32 | DType::Float32 => 4,
            DType::Int64 | DType::UInt64 | DType::Float64 | DType::Complex64 => 8,
            DType::Complex128 => 16,
        }
    }

    /// The dtype's kind.
    pub fn kind(self) -> Kind {
        match self {
            DType::Bool => Kind::Bool,
            DType::Int8 | DType::Int16 | DType::Int32 | DType::Int64 => Kind::SignedInt,
            DType::UInt8 | DType::UInt16 | DType::UInt32 | DType::UInt64 => Kind::UnsignedInt,
            DType::Float32 | DType::Float64 => Kind::Float,
            DType::Complex64 | DType::Complex128 => Kind::Complex,
        }
    }

    /// NumPy's `dtype.kind` character.
    pub fn kind_char(self) -> char {
        match self.kind() {
            Kind::Bool => 'b',
            Kind::SignedInt => 'i',
            Kind::UnsignedInt => 'u',
            Kind::Float => 'f',
            Kind::Complex => 'c',
        }
    }

    /// NumPy's `dtype.name`, e.g. `"float64"`.
    pub fn name(self) -> &'static str {
        match self {
            DType::Bool => "bool",
            DType::Int8 => "int8",
            DType::Int16 => "int16",
            DType::Int32 => "int32",
            DType::Int64 => "int64",
            DType::UInt8 => "uint8",
            DType::UInt16 => "uint16",
            DType::UInt32 => "uint32",
            DType::UInt64 => "uint64",
            DType::Float32 => "float32",
            DType::Float64 => "float64",
            DType::Complex64 => "complex64",
            DType::Complex128 => "complex128",
        }
    }

    /// NumPy's `dtype.char`, e.g. `'d'` for float64.
    pub fn char_code(self) -> char {
        match self {
            DType::Bool => '?',
            DType::Int8 => 'b',
            DType::Int16 => 'h',
            DType::Int32 => 'i',
            DType::Int64 => 'l',
            DType::UInt8 => 'B',
            DType::UInt16 => 'H',
            DType::UInt32 => 'I',
            DType::UInt64 => 'L',
            DType::Float32 => 'f',
            DType::Float64 => 'd',
            DType::Complex64 => 'F',
            DType::Complex128 => 'D',
        }
    }

    /// NumPy's `dtype.str` on a little-endian machine, e.g. `"<f8"`, `"|b1"`.
    pub fn type_str(self) -> String {
        let order = if self.itemsize() == 1 { '|' } else { '<' };
        format!("{}{}{}", order, self.kind_char(), self.itemsize())
    }

    /// True for the integer kinds (signed and unsigned), not bool.
    pub fn is_integer(self) -> bool {
        matches!(self.kind(), Kind::SignedInt | Kind::UnsignedInt)
    }

    /// True for float32/float64.
    pub fn is_float(self) -> bool {
        self.kind() == Kind::Float
    }

    /// True for complex64/complex128.
    pub fn is_complex(self) -> bool {
        self.kind() == Kind::Complex
    }
}

/// One element of some dtype, held by value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scalar {
    /// bool
    Bool(bool),
    /// int8
    I8(i8),
    /// int16
    I16(i16),
    /// int32
    I32(i32),
    /// int64
    I64(i64),
    /// uint8
    U8(u8),
    /// uint16
    U16(u16),
    /// uint32
    U32(u32),
    /// uint64
    U64(u64),
    /// float32
    F32(f32),
    /// float64
    F64(f64),
    /// complex64
    C64(Complex32),
    /// complex128
    C128(Complex64),
}

impl Scalar {
    /// The dtype this element belongs to.
    pub fn dtype(&self) -> DType {
        match self {
            Scalar::Bool(_) => DType::Bool,
            Scalar::I8(_) => DType::Int8,
            Scalar::I16(_) => DType::Int16,
            Scalar::I32(_) => DType::Int32,
            Scalar::I64(_) => DType::Int64,
            Scalar::U8(_) => DType::UInt8,
            Scalar::U16(_) => DType::UInt16,
            Scalar::U32(_) => DType::UInt32,
            Scalar::U64(_) => DType::UInt64,
            Scalar::F32(_) => DType::Float32,
            Scalar::F64(_) => DType::Float64,
            Scalar::C64(_) => DType::Complex64,
            Scalar::C128(_) => DType::Complex128,
        }
    }
}

impl Scalar {
    /// NumPy's `astype` conversion of one element to `dtype`.
    pub fn cast(self, dtype: DType) -> Scalar {
        crate::with_dtype!(dtype, T => crate::element::scalar_as::<T>(self).to_scalar())
    }

    /// Truthiness (`bool(x)`): non-zero, NaN counts as true.
    pub fn is_truthy(self) -> bool {
        crate::element::scalar_as::<bool>(self)
    }

    /// The value as float64 (complex keeps its real part).
    pub fn to_f64(self) -> f64 {
        crate::element::scalar_as::<f64>(self)
    }

    /// The value as complex128.
    pub fn to_c128(self) -> Complex64 {
        crate::element::scalar_as::<Complex64>(self)
    }

    /// The exact integer value of a bool or integer scalar; `None` for floats and complex.
    pub fn to_i128(self) -> Option<i128> {
        match self {
            Scalar::Bool(v) => Some(v as i128),
            Scalar::I8(v) => Some(v as i128),
            Scalar::I16(v) => Some(v as i128),
            Scalar::I32(v) => Some(v as i128),
            Scalar::I64(v) => Some(v as i128),
            Scalar::U8(v) => Some(v as i128),
            Scalar::U16(v) => Some(v as i128),
            Scalar::U32(v) => Some(v as i128),
            Scalar::U64(v) => Some(v as i128),
            _ => None,
        }
    }

    /// The zero of `dtype`.
    pub fn zero(dtype: DType) -> Scalar {
        Scalar::Bool(false).cast(dtype)
    }

    /// The one of `dtype`.
    pub fn one(dtype: DType) -> Scalar {
        Scalar::Bool(true).cast(dtype)
    }
}

impl DType {
    /// Smallest and largest value of an integer or bool dtype; `None` for floats and complex.
    pub fn int_bounds(self) -> Option<(i128, i128)> {
        Some(match self {
            DType::Bool => (0, 1),
            DType::Int8 => (i8::MIN as i128, i8::MAX as i128),
            DType::Int16 => (i16::MIN as i128, i16::MAX as i128),
            DType::Int32 => (i32::MIN as i128, i32::MAX as i128),
            DType::Int64 => (i64::MIN as i128, i64::MAX as i128),
            DType::UInt8 => (0, u8::MAX as i128),
            DType::UInt16 => (0, u16::MAX as i128),
            DType::UInt32 => (0, u32::MAX as i128),
            DType::UInt64 => (0, u64::MAX as i128),
            _ => return None,
        })
    }

    /// The real dtype of a complex dtype (complex64 -> float32); other dtypes unchanged.
    pub fn real_dtype(self) -> DType {
        match self {
            DType::Complex64 => DType::Float32,
            DType::Complex128 => DType::Float64,
            other => other,
        }
    }

    /// Parses a NumPy dtype name or character code (`"float64"`, `"f8"`, `"d"`, `"int"`, ...).
    pub fn from_name(name: &str) -> Option<DType> {
        let dtype = match name {
            "bool" | "?" | "b1" | "bool_" => DType::Bool,
            "int8" | "i1" | "b" | "byte" => DType::Int8,
            "int16" | "i2" | "h" | "short" => DType::Int16,
            "int32" | "i4" | "i" | "intc" => DType::Int32,
            "int64" | "i8" | "l" | "q" | "int" | "int_" | "intp" | "long" | "longlong" => {
                DType::Int64
            }
            "uint8" | "u1" | "B" | "ubyte" => DType::UInt8,
            "uint16" | "u2" | "H" | "ushort" => DType::UInt16,
            "uint32" | "u4" | "I" | "uintc" => DType::UInt32,
            "uint64" | "u8" | "L" | "Q" | "uint" | "uintp" | "ulong" | "ulonglong" => DType::UInt64,
            "float32" | "f4" | "f" | "single" => DType::Float32,
            "float64" | "f8" | "d" | "float" | "double" | "float_" => DType::Float64,
            "complex64" | "c8" | "F" | "csingle" => DType::Complex64,
            "complex128" | "c16" | "D" | "complex" | "cdouble" | "complex_" => DType::Complex128,
            _ => {
                let trimmed = name.strip_prefix(['<', '=', '|']).unwrap_or(name);
                if trimmed != name {
                    return DType::from_name(trimmed);
                }
                return None;
            }
        };
        Some(dtype)
    }
}
