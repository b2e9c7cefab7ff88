//! Tests of flip/roll/tile/repeat/diff/pad/meshgrid/indices against NumPy 2.4.

use super::*;

fn ints(v: Vec<i64>, shape: &[usize]) -> NdArray {
    NdArray::from_vec(v, shape).unwrap()
}

fn arange(n: i64, shape: &[usize]) -> NdArray {
    ints((0..n).collect(), shape)
}

#[test]
fn flip_and_roll() {
    let m = arange(12, &[3, 4]);
    let f = flip(&m, Some(&[1])).unwrap();
    assert_eq!(&f.to_vec::<i64>()[..4], &[3, 2, 1, 0]);
    assert!(f.shares_buffer(&m));
    assert_eq!(flip(&m, None).unwrap().to_vec::<i64>()[0], 11);
    // np.roll(m,1) -> [[11,0,1,2],...]; np.roll(m,(1,2),axis=(0,1)) -> [[10,11,8,9],...]
    assert_eq!(
        &roll(&m, &[1], None).unwrap().to_vec::<i64>()[..4],
        &[11, 0, 1, 2]
    );
    let r = roll(&m, &[1, 2], Some(&[0, 1])).unwrap();
    assert_eq!(&r.to_vec::<i64>()[..8], &[10, 11, 8, 9, 2, 3, 0, 1]);
    let r = roll(&m, &[-1], Some(&[1])).unwrap();
    assert_eq!(&r.to_vec::<i64>()[..4], &[1, 2, 3, 0]);
    // np.roll(m, (1,2), axis=0) rolls axis 0 by 3
    let r = roll(&m, &[1, 2], Some(&[0])).unwrap();
    assert_eq!(&r.to_vec::<i64>()[..4], &[0, 1, 2, 3]);
    let e = roll(&m, &[1, 2], Some(&[0, 1, 1])).unwrap_err();
    assert_eq!(e.message, "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (2,) and arg 1 with shape (3,).");
}

#[test]
fn tile_and_repeat() {
    // np.tile([[1,2],[3,4]], (1,3)) -> [[1,2,1,2,1,2],[3,4,3,4,3,4]]
    let sq = ints(vec![1, 2, 3, 4], &[2, 2]);
    let t = tile(&sq, &[1, 3]).unwrap();
    assert_eq!(t.to_vec::<i64>(), vec![1, 2, 1, 2, 1, 2, 3, 4, 3, 4, 3, 4]);
    assert_eq!(
        tile(&ints(vec![1, 2, 3], &[3]), &[2, 1, 1]).unwrap().shape,
        vec![2, 1, 3]
    );
    assert_eq!(tile(&arange(6, &[2, 3]), &[0]).unwrap().shape, vec![2, 0]);
    // np.repeat([[1,2],[3,4]], 2, axis=1) -> [[1,1,2,2],[3,3,4,4]]; np.repeat([1,2,3],[1,0,3])
    let r = repeat(&sq, &[2], Some(1)).unwrap();
    assert_eq!(r.to_vec::<i64>(), vec![1, 1, 2, 2, 3, 3, 4, 4]);
    let r = repeat(&ints(vec![1, 2, 3], &[3]), &[1, 0, 3], None).unwrap();
    assert_eq!(r.to_vec::<i64>(), vec![1, 3, 3, 3]);
    assert_eq!(
        repeat(&ints(vec![7], &[]), &[3], None)
            .unwrap()
            .to_vec::<i64>(),
        vec![7, 7, 7]
    );
    let six = arange(6, &[6]);
    let e = repeat(&six, &[1, 2], None).unwrap_err();
    assert_eq!(
        e.message,
        "operands could not be broadcast together with shape (6,) (2,)"
    );
    let e = repeat(&six, &[1, -1, 1, 1, 1, 1], None).unwrap_err();
    assert_eq!(e.message, "repeats may not contain negative values.");
}

#[test]
fn diff_pad_grids() {
    // np.diff([[1,3,6,10],[0,5,6,8]], n=2, axis=1) -> [[1,1],[-4,1]]
    let m = ints(vec![1, 3, 6, 10, 0, 5, 6, 8], &[2, 4]);
    assert_eq!(diff(&m, 2, 1).unwrap().to_vec::<i64>(), vec![1, 1, -4, 1]);
    assert_eq!(diff(&m, 1, 0).unwrap().to_vec::<i64>(), vec![-1, 2, 0, -2]);
    let u = NdArray::from_vec(vec![5u8, 3], &[2]).unwrap();
    assert_eq!(diff(&u, 1, -1).unwrap().to_vec::<u8>(), vec![254]);
    let b = NdArray::from_vec(vec![true, false, false, true], &[4]).unwrap();
    assert_eq!(
        diff(&b, 1, -1).unwrap().to_vec::<bool>(),
        vec![true, false, true]
    );
    let d = ints(vec![1, 4, 9, 16, 25], &[5]);
    assert_eq!(diff(&d, 5, -1).unwrap().shape, vec![0]);
    assert_eq!(
        diff(&d, -1, -1).unwrap_err().message,
        "order must be non-negative but got -1"
    );
    // np.pad([[1,2],[3,4]], ((1,1),(1,1)), constant_values=((8,9),(5,6)))
    let sq = ints(vec![1, 2, 3, 4], &[2, 2]);
    let p = pad_constant(
        &sq,
        &[(1, 1), (1, 1)],
        &[
            (Scalar::I64(8), Scalar::I64(9)),
            (Scalar::I64(5), Scalar::I64(6)),
        ],
    )
    .unwrap();
    assert_eq!(
        p.to_vec::<i64>(),
        vec![5, 8, 8, 6, 5, 1, 2, 6, 5, 3, 4, 6, 5, 9, 9, 6]
    );
    let p = pad_constant(
        &ints(vec![1, 2, 3], &[3]),
        &[(1, 3)],
        &[(Scalar::I64(9), Scalar::I64(9))],
    );
    assert_eq!(p.unwrap().to_vec::<i64>(), vec![9, 1, 2, 3, 9, 9, 9]);
    let e = pad_constant(&sq, &[(-1, 0)], &[(Scalar::I64(0), Scalar::I64(0))]).unwrap_err();
    assert_eq!(e.message, "index can't contain negative values");
    // x, y = np.meshgrid([1,2,3], [10,20])
    let g = meshgrid(
        &[ints(vec![1, 2, 3], &[3]), ints(vec![10, 20], &[2])],
        true,
        false,
    )
    .unwrap();
    assert_eq!(g[0].to_vec::<i64>(), vec![1, 2, 3, 1, 2, 3]);
    assert_eq!(g[1].to_vec::<i64>(), vec![10, 10, 10, 20, 20, 20]);
    let ij = meshgrid(
        &[ints(vec![1, 2], &[2]), ints(vec![1, 2, 3], &[3])],
        false,
        false,
    )
    .unwrap();
    assert_eq!(ij[0].shape, vec![2, 3]);
    // np.indices((2,3)).tolist() -> [[[0,0,0],[1,1,1]],[[0,1,2],[0,1,2]]]
    let ind = indices(&[2, 3], DType::Int64).unwrap();
    assert_eq!(
        ind.to_vec::<i64>(),
        vec![0, 0, 0, 1, 1, 1, 0, 1, 2, 0, 1, 2]
    );
}
