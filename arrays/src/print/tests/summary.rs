//! Summarised arrays (more elements than `threshold`): `...`, edge items, `shape=`.

use super::*;

#[test]
fn summarised_int64_1d() {
    // python3: repr(a), str(a) for a = np.arange(3000)
    let elems = ints(DType::Int64, &(0..3000).collect::<Vec<i128>>());
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[3000], &elems, DType::Int64, &opts),
        "array([   0,    1,    2, ..., 2997, 2998, 2999], shape=(3000,))"
    );
    assert_eq!(
        array_str(&[3000], &elems, DType::Int64, &opts),
        "[   0    1    2 ... 2997 2998 2999]"
    );
}

#[test]
fn summarised_float64_1d() {
    // python3: repr(a), str(a) for a = np.arange(3000.0) / 7
    let elems = f64s(&(0..3000).map(|i| f64::from(i) / 7.0).collect::<Vec<f64>>());
    let opts = PrintOptions::default();
    assert_eq!(array_repr(&[3000], &elems, DType::Float64, &opts), "array([0.00000000e+00, 1.42857143e-01, 2.85714286e-01, ...,\n       4.28142857e+02, 4.28285714e+02, 4.28428571e+02], shape=(3000,))");
    assert_eq!(array_str(&[3000], &elems, DType::Float64, &opts), "[0.00000000e+00 1.42857143e-01 2.85714286e-01 ... 4.28142857e+02\n 4.28285714e+02 4.28428571e+02]");
}

#[test]
fn summarised_float64_2d() {
    // python3: repr(a), str(a) for a = np.arange(1600.0).reshape(40, 40)
    let elems = f64s(&(0..1600).map(f64::from).collect::<Vec<f64>>());
    let opts = PrintOptions::default();
    assert_eq!(array_repr(&[40, 40], &elems, DType::Float64, &opts), "array([[0.000e+00, 1.000e+00, 2.000e+00, ..., 3.700e+01, 3.800e+01,\n        3.900e+01],\n       [4.000e+01, 4.100e+01, 4.200e+01, ..., 7.700e+01, 7.800e+01,\n        7.900e+01],\n       [8.000e+01, 8.100e+01, 8.200e+01, ..., 1.170e+02, 1.180e+02,\n        1.190e+02],\n       ...,\n       [1.480e+03, 1.481e+03, 1.482e+03, ..., 1.517e+03, 1.518e+03,\n        1.519e+03],\n       [1.520e+03, 1.521e+03, 1.522e+03, ..., 1.557e+03, 1.558e+03,\n        1.559e+03],\n       [1.560e+03, 1.561e+03, 1.562e+03, ..., 1.597e+03, 1.598e+03,\n        1.599e+03]], shape=(40, 40))");
    assert_eq!(array_str(&[40, 40], &elems, DType::Float64, &opts), "[[0.000e+00 1.000e+00 2.000e+00 ... 3.700e+01 3.800e+01 3.900e+01]\n [4.000e+01 4.100e+01 4.200e+01 ... 7.700e+01 7.800e+01 7.900e+01]\n [8.000e+01 8.100e+01 8.200e+01 ... 1.170e+02 1.180e+02 1.190e+02]\n ...\n [1.480e+03 1.481e+03 1.482e+03 ... 1.517e+03 1.518e+03 1.519e+03]\n [1.520e+03 1.521e+03 1.522e+03 ... 1.557e+03 1.558e+03 1.559e+03]\n [1.560e+03 1.561e+03 1.562e+03 ... 1.597e+03 1.598e+03 1.599e+03]]");
}

