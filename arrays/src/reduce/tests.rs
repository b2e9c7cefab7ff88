//! Checks reductions against NumPy: float sums, means, variances and standard deviations
//! recorded in `testdata/reduce_cases.txt` (see `testdata/gen_reduce_cases.py`), plus dtype
//! rules and messages.

use super::*;

const SCALES: [f64; 6] = [1e-3, 1.0, 1e3, 7.5, 0.1, 123.456];

/// The generator of `gen_reduce_cases.py`: an LCG mapped to [-1, 1) times a scale.
fn data(n: usize, seed: u64) -> Vec<f64> {
    let mut state = seed;
    (0..n)
        .map(|_| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let mant = (state >> 11) as f64 / 9007199254740992.0 * 2.0 - 1.0;
            mant * SCALES[((state >> 5) % 6) as usize]
        })
        .collect()
}

fn one(a: &NdArray) -> f64 {
    a.item().unwrap().to_f64()
}

fn floats(text: &[&str]) -> Vec<f64> {
    text.iter().map(|t| t.parse().unwrap()).collect()
}

fn ints(text: &str) -> Vec<isize> {
    text.split(',').map(|t| t.parse().unwrap()).collect()
}

#[test]
fn float_reductions_match_numpy_bit_for_bit() {
    let cases = include_str!("../testdata/reduce_cases.txt");
    let mut checked = 0;
    for line in cases.lines() {
        let f: Vec<&str> = line.split(' ').collect();
        match f[0] {
            "sum1d" => {
                let n: usize = f[1].parse().unwrap();
                let a = NdArray::from_vec(data(n, f[2].parse().unwrap()), &[n]).unwrap();
                let want = floats(&f[3..8]);
                assert_eq!(
                    one(&sum(&a, None, false, None).unwrap()),
                    want[0],
                    "sum n={n}"
                );
                assert_eq!(
                    one(&mean(&a, None, false, None).unwrap()),
                    want[1],
                    "mean n={n}"
                );
                assert_eq!(
                    one(&var(&a, None, 0.0, false, None).unwrap()),
                    want[2],
                    "var n={n}"
                );
                if n > 1 {
                    assert_eq!(
                        one(&std(&a, None, 1.0, false, None).unwrap()),
                        want[3],
                        "std n={n}"
                    );
                }
                let a32 = a.astype(DType::Float32);
                assert_eq!(
                    one(&sum(&a32, None, false, None).unwrap()),
                    want[4],
                    "f32 sum n={n}"
                );
            }
            "sum2d" | "var2d" => {
                let (r, c, axis): (usize, usize, isize) = (
                    f[1].parse().unwrap(),
                    f[2].parse().unwrap(),
                    f[3].parse().unwrap(),
                );
                let a = NdArray::from_vec(data(r * c, (r * 1000 + c) as u64), &[r, c]).unwrap();
                let got = if f[0] == "sum2d" {
                    sum(&a, Some(&[axis]), false, None).unwrap()
                } else {
                    var(&a, Some(&[axis]), 0.0, false, None).unwrap()
                };
                assert_eq!(got.to_vec::<f64>(), floats(&f[4..]), "{line}");
            }
            _ => {
                let shape: Vec<usize> = ints(f[1]).into_iter().map(|d| d as usize).collect();
                let n: usize = shape.iter().product();
                let a = NdArray::from_vec(data(n, n as u64 + 7), &shape).unwrap();
                let got = sum(&a, Some(&ints(f[2])), false, None).unwrap();
                assert_eq!(got.to_vec::<f64>(), floats(&f[3..]), "{line}");
            }
        }
        checked += 1;
    }
    assert!(checked > 380);
}

