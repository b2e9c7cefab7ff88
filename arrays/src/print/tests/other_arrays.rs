//! Complex, integer and bool array str/repr cases, line widths and 4-d layout.

use super::*;

#[test]
fn complex128_basic() {
    // python3: repr(a), str(a) for a = np.array([1+2j, 3.5-1e-5j])
    let elems = c128s(&[(1.0, 2.0), (3.5, -1e-05)]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[2], &elems, DType::Complex128, &opts),
        "array([1. +2.e+00j, 3.5-1.e-05j])"
    );
    assert_eq!(
        array_str(&[2], &elems, DType::Complex128, &opts),
        "[1. +2.e+00j 3.5-1.e-05j]"
    );
}

#[test]
fn complex128_nonfinite() {
    // python3: repr(a), str(a) for a = np.array([1+2j, complex(np.nan, 1), complex(1, -np.inf)])
    let elems = c128s(&[(1.0, 2.0), (f64::NAN, 1.0), (1.0, f64::NEG_INFINITY)]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[3], &elems, DType::Complex128, &opts),
        "array([ 1. +2.j, nan +1.j,  1.-infj])"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Complex128, &opts),
        "[ 1. +2.j nan +1.j  1.-infj]"
    );
}

#[test]
fn complex128_zero_d() {
    // python3: repr(a), str(a) for a = np.array(1+2j)
    let elems = c128s(&[(1.0, 2.0)]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[], &elems, DType::Complex128, &opts),
        "array(1.+2.j)"
    );
    assert_eq!(array_str(&[], &elems, DType::Complex128, &opts), "(1+2j)");
}

#[test]
fn complex64_values() {
    // python3: repr(a), str(a) for a = np.array([0.1+0.2j, -1j, 3], np.complex64)
    let elems = c64s(&[(0.1, 0.2), (-0.0, -1.0), (3.0, 0.0)]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[3], &elems, DType::Complex64, &opts),
        "array([ 0.1+0.2j, -0. -1.j ,  3. +0.j ], dtype=complex64)"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Complex64, &opts),
        "[ 0.1+0.2j -0. -1.j   3. +0.j ]"
    );
}

#[test]
fn complex64_2d() {
    // python3: repr(a), str(a) for a = np.array([[1+1j, 2], [3, 4-4j]], np.complex64)
    let elems = c64s(&[(1.0, 1.0), (2.0, 0.0), (3.0, 0.0), (4.0, -4.0)]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[2, 2], &elems, DType::Complex64, &opts),
        "array([[1.+1.j, 2.+0.j],\n       [3.+0.j, 4.-4.j]], dtype=complex64)"
    );
    assert_eq!(
        array_str(&[2, 2], &elems, DType::Complex64, &opts),
        "[[1.+1.j 2.+0.j]\n [3.+0.j 4.-4.j]]"
    );
}

#[test]
fn complex128_empty() {
    // python3: repr(a), str(a) for a = np.zeros((3, 0), complex)
    let elems = c128s(&[]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[3, 0], &elems, DType::Complex128, &opts),
        "array([], shape=(3, 0), dtype=complex128)"
    );
    assert_eq!(array_str(&[3, 0], &elems, DType::Complex128, &opts), "[]");
}

#[test]
fn int64_default_dtype_implied() {
    // python3: repr(a), str(a) for a = np.array([1, -22, 333])
    let elems = ints(DType::Int64, &[1, -22, 333]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[3], &elems, DType::Int64, &opts),
        "array([  1, -22, 333])"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Int64, &opts),
        "[  1 -22 333]"
    );
}

#[test]
fn int32_shows_dtype() {
    // python3: repr(a), str(a) for a = np.array([1, -22, 333], np.int32)
    let elems = ints(DType::Int32, &[1, -22, 333]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[3], &elems, DType::Int32, &opts),
        "array([  1, -22, 333], dtype=int32)"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Int32, &opts),
        "[  1 -22 333]"
    );
}

#[test]
fn int8_extremes() {
    // python3: repr(a), str(a) for a = np.array([-128, 0, 127], np.int8)
    let elems = ints(DType::Int8, &[-128, 0, 127]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[3], &elems, DType::Int8, &opts),
        "array([-128,    0,  127], dtype=int8)"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Int8, &opts),
        "[-128    0  127]"
    );
}

#[test]
fn uint64_max() {
    // python3: repr(a), str(a) for a = np.array([0, 18446744073709551615], np.uint64)
    let elems = ints(DType::UInt64, &[0, 18446744073709551615]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[2], &elems, DType::UInt64, &opts),
        "array([                   0, 18446744073709551615], dtype=uint64)"
    );
    assert_eq!(
        array_str(&[2], &elems, DType::UInt64, &opts),
        "[                   0 18446744073709551615]"
    );
}

