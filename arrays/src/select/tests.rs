//! Tests of where, clip and round against NumPy 2.4.

use super::*;

fn f64s(v: &[f64]) -> NdArray {
    NdArray::from_vec(v.to_vec(), &[v.len()]).unwrap()
}

fn signs(v: &[f64]) -> String {
    v.iter()
        .map(|x| if x.is_sign_negative() { '-' } else { '+' })
        .collect()
}

#[test]
fn round_matches_numpy() {
    // python3 -c 'import numpy as np; v=np.array([0.5,1.5,2.5,-0.5,-1.5,2.675,1.005,0.125,
    //   123.456,-987.654321]); [print(d, np.round(v,d).tolist()) for d in [0,1,2,3,-1,-2]]'
    let v = f64s(&[
        0.5,
        1.5,
        2.5,
        -0.5,
        -1.5,
        2.675,
        1.005,
        0.125,
        123.456,
        -987.654321,
    ]);
    let expect: [(i64, [f64; 10]); 6] = [
        (0, [0.0, 2.0, 2.0, -0.0, -2.0, 3.0, 1.0, 0.0, 123.0, -988.0]),
        (1, [0.5, 1.5, 2.5, -0.5, -1.5, 2.7, 1.0, 0.1, 123.5, -987.7]),
        (
            2,
            [0.5, 1.5, 2.5, -0.5, -1.5, 2.68, 1.0, 0.12, 123.46, -987.65],
        ),
        (
            3,
            [
                0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 123.456, -987.654,
            ],
        ),
        (
            -1,
            [0.0, 0.0, 0.0, -0.0, -0.0, 0.0, 0.0, 0.0, 120.0, -990.0],
        ),
        (
            -2,
            [0.0, 0.0, 0.0, -0.0, -0.0, 0.0, 0.0, 0.0, 100.0, -1000.0],
        ),
    ];
    for (d, want) in expect {
        let got = round(&v, d).unwrap().array.to_vec::<f64>();
        assert_eq!(got, want.to_vec(), "decimals {d}");
        assert_eq!(signs(&got), signs(&want), "decimals {d}");
    }
    // np.round(v.astype(np.float32), 2).tolist()
    let r = round(&v.astype(DType::Float32), 2).unwrap().array;
    assert_eq!(r.dtype, DType::Float32);
    assert_eq!(r.to_vec::<f64>()[5], 2.680000066757202);
    assert_eq!(r.to_vec::<f64>()[9], -987.6500244140625);
    // np.round(np.array([15,25,-35,1234,5]), -1) -> [20,20,-40,1230,0]; -2 -> [0,0,0,1200,0]
    let i = NdArray::from_vec(vec![15i64, 25, -35, 1234, 5], &[5]).unwrap();
    assert_eq!(
        round(&i, -1).unwrap().array.to_vec::<i64>(),
        vec![20, 20, -40, 1230, 0]
    );
    assert_eq!(
        round(&i, -2).unwrap().array.to_vec::<i64>(),
        vec![0, 0, 0, 1200, 0]
    );
    assert_eq!(round(&i, 2).unwrap().array.dtype, DType::Int64);
    // np.round(np.array([1+2.55j, -0.5+1.5j]), 1) -> [(1+2.6j), (-0.5+1.5j)]
    let c = NdArray::from_vec(
        vec![Complex64::new(1.0, 2.55), Complex64::new(-0.5, 1.5)],
        &[2],
    )
    .unwrap();
    let rc = round(&c, 1).unwrap().array.to_vec::<Complex64>();
    assert_eq!(
        rc,
        vec![Complex64::new(1.0, 2.6), Complex64::new(-0.5, 1.5)]
    );
}

