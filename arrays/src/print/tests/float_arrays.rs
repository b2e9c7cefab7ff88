//! Float array str/repr cases: float64 and float32, 0-d, empty, n-d, wrapping, options.

use super::*;

#[test]
fn float64_mixed_magnitudes() {
    // python3: repr(a), str(a) for a = np.array([1.0, 2.5, -0.125, 1000.0])
    let elems = f64s(&[1.0, 2.5, -0.125, 1000.0]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[4], &elems, DType::Float64, &opts),
        "array([ 1.00e+00,  2.50e+00, -1.25e-01,  1.00e+03])"
    );
    assert_eq!(
        array_str(&[4], &elems, DType::Float64, &opts),
        "[ 1.00e+00  2.50e+00 -1.25e-01  1.00e+03]"
    );
}

#[test]
fn float64_integers_print_with_point() {
    // python3: repr(a), str(a) for a = np.array([1.0, 2.0, 30.0])
    let elems = f64s(&[1.0, 2.0, 30.0]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[3], &elems, DType::Float64, &opts),
        "array([ 1.,  2., 30.])"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Float64, &opts),
        "[ 1.  2. 30.]"
    );
}

#[test]
fn float64_rounds_to_precision() {
    // python3: repr(a), str(a) for a = np.array([1/3, 2/3, 0.1])
    let elems = f64s(&[0.3333333333333333, 0.6666666666666666, 0.1]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[3], &elems, DType::Float64, &opts),
        "array([0.33333333, 0.66666667, 0.1       ])"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Float64, &opts),
        "[0.33333333 0.66666667 0.1       ]"
    );
}

#[test]
fn float64_switches_to_scientific_for_small() {
    // python3: repr(a), str(a) for a = np.array([1e-5, 1.0])
    let elems = f64s(&[1e-05, 1.0]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[2], &elems, DType::Float64, &opts),
        "array([1.e-05, 1.e+00])"
    );
    assert_eq!(
        array_str(&[2], &elems, DType::Float64, &opts),
        "[1.e-05 1.e+00]"
    );
}

#[test]
fn float64_scientific_for_large() {
    // python3: repr(a), str(a) for a = np.array([1e8, 1.0])
    let elems = f64s(&[100000000.0, 1.0]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[2], &elems, DType::Float64, &opts),
        "array([1.e+08, 1.e+00])"
    );
    assert_eq!(
        array_str(&[2], &elems, DType::Float64, &opts),
        "[1.e+08 1.e+00]"
    );
}

#[test]
fn float64_scientific_for_wide_ratio() {
    // python3: repr(a), str(a) for a = np.array([0.001, 1.5, 2000.0])
    let elems = f64s(&[0.001, 1.5, 2000.0]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[3], &elems, DType::Float64, &opts),
        "array([1.0e-03, 1.5e+00, 2.0e+03])"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Float64, &opts),
        "[1.0e-03 1.5e+00 2.0e+03]"
    );
}

#[test]
fn float64_negative_zero() {
    // python3: repr(a), str(a) for a = np.array([0.0, -0.0, 1.5])
    let elems = f64s(&[0.0, -0.0, 1.5]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[3], &elems, DType::Float64, &opts),
        "array([ 0. , -0. ,  1.5])"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Float64, &opts),
        "[ 0.  -0.   1.5]"
    );
}

#[test]
fn float64_nan_inf_padding() {
    // python3: repr(a), str(a) for a = np.array([np.nan, 1.5, -np.inf])
    let elems = f64s(&[f64::NAN, 1.5, f64::NEG_INFINITY]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[3], &elems, DType::Float64, &opts),
        "array([ nan,  1.5, -inf])"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Float64, &opts),
        "[ nan  1.5 -inf]"
    );
}

#[test]
fn float64_only_nonfinite() {
    // python3: repr(a), str(a) for a = np.array([np.nan, np.inf, -np.inf])
    let elems = f64s(&[f64::NAN, f64::INFINITY, f64::NEG_INFINITY]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[3], &elems, DType::Float64, &opts),
        "array([ nan,  inf, -inf])"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Float64, &opts),
        "[ nan  inf -inf]"
    );
}

#[test]
fn float64_nan_in_scientific() {
    // python3: repr(a), str(a) for a = np.array([np.nan, 1e10, 1.0])
    let elems = f64s(&[f64::NAN, 10000000000.0, 1.0]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[3], &elems, DType::Float64, &opts),
        "array([   nan, 1.e+10, 1.e+00])"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Float64, &opts),
        "[   nan 1.e+10 1.e+00]"
    );
}

