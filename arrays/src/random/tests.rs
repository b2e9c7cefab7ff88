//! Unit tests of the random module against streams recorded from CPython 3.11 and NumPy 2.4.6
//! (run with `NPY_DISABLE_CPU_FEATURES="X86_V3 X86_V4 AVX512_ICL AVX512_SPR"`).
//!
//! Long streams are compared through [`float_stream_hash`] / [`int_stream_hash`], a 64-bit
//! FNV-style fold that the Python one-liners in the comments compute the same way:
//! `x = 0xcbf29ce484222325; for v: x = ((x ^ bits(v)) * 0x100000001b3) % 2**64`, where
//! `bits(v)` is the IEEE bit pattern of a float or the int modulo 2**64.

mod core_generators;
mod generator_stream;
mod legacy_stream;
mod python_stream;

/// The fold of the bit patterns of `values` (see the module doc).
fn float_stream_hash(values: impl IntoIterator<Item = f64>) -> u64 {
    values
        .into_iter()
        .fold(0xcbf2_9ce4_8422_2325, |hash: u64, value| {
            (hash ^ value.to_bits()).wrapping_mul(0x0100_0000_01b3)
        })
}

/// The fold of `values` taken modulo 2**64 (see the module doc).
fn int_stream_hash(values: impl IntoIterator<Item = i64>) -> u64 {
    values
        .into_iter()
        .fold(0xcbf2_9ce4_8422_2325, |hash: u64, value| {
            (hash ^ value as u64).wrapping_mul(0x0100_0000_01b3)
        })
}

/// Assert two float sequences are equal bit for bit.
fn assert_bits_eq(actual: &[f64], expected: &[f64]) {
    assert_eq!(actual.len(), expected.len());
    for (index, (a, e)) in actual.iter().zip(expected).enumerate() {
        assert_eq!(a.to_bits(), e.to_bits(), "entry {index}: {a:?} != {e:?}");
    }
}
