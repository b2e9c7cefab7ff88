//! micronumpy core: buffers, dtypes, strided views, ufunc loops and reductions.
//! Holds no interpreter types: the Python face lives in `mnpy-stdlib`.
//!
//! # Map
//! - [`buffer`]: `Buffer`, shared 16-byte aligned bytes (`data_ptr()` for the JIT).
//! - [`array`]: `NdArray { buffer, dtype, shape, strides (bytes), offset }`; element access
//!   (`get`/`set` by multi-index, `get_flat`/`set_flat`, `offsets()` C-order iteration),
//!   `to_vec::<T>()`, `to_vec_scalars()`, `from_vec`, `from_scalars`, `from_scalar`,
//!   `is_c_contiguous`, `is_f_contiguous`, `copy`, `astype`, `fill`, `assign_array`.
//! - [`dtype`] / [`element`]: `DType`, `Scalar` (with `cast`), the `Element` trait and the
//!   `with_dtype!` macro; NumPy's x86 float -> int cast rules.
//! - [`shape`]: `reshape` (view when possible), `ravel`, `flatten`, `transpose`, `swapaxes`,
//!   `moveaxis`, `squeeze`, `expand_dims`, `broadcast_to`, `broadcast_shapes`.
//! - [`create`]: `zeros`, `ones`, `full`, `empty`, `arange`, `linspace`, `eye`, `identity`,
//!   `diag`, `diagonal`.
//! - [`promote`]: `promote_types`, `can_cast_safe`, `result_type` over `Operand`s (NEP 50 weak
//!   Python scalars), `check_weak_ints` (OverflowError for out-of-range Python ints).
//! - [`index`]: `get_index(&a, &[IndexItem]) -> Indexed` (view / scalar / copy) and
//!   `set_index(&a, &[IndexItem], &value)`; `nonzero`.
//! - [`ufunc`]: `binary_op(BinaryOp, &Operand, &Operand)` and `unary_op(UnaryOp, &Operand)`
//!   returning `UfuncResult { array, errors: FpErrors }`; `FpErrors::messages(name)` gives
//!   NumPy's RuntimeWarning texts. Ops and names live in [`ufunc_ops`], loops in [`loops`].
//! - [`reduce`]: `sum`, `prod`, `mean`, `var`, `std`, `min`, `max`, `argmin`, `argmax`, `all`,
//!   `any`, `count_nonzero`, `cumsum`, `cumprod` (NumPy's pairwise float sums, [`pairwise`]).
//! - [`error`]: `ArrayError { kind: ErrorKind, message }`, the error of every fallible call.
//! - [`sort`]: `sort`, `argsort`, `sort_in_place` with `SortKind` (NumPy's introsort order for
//!   `'quicksort'`, stable merge for `'stable'`), the `Sortable` order (NaN last).
//! - [`search`]: `searchsorted` (`Side`, sorter) and `unique` (`UniqueOptions` -> `Unique`).
//! - [`select`]: 3-argument `where_select`, `clip` (NEP 50 bounds), `round` (decimals).
//! - [`join`]: `concatenate`, `stack`, `vstack`, `hstack`, `dstack`, `column_stack`,
//!   `split`/`array_split` (`Sections`, views), `NdArray::slice_axis`, `at_least`.
//! - [`manip`]: `flip` (view), `roll`, `tile`, `repeat`, `diff`, `pad_constant`, `meshgrid`,
//!   `indices`.
//! - [`products`]: `matmul`, `dot`, `vdot`, `inner`, `outer`, `tensordot` (`TensorAxes`),
//!   `trace`, `cross`, `convolve` (`ConvolveMode`).
//! - [`stats`]: `median`, `quantile`, `percentile`, `average`, `ptp`; [`stats::histogram`]:
//!   `histogram`, `histogram_weighted` (`Bins`), `bincount`.
//! - [`compare`]: `isclose`, `allclose` (`Tolerance`), `array_equal`.
//! - [`lanes`]: gathering 1-D lanes along an axis and scattering them back.
//!
//! `print`, `npy` and `random` belong to other engineers.

pub mod array;
pub mod buffer;
pub mod compare;
pub mod create;
pub mod dtype;
pub mod element;
pub mod error;
pub mod index;
pub mod join;
pub mod lanes;
pub mod loops;
pub mod manip;
pub mod npy;
pub mod pairwise;
pub mod print;
pub mod products;
pub mod promote;
pub mod random;
pub mod reduce;
pub mod search;
pub mod select;
pub mod shape;
pub mod sort;
pub mod stats;
pub mod ufunc;
pub mod ufunc_ops;

pub use array::NdArray;
pub use buffer::Buffer;
pub use dtype::{DType, Scalar};
pub use error::{ArrayError, ArrayResult, ErrorKind};
pub use index::{get_index, set_index, IndexItem, Indexed};
pub use promote::Operand;
pub use ufunc::{
    binary_op, scalar_binary_op, scalar_unary_op, unary_op, BinaryOp, FpErrors, UfuncResult,
    UnaryOp,
};
