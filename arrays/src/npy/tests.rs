//! Tests of `.npy` writing and reading against bytes produced by NumPy 2.4.6's `np.save`.
//!
//! Expected headers come from:
//! `python3 -c 'import numpy as np, io; b = io.BytesIO(); np.save(b, A); print(b.getvalue())'`
//! for the arrays named in each test.

use super::*;

/// Builds the bytes NumPy writes: version 1.0 magic, length, header text padded to 64 bytes.
fn numpy_v1(header_text: &str, data: &[u8]) -> Vec<u8> {
    let mut out = NPY_MAGIC.to_vec();
    out.extend_from_slice(&[1, 0]);
    out.extend_from_slice(&(header_text.len() as u16).to_le_bytes());
    out.extend_from_slice(header_text.as_bytes());
    out.extend_from_slice(data);
    out
}

fn padded(dict_text: &str) -> String {
    let total = 10 + dict_text.len() + 1;
    let pad = 64 - total % 64;
    format!("{dict_text}{}\n", " ".repeat(pad))
}

#[test]
fn writes_float64_vector_like_numpy() {
    // np.save(b, np.arange(3.0)) -> 152 bytes, header length 0x76
    let data: Vec<u8> = [0.0f64, 1.0, 2.0]
        .iter()
        .flat_map(|v| v.to_le_bytes())
        .collect();
    let header = "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }                                                            \n";
    assert_eq!(header.len(), 0x76);
    let bytes = write_npy(DType::Float64, &[3], false, &data);
    assert_eq!(bytes, numpy_v1(header, &data));
    assert_eq!(bytes.len(), 152);
}

#[test]
fn writes_headers_like_numpy() {
    // np.zeros((2,3), np.int32); np.array(5, np.uint8); np.zeros((0,), bool);
    // np.asfortranarray(np.arange(6, dtype=np.int16).reshape(2,3)); np.array([1+2j], np.complex64)
    let cases: [(DType, &[usize], bool, &str); 5] = [
        (DType::Int32, &[2, 3], false, "{'descr': '<i4', 'fortran_order': False, 'shape': (2, 3), }                                                          \n"),
        (DType::UInt8, &[], false, "{'descr': '|u1', 'fortran_order': False, 'shape': (), }                                                              \n"),
        (DType::Bool, &[0], false, "{'descr': '|b1', 'fortran_order': False, 'shape': (0,), }                                                            \n"),
        (DType::Int16, &[2, 3], true, "{'descr': '<i2', 'fortran_order': True, 'shape': (2, 3), }                                                           \n"),
        (DType::Complex64, &[1], false, "{'descr': '<c8', 'fortran_order': False, 'shape': (1,), }                                                            \n"),
    ];
    for (dtype, shape, fortran, header) in cases {
        assert_eq!(
            npy_header(dtype, shape, fortran),
            numpy_v1(header, &[]),
            "{dtype:?} {shape:?}"
        );
    }
    // np.zeros((1,)*40, np.int8): a header longer than one 64-byte block (length 0xf6).
    let dims = vec![1usize; 40];
    let header = npy_header(DType::Int8, &dims, false);
    assert_eq!(header.len(), 256);
    assert_eq!(&header[8..10], &[0xf6, 0]);
    let dict = format!(
        "{{'descr': '|i1', 'fortran_order': False, 'shape': ({}), }}{}",
        vec!["1"; 40].join(", "),
        " ".repeat(20)
    );
    assert_eq!(header, numpy_v1(&padded(&dict), &[]));
}

#[test]
fn huge_headers_switch_to_version_2() {
    let dims = vec![1usize; 30000];
    let header = npy_header(DType::Int8, &dims, false);
    assert_eq!(&header[6..8], &[2, 0]);
    assert_eq!(header.len() % 64, 0);
    let mut bytes = header;
    bytes.push(7);
    let file = read_npy(&bytes).expect("version 2.0 reads back");
    assert_eq!((file.shape.len(), file.data), (30000, vec![7]));
}

