//! Tests of searchsorted and unique against NumPy 2.4.

use super::*;

fn ints(v: &[i64]) -> NdArray {
    NdArray::from_vec(v.to_vec(), &[v.len()]).unwrap()
}

#[test]
fn searchsorted_sides_sorter_and_nan() {
    // python3 -c 'import numpy as np; s=np.array([1,2,2,2,5,8,13]);
    //   print(np.searchsorted(s,[0,3,13,14]), np.searchsorted(s,[2,5,9],side="right"), np.searchsorted(s,1.5))'
    let s = ints(&[1, 2, 2, 2, 5, 8, 13]);
    let left = searchsorted(&s, &Operand::Array(ints(&[0, 3, 13, 14])), Side::Left, None);
    assert_eq!(left.unwrap().to_vec::<i64>(), vec![0, 4, 6, 7]);
    let right = searchsorted(&s, &Operand::Array(ints(&[2, 5, 9])), Side::Right, None);
    assert_eq!(right.unwrap().to_vec::<i64>(), vec![4, 5, 6]);
    let half = searchsorted(&s, &Operand::PyFloat(1.5), Side::Left, None).unwrap();
    assert_eq!((half.shape.len(), half.to_vec::<i64>()), (0, vec![1]));
    // np.searchsorted(np.array([0.1,0.2,0.3]), np.array([np.nan,-np.inf,np.inf])) -> [3 0 3]
    let f = NdArray::from_vec(vec![0.1f64, 0.2, 0.3], &[3]).unwrap();
    let keys = NdArray::from_vec(vec![f64::NAN, f64::NEG_INFINITY, f64::INFINITY], &[3]).unwrap();
    let r = searchsorted(&f, &Operand::Array(keys), Side::Left, None).unwrap();
    assert_eq!(r.to_vec::<i64>(), vec![3, 0, 3]);
    // np.searchsorted([3,1,2], 2, sorter=[1,2,0]) -> 1
    let r = searchsorted(
        &ints(&[3, 1, 2]),
        &Operand::PyInt(2),
        Side::Left,
        Some(&ints(&[1, 2, 0])),
    );
    assert_eq!(r.unwrap().to_vec::<i64>(), vec![1]);
    let bad = searchsorted(&s, &Operand::PyInt(1), Side::Left, Some(&ints(&[0, 1])));
    assert_eq!(bad.unwrap_err().message, "sorter.size must equal a.size");
    assert_eq!(
        Side::from_name("middle").unwrap_err().message,
        "search side must be 'left' or 'right' (got 'middle')"
    );
    let deep = NdArray::zeroed(DType::Float64, &[2, 2]).unwrap();
    let err = searchsorted(&deep, &Operand::PyInt(1), Side::Left, None).unwrap_err();
    assert_eq!(err.message, "object too deep for desired array");
}

#[test]
fn unique_with_all_outputs_and_nans() {
    // python3 -c 'import numpy as np; print(np.unique(np.array([np.nan,1,np.nan,0.0,-0.0]),
    //   return_index=True, return_inverse=True, return_counts=True))'
    let a = NdArray::from_vec(vec![f64::NAN, 1.0, f64::NAN, 0.0, -0.0], &[5]).unwrap();
    let all = UniqueOptions {
        return_index: true,
        return_inverse: true,
        return_counts: true,
        equal_nan: true,
    };
    let u = unique(&a, all).unwrap();
    let v = u.values.to_vec::<f64>();
    assert_eq!(&v[..2], &[0.0, 1.0]);
    assert!(v[2].is_nan() && v.len() == 3);
    assert_eq!(u.indices.unwrap().to_vec::<i64>(), vec![3, 1, 0]);
    assert_eq!(u.inverse.unwrap().to_vec::<i64>(), vec![2, 1, 2, 0, 0]);
    assert_eq!(u.counts.unwrap().to_vec::<i64>(), vec![2, 1, 2]);
    // equal_nan=False: (array([ 1., nan, nan]), array([1, 1, 1]))
    let b = NdArray::from_vec(vec![f64::NAN, 1.0, f64::NAN], &[3]).unwrap();
    let opts = UniqueOptions {
        return_counts: true,
        ..UniqueOptions::default()
    };
    let u = unique(&b, opts).unwrap();
    assert_eq!(u.values.size(), 3);
    assert_eq!(u.counts.unwrap().to_vec::<i64>(), vec![1, 1, 1]);
    // np.unique(np.array([[1,1],[0,0]]), return_index=True, return_inverse=True)
    let m = NdArray::from_vec(vec![1i64, 1, 0, 0], &[2, 2]).unwrap();
    let u = unique(&m, all).unwrap();
    assert_eq!(u.values.to_vec::<i64>(), vec![0, 1]);
    assert_eq!(u.indices.unwrap().to_vec::<i64>(), vec![2, 0]);
    let inv = u.inverse.unwrap();
    assert_eq!(
        (inv.shape.clone(), inv.to_vec::<i64>()),
        (vec![2, 2], vec![1, 1, 0, 0])
    );
    let empty = unique(&ints(&[]), all).unwrap();
    assert_eq!(empty.values.shape, vec![0]);
    assert_eq!(empty.counts.unwrap().shape, vec![0]);
    // a=np.array([complex(-0.0,0), 1, complex(0.0,0)]*10); np.signbit(np.unique(a).real) -> [True, False]
    let mut values = vec![];
    for _ in 0..10 {
        values.extend([
            num_complex::Complex64::new(-0.0, 0.0),
            num_complex::Complex64::new(1.0, 0.0),
            num_complex::Complex64::new(0.0, 0.0),
        ]);
    }
    let c = NdArray::from_vec(values, &[30]).unwrap();
    let opts = UniqueOptions {
        equal_nan: true,
        ..UniqueOptions::default()
    };
    let u = unique(&c, opts)
        .unwrap()
        .values
        .to_vec::<num_complex::Complex64>();
    assert_eq!(u.len(), 2);
    assert!(u[0].re.is_sign_negative() && u[1].re == 1.0);
}