#[test]
fn float64_tie_rounds_to_even_digit() {
    // python3: repr(a), str(a) for a = np.array([0.125, 0.375, 2.5]) under np.printoptions(precision=2)
    let elems = f64s(&[0.125, 0.375, 2.5]);
    let opts = PrintOptions {
        precision: 2,
        ..PrintOptions::default()
    };
    assert_eq!(
        array_repr(&[3], &elems, DType::Float64, &opts),
        "array([0.12, 0.38, 2.5 ])"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Float64, &opts),
        "[0.12 0.38 2.5 ]"
    );
}

#[test]
fn float64_carry_into_next_digit() {
    // python3: repr(a), str(a) for a = np.array([9.999999999, 0.99999999995])
    let elems = f64s(&[9.999999999, 0.99999999995]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[2], &elems, DType::Float64, &opts),
        "array([10.,  1.])"
    );
    assert_eq!(array_str(&[2], &elems, DType::Float64, &opts), "[10.  1.]");
}

#[test]
fn float64_extremes() {
    // python3: repr(a), str(a) for a = np.array([5e-324, 1.7976931348623157e308, -1.0])
    let elems = f64s(&[5e-324, 1.7976931348623157e+308, -1.0]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[3], &elems, DType::Float64, &opts),
        "array([ 4.94065646e-324,  1.79769313e+308, -1.00000000e+000])"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Float64, &opts),
        "[ 4.94065646e-324  1.79769313e+308 -1.00000000e+000]"
    );
}

#[test]
fn float64_suppress_small() {
    // python3: repr(a), str(a) for a = np.array([1e-10, 1.0, 2.5]) under np.printoptions(suppress=True)
    let elems = f64s(&[1e-10, 1.0, 2.5]);
    let opts = PrintOptions {
        suppress: true,
        ..PrintOptions::default()
    };
    assert_eq!(
        array_repr(&[3], &elems, DType::Float64, &opts),
        "array([0. , 1. , 2.5])"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Float64, &opts),
        "[0.  1.  2.5]"
    );
}

#[test]
fn float64_suppress_large_still_scientific() {
    // python3: repr(a), str(a) for a = np.array([1e-10, 1e9]) under np.printoptions(suppress=True)
    let elems = f64s(&[1e-10, 1000000000.0]);
    let opts = PrintOptions {
        suppress: true,
        ..PrintOptions::default()
    };
    assert_eq!(
        array_repr(&[2], &elems, DType::Float64, &opts),
        "array([1.e-10, 1.e+09])"
    );
    assert_eq!(
        array_str(&[2], &elems, DType::Float64, &opts),
        "[1.e-10 1.e+09]"
    );
}

#[test]
fn float64_precision_3() {
    // python3: repr(a), str(a) for a = np.array([3.25159265, -2.51828182, 100.0]) under np.printoptions(precision=3)
    let elems = f64s(&[3.25159265, -2.51828182, 100.0]);
    let opts = PrintOptions {
        precision: 3,
        ..PrintOptions::default()
    };
    assert_eq!(
        array_repr(&[3], &elems, DType::Float64, &opts),
        "array([  3.252,  -2.518, 100.   ])"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Float64, &opts),
        "[  3.252  -2.518 100.   ]"
    );
}

#[test]
fn float64_precision_0() {
    // python3: repr(a), str(a) for a = np.array([0.5, 1.5, 2.5, 3.7]) under np.printoptions(precision=0)
    let elems = f64s(&[0.5, 1.5, 2.5, 3.7]);
    let opts = PrintOptions {
        precision: 0,
        ..PrintOptions::default()
    };
    assert_eq!(
        array_repr(&[4], &elems, DType::Float64, &opts),
        "array([0., 2., 2., 4.])"
    );
    assert_eq!(
        array_str(&[4], &elems, DType::Float64, &opts),
        "[0. 2. 2. 4.]"
    );
}

#[test]
fn float64_floatmode_fixed() {
    // python3: repr(a), str(a) for a = np.array([1.0, 0.5, 1/3]) under np.printoptions(floatmode='fixed', precision=4)
    let elems = f64s(&[1.0, 0.5, 0.3333333333333333]);
    let opts = PrintOptions {
        floatmode: FloatMode::Fixed,
        precision: 4,
        ..PrintOptions::default()
    };
    assert_eq!(
        array_repr(&[3], &elems, DType::Float64, &opts),
        "array([1.0000, 0.5000, 0.3333])"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Float64, &opts),
        "[1.0000 0.5000 0.3333]"
    );
}

