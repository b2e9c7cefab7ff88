//! Tests of median/percentile/average/ptp, histogram/bincount and isclose against NumPy 2.4.

use super::histogram::{bincount, histogram, histogram_weighted, Bins};
use super::*;
use crate::compare::{isclose, Tolerance};

fn table() -> NdArray {
    NdArray::from_vec(vec![7i64, 1, 4, 9, 2, 8, 3, 5, 6, 6, 0, 1], &[3, 4]).unwrap()
}

fn f64s(v: &[f64]) -> NdArray {
    NdArray::from_vec(v.to_vec(), &[v.len()]).unwrap()
}

#[test]
fn median_and_percentiles() {
    // a=[[7,1,4,9],[2,8,3,5],[6,6,0,1]]: np.median(a) 4.5; axis=0 [6,6,3,5]; axis=1 [5.5,4,3.5]
    let a = table();
    assert_eq!(median(&a, None, false).unwrap().to_vec::<f64>(), vec![4.5]);
    assert_eq!(
        median(&a, Some(&[0]), false).unwrap().to_vec::<f64>(),
        vec![6.0, 6.0, 3.0, 5.0]
    );
    let m = median(&a, Some(&[1]), true).unwrap();
    assert_eq!(
        (m.shape.clone(), m.to_vec::<f64>()),
        (vec![3, 1], vec![5.5, 4.0, 3.5])
    );
    assert!(median(&f64s(&[1.0, f64::NAN, 3.0]), None, false)
        .unwrap()
        .to_vec::<f64>()[0]
        .is_nan());
    // for q in [...]: np.percentile(a, q), np.percentile(a, q, axis=0), np.percentile(np.arange(7)*0.3, q)
    let ramp = NdArray::from_vec((0..7).map(|i| i as f64 * 0.3).collect::<Vec<_>>(), &[7]).unwrap();
    let cases: [(f64, f64, [f64; 4], f64); 8] = [
        (0.0, 0.0, [2.0, 1.0, 0.0, 1.0], 0.0),
        (
            10.0,
            1.0,
            [2.8, 2.0, 0.6000000000000001, 1.8],
            0.18000000000000002,
        ),
        (25.0, 1.75, [4.0, 3.5, 1.5, 3.0], 0.44999999999999996),
        (50.0, 4.5, [6.0, 6.0, 3.0, 5.0], 0.8999999999999999),
        (62.5, 5.875, [6.25, 6.5, 3.25, 6.0], 1.125),
        (75.0, 6.25, [6.5, 7.0, 3.5, 7.0], 1.35),
        (90.0, 7.9, [6.8, 7.6, 3.8, 8.2], 1.62),
        (100.0, 9.0, [7.0, 8.0, 4.0, 9.0], 1.7999999999999998),
    ];
    for (q, all, cols, r) in cases {
        let qq = Operand::PyFloat(q);
        assert_eq!(
            percentile(&a, &qq, None, false).unwrap().to_vec::<f64>(),
            vec![all],
            "q={q}"
        );
        assert_eq!(
            percentile(&a, &qq, Some(&[0]), false)
                .unwrap()
                .to_vec::<f64>(),
            cols.to_vec()
        );
        assert_eq!(
            percentile(&ramp, &qq, None, false).unwrap().to_vec::<f64>(),
            vec![r]
        );
    }
    // np.percentile(a, [10, 50], axis=1) -> [[1.9000000000000001, 2.3, 0.30000000000000004], [5.5, 4.0, 3.5]]
    let qs = Operand::Array(f64s(&[10.0, 50.0]));
    let p = percentile(&a, &qs, Some(&[1]), false).unwrap();
    assert_eq!(p.shape, vec![2, 3]);
    assert_eq!(
        p.to_vec::<f64>(),
        vec![1.9000000000000001, 2.3, 0.30000000000000004, 5.5, 4.0, 3.5]
    );
    // np.percentile(np.arange(7, dtype=np.float32)*0.3, 33).item() -> 0.5940000414848328
    let r32 = ramp.astype(DType::Float32);
    let p = percentile(&r32, &Operand::PyInt(33), None, false).unwrap();
    assert_eq!(
        (p.dtype, p.to_vec::<f64>()),
        (DType::Float32, vec![0.5940000414848328])
    );
    let q = quantile(
        &f64s(&[1.5, 2.5, 10.0]),
        &Operand::PyFloat(0.4),
        None,
        false,
    )
    .unwrap();
    assert_eq!(q.to_vec::<f64>(), vec![2.3]);
    let e = percentile(&a, &Operand::PyInt(101), None, false).unwrap_err();
    assert_eq!(e.message, "Percentiles must be in the range [0, 100]");
}