#[test]
fn uint8_2d() {
    // python3: repr(a), str(a) for a = np.arange(12, dtype=np.uint8).reshape(3, 4)
    let elems = ints(DType::UInt8, &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    let opts = PrintOptions::default();
    assert_eq!(array_repr(&[3, 4], &elems, DType::UInt8, &opts), "array([[ 0,  1,  2,  3],\n       [ 4,  5,  6,  7],\n       [ 8,  9, 10, 11]], dtype=uint8)");
    assert_eq!(
        array_str(&[3, 4], &elems, DType::UInt8, &opts),
        "[[ 0  1  2  3]\n [ 4  5  6  7]\n [ 8  9 10 11]]"
    );
}

#[test]
fn int16_sign_plus() {
    // python3: repr(a), str(a) for a = np.array([-5, 0, 12], np.int16) under np.printoptions(sign='+')
    let elems = ints(DType::Int16, &[-5, 0, 12]);
    let opts = PrintOptions {
        sign: SignMode::Plus,
        ..PrintOptions::default()
    };
    assert_eq!(
        array_repr(&[3], &elems, DType::Int16, &opts),
        "array([ -5,  +0, +12], dtype=int16)"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Int16, &opts),
        "[ -5  +0 +12]"
    );
}

#[test]
fn int64_sign_space() {
    // python3: repr(a), str(a) for a = np.array([5, 0, 12]) under np.printoptions(sign=' ')
    let elems = ints(DType::Int64, &[5, 0, 12]);
    let opts = PrintOptions {
        sign: SignMode::Space,
        ..PrintOptions::default()
    };
    assert_eq!(
        array_repr(&[3], &elems, DType::Int64, &opts),
        "array([  5,   0,  12])"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Int64, &opts),
        "[  5   0  12]"
    );
}

#[test]
fn int64_wraps() {
    // python3: repr(a), str(a) for a = np.arange(40) * 12345
    let elems = ints(
        DType::Int64,
        &[
            0, 12345, 24690, 37035, 49380, 61725, 74070, 86415, 98760, 111105, 123450, 135795,
            148140, 160485, 172830, 185175, 197520, 209865, 222210, 234555, 246900, 259245, 271590,
            283935, 296280, 308625, 320970, 333315, 345660, 358005, 370350, 382695, 395040, 407385,
            419730, 432075, 444420, 456765, 469110, 481455,
        ],
    );
    let opts = PrintOptions::default();
    assert_eq!(array_repr(&[40], &elems, DType::Int64, &opts), "array([     0,  12345,  24690,  37035,  49380,  61725,  74070,  86415,\n        98760, 111105, 123450, 135795, 148140, 160485, 172830, 185175,\n       197520, 209865, 222210, 234555, 246900, 259245, 271590, 283935,\n       296280, 308625, 320970, 333315, 345660, 358005, 370350, 382695,\n       395040, 407385, 419730, 432075, 444420, 456765, 469110, 481455])");
    assert_eq!(array_str(&[40], &elems, DType::Int64, &opts), "[     0  12345  24690  37035  49380  61725  74070  86415  98760 111105\n 123450 135795 148140 160485 172830 185175 197520 209865 222210 234555\n 246900 259245 271590 283935 296280 308625 320970 333315 345660 358005\n 370350 382695 395040 407385 419730 432075 444420 456765 469110 481455]");
}

#[test]
fn int32_wrapped_dtype_on_new_line() {
    // python3: repr(a), str(a) for a = np.arange(20, dtype=np.int32) * 1000
    let elems = ints(
        DType::Int32,
        &[
            0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000, 11000, 12000, 13000,
            14000, 15000, 16000, 17000, 18000, 19000,
        ],
    );
    let opts = PrintOptions::default();
    assert_eq!(array_repr(&[20], &elems, DType::Int32, &opts), "array([    0,  1000,  2000,  3000,  4000,  5000,  6000,  7000,  8000,\n        9000, 10000, 11000, 12000, 13000, 14000, 15000, 16000, 17000,\n       18000, 19000], dtype=int32)");
    assert_eq!(array_str(&[20], &elems, DType::Int32, &opts), "[    0  1000  2000  3000  4000  5000  6000  7000  8000  9000 10000 11000\n 12000 13000 14000 15000 16000 17000 18000 19000]");
}

#[test]
fn int64_zero_d() {
    // python3: repr(a), str(a) for a = np.array(-7)
    let elems = ints(DType::Int64, &[-7]);
    let opts = PrintOptions::default();
    assert_eq!(array_repr(&[], &elems, DType::Int64, &opts), "array(-7)");
    assert_eq!(array_str(&[], &elems, DType::Int64, &opts), "-7");
}

#[test]
fn int32_zero_d() {
    // python3: repr(a), str(a) for a = np.array(3, np.int32)
    let elems = ints(DType::Int32, &[3]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[], &elems, DType::Int32, &opts),
        "array(3, dtype=int32)"
    );
    assert_eq!(array_str(&[], &elems, DType::Int32, &opts), "3");
}

