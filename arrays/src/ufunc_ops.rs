//! The ufunc catalogue: `BinaryOp` and `UnaryOp` with their NumPy names and the dtype sets
//! their loops cover, plus `FpErrors`, the floating-point error flags a loop raised.

use crate::dtype::DType;

/// Element-wise binary ufuncs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    /// `np.add`
    Add,
    /// `np.subtract`
    Subtract,
    /// `np.multiply`
    Multiply,
    /// `np.divide` / `np.true_divide`
    Divide,
    /// `np.floor_divide`
    FloorDivide,
    /// `np.remainder` / `np.mod`
    Remainder,
    /// `np.power`
    Power,
    /// `np.maximum` (NaN-propagating)
    Maximum,
    /// `np.minimum` (NaN-propagating)
    Minimum,
    /// `np.fmax` (NaN-ignoring)
    Fmax,
    /// `np.fmin` (NaN-ignoring)
    Fmin,
    /// `np.arctan2`
    Arctan2,
    /// `np.hypot`
    Hypot,
    /// `np.logical_and`
    LogicalAnd,
    /// `np.logical_or`
    LogicalOr,
    /// `np.logical_xor`
    LogicalXor,
    /// `np.bitwise_and`
    BitwiseAnd,
    /// `np.bitwise_or`
    BitwiseOr,
    /// `np.bitwise_xor`
    BitwiseXor,
    /// `np.left_shift`
    LeftShift,
    /// `np.right_shift`
    RightShift,
    /// `np.equal`
    Equal,
    /// `np.not_equal`
    NotEqual,
    /// `np.less`
    Less,
    /// `np.less_equal`
    LessEqual,
    /// `np.greater`
    Greater,
    /// `np.greater_equal`
    GreaterEqual,
}

/// Element-wise unary ufuncs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum UnaryOp {
    Negative,
    Positive,
    Absolute,
    Sqrt,
    Square,
    Cbrt,
    Exp,
    Exp2,
    Expm1,
    Log,
    Log2,
    Log10,
    Log1p,
    Sin,
    Cos,
    Tan,
    Arcsin,
    Arccos,
    Arctan,
    Sinh,
    Cosh,
    Tanh,
    Arcsinh,
    Arccosh,
    Arctanh,
    Floor,
    Ceil,
    Trunc,
    Rint,
    Sign,
    Isnan,
    Isinf,
    Isfinite,
    Deg2rad,
    Rad2deg,
    LogicalNot,
    Invert,
    Conjugate,
    Reciprocal,
}

/// Which dtypes a ufunc has loops for (NumPy's `ufunc.types`, reduced to what matters here).
#[derive(Clone, Copy, Debug)]
pub struct LoopSet {
    /// A bool loop exists.
    pub bool: bool,
    /// Integer loops exist.
    pub ints: bool,
    /// A float16 loop exists (reaching it is an error: micronumpy has no float16).
    pub half: bool,
    /// float32/float64 loops exist.
    pub floats: bool,
    /// complex loops exist.
    pub complex: bool,
}

const ALL: LoopSet = LoopSet {
    bool: true,
    ints: true,
    half: true,
    floats: true,
    complex: true,
};
const NO_BOOL: LoopSet = LoopSet { bool: false, ..ALL };
const REAL: LoopSet = LoopSet {
    complex: false,
    ..ALL
};
const REAL_NO_BOOL: LoopSet = LoopSet {
    bool: false,
    complex: false,
    ..ALL
};
const INEXACT: LoopSet = LoopSet {
    bool: false,
    ints: false,
    ..ALL
};
const REAL_INEXACT: LoopSet = LoopSet {
    bool: false,
    ints: false,
    complex: false,
    ..ALL
};
const BITS: LoopSet = LoopSet {
    half: false,
    floats: false,
    complex: false,
    ..ALL
};
const INTS: LoopSet = LoopSet {
    bool: false,
    ..BITS
};

