//! Tests of the product functions against NumPy 2.4 (values printed with `.tolist()`).

use super::*;

fn ints(v: Vec<i64>, shape: &[usize]) -> NdArray {
    NdArray::from_vec(v, shape).unwrap()
}

fn arange(n: i64, shape: &[usize]) -> NdArray {
    ints((0..n).collect(), shape)
}

#[test]
fn dot_matmul_inner_outer() {
    // a=np.arange(6).reshape(2,3); b=np.arange(12).reshape(3,4); v=[1,2,3]
    // np.dot(a,b) -> [[20,23,26,29],[56,68,80,92]]; np.dot(a,v) -> [8,26];
    // np.inner(a,a) -> [[5,14],[14,50]]; np.matmul(v,b) -> [32,38,44,50]
    let (a, b, v) = (
        arange(6, &[2, 3]),
        arange(12, &[3, 4]),
        ints(vec![1, 2, 3], &[3]),
    );
    let d = dot(&a, &b).unwrap();
    assert_eq!(d.to_vec::<i64>(), vec![20, 23, 26, 29, 56, 68, 80, 92]);
    assert_eq!(dot(&a, &v).unwrap().to_vec::<i64>(), vec![8, 26]);
    assert_eq!(inner(&a, &a).unwrap().to_vec::<i64>(), vec![5, 14, 14, 50]);
    let mv = matmul(&v, &b).unwrap();
    assert_eq!(
        (mv.shape.clone(), mv.to_vec::<i64>()),
        (vec![4], vec![32, 38, 44, 50])
    );
    let w = ints(vec![4, -5, 6], &[3]);
    let vw = dot(&v, &w).unwrap();
    assert_eq!((vw.ndim(), vw.to_vec::<i64>()), (0, vec![12]));
    // s=np.arange(8).reshape(2,2,2); np.matmul(s,s) -> [[[2,3],[6,11]],[[46,55],[66,79]]]
    let s = arange(8, &[2, 2, 2]);
    let ss = matmul(&s, &s).unwrap();
    assert_eq!(ss.to_vec::<i64>(), vec![2, 3, 6, 11, 46, 55, 66, 79]);
    assert_eq!(
        matmul(&s, &ints(vec![1, -1], &[2]))
            .unwrap()
            .to_vec::<i64>(),
        vec![-1; 4]
    );
    // int8 wraps: np.matmul([[1,2]] int8, [[100],[100]] int8) -> [[44]] int8
    let p = NdArray::from_vec(vec![1i8, 2], &[1, 2]).unwrap();
    let q = NdArray::from_vec(vec![100i8, 100], &[2, 1]).unwrap();
    let r = matmul(&p, &q).unwrap();
    assert_eq!((r.dtype, r.to_vec::<i8>()), (DType::Int8, vec![44]));
    let o = outer(&ints(vec![1, 2], &[2]), &v).unwrap();
    assert_eq!(
        (o.shape.clone(), o.to_vec::<i64>()),
        (vec![2, 3], vec![1, 2, 3, 2, 4, 6])
    );
    // np.vdot(np.array([1j,2]), np.array([1j,3])) -> (7+0j)
    let c1 = NdArray::from_vec(
        vec![Complex64::new(0.0, 1.0), Complex64::new(2.0, 0.0)],
        &[2],
    );
    let c2 = NdArray::from_vec(
        vec![Complex64::new(0.0, 1.0), Complex64::new(3.0, 0.0)],
        &[2],
    );
    let vd = vdot(&c1.unwrap(), &c2.unwrap()).unwrap();
    assert_eq!(vd.to_vec::<Complex64>(), vec![Complex64::new(7.0, 0.0)]);
}

#[test]
fn product_errors_match_numpy() {
    let (a, b, v) = (
        arange(6, &[2, 3]),
        arange(12, &[3, 4]),
        ints(vec![1, 2, 3], &[3]),
    );
    let msg = |r: ArrayResult<NdArray>| r.unwrap_err().message;
    assert_eq!(
        msg(dot(&a, &a)),
        "shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)"
    );
    assert_eq!(
        msg(inner(&a, &b)),
        "shapes (2,3) and (4,3) not aligned: 3 (dim 1) != 4 (dim 0)"
    );
    assert_eq!(msg(matmul(&v, &arange(4, &[4]))), "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 4 is different from 3)");
    let zero_d = ints(vec![3], &[]);
    assert_eq!(msg(matmul(&zero_d, &v)), "matmul: Input operand 0 does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)");
    // np.matmul(np.ones((2,1,3)), np.ones((4,3,5)))
    let x = NdArray::zeroed(DType::Float64, &[2, 1, 3]).unwrap();
    let y = NdArray::zeroed(DType::Float64, &[4, 3, 5]).unwrap();
    assert_eq!(msg(matmul(&x, &y)), "operands could not be broadcast together with remapped shapes [original->remapped]: (2,1,3)->(2,newaxis,newaxis) (4,3,5)->(4,newaxis,newaxis)  and requested shape (1,5)");
    assert_eq!(
        msg(cross(&v, &arange(4, &[4]))),
        "incompatible dimensions for cross product\n(dimension must be 2 or 3)"
    );
    assert_eq!(
        msg(tensordot(&a, &b, &TensorAxes::Count(2))),
        "shape-mismatch for sum"
    );
    let empty = NdArray::zeroed(DType::Float64, &[0]).unwrap();
    assert_eq!(
        msg(convolve(&empty, &v, ConvolveMode::Full)),
        "a cannot be empty"
    );
    assert_eq!(
        msg(vdot(&v, &arange(4, &[4]))),
        "cannot reshape array of size 4 into shape (3,)"
    );
    assert_eq!(
        msg(trace(&v, 0, 0, 1, None)),
        "diag requires an array of at least two dimensions"
    );
}

