//! Tests of the join/split family against NumPy 2.4.

use super::*;

fn ints(v: Vec<i64>, shape: &[usize]) -> NdArray {
    NdArray::from_vec(v, shape).unwrap()
}

#[test]
fn concatenate_and_stacks() {
    // a=np.array([[1,2],[3,4]]); b=np.array([[5,6]]);
    // np.concatenate((a,b)).tolist(); np.concatenate((a,b.T),axis=1).tolist()
    let a = ints(vec![1, 2, 3, 4], &[2, 2]);
    let b = ints(vec![5, 6], &[1, 2]);
    let c = concatenate(&[a.clone(), b.clone()], Some(0), None).unwrap();
    assert_eq!(
        (c.shape.clone(), c.to_vec::<i64>()),
        (vec![3, 2], vec![1, 2, 3, 4, 5, 6])
    );
    let bt = b.transpose(None).unwrap();
    let c = concatenate(&[a.clone(), bt], Some(1), None).unwrap();
    assert_eq!(c.to_vec::<i64>(), vec![1, 2, 5, 3, 4, 6]);
    let c = concatenate(&[a.clone(), a.clone()], None, None).unwrap();
    assert_eq!(c.shape, vec![8]);
    // np.concatenate([np.array([1],np.int8), np.array([300],np.int16)]) -> int16
    let i8a = NdArray::from_vec(vec![1i8], &[1]).unwrap();
    let i16a = NdArray::from_vec(vec![300i16], &[1]).unwrap();
    assert_eq!(
        concatenate(&[i8a, i16a], Some(0), None).unwrap().dtype,
        DType::Int16
    );
    let x = ints(vec![1, 2, 3], &[3]);
    let y = ints(vec![4, 5, 6], &[3]);
    // np.stack([x,y],axis=1).tolist() -> [[1,4],[2,5],[3,6]]
    let s = stack(&[x.clone(), y.clone()], 1).unwrap();
    assert_eq!(
        (s.shape.clone(), s.to_vec::<i64>()),
        (vec![3, 2], vec![1, 4, 2, 5, 3, 6])
    );
    assert_eq!(
        stack(&[a.clone(), a.clone()], 2).unwrap().shape,
        vec![2, 2, 2]
    );
    assert_eq!(vstack(&[x.clone(), y.clone()]).unwrap().shape, vec![2, 3]);
    assert_eq!(hstack(&[x.clone(), y.clone()]).unwrap().shape, vec![6]);
    assert_eq!(hstack(&[a.clone(), a.clone()]).unwrap().shape, vec![2, 4]);
    // np.column_stack([a, x[:2]]).tolist() -> [[1,2,1],[3,4,2]]
    let cs = column_stack(&[a.clone(), x.slice_axis(0, 0, 2)]).unwrap();
    assert_eq!(cs.to_vec::<i64>(), vec![1, 2, 1, 3, 4, 2]);
    assert_eq!(
        dstack(&[x.clone(), y.clone()]).unwrap().shape,
        vec![1, 3, 2]
    );
    // Error messages (python3 -c 'import numpy as np; ...' printed each).
    let e = concatenate(&[a.clone(), x.clone()], Some(0), None).unwrap_err();
    assert_eq!(e.message, "all the input arrays must have same number of dimensions, but the array at index 0 has 2 dimension(s) and the array at index 1 has 1 dimension(s)");
    let e = concatenate(&[a.clone(), ints(vec![1, 2, 3], &[1, 3])], Some(0), None).unwrap_err();
    assert_eq!(e.message, "all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size 2 and the array at index 1 has size 3");
    let e = stack(&[x.clone(), ints(vec![1, 2], &[2])], 0).unwrap_err();
    assert_eq!(e.message, "all input arrays must have the same shape");
    let e = concatenate(&[a.clone(), a], Some(2), None).unwrap_err();
    assert_eq!(
        e.message,
        "axis 2 is out of bounds for array of dimension 2"
    );
}

#[test]
fn splits_are_views_with_numpy_bounds() {
    let z = ints((0..9).collect(), &[9]);
    let parts = split(&z, &Sections::Count(3), 0).unwrap();
    assert_eq!(parts[1].to_vec::<i64>(), vec![3, 4, 5]);
    parts[0]
        .set_flat(0, crate::dtype::Scalar::I64(100))
        .unwrap();
    assert_eq!(z.get_flat(0).unwrap(), crate::dtype::Scalar::I64(100));
    // np.split(z,[3,1]) -> [0,1,2], [], [1..8]; np.split(z,[3,20]) -> [0,1,2],[3..8]
    let parts = split(&z, &Sections::Indices(vec![3, 1]), 0).unwrap();
    let sizes: Vec<usize> = parts.iter().map(|p| p.size()).collect();
    assert_eq!(sizes, vec![3, 0, 8]);
    let parts = split(&z, &Sections::Indices(vec![3, 20]), 0).unwrap();
    assert_eq!(
        parts.iter().map(|p| p.size()).collect::<Vec<_>>(),
        vec![3, 6, 0]
    );
    // np.array_split(np.arange(7), 3) -> sizes 3,2,2; np.array_split(np.arange(2), 3) -> 1,1,0
    let seven = ints((0..7).collect(), &[7]);
    let parts = array_split(&seven, &Sections::Count(3), 0).unwrap();
    assert_eq!(
        parts.iter().map(|p| p.size()).collect::<Vec<_>>(),
        vec![3, 2, 2]
    );
    assert_eq!(parts[2].to_vec::<i64>(), vec![5, 6]);
    let two = ints(vec![0, 1], &[2]);
    let parts = array_split(&two, &Sections::Count(3), 0).unwrap();
    assert_eq!(
        parts.iter().map(|p| p.size()).collect::<Vec<_>>(),
        vec![1, 1, 0]
    );
    // m=np.arange(12).reshape(3,4); np.split(m, 2, axis=1)[1].tolist() -> [[2,3],[6,7],[10,11]]
    let m = ints((0..12).collect(), &[3, 4]);
    let parts = split(&m, &Sections::Count(2), 1).unwrap();
    assert_eq!(parts[1].to_vec::<i64>(), vec![2, 3, 6, 7, 10, 11]);
    let e = split(&z, &Sections::Count(4), 0).unwrap_err();
    assert_eq!(
        e.message,
        "array split does not result in an equal division"
    );
    let e = array_split(&z, &Sections::Count(0), 0).unwrap_err();
    assert_eq!(e.message, "number sections must be larger than 0.");
}
