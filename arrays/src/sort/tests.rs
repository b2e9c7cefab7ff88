//! Tests of sort/argsort against NumPy 2.4 (baseline CPU features).

use super::*;
use crate::dtype::DType;
use num_complex::Complex64;

/// `t = (n*7 + n*n*3) % 5` for `n = arange(300)`: many ties.
fn ties() -> Vec<i64> {
    (0..300i64).map(|n| (n * 7 + n * n * 3) % 5).collect()
}

/// `where(n%7==0, -0.0, where(n%5==0, 0.0, where(n%11==0, nan, (n*13)%17 - 8.0)))`.
fn signed_zeros() -> Vec<f64> {
    (0..300i64)
        .map(|n| {
            if n % 7 == 0 {
                -0.0
            } else if n % 5 == 0 {
                0.0
            } else if n % 11 == 0 {
                f64::NAN
            } else {
                ((n * 13) % 17 - 8) as f64
            }
        })
        .collect()
}

#[test]
fn argsort_ties_match_numpy_introsort() {
    // python3 -c 'import numpy as np; n=np.arange(300); t=(n*7+n*n*3)%5;
    //   print(np.argsort(t).tolist()[:60], np.argsort(t).tolist()[-20:])'
    let a = NdArray::from_vec(ties(), &[300]).unwrap();
    let idx = argsort(&a, Some(-1), SortKind::Quick)
        .unwrap()
        .to_vec::<i64>();
    let head = [
        0, 116, 115, 215, 111, 110, 216, 106, 105, 220, 221, 101, 100, 225, 226, 96, 95, 230, 245,
        75, 76, 241, 240, 80, 211, 81, 235, 171, 86, 231, 90, 91, 236, 210, 120, 121, 186, 150,
        151, 185, 155, 156, 146, 181, 160, 161, 176, 175, 165, 166, 180, 71, 145, 191, 206, 205,
        125, 126, 201, 130,
    ];
    let tail = [
        83, 238, 78, 203, 48, 193, 53, 138, 58, 253, 143, 63, 133, 248, 68, 73, 243, 128, 198, 168,
    ];
    assert_eq!(&idx[..60], &head);
    assert_eq!(&idx[280..], &tail);
    // The same order for float32 and for kind='heapsort'.
    let f = a.astype(DType::Float32);
    let fidx = argsort(&f, Some(0), SortKind::from_name(Some("heapsort")).unwrap()).unwrap();
    assert_eq!(&fidx.to_vec::<i64>()[..60], &head);
}

#[test]
fn float_sort_places_signed_zeros_and_nans_as_numpy() {
    // python3 -c 'import numpy as np; ...; s=np.sort(f); z=s[s==0];
    //   print("".join("-" if np.signbit(x) else "+" for x in z), np.isnan(s).sum())'
    let a = NdArray::from_vec(signed_zeros(), &[300]).unwrap();
    let s = sort(&a, None, SortKind::Quick).unwrap().to_vec::<f64>();
    let zeros: String = s
        .iter()
        .filter(|x| **x == 0.0)
        .map(|x| if x.is_sign_negative() { '-' } else { '+' })
        .collect();
    assert_eq!(zeros, "+--+--++-+-+++-+-+++-+-++--++-++--+++-++--+--++-+-++--+-++--+-++--++-++-+++-+++-+-++---+-++-+++--+++-+");
    assert!(s[281..].iter().all(|x| x.is_nan()) && !s[280].is_nan());
    // print(np.argsort(f)[:20].tolist(), np.argsort(f)[-30:].tolist())
    let idx = argsort(&a, None, SortKind::Quick).unwrap().to_vec::<i64>();
    assert_eq!(
        &idx[..20],
        &[
            272, 51, 68, 34, 102, 153, 221, 289, 136, 204, 17, 38, 106, 157, 191, 276, 89, 208, 4,
            123
        ]
    );
    assert_eq!(
        &idx[270..],
        &[
            281, 13, 64, 47, 149, 81, 268, 234, 166, 183, 251, 66, 297, 11, 242, 143, 22, 132, 33,
            198, 286, 187, 121, 44, 99, 264, 209, 88, 253, 176
        ]
    );
}

#[test]
fn complex_argsort_with_nans() {
    // c=(n%4)+1j*(n%3); c[::13]=np.nan; print(np.argsort(c)[:30].tolist(), np.argsort(c)[-30:].tolist())
    let values: Vec<Complex64> = (0..300)
        .map(|n| {
            if n % 13 == 0 {
                Complex64::new(f64::NAN, 0.0)
            } else {
                Complex64::new((n % 4) as f64, (n % 3) as f64)
            }
        })
        .collect();
    let a = NdArray::from_vec(values, &[300]).unwrap();
    let idx = argsort(&a, None, SortKind::Quick).unwrap().to_vec::<i64>();
    assert_eq!(
        &idx[..30],
        &[
            276, 216, 48, 192, 72, 228, 36, 180, 84, 240, 60, 24, 168, 96, 252, 204, 120, 288, 108,
            12, 144, 264, 132, 232, 40, 184, 76, 16, 292, 196
        ]
    );
    assert_eq!(
        &idx[270..],
        &[
            287, 35, 47, 215, 251, 179, 286, 0, 260, 13, 26, 39, 52, 65, 78, 91, 104, 117, 130,
            143, 156, 169, 182, 195, 208, 221, 234, 247, 273, 299
        ]
    );
}

