//! Element selection and bounding: 3-argument `where`, `clip` (NEP 50 scalar bounds) and
//! `round`/`around` (NumPy's multiply, `rint`, divide algorithm).

use crate::array::NdArray;
use crate::dtype::{DType, Scalar};
use crate::element::Element;
use crate::error::{ArrayError, ArrayResult};
use crate::promote::{result_type, Operand};
use crate::shape::broadcast_shapes;
use crate::ufunc::{binary_op, unary_op, BinaryOp, FpErrors, UfuncResult, UnaryOp};
use crate::with_dtype;
use num_complex::{Complex32, Complex64};

/// An operand as an array of `dtype`; weak Python ints are cast with wrap-around.
fn operand_in(op: &Operand, dtype: DType) -> NdArray {
    crate::search::operand_to_array(op, dtype)
}

/// `np.where(condition, x, y)`: elements of `x` where `condition` is true, else of `y`, all
/// three broadcast together, in the NEP 50 result dtype of `x` and `y`.
pub fn where_select(condition: &NdArray, x: &Operand, y: &Operand) -> ArrayResult<NdArray> {
    let dtype = result_type(&[x.clone(), y.clone()]);
    let shape = broadcast_shapes(&[&condition.shape, x.shape(), y.shape()])?;
    let mask = condition.broadcast_to(&shape)?.to_vec::<bool>();
    with_dtype!(dtype, T => {
        let xs = operand_in(x, dtype).broadcast_to(&shape)?.to_vec::<T>();
        let ys = operand_in(y, dtype).broadcast_to(&shape)?.to_vec::<T>();
        let out: Vec<T> = mask
            .iter()
            .zip(xs.into_iter().zip(ys))
            .map(|(&m, (a, b))| if m { a } else { b })
            .collect();
        NdArray::from_vec(out, &shape)
    })
}

/// Per-dtype clipping with NumPy's two loops: bounds that are the same for every element
/// (`std::clamp`-like, keeps the sign of zeros of `x`, NaN bounds give NaN) and element-wise
/// bounds (`min(max(x, lo), hi)` with NaN-propagating `max`/`min`).
trait Clip: Element {
    fn is_nan(self) -> bool;
    fn greater(a: Self, b: Self) -> bool;
    fn less(a: Self, b: Self) -> bool;
    /// NumPy's `_NPY_MAX`: `a` when NaN, else `a > b ? a : b`.
    fn nan_max(a: Self, b: Self) -> Self {
        if a.is_nan() || Self::greater(a, b) {
            a
        } else {
            b
        }
    }
    /// NumPy's `_NPY_MIN`: `a` when NaN, else `a < b ? a : b`.
    fn nan_min(a: Self, b: Self) -> Self {
        if a.is_nan() || Self::less(a, b) {
            a
        } else {
            b
        }
    }
    /// `std::min(std::max(x, lo), hi)` after the NaN-bound check of the scalar loop.
    fn clamp_scalar(x: Self, lo: Self, hi: Self) -> Self {
        let raised = if Self::less(x, lo) { lo } else { x };
        if Self::less(hi, raised) {
            hi
        } else {
            raised
        }
    }
}

macro_rules! ordered_clip {
    ($($t:ty),*) => {
        $(impl Clip for $t {
            #[allow(clippy::eq_op)]
            fn is_nan(self) -> bool {
                self != self
            }
            fn greater(a: Self, b: Self) -> bool {
                a > b
            }
            fn less(a: Self, b: Self) -> bool {
                a < b
            }
        })*
    };
}
ordered_clip!(bool, i8, i16, i32, i64, u8, u16, u32, u64, f32, f64);

macro_rules! complex_clip {
    ($($t:ty),*) => {
        $(impl Clip for $t {
            fn is_nan(self) -> bool {
                self.re.is_nan() || self.im.is_nan()
            }
            fn greater(a: Self, b: Self) -> bool {
                a.re > b.re || (a.re == b.re && a.im > b.im)
            }
            fn less(a: Self, b: Self) -> bool {
                a.re < b.re || (a.re == b.re && a.im < b.im)
            }
        })*
    };
}
complex_clip!(Complex32, Complex64);

/// A clip bound as an array of `dtype`; weak Python ints outside an integer dtype's range are
/// clamped to it (NumPy 2 then clips as if with the exact value).
fn bound_in(op: &Operand, dtype: DType) -> NdArray {
    if let (Operand::PyInt(v), Some((low, high))) = (op, dtype.int_bounds()) {
        if dtype != DType::Bool {
            let clamped = (*v).clamp(low, high);
            let value = if clamped < 0 {
                Scalar::I64(clamped as i64)
            } else {
                Scalar::U64(clamped as u64)
            };
            return NdArray::from_scalar(value.cast(dtype));
        }
    }
    operand_in(op, dtype)
}