#[test]
fn tensordot_trace_cross_convolve() {
    // t=np.arange(24).reshape(2,3,4); np.tensordot(t, np.arange(12).reshape(4,3),
    //   axes=([1,2],[1,0])) -> [440,1232]; axes=2 with reshape(3,4) -> [506,1298]
    let t = arange(24, &[2, 3, 4]);
    let pairs = TensorAxes::Pairs(vec![1, 2], vec![1, 0]);
    let r = tensordot(&t, &arange(12, &[4, 3]), &pairs).unwrap();
    assert_eq!(r.to_vec::<i64>(), vec![440, 1232]);
    let r = tensordot(&t, &arange(12, &[3, 4]), &TensorAxes::Count(2)).unwrap();
    assert_eq!(r.to_vec::<i64>(), vec![506, 1298]);
    let a = arange(6, &[2, 3]);
    assert_eq!(
        tensordot(&a, &a, &TensorAxes::Count(0)).unwrap().shape,
        vec![2, 3, 2, 3]
    );
    // m=np.arange(16).reshape(4,4): trace 30, offset=1 -> 18, offset=-2 -> 21;
    // np.trace(np.arange(8).reshape(2,2,2)) -> [6, 8]
    let m = arange(16, &[4, 4]);
    assert_eq!(trace(&m, 0, 0, 1, None).unwrap().to_vec::<i64>(), vec![30]);
    assert_eq!(trace(&m, 1, 0, 1, None).unwrap().to_vec::<i64>(), vec![18]);
    assert_eq!(trace(&m, -2, 0, 1, None).unwrap().to_vec::<i64>(), vec![21]);
    assert_eq!(
        trace(&arange(8, &[2, 2, 2]), 0, 0, 1, None)
            .unwrap()
            .to_vec::<i64>(),
        vec![6, 8]
    );
    // np.cross([1,2,3],[4,-5,6]) -> [27,6,-13]; np.cross([[1,0,0],[0,0,1]],[0,1,0]) ->
    // [[0,0,1],[-1,0,0]]; np.cross([1,2],[3,4,5]) -> [10,-5,-2]
    let v = ints(vec![1, 2, 3], &[3]);
    let w = ints(vec![4, -5, 6], &[3]);
    assert_eq!(cross(&v, &w).unwrap().to_vec::<i64>(), vec![27, 6, -13]);
    let rows = ints(vec![1, 0, 0, 0, 0, 1], &[2, 3]);
    let c = cross(&rows, &ints(vec![0, 1, 0], &[3])).unwrap();
    assert_eq!(
        (c.shape.clone(), c.to_vec::<i64>()),
        (vec![2, 3], vec![0, 0, 1, -1, 0, 0])
    );
    let c = cross(&ints(vec![1, 2], &[2]), &ints(vec![3, 4, 5], &[3])).unwrap();
    assert_eq!(c.to_vec::<i64>(), vec![10, -5, -2]);
    let c = cross(&ints(vec![1, 2], &[2]), &ints(vec![3, 4], &[2])).unwrap();
    assert_eq!((c.ndim(), c.to_vec::<i64>()), (0, vec![-2]));
    // np.convolve(v,w) -> [4,3,8,-3,18]; 'same' with [0.5,0.25,1.0] -> [1.25,3.0,4.75,4.0];
    // np.convolve([1,2,3,4],[1,1],'valid') -> [3,5,7]
    assert_eq!(
        convolve(&v, &w, ConvolveMode::Full)
            .unwrap()
            .to_vec::<i64>(),
        vec![4, 3, 8, -3, 18]
    );
    let f = NdArray::from_vec(vec![0.5, 0.25, 1.0], &[3]).unwrap();
    let four = ints(vec![1, 2, 3, 4], &[4]);
    let full = convolve(&four, &f, ConvolveMode::Full).unwrap();
    assert_eq!(full.to_vec::<f64>(), vec![0.5, 1.25, 3.0, 4.75, 4.0, 4.0]);
    let same = convolve(&four, &f, ConvolveMode::Same).unwrap();
    assert_eq!(same.to_vec::<f64>(), vec![1.25, 3.0, 4.75, 4.0]);
    let valid = convolve(&four, &ints(vec![1, 1], &[2]), ConvolveMode::Valid).unwrap();
    assert_eq!(valid.to_vec::<i64>(), vec![3, 5, 7]);
}
