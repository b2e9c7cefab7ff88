//! mnpy builtins and modules: `math`, `sys`, `time`, `random`, `itertools`, `functools` and the
//! Python face of micronumpy.

pub mod pymath;