#[test]
fn summarised_float32_3d() {
    // python3: repr(a), str(a) for a = np.arange(1331, dtype=np.float32).reshape(11, 11, 11)
    let elems = f32s(&(0..1331u16).map(f32::from).collect::<Vec<f32>>());
    let opts = PrintOptions::default();
    assert_eq!(array_repr(&[11, 11, 11], &elems, DType::Float32, &opts), "array([[[0.000e+00, 1.000e+00, 2.000e+00, ..., 8.000e+00, 9.000e+00,\n         1.000e+01],\n        [1.100e+01, 1.200e+01, 1.300e+01, ..., 1.900e+01, 2.000e+01,\n         2.100e+01],\n        [2.200e+01, 2.300e+01, 2.400e+01, ..., 3.000e+01, 3.100e+01,\n         3.200e+01],\n        ...,\n        [8.800e+01, 8.900e+01, 9.000e+01, ..., 9.600e+01, 9.700e+01,\n         9.800e+01],\n        [9.900e+01, 1.000e+02, 1.010e+02, ..., 1.070e+02, 1.080e+02,\n         1.090e+02],\n        [1.100e+02, 1.110e+02, 1.120e+02, ..., 1.180e+02, 1.190e+02,\n         1.200e+02]],\n\n       [[1.210e+02, 1.220e+02, 1.230e+02, ..., 1.290e+02, 1.300e+02,\n         1.310e+02],\n        [1.320e+02, 1.330e+02, 1.340e+02, ..., 1.400e+02, 1.410e+02,\n         1.420e+02],\n        [1.430e+02, 1.440e+02, 1.450e+02, ..., 1.510e+02, 1.520e+02,\n         1.530e+02],\n        ...,\n        [2.090e+02, 2.100e+02, 2.110e+02, ..., 2.170e+02, 2.180e+02,\n         2.190e+02],\n        [2.200e+02, 2.210e+02, 2.220e+02, ..., 2.280e+02, 2.290e+02,\n         2.300e+02],\n        [2.310e+02, 2.320e+02, 2.330e+02, ..., 2.390e+02, 2.400e+02,\n         2.410e+02]],\n\n       [[2.420e+02, 2.430e+02, 2.440e+02, ..., 2.500e+02, 2.510e+02,\n         2.520e+02],\n        [2.530e+02, 2.540e+02, 2.550e+02, ..., 2.610e+02, 2.620e+02,\n         2.630e+02],\n        [2.640e+02, 2.650e+02, 2.660e+02, ..., 2.720e+02, 2.730e+02,\n         2.740e+02],\n        ...,\n        [3.300e+02, 3.310e+02, 3.320e+02, ..., 3.380e+02, 3.390e+02,\n         3.400e+02],\n        [3.410e+02, 3.420e+02, 3.430e+02, ..., 3.490e+02, 3.500e+02,\n         3.510e+02],\n        [3.520e+02, 3.530e+02, 3.540e+02, ..., 3.600e+02, 3.610e+02,\n         3.620e+02]],\n\n       ...,\n\n       [[9.680e+02, 9.690e+02, 9.700e+02, ..., 9.760e+02, 9.770e+02,\n         9.780e+02],\n        [9.790e+02, 9.800e+02, 9.810e+02, ..., 9.870e+02, 9.880e+02,\n         9.890e+02],\n        [9.900e+02, 9.910e+02, 9.920e+02, ..., 9.980e+02, 9.990e+02,\n         1.000e+03],\n        ...,\n        [1.056e+03, 1.057e+03, 1.058e+03, ..., 1.064e+03, 1.065e+03,\n         1.066e+03],\n        [1.067e+03, 1.068e+03, 1.069e+03, ..., 1.075e+03, 1.076e+03,\n         1.077e+03],\n        [1.078e+03, 1.079e+03, 1.080e+03, ..., 1.086e+03, 1.087e+03,\n         1.088e+03]],\n\n       [[1.089e+03, 1.090e+03, 1.091e+03, ..., 1.097e+03, 1.098e+03,\n         1.099e+03],\n        [1.100e+03, 1.101e+03, 1.102e+03, ..., 1.108e+03, 1.109e+03,\n         1.110e+03],\n        [1.111e+03, 1.112e+03, 1.113e+03, ..., 1.119e+03, 1.120e+03,\n         1.121e+03],\n        ...,\n        [1.177e+03, 1.178e+03, 1.179e+03, ..., 1.185e+03, 1.186e+03,\n         1.187e+03],\n        [1.188e+03, 1.189e+03, 1.190e+03, ..., 1.196e+03, 1.197e+03,\n         1.198e+03],\n        [1.199e+03, 1.200e+03, 1.201e+03, ..., 1.207e+03, 1.208e+03,\n         1.209e+03]],\n\n       [[1.210e+03, 1.211e+03, 1.212e+03, ..., 1.218e+03, 1.219e+03,\n         1.220e+03],\n        [1.221e+03, 1.222e+03, 1.223e+03, ..., 1.229e+03, 1.230e+03,\n         1.231e+03],\n        [1.232e+03, 1.233e+03, 1.234e+03, ..., 1.240e+03, 1.241e+03,\n         1.242e+03],\n        ...,\n        [1.298e+03, 1.299e+03, 1.300e+03, ..., 1.306e+03, 1.307e+03,\n         1.308e+03],\n        [1.309e+03, 1.310e+03, 1.311e+03, ..., 1.317e+03, 1.318e+03,\n         1.319e+03],\n        [1.320e+03, 1.321e+03, 1.322e+03, ..., 1.328e+03, 1.329e+03,\n         1.330e+03]]], shape=(11, 11, 11), dtype=float32)");
    assert_eq!(array_str(&[11, 11, 11], &elems, DType::Float32, &opts), "[[[0.000e+00 1.000e+00 2.000e+00 ... 8.000e+00 9.000e+00 1.000e+01]\n  [1.100e+01 1.200e+01 1.300e+01 ... 1.900e+01 2.000e+01 2.100e+01]\n  [2.200e+01 2.300e+01 2.400e+01 ... 3.000e+01 3.100e+01 3.200e+01]\n  ...\n  [8.800e+01 8.900e+01 9.000e+01 ... 9.600e+01 9.700e+01 9.800e+01]\n  [9.900e+01 1.000e+02 1.010e+02 ... 1.070e+02 1.080e+02 1.090e+02]\n  [1.100e+02 1.110e+02 1.120e+02 ... 1.180e+02 1.190e+02 1.200e+02]]\n\n [[1.210e+02 1.220e+02 1.230e+02 ... 1.290e+02 1.300e+02 1.310e+02]\n  [1.320e+02 1.330e+02 1.340e+02 ... 1.400e+02 1.410e+02 1.420e+02]\n  [1.430e+02 1.440e+02 1.450e+02 ... 1.510e+02 1.520e+02 1.530e+02]\n  ...\n  [2.090e+02 2.100e+02 2.110e+02 ... 2.170e+02 2.180e+02 2.190e+02]\n  [2.200e+02 2.210e+02 2.220e+02 ... 2.280e+02 2.290e+02 2.300e+02]\n  [2.310e+02 2.320e+02 2.330e+02 ... 2.390e+02 2.400e+02 2.410e+02]]\n\n [[2.420e+02 2.430e+02 2.440e+02 ... 2.500e+02 2.510e+02 2.520e+02]\n  [2.530e+02 2.540e+02 2.550e+02 ... 2.610e+02 2.620e+02 2.630e+02]\n  [2.640e+02 2.650e+02 2.660e+02 ... 2.720e+02 2.730e+02 2.740e+02]\n  ...\n  [3.300e+02 3.310e+02 3.320e+02 ... 3.380e+02 3.390e+02 3.400e+02]\n  [3.410e+02 3.420e+02 3.430e+02 ... 3.490e+02 3.500e+02 3.510e+02]\n  [3.520e+02 3.530e+02 3.540e+02 ... 3.600e+02 3.610e+02 3.620e+02]]\n\n ...\n\n [[9.680e+02 9.690e+02 9.700e+02 ... 9.760e+02 9.770e+02 9.780e+02]\n  [9.790e+02 9.800e+02 9.810e+02 ... 9.870e+02 9.880e+02 9.890e+02]\n  [9.900e+02 9.910e+02 9.920e+02 ... 9.980e+02 9.990e+02 1.000e+03]\n  ...\n  [1.056e+03 1.057e+03 1.058e+03 ... 1.064e+03 1.065e+03 1.066e+03]\n  [1.067e+03 1.068e+03 1.069e+03 ... 1.075e+03 1.076e+03 1.077e+03]\n  [1.078e+03 1.079e+03 1.080e+03 ... 1.086e+03 1.087e+03 1.088e+03]]\n\n [[1.089e+03 1.090e+03 1.091e+03 ... 1.097e+03 1.098e+03 1.099e+03]\n  [1.100e+03 1.101e+03 1.102e+03 ... 1.108e+03 1.109e+03 1.110e+03]\n  [1.111e+03 1.112e+03 1.113e+03 ... 1.119e+03 1.120e+03 1.121e+03]\n  ...\n  [1.177e+03 1.178e+03 1.179e+03 ... 1.185e+03 1.186e+03 1.187e+03]\n  [1.188e+03 1.189e+03 1.190e+03 ... 1.196e+03 1.197e+03 1.198e+03]\n  [1.199e+03 1.200e+03 1.201e+03 ... 1.207e+03 1.208e+03 1.209e+03]]\n\n [[1.210e+03 1.211e+03 1.212e+03 ... 1.218e+03 1.219e+03 1.220e+03]\n  [1.221e+03 1.222e+03 1.223e+03 ... 1.229e+03 1.230e+03 1.231e+03]\n  [1.232e+03 1.233e+03 1.234e+03 ... 1.240e+03 1.241e+03 1.242e+03]\n  ...\n  [1.298e+03 1.299e+03 1.300e+03 ... 1.306e+03 1.307e+03 1.308e+03]\n  [1.309e+03 1.310e+03 1.311e+03 ... 1.317e+03 1.318e+03 1.319e+03]\n  [1.320e+03 1.321e+03 1.322e+03 ... 1.328e+03 1.329e+03 1.330e+03]]]");
}