/// `np.clip(a, a_min, a_max)` (`None` bounds are absent: one-sided clips are `np.maximum` /
/// `np.minimum`; with neither, a copy). The result dtype is the NEP 50 result of all three.
pub fn clip(a: &Operand, low: Option<&Operand>, high: Option<&Operand>) -> ArrayResult<NdArray> {
    let (low, high) = match (low, high) {
        (None, None) => {
            let dtype = result_type(std::slice::from_ref(a));
            return Ok(operand_in(a, dtype));
        }
        (Some(lo), None) => return Ok(binary_op(BinaryOp::Maximum, a, lo)?.array),
        (None, Some(hi)) => return Ok(binary_op(BinaryOp::Minimum, a, hi)?.array),
        (Some(lo), Some(hi)) => (lo, hi),
    };
    let dtype = result_type(&[a.clone(), low.clone(), high.clone()]);
    let shape = broadcast_shapes(&[a.shape(), low.shape(), high.shape()])?;
    let (lo, hi) = (bound_in(low, dtype), bound_in(high, dtype));
    let scalar_bounds = lo.size() == 1 && hi.size() == 1 && shape.iter().product::<usize>() > 1;
    with_dtype!(dtype, T => {
        let xs = operand_in(a, dtype).broadcast_to(&shape)?.to_vec::<T>();
        let out: Vec<T> = if scalar_bounds {
            let (l, h) = (lo.to_vec::<T>()[0], hi.to_vec::<T>()[0]);
            if l.is_nan() || h.is_nan() {
                vec![if l.is_nan() { l } else { h }; xs.len()]
            } else {
                xs.into_iter().map(|x| T::clamp_scalar(x, l, h)).collect()
            }
        } else {
            let ls = lo.broadcast_to(&shape)?.to_vec::<T>();
            let hs = hi.broadcast_to(&shape)?.to_vec::<T>();
            xs.into_iter()
                .zip(ls.into_iter().zip(hs))
                .map(|(x, (l, h))| T::nan_min(T::nan_max(x, l), h))
                .collect()
        };
        NdArray::from_vec(out, &shape)
    })
}

/// NumPy's `power_of_ten`: exact table up to 1e8, then repeated multiplication by 10.
fn power_of_ten(n: u64) -> f64 {
    const TABLE: [f64; 9] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
    if n < 9 {
        return TABLE[n as usize];
    }
    let mut value = 1e9;
    for _ in 9..n.min(400) {
        value *= 10.0;
    }
    value
}

/// `np.round(a, decimals)` / `np.around` / `a.round(decimals)`: integers are returned as they
/// are for `decimals >= 0` and rounded through float64 otherwise; floats are scaled by
/// `10**decimals`, rounded half to even and scaled back; complex parts are rounded separately.
pub fn round(a: &NdArray, decimals: i64) -> ArrayResult<UfuncResult> {
    let mut errors = FpErrors::default();
    if a.dtype.is_complex() {
        let real_dtype = a.dtype.real_dtype();
        let (re, im): (Vec<f64>, Vec<f64>) = with_dtype!(a.dtype, T => {
            let values = a.to_vec::<T>();
            let parts: Vec<Complex64> = values.into_iter().map(|v| v.cast::<Complex64>()).collect();
            (parts.iter().map(|c| c.re).collect(), parts.iter().map(|c| c.im).collect())
        });
        let re = round(
            &NdArray::from_vec(re, &a.shape)?.astype(real_dtype),
            decimals,
        )?;
        let im = round(
            &NdArray::from_vec(im, &a.shape)?.astype(real_dtype),
            decimals,
        )?;
        errors.merge(re.errors);
        errors.merge(im.errors);
        let joined: Vec<Complex64> = re
            .array
            .to_vec::<f64>()
            .into_iter()
            .zip(im.array.to_vec::<f64>())
            .map(|(r, i)| Complex64::new(r, i))
            .collect();
        let array = NdArray::from_vec(joined, &a.shape)?.astype(a.dtype);
        return Ok(UfuncResult { array, errors });
    }
    if a.dtype.is_integer() && decimals >= 0 {
        return Ok(UfuncResult {
            array: a.copy(),
            errors,
        });
    }
    if decimals == 0 || a.dtype == DType::Bool {
        if a.dtype == DType::Bool && decimals != 0 {
            return Err(ArrayError::type_error(
                "Cannot cast ufunc 'multiply' output from dtype('float64') to dtype('bool') with casting rule 'same_kind'",
            ));
        }
        return unary_op(UnaryOp::Rint, &Operand::Array(a.clone()));
    }
    let (scale_op, unscale_op) = if decimals >= 0 {
        (BinaryOp::Multiply, BinaryOp::Divide)
    } else {
        (BinaryOp::Divide, BinaryOp::Multiply)
    };
    let factor = Operand::PyFloat(power_of_ten(decimals.unsigned_abs()));
    let work_dtype = if a.dtype.is_integer() {
        DType::Float64
    } else {
        a.dtype
    };
    let scaled = binary_op(scale_op, &Operand::Array(a.clone()), &factor)?;
    errors.merge(scaled.errors);
    let rounded = unary_op(
        UnaryOp::Rint,
        &Operand::Array(scaled.array.astype(work_dtype)),
    )?;
    errors.merge(rounded.errors);
    let back = binary_op(unscale_op, &Operand::Array(rounded.array), &factor)?;
    errors.merge(back.errors);
    Ok(UfuncResult {
        array: back.array.astype(work_dtype).astype(a.dtype),
        errors,
    })
}

#[cfg(test)]
mod tests;