#[test]
fn average_and_ptp() {
    // np.average(a, axis=1, weights=[1,2,3,4]) -> [5.7, 4.7, 2.2]
    let a = table();
    let w = NdArray::from_vec(vec![1i64, 2, 3, 4], &[4]).unwrap();
    let (avg, scl) = average(&a, Some(&[1]), Some(&w), false).unwrap();
    assert_eq!(avg.to_vec::<f64>(), vec![5.7, 4.7, 2.2]);
    assert_eq!(scl.to_vec::<f64>(), vec![10.0, 10.0, 10.0]);
    // np.average([1.,2.,3.], weights=[1,1,2], returned=True) -> (2.25, 4.0)
    let w = NdArray::from_vec(vec![1i64, 1, 2], &[3]).unwrap();
    let (avg, scl) = average(&f64s(&[1.0, 2.0, 3.0]), None, Some(&w), false).unwrap();
    assert_eq!(
        (avg.to_vec::<f64>(), scl.to_vec::<f64>()),
        (vec![2.25], vec![4.0])
    );
    let zero = NdArray::from_vec(vec![0i64, 0], &[2]).unwrap();
    let e = average(&f64s(&[1.0, 2.0]), None, Some(&zero), false).unwrap_err();
    assert_eq!(e.message, "Weights sum to zero, can't be normalized");
    let short = NdArray::from_vec(vec![1i64, 2], &[2]).unwrap();
    let e = average(&a, Some(&[1]), Some(&short), false).unwrap_err();
    assert_eq!(
        e.message,
        "Shape of weights must be consistent with shape of a along specified axis."
    );
    // np.ptp(a, axis=0) -> [5,7,4,8]; np.ptp(np.array([3,250],np.uint8)) -> 247
    assert_eq!(
        ptp(&a, Some(&[0]), false).unwrap().to_vec::<i64>(),
        vec![5, 7, 4, 8]
    );
    let u = NdArray::from_vec(vec![3u8, 250], &[2]).unwrap();
    assert_eq!(ptp(&u, None, false).unwrap().to_vec::<u8>(), vec![247]);
}