#[test]
fn summarised_one_long_axis() {
    // python3: repr(a), str(a) for a = np.arange(2000).reshape(2, 1000)
    let elems = ints(DType::Int64, &(0..2000).collect::<Vec<i128>>());
    let opts = PrintOptions::default();
    assert_eq!(array_repr(&[2, 1000], &elems, DType::Int64, &opts), "array([[   0,    1,    2, ...,  997,  998,  999],\n       [1000, 1001, 1002, ..., 1997, 1998, 1999]], shape=(2, 1000))");
    assert_eq!(
        array_str(&[2, 1000], &elems, DType::Int64, &opts),
        "[[   0    1    2 ...  997  998  999]\n [1000 1001 1002 ... 1997 1998 1999]]"
    );
}

#[test]
fn summarised_bool() {
    // python3: repr(a), str(a) for a = np.arange(2000).reshape(1000, 2) % 3 == 0
    let elems = bools(&(0..2000).map(|i| i % 3 == 0).collect::<Vec<bool>>());
    let opts = PrintOptions::default();
    assert_eq!(array_repr(&[1000, 2], &elems, DType::Bool, &opts), "array([[ True, False],\n       [False,  True],\n       [False, False],\n       ...,\n       [False,  True],\n       [False, False],\n       [ True, False]], shape=(1000, 2))");
    assert_eq!(array_str(&[1000, 2], &elems, DType::Bool, &opts), "[[ True False]\n [False  True]\n [False False]\n ...\n [False  True]\n [False False]\n [ True False]]");
}

