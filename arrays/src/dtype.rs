//! Element types of micronumpy arrays (`DType`) and a dynamically typed element (`Scalar`).
//!
//! The numbering of `DType` is NumPy's own promotion order within each kind; the helpers here
//! answer the questions every other module asks: size, kind character, names, and promotion.

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