#[test]
fn float64_floatmode_unique() {
    // python3: repr(a), str(a) for a = np.array([0.1, 1/3, 2.0]) under np.printoptions(floatmode='unique')
    let elems = f64s(&[0.1, 0.3333333333333333, 2.0]);
    let opts = PrintOptions {
        floatmode: FloatMode::Unique,
        ..PrintOptions::default()
    };
    assert_eq!(
        array_repr(&[3], &elems, DType::Float64, &opts),
        "array([0.1               , 0.3333333333333333, 2.                ])"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Float64, &opts),
        "[0.1                0.3333333333333333 2.                ]"
    );
}

#[test]
fn float64_floatmode_maxprec_equal() {
    // python3: repr(a), str(a) for a = np.array([0.5, 0.25, 2.0]) under np.printoptions(floatmode='maxprec_equal')
    let elems = f64s(&[0.5, 0.25, 2.0]);
    let opts = PrintOptions {
        floatmode: FloatMode::MaxPrecEqual,
        ..PrintOptions::default()
    };
    assert_eq!(
        array_repr(&[3], &elems, DType::Float64, &opts),
        "array([0.50, 0.25, 2.00])"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Float64, &opts),
        "[0.50 0.25 2.00]"
    );
}

#[test]
fn float64_sign_plus() {
    // python3: repr(a), str(a) for a = np.array([1.5, -2.0, 0.0]) under np.printoptions(sign='+')
    let elems = f64s(&[1.5, -2.0, 0.0]);
    let opts = PrintOptions {
        sign: SignMode::Plus,
        ..PrintOptions::default()
    };
    assert_eq!(
        array_repr(&[3], &elems, DType::Float64, &opts),
        "array([+1.5, -2. , +0. ])"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Float64, &opts),
        "[+1.5 -2.  +0. ]"
    );
}

#[test]
fn float64_sign_space() {
    // python3: repr(a), str(a) for a = np.array([1.5, 2.0, np.inf]) under np.printoptions(sign=' ')
    let elems = f64s(&[1.5, 2.0, f64::INFINITY]);
    let opts = PrintOptions {
        sign: SignMode::Space,
        ..PrintOptions::default()
    };
    assert_eq!(
        array_repr(&[3], &elems, DType::Float64, &opts),
        "array([ 1.5,  2. ,  inf])"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Float64, &opts),
        "[ 1.5  2.   inf]"
    );
}

#[test]
fn float64_wraps_at_line_width() {
    // python3: repr(a), str(a) for a = np.arange(30.0) * 1.37
    let elems = f64s(&[
        0.0,
        1.37,
        2.74,
        4.11,
        5.48,
        6.8500000000000005,
        8.22,
        9.59,
        10.96,
        12.330000000000002,
        13.700000000000001,
        15.07,
        16.44,
        17.810000000000002,
        19.18,
        20.55,
        21.92,
        23.290000000000003,
        24.660000000000004,
        26.03,
        27.400000000000002,
        28.770000000000003,
        30.14,
        31.51,
        32.88,
        34.25,
        35.620000000000005,
        36.99,
        38.36,
        39.730000000000004,
    ]);
    let opts = PrintOptions::default();
    assert_eq!(array_repr(&[30], &elems, DType::Float64, &opts), "array([ 0.  ,  1.37,  2.74,  4.11,  5.48,  6.85,  8.22,  9.59, 10.96,\n       12.33, 13.7 , 15.07, 16.44, 17.81, 19.18, 20.55, 21.92, 23.29,\n       24.66, 26.03, 27.4 , 28.77, 30.14, 31.51, 32.88, 34.25, 35.62,\n       36.99, 38.36, 39.73])");
    assert_eq!(array_str(&[30], &elems, DType::Float64, &opts), "[ 0.    1.37  2.74  4.11  5.48  6.85  8.22  9.59 10.96 12.33 13.7  15.07\n 16.44 17.81 19.18 20.55 21.92 23.29 24.66 26.03 27.4  28.77 30.14 31.51\n 32.88 34.25 35.62 36.99 38.36 39.73]");
}