#[test]
fn where_and_clip_match_numpy() {
    // x=np.arange(6); np.where(x%2==0, 1.5, 0) -> [1.5,0,1.5,0,1.5,0] (float64)
    let cond = NdArray::from_vec(vec![true, false, true, false, true, false], &[6]).unwrap();
    let w = where_select(&cond, &Operand::PyFloat(1.5), &Operand::PyInt(0)).unwrap();
    assert_eq!(w.dtype, DType::Float64);
    assert_eq!(w.to_vec::<f64>(), vec![1.5, 0.0, 1.5, 0.0, 1.5, 0.0]);
    let x = NdArray::from_vec((0..6i64).collect(), &[6]).unwrap();
    let short = NdArray::from_vec((0..4i64).collect(), &[4]).unwrap();
    let err = where_select(&cond, &Operand::Array(x.clone()), &Operand::Array(short));
    assert_eq!(
        err.unwrap_err().message,
        "operands could not be broadcast together with shapes (6,) (6,) (4,) "
    );
    // np.clip(x, 1.5, 3.5) -> [1.5,1.5,2.,3.,3.5,3.5]
    let xa = Operand::Array(x.clone());
    let c = clip(
        &xa,
        Some(&Operand::PyFloat(1.5)),
        Some(&Operand::PyFloat(3.5)),
    )
    .unwrap();
    assert_eq!(c.to_vec::<f64>(), vec![1.5, 1.5, 2.0, 3.0, 3.5, 3.5]);
    // np.clip(x, np.array([0,1,2,3,4,5]), 3) -> [0,1,2,3,3,3]
    let lows = Operand::Array(x.clone());
    let c = clip(&xa, Some(&lows), Some(&Operand::PyInt(3))).unwrap();
    assert_eq!(c.to_vec::<i64>(), vec![0, 1, 2, 3, 3, 3]);
    // np.clip(np.array([1,2],np.uint8), -1, 300) -> array([1, 2], dtype=uint8)
    let u = Operand::Array(NdArray::from_vec(vec![1u8, 200], &[2]).unwrap());
    let c = clip(&u, Some(&Operand::PyInt(-1)), Some(&Operand::PyInt(100))).unwrap();
    assert_eq!((c.dtype, c.to_vec::<u8>()), (DType::UInt8, vec![1, 100]));
    // Signed zeros: scalar bounds keep x's sign, array bounds follow `a > b ? a : b`.
    // np.clip(np.array([0.0,-0.0]), 0.0, 1) -> [+0,-0]; with array bounds [-0.,-0.] -> [-0,-0]
    let z = Operand::Array(f64s(&[0.0, -0.0]));
    let c = clip(&z, Some(&Operand::PyFloat(0.0)), Some(&Operand::PyInt(1))).unwrap();
    assert_eq!(signs(&c.to_vec::<f64>()), "+-");
    let lo = Operand::Array(f64s(&[-0.0, -0.0]));
    let hi = Operand::Array(f64s(&[1.0, 1.0]));
    let c = clip(&z, Some(&lo), Some(&hi)).unwrap();
    assert_eq!(signs(&c.to_vec::<f64>()), "--");
    // np.clip(np.array([np.nan, 5.0]), 0, 1) -> [nan, 1.]; np.clip(x, nan, 3) -> all nan
    let n = Operand::Array(f64s(&[f64::NAN, 5.0]));
    let c = clip(&n, Some(&Operand::PyInt(0)), Some(&Operand::PyInt(1))).unwrap();
    let c = c.to_vec::<f64>();
    assert!(c[0].is_nan() && c[1] == 1.0);
    let c = clip(
        &n,
        Some(&Operand::PyFloat(f64::NAN)),
        Some(&Operand::PyInt(3)),
    )
    .unwrap();
    assert!(c.to_vec::<f64>().iter().all(|v| v.is_nan()));
    // np.clip(x, 4, 2) -> all 2
    let c = clip(&xa, Some(&Operand::PyInt(4)), Some(&Operand::PyInt(2))).unwrap();
    assert_eq!(c.to_vec::<i64>(), vec![2; 6]);
}