impl BinaryOp {
    /// NumPy's ufunc name, used in messages and RuntimeWarnings.
    pub fn name(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "add",
            Subtract => "subtract",
            Multiply => "multiply",
            Divide => "divide",
            FloorDivide => "floor_divide",
            Remainder => "remainder",
            Power => "power",
            Maximum => "maximum",
            Minimum => "minimum",
            Fmax => "fmax",
            Fmin => "fmin",
            Arctan2 => "arctan2",
            Hypot => "hypot",
            LogicalAnd => "logical_and",
            LogicalOr => "logical_or",
            LogicalXor => "logical_xor",
            BitwiseAnd => "bitwise_and",
            BitwiseOr => "bitwise_or",
            BitwiseXor => "bitwise_xor",
            LeftShift => "left_shift",
            RightShift => "right_shift",
            Equal => "equal",
            NotEqual => "not_equal",
            Less => "less",
            LessEqual => "less_equal",
            Greater => "greater",
            GreaterEqual => "greater_equal",
        }
    }

    /// The dtypes this ufunc has loops for.
    pub fn loops(self) -> LoopSet {
        use BinaryOp::*;
        match self {
            Add | Multiply | Maximum | Minimum | Fmax | Fmin | LogicalAnd | LogicalOr
            | LogicalXor => ALL,
            Equal | NotEqual | Less | LessEqual | Greater | GreaterEqual => ALL,
            Subtract | Power => NO_BOOL,
            Divide => INEXACT,
            FloorDivide | Remainder => REAL_NO_BOOL,
            Arctan2 | Hypot => REAL_INEXACT,
            BitwiseAnd | BitwiseOr | BitwiseXor => BITS,
            LeftShift | RightShift => INTS,
        }
    }

    /// True for the six comparisons.
    pub fn is_comparison(self) -> bool {
        use BinaryOp::*;
        matches!(
            self,
            Equal | NotEqual | Less | LessEqual | Greater | GreaterEqual
        )
    }

    /// True when the result dtype is bool whatever the inputs.
    pub fn returns_bool(self) -> bool {
        use BinaryOp::*;
        self.is_comparison() || matches!(self, LogicalAnd | LogicalOr | LogicalXor)
    }

    /// Parses a NumPy ufunc name (aliases `true_divide` and `mod` included).
    pub fn from_name(name: &str) -> Option<BinaryOp> {
        use BinaryOp::*;
        let all = [
            Add,
            Subtract,
            Multiply,
            Divide,
            FloorDivide,
            Remainder,
            Power,
            Maximum,
            Minimum,
            Fmax,
            Fmin,
            Arctan2,
            Hypot,
            LogicalAnd,
            LogicalOr,
            LogicalXor,
            BitwiseAnd,
            BitwiseOr,
            BitwiseXor,
            LeftShift,
            RightShift,
            Equal,
            NotEqual,
            Less,
            LessEqual,
            Greater,
            GreaterEqual,
        ];
        match name {
            "true_divide" => Some(Divide),
            "mod" => Some(Remainder),
            _ => all.into_iter().find(|op| op.name() == name),
        }
    }
}

