//! mnpy object model: values, heap objects, exceptions and formatting.

pub mod format;
