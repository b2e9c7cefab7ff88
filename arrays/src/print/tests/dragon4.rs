//! `format_float_positional` / `format_float_scientific` cases: rounding, trimming, padding.

use super::*;

#[test]
fn positional_defaults_and_trim() {
    // python3: np.format_float_positional(np.float64(0.1))
    assert_eq!(
        format_positional(
            FloatValue::F64(0.1),
            &Dragon4Options {
                ..Dragon4Options::default()
            }
        ),
        "0.1"
    );
    // python3: np.format_float_positional(np.float64(1.0))
    assert_eq!(
        format_positional(
            FloatValue::F64(1.0),
            &Dragon4Options {
                ..Dragon4Options::default()
            }
        ),
        "1."
    );
    // python3: np.format_float_positional(np.float64(1.0), trim='-')
    assert_eq!(
        format_positional(
            FloatValue::F64(1.0),
            &Dragon4Options {
                trim: TrimMode::DptZeros,
                ..Dragon4Options::default()
            }
        ),
        "1"
    );
    // python3: np.format_float_positional(np.float64(1.0), trim='0')
    assert_eq!(
        format_positional(
            FloatValue::F64(1.0),
            &Dragon4Options {
                trim: TrimMode::LeaveOneZero,
                ..Dragon4Options::default()
            }
        ),
        "1.0"
    );
    // python3: np.format_float_positional(np.float64(1e+20))
    assert_eq!(
        format_positional(
            FloatValue::F64(1e+20),
            &Dragon4Options {
                ..Dragon4Options::default()
            }
        ),
        "100000000000000000000."
    );
    // python3: np.format_float_positional(np.float64(5e-324))
    assert_eq!(format_positional(FloatValue::F64(5e-324), &Dragon4Options { ..Dragon4Options::default() }), "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005");
    // python3: np.format_float_positional(np.float32(0.1))
    assert_eq!(
        format_positional(
            FloatValue::F32(0.1),
            &Dragon4Options {
                ..Dragon4Options::default()
            }
        ),
        "0.1"
    );
    // python3: np.format_float_positional(np.float32(16777217.0))
    assert_eq!(
        format_positional(
            FloatValue::F32(1.6777216e+07),
            &Dragon4Options {
                ..Dragon4Options::default()
            }
        ),
        "16777216."
    );
    // python3: np.format_float_positional(np.float64(-0.0), sign=True)
    assert_eq!(
        format_positional(
            FloatValue::F64(-0.0),
            &Dragon4Options {
                sign: true,
                ..Dragon4Options::default()
            }
        ),
        "-0."
    );
}

#[test]
fn positional_precision_and_rounding() {
    // python3: np.format_float_positional(np.float64(0.125), precision=2)
    assert_eq!(
        format_positional(
            FloatValue::F64(0.125),
            &Dragon4Options {
                precision: Some(2),
                ..Dragon4Options::default()
            }
        ),
        "0.12"
    );
    // python3: np.format_float_positional(np.float64(0.375), precision=2)
    assert_eq!(
        format_positional(
            FloatValue::F64(0.375),
            &Dragon4Options {
                precision: Some(2),
                ..Dragon4Options::default()
            }
        ),
        "0.38"
    );
    // python3: np.format_float_positional(np.float64(0.1), precision=30, unique=False)
    assert_eq!(
        format_positional(
            FloatValue::F64(0.1),
            &Dragon4Options {
                precision: Some(30),
                unique: false,
                ..Dragon4Options::default()
            }
        ),
        "0.100000000000000005551115123126"
    );
    // python3: np.format_float_positional(np.float32(0.1), precision=20, unique=False)
    assert_eq!(
        format_positional(
            FloatValue::F32(0.1),
            &Dragon4Options {
                precision: Some(20),
                unique: false,
                ..Dragon4Options::default()
            }
        ),
        "0.10000000149011611938"
    );
    // python3: np.format_float_positional(np.float64(123.456), precision=2, fractional=False)
    assert_eq!(
        format_positional(
            FloatValue::F64(123.456),
            &Dragon4Options {
                precision: Some(2),
                fractional: false,
                ..Dragon4Options::default()
            }
        ),
        "120."
    );
    // python3: np.format_float_positional(np.float64(9.9999), precision=2)
    assert_eq!(
        format_positional(
            FloatValue::F64(9.9999),
            &Dragon4Options {
                precision: Some(2),
                ..Dragon4Options::default()
            }
        ),
        "10."
    );
    // python3: np.format_float_positional(np.float64(1e-10), precision=8)
    assert_eq!(
        format_positional(
            FloatValue::F64(1e-10),
            &Dragon4Options {
                precision: Some(8),
                ..Dragon4Options::default()
            }
        ),
        "0.00000000"
    );
    // python3: np.format_float_positional(np.float64(2.5), precision=0, unique=False)
    assert_eq!(
        format_positional(
            FloatValue::F64(2.5),
            &Dragon4Options {
                precision: Some(0),
                unique: false,
                ..Dragon4Options::default()
            }
        ),
        "2."
    );
    // python3: np.format_float_positional(np.float64(0.5), precision=5, min_digits=3)
    assert_eq!(
        format_positional(
            FloatValue::F64(0.5),
            &Dragon4Options {
                precision: Some(5),
                min_digits: Some(3),
                ..Dragon4Options::default()
            }
        ),
        "0.500"
    );
    // python3: np.format_float_positional(np.float64(0.3333333333333333), precision=10, min_digits=10)
    assert_eq!(
        format_positional(
            FloatValue::F64(0.3333333333333333),
            &Dragon4Options {
                precision: Some(10),
                min_digits: Some(10),
                ..Dragon4Options::default()
            }
        ),
        "0.3333333333"
    );
}