impl UnaryOp {
    /// NumPy's ufunc name.
    pub fn name(self) -> &'static str {
        use UnaryOp::*;
        match self {
            Negative => "negative",
            Positive => "positive",
            Absolute => "absolute",
            Sqrt => "sqrt",
            Square => "square",
            Cbrt => "cbrt",
            Exp => "exp",
            Exp2 => "exp2",
            Expm1 => "expm1",
            Log => "log",
            Log2 => "log2",
            Log10 => "log10",
            Log1p => "log1p",
            Sin => "sin",
            Cos => "cos",
            Tan => "tan",
            Arcsin => "arcsin",
            Arccos => "arccos",
            Arctan => "arctan",
            Sinh => "sinh",
            Cosh => "cosh",
            Tanh => "tanh",
            Arcsinh => "arcsinh",
            Arccosh => "arccosh",
            Arctanh => "arctanh",
            Floor => "floor",
            Ceil => "ceil",
            Trunc => "trunc",
            Rint => "rint",
            Sign => "sign",
            Isnan => "isnan",
            Isinf => "isinf",
            Isfinite => "isfinite",
            Deg2rad => "deg2rad",
            Rad2deg => "rad2deg",
            LogicalNot => "logical_not",
            Invert => "invert",
            Conjugate => "conjugate",
            Reciprocal => "reciprocal",
        }
    }

    /// Every unary op.
    pub const ALL: [UnaryOp; 39] = {
        use UnaryOp::*;
        [
            Negative, Positive, Absolute, Sqrt, Square, Cbrt, Exp, Exp2, Expm1, Log, Log2, Log10,
            Log1p, Sin, Cos, Tan, Arcsin, Arccos, Arctan, Sinh, Cosh, Tanh, Arcsinh, Arccosh,
            Arctanh, Floor, Ceil, Trunc, Rint, Sign, Isnan, Isinf, Isfinite, Deg2rad, Rad2deg,
            LogicalNot, Invert, Conjugate, Reciprocal,
        ]
    };

    /// Parses a NumPy ufunc name (aliases `abs`, `conj` included).
    pub fn from_name(name: &str) -> Option<UnaryOp> {
        match name {
            "abs" => Some(UnaryOp::Absolute),
            "conj" => Some(UnaryOp::Conjugate),
            _ => UnaryOp::ALL.into_iter().find(|op| op.name() == name),
        }
    }

    /// The dtypes this ufunc has loops for.
    pub fn loops(self) -> LoopSet {
        use UnaryOp::*;
        match self {
            Absolute | LogicalNot | Isnan | Isinf | Isfinite => ALL,
            Floor | Ceil | Trunc => REAL,
            Negative | Positive | Square | Sign | Reciprocal | Conjugate => NO_BOOL,
            Invert => BITS,
            Cbrt | Deg2rad | Rad2deg => REAL_INEXACT,
            _ => INEXACT,
        }
    }

    /// True when the result dtype is bool whatever the input.
    pub fn returns_bool(self) -> bool {
        matches!(
            self,
            UnaryOp::LogicalNot | UnaryOp::Isnan | UnaryOp::Isinf | UnaryOp::Isfinite
        )
    }

    /// The output dtype for the loop dtype `dtype`.
    pub fn output_dtype(self, dtype: DType) -> DType {
        if self.returns_bool() {
            DType::Bool
        } else if self == UnaryOp::Absolute {
            dtype.real_dtype()
        } else {
            dtype
        }
    }
}

/// Floating-point error flags raised by a loop, for NumPy's RuntimeWarnings
/// ("divide by zero encountered in divide", ...).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FpErrors {
    /// Division by zero (or a pole such as `log(0)`).
    pub divide: bool,
    /// A finite computation overflowed.
    pub overflow: bool,
    /// An invalid operation produced NaN (or an invalid cast).
    pub invalid: bool,
    /// A result underflowed (NumPy ignores this by default; micronumpy never sets it).
    pub underflow: bool,
}

impl FpErrors {
    /// NumPy's warning lines (without the `RuntimeWarning: ` prefix), in NumPy's order.
    pub fn messages(&self, ufunc_name: &str) -> Vec<String> {
        let mut out = Vec::new();
        if self.divide {
            out.push(format!("divide by zero encountered in {ufunc_name}"));
        }
        if self.overflow {
            out.push(format!("overflow encountered in {ufunc_name}"));
        }
        if self.underflow {
            out.push(format!("underflow encountered in {ufunc_name}"));
        }
        if self.invalid {
            out.push(format!("invalid value encountered in {ufunc_name}"));
        }
        out
    }

    /// True when no flag is set.
    pub fn is_clear(&self) -> bool {
        *self == FpErrors::default()
    }

    /// Merges the flags of `other` into `self`.
    pub fn merge(&mut self, other: FpErrors) {
        self.divide |= other.divide;
        self.overflow |= other.overflow;
        self.invalid |= other.invalid;
        self.underflow |= other.underflow;
    }
}