#[test]
fn reads_back_what_it_writes() {
    let data: Vec<u8> = (0..24u8).collect();
    for (dtype, shape) in [
        (DType::Int32, vec![2, 3]),
        (DType::Complex128, vec![1, 1]),
        (DType::UInt8, vec![24]),
        (DType::Float32, vec![6]),
        (DType::Bool, vec![]),
    ] {
        let n = shape.iter().product::<usize>() * dtype.itemsize();
        let bytes = write_npy(dtype, &shape, true, &data[..n]);
        let file = read_npy(&bytes).expect("round trip");
        assert_eq!(
            file,
            NpyFile {
                dtype,
                shape: shape.clone(),
                fortran_order: true,
                data: data[..n].to_vec()
            }
        );
    }
}

#[test]
fn converts_big_endian() {
    // np.save(b, np.arange(4, dtype='>i4')) -> 144 bytes
    let header = "{'descr': '>i4', 'fortran_order': False, 'shape': (4,), }                                                            \n";
    let be: Vec<u8> = (0..4i32).flat_map(|v| v.to_be_bytes()).collect();
    let file = read_npy(&numpy_v1(header, &be)).expect("big-endian int32");
    let le: Vec<u8> = (0..4i32).flat_map(|v| v.to_le_bytes()).collect();
    assert_eq!((file.dtype, file.data), (DType::Int32, le));
    // np.array([1.5-2j], '>c8'): each float32 half swapped on its own.
    let header =
        padded("{'descr': '>c8', 'fortran_order': False, 'shape': (1,), }                    ");
    let be: Vec<u8> = [1.5f32, -2.0]
        .iter()
        .flat_map(|v| v.to_be_bytes())
        .collect();
    let file = read_npy(&numpy_v1(&header, &be)).expect("big-endian complex64");
    let le: Vec<u8> = [1.5f32, -2.0]
        .iter()
        .flat_map(|v| v.to_le_bytes())
        .collect();
    assert_eq!(file.data, le);
}

#[test]
fn rejects_bad_input_with_clear_errors() {
    let err = |bytes: &[u8]| read_npy(bytes).expect_err("must fail");
    assert!(err(b"hello").contains("magic"));
    assert!(err(b"\x93NUMPY\x09\x00\x00\x00").contains("version 9.0"));
    let half = numpy_v1(
        &padded("{'descr': '<f2', 'fortran_order': False, 'shape': (1,), }"),
        &[0, 0],
    );
    assert!(err(&half).contains("unsupported dtype descr \"<f2\""));
    let record = numpy_v1(
        &padded("{'descr': [('a', '<i4')], 'fortran_order': False, 'shape': (1,), }"),
        &[0; 4],
    );
    assert!(err(&record).contains("structured"));
    let strings = numpy_v1(
        &padded("{'descr': '<U3', 'fortran_order': False, 'shape': (1,), }"),
        &[0; 12],
    );
    assert!(err(&strings).contains("unsupported"));
    let short = write_npy(DType::Float64, &[2], false, &[0; 8]);
    assert!(err(&short).contains("expected 16 data bytes, found 8"));
    let mut truncated = write_npy(DType::Float64, &[0], false, &[]);
    truncated.truncate(40);
    assert!(err(&truncated).contains("header"));
    let missing = numpy_v1(&padded("{'descr': '<f8', 'shape': (1,), }"), &[0; 8]);
    assert!(err(&missing).contains("required"));
    let garbage = numpy_v1(
        &padded("{'descr': '<f8', 'fortran_order': maybe, 'shape': (1,), }"),
        &[0; 8],
    );
    assert!(err(&garbage).contains("malformed"));
}

#[test]
fn parses_descr_strings() {
    assert_eq!(parse_descr("<f8"), Ok((DType::Float64, false)));
    assert_eq!(parse_descr("|b1"), Ok((DType::Bool, false)));
    assert_eq!(parse_descr(">u2"), Ok((DType::UInt16, true)));
    assert_eq!(parse_descr(">i1"), Ok((DType::Int8, false)));
    assert_eq!(parse_descr("<c16"), Ok((DType::Complex128, false)));
    assert!(parse_descr("<M8[ns]").is_err());
    assert!(parse_descr("").is_err());
}