#[test]
fn summarised_int16_shows_shape_and_dtype() {
    // python3: repr(a), str(a) for a = np.arange(2000, dtype=np.int16)
    let elems = ints(DType::Int16, &(0..2000).collect::<Vec<i128>>());
    let opts = PrintOptions::default();
    assert_eq!(
        array_repr(&[2000], &elems, DType::Int16, &opts),
        "array([   0,    1,    2, ..., 1997, 1998, 1999],\n      shape=(2000,), dtype=int16)"
    );
    assert_eq!(
        array_str(&[2000], &elems, DType::Int16, &opts),
        "[   0    1    2 ... 1997 1998 1999]"
    );
}

#[test]
fn summarised_small_threshold() {
    // python3: repr(a), str(a) for a = np.arange(100) under np.printoptions(threshold=10, edgeitems=2)
    let elems = ints(DType::Int64, &(0..100).collect::<Vec<i128>>());
    let opts = PrintOptions {
        threshold: 10,
        edgeitems: 2,
        ..PrintOptions::default()
    };
    assert_eq!(
        array_repr(&[100], &elems, DType::Int64, &opts),
        "array([ 0,  1, ..., 98, 99], shape=(100,))"
    );
    assert_eq!(
        array_str(&[100], &elems, DType::Int64, &opts),
        "[ 0  1 ... 98 99]"
    );
}

