//! The Python face of micronumpy: `import numpy` / `import micronumpy` give this module.
//!
//! - `core`: the `ndarray` object (a `NativeObject` over `mnpy_arrays::NdArray`), NumPy scalar
//!   objects (`np.float64(1.5)`, ...), `dtype` objects, and the conversions every other part uses:
//!   [`core::to_ndarray`], [`core::array_value`], [`core::scalar_value`], [`core::to_operand`].
//! - `module`: [`module::make_module`] and the creation/shape functions (`array`, `zeros`,
//!   `arange`, `reshape`, `concatenate`, ...).
//! - `ufuncs`: ufunc objects (`np.add`, `np.sqrt`, ...) with `reduce`/`accumulate`/`outer`/`at`.
//! - `stats`: reductions, statistics, sorting and searching functions.
//! - `random`, `linalg`: the `np.random` and `np.linalg` submodules.
//! - `io`: `save`/`load`/`savetxt`/`loadtxt`.

pub mod core;
pub mod io;
pub mod linalg;
pub mod module;
pub mod random;
pub mod stats;
pub mod ufuncs;