// python3 -c 'import numpy as np; a=np.arange(6,dtype=np.int8).reshape(2,3);
//   print(np.sum(a).dtype, np.sum(a, axis=0, keepdims=True), np.prod(a+1, axis=1),
//         np.argmax([1,3,3,np.nan,5]), np.cumsum(a, axis=1), np.count_nonzero(a, axis=0))'
#[test]
fn integer_reductions_and_messages() {
    let a = NdArray::from_vec((0..6i8).collect(), &[2, 3]).unwrap();
    let s = sum(&a, None, false, None).unwrap();
    assert_eq!(
        (s.dtype, s.item().unwrap()),
        (DType::Int64, Scalar::I64(15))
    );
    let k = sum(&a, Some(&[0]), true, None).unwrap();
    assert_eq!(
        (k.shape.clone(), k.to_vec::<i64>()),
        (vec![1, 3], vec![3, 5, 7])
    );
    let plus_one = binary_arrays(BinaryOp::Add, &a, &NdArray::from_scalar(Scalar::I8(1)))
        .unwrap()
        .array;
    assert_eq!(
        prod(&plus_one, Some(&[1]), false, None)
            .unwrap()
            .to_vec::<i64>(),
        vec![6, 120]
    );
    let v = NdArray::from_vec(vec![1.0, 3.0, 3.0, f64::NAN, 5.0], &[5]).unwrap();
    assert_eq!(
        argmax(&v, None, false).unwrap().item().unwrap(),
        Scalar::I64(3)
    );
    let w = NdArray::from_vec(vec![1.0, 3.0, 3.0, 0.0], &[4]).unwrap();
    assert_eq!(
        argmax(&w, None, false).unwrap().item().unwrap(),
        Scalar::I64(1)
    );
    assert_eq!(
        argmin(&w, None, false).unwrap().item().unwrap(),
        Scalar::I64(3)
    );
    assert_eq!(
        cumsum(&a, Some(1), None).unwrap().to_vec::<i64>(),
        vec![0, 1, 3, 3, 7, 12]
    );
    assert_eq!(
        count_nonzero(&a, Some(&[0]), false)
            .unwrap()
            .to_vec::<i64>(),
        vec![1, 2, 2]
    );
    assert_eq!(
        max(&a, Some(&[1]), false).unwrap().to_vec::<i8>(),
        vec![2, 5]
    );
    assert!(max(&v, None, false)
        .unwrap()
        .item()
        .unwrap()
        .to_f64()
        .is_nan());
    let empty = NdArray::zeroed(DType::Float64, &[0, 3]).unwrap();
    // np.max(np.zeros((0,3)), axis=0)
    assert_eq!(
        max(&empty, Some(&[0]), false).unwrap_err().message,
        "zero-size array to reduction operation maximum which has no identity"
    );
    assert_eq!(max(&empty, Some(&[1]), false).unwrap().shape, vec![0]);
    assert_eq!(
        sum(&a, Some(&[0, 0]), false, None).unwrap_err().message,
        "duplicate value in 'axis'"
    );
    assert_eq!(
        argmax(&empty.ravel(), None, false).unwrap_err().message,
        "attempt to get argmax of an empty sequence"
    );
    assert_eq!(
        all(&a, None, false).unwrap().item().unwrap(),
        Scalar::Bool(false)
    );
    assert_eq!(
        any(&a, Some(&[1]), false).unwrap().to_vec::<bool>(),
        vec![true, true]
    );
    let m = mean(&a, Some(&[1]), false, None).unwrap();
    assert_eq!(
        (m.dtype, m.to_vec::<f64>()),
        (DType::Float64, vec![1.0, 4.0])
    );
}

/// `x = (np.arange(3000) * 0.37) % 1.3` as in the memory-order test below.
fn fmod_ramp(n: usize) -> Vec<f64> {
    (0..n).map(|i| (i as f64 * 0.37) % 1.3).collect()
}

#[test]
fn float_sums_follow_memory_order() {
    // python3 -c 'import numpy as np; x=(np.arange(3000)*0.37)%1.3; t=x.reshape(3,1000).T;
    //   print(repr(t.sum()), t.sum(axis=0).tolist(), repr(t.mean()));
    //   g=x[:2400].reshape(4,20,30).transpose(2,0,1); print(g.sum(axis=(1,2))[:3].tolist())'
    let z = NdArray::from_vec(fmod_ramp(3000), &[3, 1000]).unwrap();
    let t = z.transpose(None).unwrap();
    assert_eq!(
        one(&sum(&t, None, false, None).unwrap()),
        1956.8999999999241
    );
    assert_eq!(
        sum(&t, Some(&[0]), false, None).unwrap().to_vec::<f64>(),
        vec![653.0999999999913, 653.599999999974, 650.1999999999587]
    );
    assert_eq!(
        one(&mean(&t, None, false, None).unwrap()),
        0.6522999999999747
    );
    let g = NdArray::from_vec(fmod_ramp(2400), &[4, 20, 30])
        .unwrap()
        .transpose(Some(&[2, 0, 1]))
        .unwrap();
    let r = sum(&g, Some(&[1, 2]), false, None).unwrap().to_vec::<f64>();
    assert_eq!(
        &r[..3],
        &[51.39999999999869, 53.699999999998006, 50.79999999999821]
    );
}

#[test]
fn variance_of_transposed_follows_memory_order() {
    // python3 -c 'import numpy as np; x=(np.arange(3000)*0.37)%1.3; t=x.reshape(3,1000).T;
    //   print(repr(t.var()), t.var(axis=0).tolist())'
    let z = NdArray::from_vec(fmod_ramp(3000), &[3, 1000]).unwrap();
    let t = z.transpose(None).unwrap();
    assert_eq!(
        one(&var(&t, None, 0.0, false, None).unwrap()),
        0.14088337666666667
    );
    assert_eq!(
        var(&t, Some(&[0]), 0.0, false, None)
            .unwrap()
            .to_vec::<f64>(),
        vec![0.1409463899999999, 0.1409990400000001, 0.14069795999999993]
    );
}