#[test]
fn int32_empty() {
    // python3: repr(a), str(a) for a = np.zeros(0, np.int32)
    let elems = ints(DType::Int32, &[]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[0], &elems, DType::Int32, &opts),
        "array([], dtype=int32)"
    );
    assert_eq!(array_str(&[0], &elems, DType::Int32, &opts), "[]");
}

#[test]
fn uint16_empty_2d() {
    // python3: repr(a), str(a) for a = np.zeros((0, 2), np.uint16)
    let elems = ints(DType::UInt16, &[]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[0, 2], &elems, DType::UInt16, &opts),
        "array([], shape=(0, 2), dtype=uint16)"
    );
    assert_eq!(array_str(&[0, 2], &elems, DType::UInt16, &opts), "[]");
}

#[test]
fn bool_padding() {
    // python3: repr(a), str(a) for a = np.array([True, False, True])
    let elems = bools(&[true, false, true]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[3], &elems, DType::Bool, &opts),
        "array([ True, False,  True])"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Bool, &opts),
        "[ True False  True]"
    );
}

#[test]
fn bool_2d() {
    // python3: repr(a), str(a) for a = np.array([[True, False], [False, True]])
    let elems = bools(&[true, false, false, true]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[2, 2], &elems, DType::Bool, &opts),
        "array([[ True, False],\n       [False,  True]])"
    );
    assert_eq!(
        array_str(&[2, 2], &elems, DType::Bool, &opts),
        "[[ True False]\n [False  True]]"
    );
}

#[test]
fn bool_zero_d() {
    // python3: repr(a), str(a) for a = np.array(True)
    let elems = bools(&[true]);
    let opts = PrintOptions::default();
    assert_eq!(array_repr(&[], &elems, DType::Bool, &opts), "array(True)");
    assert_eq!(array_str(&[], &elems, DType::Bool, &opts), "True");
}

#[test]
fn bool_empty() {
    // python3: repr(a), str(a) for a = np.zeros(0, bool)
    let elems = bools(&[]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[0], &elems, DType::Bool, &opts),
        "array([], dtype=bool)"
    );
    assert_eq!(array_str(&[0], &elems, DType::Bool, &opts), "[]");
}

#[test]
fn linewidth_narrow() {
    // python3: repr(a), str(a) for a = np.arange(12.0) / 3 under np.printoptions(linewidth=30)
    let elems = f64s(&[
        0.0,
        0.3333333333333333,
        0.6666666666666666,
        1.0,
        1.3333333333333333,
        1.6666666666666667,
        2.0,
        2.3333333333333335,
        2.6666666666666665,
        3.0,
        3.3333333333333335,
        3.6666666666666665,
    ]);
    let opts = PrintOptions {
        linewidth: 30,
        ..PrintOptions::default()
    };
    assert_eq!(array_repr(&[12], &elems, DType::Float64, &opts), "array([0.        ,\n       0.33333333,\n       0.66666667,\n       1.        ,\n       1.33333333,\n       1.66666667,\n       2.        ,\n       2.33333333,\n       2.66666667,\n       3.        ,\n       3.33333333,\n       3.66666667])");
    assert_eq!(array_str(&[12], &elems, DType::Float64, &opts), "[0.         0.33333333\n 0.66666667 1.\n 1.33333333 1.66666667\n 2.         2.33333333\n 2.66666667 3.\n 3.33333333 3.66666667]");
}

#[test]
fn linewidth_tiny() {
    // python3: repr(a), str(a) for a = np.arange(5) * 100 under np.printoptions(linewidth=5)
    let elems = ints(DType::Int64, &[0, 100, 200, 300, 400]);
    let opts = PrintOptions {
        linewidth: 5,
        ..PrintOptions::default()
    };
    assert_eq!(
        array_repr(&[5], &elems, DType::Int64, &opts),
        "array([  0,\n       100,\n       200,\n       300,\n       400])"
    );
    assert_eq!(
        array_str(&[5], &elems, DType::Int64, &opts),
        "[  0\n 100\n 200\n 300\n 400]"
    );
}

#[test]
fn four_d() {
    // python3: repr(a), str(a) for a = np.arange(16).reshape(2, 2, 2, 2)
    let elems = ints(
        DType::Int64,
        &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    );
    let opts = PrintOptions::default();
    assert_eq!(array_repr(&[2, 2, 2, 2], &elems, DType::Int64, &opts), "array([[[[ 0,  1],\n         [ 2,  3]],\n\n        [[ 4,  5],\n         [ 6,  7]]],\n\n\n       [[[ 8,  9],\n         [10, 11]],\n\n        [[12, 13],\n         [14, 15]]]])");
    assert_eq!(array_str(&[2, 2, 2, 2], &elems, DType::Int64, &opts), "[[[[ 0  1]\n   [ 2  3]]\n\n  [[ 4  5]\n   [ 6  7]]]\n\n\n [[[ 8  9]\n   [10 11]]\n\n  [[12 13]\n   [14 15]]]]");
}