#[test]
fn summarised_edgeitems_zero() {
    // python3: repr(a), str(a) for a = np.arange(10) under np.printoptions(threshold=5, edgeitems=0)
    let elems = ints(DType::Int64, &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    let opts = PrintOptions {
        threshold: 5,
        edgeitems: 0,
        ..PrintOptions::default()
    };
    assert_eq!(
        array_repr(&[10], &elems, DType::Int64, &opts),
        "array([..., 9], shape=(10,))"
    );
    assert_eq!(array_str(&[10], &elems, DType::Int64, &opts), "[... 9]");
}

#[test]
fn summarised_3d_threshold() {
    // python3: repr(a), str(a) for a = np.arange(24).reshape(2, 3, 4) under np.printoptions(threshold=5)
    let elems = ints(
        DType::Int64,
        &[
            0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
        ],
    );
    let opts = PrintOptions {
        threshold: 5,
        ..PrintOptions::default()
    };
    assert_eq!(array_repr(&[2, 3, 4], &elems, DType::Int64, &opts), "array([[[ 0,  1,  2,  3],\n        [ 4,  5,  6,  7],\n        [ 8,  9, 10, 11]],\n\n       [[12, 13, 14, 15],\n        [16, 17, 18, 19],\n        [20, 21, 22, 23]]], shape=(2, 3, 4))");
    assert_eq!(array_str(&[2, 3, 4], &elems, DType::Int64, &opts), "[[[ 0  1  2  3]\n  [ 4  5  6  7]\n  [ 8  9 10 11]]\n\n [[12 13 14 15]\n  [16 17 18 19]\n  [20 21 22 23]]]");
}

#[test]
fn summarised_complex() {
    // python3: repr(a), str(a) for a = np.arange(1200) * (1 + 1j)
    let elems = c128s(
        &(0..1200)
            .map(|i| (f64::from(i), f64::from(i)))
            .collect::<Vec<(f64, f64)>>(),
    );
    let opts = PrintOptions::default();
    assert_eq!(array_repr(&[1200], &elems, DType::Complex128, &opts), "array([0.000e+00+0.000e+00j, 1.000e+00+1.000e+00j, 2.000e+00+2.000e+00j,\n       ..., 1.197e+03+1.197e+03j, 1.198e+03+1.198e+03j,\n       1.199e+03+1.199e+03j], shape=(1200,))");
    assert_eq!(array_str(&[1200], &elems, DType::Complex128, &opts), "[0.000e+00+0.000e+00j 1.000e+00+1.000e+00j 2.000e+00+2.000e+00j ...\n 1.197e+03+1.197e+03j 1.198e+03+1.198e+03j 1.199e+03+1.199e+03j]");
}
