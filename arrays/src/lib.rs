//! micronumpy core: buffers, dtypes, strided views, ufunc loops and printing.
//! Holds no interpreter types: the Python face lives in `mnpy-stdlib`.

pub mod dtype;
pub mod npy;
pub mod print;
pub mod random;