#[test]
fn positional_padding() {
    // python3: np.format_float_positional(np.float64(1.5), pad_left=5, pad_right=4)
    assert_eq!(
        format_positional(
            FloatValue::F64(1.5),
            &Dragon4Options {
                pad_left: Some(5),
                pad_right: Some(4),
                ..Dragon4Options::default()
            }
        ),
        "    1.5   "
    );
    // python3: np.format_float_positional(np.float64(-1.5), pad_left=5)
    assert_eq!(
        format_positional(
            FloatValue::F64(-1.5),
            &Dragon4Options {
                pad_left: Some(5),
                ..Dragon4Options::default()
            }
        ),
        "   -1.5"
    );
    // python3: np.format_float_positional(np.float64(3.0), trim='-', pad_right=3)
    assert_eq!(
        format_positional(
            FloatValue::F64(3.0),
            &Dragon4Options {
                trim: TrimMode::DptZeros,
                pad_right: Some(3),
                ..Dragon4Options::default()
            }
        ),
        "3    "
    );
    // python3: np.format_float_positional(np.float64(123.25), pad_left=1, pad_right=0)
    assert_eq!(
        format_positional(
            FloatValue::F64(123.25),
            &Dragon4Options {
                pad_left: Some(1),
                pad_right: Some(0),
                ..Dragon4Options::default()
            }
        ),
        "123.25"
    );
}

#[test]
fn scientific_cases() {
    // python3: np.format_float_scientific(np.float64(1.0))
    assert_eq!(
        format_scientific(
            FloatValue::F64(1.0),
            &Dragon4Options {
                ..Dragon4Options::default()
            }
        ),
        "1.e+00"
    );
    // python3: np.format_float_scientific(np.float32(1.2345678))
    assert_eq!(
        format_scientific(
            FloatValue::F32(1.2345678),
            &Dragon4Options {
                ..Dragon4Options::default()
            }
        ),
        "1.2345678e+00"
    );
    // python3: np.format_float_scientific(np.float32(1.23e+24), unique=False, precision=15)
    assert_eq!(
        format_scientific(
            FloatValue::F32(1.23e+24),
            &Dragon4Options {
                unique: false,
                precision: Some(15),
                ..Dragon4Options::default()
            }
        ),
        "1.230000071797338e+24"
    );
    // python3: np.format_float_scientific(np.float32(1.23e+24), exp_digits=4)
    assert_eq!(
        format_scientific(
            FloatValue::F32(1.23e+24),
            &Dragon4Options {
                exp_digits: Some(4),
                ..Dragon4Options::default()
            }
        ),
        "1.23e+0024"
    );
    // python3: np.format_float_scientific(np.float64(1e-300), precision=3)
    assert_eq!(
        format_scientific(
            FloatValue::F64(1e-300),
            &Dragon4Options {
                precision: Some(3),
                ..Dragon4Options::default()
            }
        ),
        "1.e-300"
    );
    // python3: np.format_float_scientific(np.float64(9.9999e+99), precision=2)
    assert_eq!(
        format_scientific(
            FloatValue::F64(9.9999e+99),
            &Dragon4Options {
                precision: Some(2),
                ..Dragon4Options::default()
            }
        ),
        "1.e+100"
    );
    // python3: np.format_float_scientific(np.float64(1.5), trim='-')
    assert_eq!(
        format_scientific(
            FloatValue::F64(1.5),
            &Dragon4Options {
                trim: TrimMode::DptZeros,
                ..Dragon4Options::default()
            }
        ),
        "1.5e+00"
    );
    // python3: np.format_float_scientific(np.float64(1.5), trim='0', precision=0)
    assert_eq!(
        format_scientific(
            FloatValue::F64(1.5),
            &Dragon4Options {
                trim: TrimMode::LeaveOneZero,
                precision: Some(0),
                ..Dragon4Options::default()
            }
        ),
        "2.0e+00"
    );
    // python3: np.format_float_scientific(np.float64(2.0), min_digits=4, precision=6)
    assert_eq!(
        format_scientific(
            FloatValue::F64(2.0),
            &Dragon4Options {
                min_digits: Some(4),
                precision: Some(6),
                ..Dragon4Options::default()
            }
        ),
        "2.0000e+00"
    );
    // python3: np.format_float_scientific(np.float64(12.5), pad_left=4, sign=True)
    assert_eq!(
        format_scientific(
            FloatValue::F64(12.5),
            &Dragon4Options {
                pad_left: Some(4),
                sign: true,
                ..Dragon4Options::default()
            }
        ),
        "  +1.25e+01"
    );
    // python3: np.format_float_scientific(np.float64(0.0))
    assert_eq!(
        format_scientific(
            FloatValue::F64(0.0),
            &Dragon4Options {
                ..Dragon4Options::default()
            }
        ),
        "0.e+00"
    );
    // python3: np.format_float_scientific(np.float64(1e+100), exp_digits=1)
    assert_eq!(
        format_scientific(
            FloatValue::F64(1e+100),
            &Dragon4Options {
                exp_digits: Some(1),
                ..Dragon4Options::default()
            }
        ),
        "1.e+100"
    );
}