#[test]
fn axes_stable_and_errors() {
    // python3 -c 'import numpy as np; m=np.array([[9,2,7],[1,8,3],[5,5,0]]);
    //   print(np.sort(m,axis=0).tolist(), np.argsort(m,axis=0).tolist(), np.argsort(m,axis=None).tolist())'
    let m = NdArray::from_vec(vec![9i64, 2, 7, 1, 8, 3, 5, 5, 0], &[3, 3]).unwrap();
    assert_eq!(
        sort(&m, Some(0), SortKind::Quick).unwrap().to_vec::<i64>(),
        vec![1, 2, 0, 5, 5, 3, 9, 8, 7]
    );
    assert_eq!(
        argsort(&m, Some(0), SortKind::Quick)
            .unwrap()
            .to_vec::<i64>(),
        vec![1, 0, 2, 2, 2, 1, 0, 1, 0]
    );
    assert_eq!(
        argsort(&m, None, SortKind::Stable).unwrap().to_vec::<i64>(),
        vec![8, 3, 1, 5, 6, 7, 2, 4, 0]
    );
    let t = m.transpose(None).unwrap();
    sort_in_place(&t, -1, SortKind::Quick).unwrap();
    assert_eq!(m.to_vec::<i64>(), vec![1, 2, 0, 5, 5, 3, 9, 8, 7]);
    // np.sort(m, axis=2) -> AxisError: axis 2 is out of bounds for array of dimension 2
    let err = sort(&m, Some(2), SortKind::Quick).unwrap_err();
    assert_eq!(
        err.message,
        "axis 2 is out of bounds for array of dimension 2"
    );
    // np.sort(np.array([1]), kind='foo')
    assert_eq!(
        SortKind::from_name(Some("foo")).unwrap_err().message,
        "sort kind must be one of 'quick', 'heap', or 'stable' (got 'foo')"
    );
    // ties = [2,1,2,1,2,1,0,0,2,1,1,2,0]; np.argsort(ties, kind='stable')
    let ties = NdArray::from_vec(vec![2i64, 1, 2, 1, 2, 1, 0, 0, 2, 1, 1, 2, 0], &[13]).unwrap();
    assert_eq!(
        argsort(&ties, Some(0), SortKind::Stable)
            .unwrap()
            .to_vec::<i64>(),
        vec![6, 7, 12, 1, 3, 5, 9, 10, 0, 2, 4, 8, 11]
    );
    let zero_d = NdArray::from_vec(vec![5i64], &[]).unwrap();
    assert_eq!(
        argsort(&zero_d, Some(-1), SortKind::Quick).unwrap().shape,
        vec![1]
    );
    assert_eq!(sort(&zero_d, None, SortKind::Quick).unwrap().shape, vec![1]);
}

/// `(s >> 33) % modulus` of the LCG `s = s * 6364136223846793005 + 1442695040888963407`.
fn lcg(n: usize, seed: u64, modulus: u64) -> Vec<i64> {
    let mut s = seed;
    (0..n)
        .map(|_| {
            s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((s >> 33) % modulus) as i64
        })
        .collect()
}

#[test]
fn argsort_permutations_match_numpy_across_sizes_and_dtypes() {
    // python3 -c 'import numpy as np; ... a=np.array(lcg(n, n, mod)).astype(dt); p=np.argsort(a);
    //   print(n, mod, dt, sum(i*int(v) for i,v in enumerate(p)) % (2**61-1))'
    // (the same value for int64, float64, int8, float32 and uint16)
    let cases: [(usize, u64, u128); 5] = [
        (17, 3, 955),
        (100, 7, 253729),
        (1000, 10, 246004633),
        (5000, 50, 31255938183),
        (20000, 2, 1882600830740),
    ];
    for (n, modulus, expect) in cases {
        let base = NdArray::from_vec(lcg(n, n as u64, modulus), &[n]).unwrap();
        for dtype in [
            DType::Int64,
            DType::Float64,
            DType::Int8,
            DType::Float32,
            DType::UInt16,
        ] {
            let p = argsort(&base.astype(dtype), Some(0), SortKind::Quick).unwrap();
            let hash = p
                .to_vec::<i64>()
                .iter()
                .enumerate()
                .map(|(i, &v)| i as u128 * v as u128)
                .sum::<u128>()
                % ((1u128 << 61) - 1);
            assert_eq!(hash, expect, "n={n} dtype={}", dtype.name());
        }
    }
}

#[test]
fn heapsort_fallback_matches_numpy() {
    // killer300.txt: McIlroy's adversary against NumPy's introsort (n=300), which exhausts the
    // depth budget so part of the array is heapsorted; dividing by k adds ties.
    // python3 -c 'import numpy as np; d=np.array(...); e=d//k; p=np.argsort(e);
    //   print(k, sum(i*int(v) for i,v in enumerate(p)) % (2**61-1), p[-10:].tolist())'
    let values: Vec<i64> = include_str!("killer300.txt")
        .split_whitespace()
        .map(|t| t.parse().unwrap())
        .collect();
    let cases: [(i64, u128, [i64; 10]); 3] = [
        (1, 5478359, [43, 42, 41, 40, 39, 38, 37, 35, 36, 34]),
        (2, 5478654, [43, 42, 40, 41, 39, 38, 37, 35, 36, 34]),
        (3, 5478333, [43, 41, 42, 40, 38, 39, 37, 35, 36, 34]),
    ];
    for (k, expect, tail) in cases {
        let divided: Vec<i64> = values.iter().map(|v| v / k).collect();
        let a = NdArray::from_vec(divided, &[300]).unwrap();
        let p = argsort(&a, None, SortKind::Quick).unwrap().to_vec::<i64>();
        let hash = p
            .iter()
            .enumerate()
            .map(|(i, &v)| i as u128 * v as u128)
            .sum::<u128>()
            % ((1u128 << 61) - 1);
        assert_eq!(hash, expect, "k={k}");
        assert_eq!(&p[290..], &tail, "k={k}");
    }
}