#[test]
fn float64_two_d() {
    // python3: repr(a), str(a) for a = np.array([[1.5, -2.0], [300.25, 4.0]])
    let elems = f64s(&[1.5, -2.0, 300.25, 4.0]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[2, 2], &elems, DType::Float64, &opts),
        "array([[  1.5 ,  -2.  ],\n       [300.25,   4.  ]])"
    );
    assert_eq!(
        array_str(&[2, 2], &elems, DType::Float64, &opts),
        "[[  1.5   -2.  ]\n [300.25   4.  ]]"
    );
}

#[test]
fn float64_three_d_blank_lines() {
    // python3: repr(a), str(a) for a = np.arange(12.0).reshape(2, 3, 2) / 4
    let elems = f64s(&[
        0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5, 2.75,
    ]);
    let opts = PrintOptions::default();
    assert_eq!(array_repr(&[2, 3, 2], &elems, DType::Float64, &opts), "array([[[0.  , 0.25],\n        [0.5 , 0.75],\n        [1.  , 1.25]],\n\n       [[1.5 , 1.75],\n        [2.  , 2.25],\n        [2.5 , 2.75]]])");
    assert_eq!(array_str(&[2, 3, 2], &elems, DType::Float64, &opts), "[[[0.   0.25]\n  [0.5  0.75]\n  [1.   1.25]]\n\n [[1.5  1.75]\n  [2.   2.25]\n  [2.5  2.75]]]");
}

#[test]
fn float64_two_d_wrapping_rows() {
    // python3: repr(a), str(a) for a = np.linspace(-1, 1, 40).reshape(2, 20)
    let elems = f64s(&[
        -1.0,
        -0.9487179487179487,
        -0.8974358974358975,
        -0.8461538461538461,
        -0.7948717948717949,
        -0.7435897435897436,
        -0.6923076923076923,
        -0.641025641025641,
        -0.5897435897435898,
        -0.5384615384615385,
        -0.4871794871794872,
        -0.4358974358974359,
        -0.3846153846153846,
        -0.33333333333333337,
        -0.28205128205128205,
        -0.23076923076923084,
        -0.17948717948717952,
        -0.1282051282051282,
        -0.07692307692307698,
        -0.02564102564102566,
        0.02564102564102555,
        0.07692307692307687,
        0.1282051282051282,
        0.17948717948717952,
        0.23076923076923084,
        0.28205128205128194,
        0.33333333333333326,
        0.3846153846153846,
        0.4358974358974359,
        0.4871794871794872,
        0.5384615384615383,
        0.5897435897435896,
        0.641025641025641,
        0.6923076923076923,
        0.7435897435897436,
        0.7948717948717947,
        0.846153846153846,
        0.8974358974358974,
        0.9487179487179487,
        1.0,
    ]);
    let opts = PrintOptions::default();
    assert_eq!(array_repr(&[2, 20], &elems, DType::Float64, &opts), "array([[-1.        , -0.94871795, -0.8974359 , -0.84615385, -0.79487179,\n        -0.74358974, -0.69230769, -0.64102564, -0.58974359, -0.53846154,\n        -0.48717949, -0.43589744, -0.38461538, -0.33333333, -0.28205128,\n        -0.23076923, -0.17948718, -0.12820513, -0.07692308, -0.02564103],\n       [ 0.02564103,  0.07692308,  0.12820513,  0.17948718,  0.23076923,\n         0.28205128,  0.33333333,  0.38461538,  0.43589744,  0.48717949,\n         0.53846154,  0.58974359,  0.64102564,  0.69230769,  0.74358974,\n         0.79487179,  0.84615385,  0.8974359 ,  0.94871795,  1.        ]])");
    assert_eq!(array_str(&[2, 20], &elems, DType::Float64, &opts), "[[-1.         -0.94871795 -0.8974359  -0.84615385 -0.79487179 -0.74358974\n  -0.69230769 -0.64102564 -0.58974359 -0.53846154 -0.48717949 -0.43589744\n  -0.38461538 -0.33333333 -0.28205128 -0.23076923 -0.17948718 -0.12820513\n  -0.07692308 -0.02564103]\n [ 0.02564103  0.07692308  0.12820513  0.17948718  0.23076923  0.28205128\n   0.33333333  0.38461538  0.43589744  0.48717949  0.53846154  0.58974359\n   0.64102564  0.69230769  0.74358974  0.79487179  0.84615385  0.8974359\n   0.94871795  1.        ]]");
}