#[test]
fn histogram_and_bincount() {
    let d = f64s(&[1.0, 2.0, 2.0, 3.5, 4.0, 5.5, 7.0, 7.0, 9.9, 10.0]);
    let cases: [(i64, &[i64]); 4] = [
        (1, &[10]),
        (3, &[4, 2, 4]),
        (4, &[3, 2, 3, 2]),
        (10, &[1, 2, 1, 1, 0, 1, 2, 0, 0, 2]),
    ];
    for (bins, counts) in cases {
        let (h, _) = histogram(&d, &Bins::Count(bins), None, false).unwrap();
        assert_eq!(h.to_vec::<i64>(), counts.to_vec(), "bins={bins}");
    }
    let (_, e) = histogram(&d, &Bins::Count(4), None, false).unwrap();
    assert_eq!(e.to_vec::<f64>(), vec![1.0, 3.25, 5.5, 7.75, 10.0]);
    let edges = NdArray::from_vec(vec![0i64, 2, 5, 10], &[4]).unwrap();
    let (h, e) = histogram(&d, &Bins::Edges(edges), None, false).unwrap();
    assert_eq!((h.to_vec::<i64>(), e.dtype), (vec![1, 4, 5], DType::Int64));
    let (h, _) = histogram(&d, &Bins::Count(5), Some((0.0, 20.0)), false).unwrap();
    assert_eq!(h.to_vec::<i64>(), vec![4, 4, 2, 0, 0]);
    let (h, _) = histogram(&d, &Bins::Count(4), None, true).unwrap();
    let want = [
        0.13333333333333333,
        0.08888888888888888,
        0.13333333333333333,
        0.08888888888888888,
    ];
    assert_eq!(h.to_vec::<f64>(), want.to_vec());
    let lin = crate::create::linspace(0.0, 1.0, 101, true, None).unwrap();
    let (h, _) = histogram(&lin, &Bins::Count(7), None, false).unwrap();
    assert_eq!(h.to_vec::<i64>(), vec![15, 14, 14, 15, 14, 14, 15]);
    let fives = NdArray::from_vec(vec![5i64, 5, 5], &[3]).unwrap();
    let (_, e) = histogram(&fives, &Bins::Count(10), None, false).unwrap();
    assert_eq!(e.to_vec::<f64>()[..3], [4.5, 4.6, 4.7]);
    let bad = NdArray::from_vec(vec![3i64, 1], &[2]).unwrap();
    let err = histogram(&d, &Bins::Edges(bad), None, false).unwrap_err();
    assert_eq!(
        err.message,
        "`bins` must increase monotonically, when an array"
    );
    let nan = histogram(&f64s(&[f64::NAN]), &Bins::Count(10), None, false).unwrap_err();
    assert_eq!(
        nan.message,
        "autodetected range of [nan, nan] is not finite"
    );
    // w=np.arange(10)*0.1; np.histogram(d, bins=3, weights=w)[0] -> [0.6000000000000001, 0.9,
    //   3.0000000000000004]; bins=[0,2,5,10] -> [0.0, 1.0, 3.500000000000001]; with density=True
    //   -> [0.0, 0.07407407407407406, 0.15555555555555556]
    let w = NdArray::from_vec((0..10).map(|i| i as f64 * 0.1).collect::<Vec<_>>(), &[10]).unwrap();
    let (h, _) = histogram_weighted(&d, &Bins::Count(3), None, false, Some(&w)).unwrap();
    assert_eq!(
        h.to_vec::<f64>(),
        vec![0.6000000000000001, 0.9, 3.0000000000000004]
    );
    let edges = NdArray::from_vec(vec![0i64, 2, 5, 10], &[4]).unwrap();
    let bins = Bins::Edges(edges);
    let (h, _) = histogram_weighted(&d, &bins, None, false, Some(&w)).unwrap();
    assert_eq!(h.to_vec::<f64>(), vec![0.0, 1.0, 3.500000000000001]);
    let (h, _) = histogram_weighted(&d, &bins, None, true, Some(&w)).unwrap();
    assert_eq!(
        h.to_vec::<f64>(),
        vec![0.0, 0.07407407407407406, 0.15555555555555556]
    );
    // np.bincount(x, weights=[0.5,1,1,2,0.25,1,3]) -> [0.5,3.0,0.25,2.0,0,0,0,3.0]
    let x = NdArray::from_vec(vec![0i64, 1, 1, 3, 2, 1, 7], &[7]).unwrap();
    let w = f64s(&[0.5, 1.0, 1.0, 2.0, 0.25, 1.0, 3.0]);
    let b = bincount(&x, Some(&w), 0).unwrap();
    assert_eq!(
        b.to_vec::<f64>(),
        vec![0.5, 3.0, 0.25, 2.0, 0.0, 0.0, 0.0, 3.0]
    );
    assert_eq!(bincount(&x, None, 10).unwrap().size(), 10);
    let neg = NdArray::from_vec(vec![-1i64, 2], &[2]).unwrap();
    let e = bincount(&neg, None, 0).unwrap_err();
    assert_eq!(e.message, "'list' argument must have no negative elements");
    let e = bincount(&f64s(&[1.5]), None, 0).unwrap_err();
    assert_eq!(e.message, "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
}

#[test]
fn isclose_matches_numpy() {
    let a = f64s(&[
        1.0,
        1e-8,
        1e10,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        0.0,
    ]);
    let b = f64s(&[
        1.0 + 1e-9,
        2e-8,
        1.00001e10,
        f64::NAN,
        f64::INFINITY,
        f64::INFINITY,
        1e-9,
    ]);
    let (x, y) = (Operand::Array(a), Operand::Array(b));
    let r = isclose(&x, &y, Tolerance::default())
        .unwrap()
        .to_vec::<bool>();
    assert_eq!(r, vec![true, true, true, false, true, false, true]);
    let nan_eq = Tolerance {
        equal_nan: true,
        ..Tolerance::default()
    };
    let r = isclose(&x, &y, nan_eq).unwrap().to_vec::<bool>();
    assert_eq!(r, vec![true, true, true, true, true, false, true]);
    let tight = Tolerance {
        rtol: 1e-10,
        atol: 0.0,
        equal_nan: false,
    };
    let r = isclose(&x, &y, tight).unwrap().to_vec::<bool>();
    assert_eq!(r, vec![false, false, false, false, true, false, false]);
    let s = isclose(
        &Operand::PyFloat(1.0),
        &Operand::PyFloat(1.0000001),
        Tolerance::default(),
    )
    .unwrap();
    assert_eq!((s.ndim(), s.to_vec::<bool>()), (0, vec![true]));
}