#[test]
fn float64_zero_d() {
    // python3: repr(a), str(a) for a = np.array(1.5)
    let elems = f64s(&[1.5]);
    let opts = PrintOptions::default();
    assert_eq!(array_repr(&[], &elems, DType::Float64, &opts), "array(1.5)");
    assert_eq!(array_str(&[], &elems, DType::Float64, &opts), "1.5");
}

#[test]
fn float64_zero_d_full_precision_str() {
    // python3: repr(a), str(a) for a = np.array(1/3)
    let elems = f64s(&[0.3333333333333333]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[], &elems, DType::Float64, &opts),
        "array(0.33333333)"
    );
    assert_eq!(
        array_str(&[], &elems, DType::Float64, &opts),
        "0.3333333333333333"
    );
}

#[test]
fn float64_empty() {
    // python3: repr(a), str(a) for a = np.zeros(0)
    let elems = f64s(&[]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[0], &elems, DType::Float64, &opts),
        "array([], dtype=float64)"
    );
    assert_eq!(array_str(&[0], &elems, DType::Float64, &opts), "[]");
}

#[test]
fn float64_empty_2d() {
    // python3: repr(a), str(a) for a = np.zeros((0, 3))
    let elems = f64s(&[]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[0, 3], &elems, DType::Float64, &opts),
        "array([], shape=(0, 3), dtype=float64)"
    );
    assert_eq!(array_str(&[0, 3], &elems, DType::Float64, &opts), "[]");
}

#[test]
fn float64_empty_3d() {
    // python3: repr(a), str(a) for a = np.zeros((2, 0, 4))
    let elems = f64s(&[]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[2, 0, 4], &elems, DType::Float64, &opts),
        "array([], shape=(2, 0, 4), dtype=float64)"
    );
    assert_eq!(array_str(&[2, 0, 4], &elems, DType::Float64, &opts), "[]");
}

#[test]
fn float32_shortest_digits() {
    // python3: repr(a), str(a) for a = np.array([0.1, 0.2, 1/3], np.float32)
    let elems = f32s(&[0.1, 0.2, 0.33333334]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[3], &elems, DType::Float32, &opts),
        "array([0.1       , 0.2       , 0.33333334], dtype=float32)"
    );
    assert_eq!(
        array_str(&[3], &elems, DType::Float32, &opts),
        "[0.1        0.2        0.33333334]"
    );
}

#[test]
fn float32_small_threshold_in_single() {
    // python3: repr(a), str(a) for a = np.array([1e-4, 1e-3], np.float32)
    let elems = f32s(&[1e-04, 0.001]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[2], &elems, DType::Float32, &opts),
        "array([0.0001, 0.001 ], dtype=float32)"
    );
    assert_eq!(
        array_str(&[2], &elems, DType::Float32, &opts),
        "[0.0001 0.001 ]"
    );
}

#[test]
fn float32_scientific_from_1e6() {
    // python3: repr(a), str(a) for a = np.array([1e5, 1e6], np.float32)
    let elems = f32s(&[100000.0, 1e+06]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[2], &elems, DType::Float32, &opts),
        "array([1.e+05, 1.e+06], dtype=float32)"
    );
    assert_eq!(
        array_str(&[2], &elems, DType::Float32, &opts),
        "[1.e+05 1.e+06]"
    );
}

#[test]
fn float32_below_1e6_positional() {
    // python3: repr(a), str(a) for a = np.array([1e5, 999936.0], np.float32)
    let elems = f32s(&[100000.0, 999936.0]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[2], &elems, DType::Float32, &opts),
        "array([100000., 999936.], dtype=float32)"
    );
    assert_eq!(
        array_str(&[2], &elems, DType::Float32, &opts),
        "[100000. 999936.]"
    );
}

#[test]
fn float32_zero_d() {
    // python3: repr(a), str(a) for a = np.array(0.1, np.float32)
    let elems = f32s(&[0.1]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[], &elems, DType::Float32, &opts),
        "array(0.1, dtype=float32)"
    );
    assert_eq!(array_str(&[], &elems, DType::Float32, &opts), "0.1");
}

#[test]
fn float32_empty() {
    // python3: repr(a), str(a) for a = np.zeros((0,), np.float32)
    let elems = f32s(&[]);
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[0], &elems, DType::Float32, &opts),
        "array([], dtype=float32)"
    );
    assert_eq!(array_str(&[0], &elems, DType::Float32, &opts), "[]");
}
