//! The `.npy` file format (NumPy's `np.save` / `np.load` for one array): writing version 1.0
//! byte-identical to NumPy (version 2.0 only when the header outgrows 64 KiB, as NumPy does),
//! reading versions 1.0, 2.0 and 3.0. Big-endian data (`'>i4'`) is converted to little-endian;
//! dtypes outside micronumpy's set (float16, strings, records, objects) give a clear error.
//!
//! The header text is handled in `npy/header.rs` (building the dict literal, parsing it back).

mod header;
#[cfg(test)]
mod tests;

use crate::dtype::DType;
use header::{parse_header_dict, HeaderDict};

/// The six bytes every `.npy` file starts with.
pub const NPY_MAGIC: &[u8; 6] = b"\x93NUMPY";

/// Header block alignment (magic, version, length and header text together).
const ARRAY_ALIGN: usize = 64;

/// Spare spaces NumPy leaves so the growing axis can be rewritten in place.
const GROWTH_AXIS_MAX_DIGITS: usize = 21;

/// One array read from a `.npy` file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NpyFile {
    /// Element type.
    pub dtype: DType,
    /// Shape (empty for a 0-d array).
    pub shape: Vec<usize>,
    /// True when `data` is in Fortran (column-major) order, else C order.
    pub fortran_order: bool,
    /// The elements' bytes, little-endian, `product(shape) * itemsize` long.
    pub data: Vec<u8>,
}

/// Python's repr of a shape tuple: `()`, `(3,)`, `(2, 3)`.
fn shape_tuple(shape: &[usize]) -> String {
    match shape {
        [] => "()".to_string(),
        [n] => format!("({n},)"),
        _ => {
            let parts: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
            format!("({})", parts.join(", "))
        }
    }
}

/// The header dict text NumPy writes, before padding:
/// `{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }` plus growth spaces.
pub fn header_text(dtype: DType, shape: &[usize], fortran_order: bool) -> String {
    let order = if fortran_order { "True" } else { "False" };
    let mut text = format!(
        "{{'descr': '{}', 'fortran_order': {order}, 'shape': {}, }}",
        dtype.type_str(),
        shape_tuple(shape)
    );
    let growth_axis = if fortran_order {
        shape.last()
    } else {
        shape.first()
    };
    if let Some(len) = growth_axis {
        let digits = len.to_string().len();
        text.push_str(&" ".repeat(GROWTH_AXIS_MAX_DIGITS.saturating_sub(digits)));
    }
    text
}

/// Magic, version, header length and the header padded with spaces and a final newline so the
/// data starts on a 64-byte boundary: the exact bytes `np.save` writes before the data.
pub fn npy_header(dtype: DType, shape: &[usize], fortran_order: bool) -> Vec<u8> {
    let text = header_text(dtype, shape, fortran_order);
    let text_len = text.len() + 1; // the final '\n'
                                   // Version 1.0 stores the header length in 2 bytes; 2.0 in 4 bytes.
    for (major, len_bytes) in [(1u8, 2usize), (2, 4)] {
        let prefix_len = NPY_MAGIC.len() + 2 + len_bytes;
        let pad = ARRAY_ALIGN - (prefix_len + text_len) % ARRAY_ALIGN;
        let header_len = text_len + pad;
        if len_bytes == 2 && header_len > usize::from(u16::MAX) {
            continue;
        }
        let mut out = Vec::with_capacity(prefix_len + header_len);
        out.extend_from_slice(NPY_MAGIC);
        out.extend_from_slice(&[major, 0]);
        if len_bytes == 2 {
            out.extend_from_slice(&(header_len as u16).to_le_bytes());
        } else {
            out.extend_from_slice(&(header_len as u32).to_le_bytes());
        }
        out.extend_from_slice(text.as_bytes());
        out.extend(std::iter::repeat_n(b' ', pad));
        out.push(b'\n');
        return out;
    }
    Vec::new()
}

/// The complete `.npy` file of an array: header then `data` as given (little-endian elements
/// in C order, or in Fortran order when `fortran_order`), as `np.save` writes it.
pub fn write_npy(dtype: DType, shape: &[usize], fortran_order: bool, data: &[u8]) -> Vec<u8> {
    let mut out = npy_header(dtype, shape, fortran_order);
    out.extend_from_slice(data);
    out
}

/// Parses a descr string such as `'<f8'`, `'|b1'`, `'>i4'`: the dtype and whether its bytes
/// are big-endian.
pub fn parse_descr(descr: &str) -> Result<(DType, bool), String> {
    let unsupported = || format!("unsupported dtype descr {descr:?} in .npy file");
    let (order, rest) = match descr.chars().next() {
        Some(c @ ('<' | '>' | '|' | '=')) => (c, &descr[1..]),
        _ => ('=', descr),
    };
    let mut chars = rest.chars();
    let kind = chars.next().ok_or_else(unsupported)?;
    let size: usize = chars.as_str().parse().map_err(|_| unsupported())?;
    let dtype = match (kind, size) {
        ('b', 1) => DType::Bool,
        ('i', 1) => DType::Int8,
        ('i', 2) => DType::Int16,
        ('i', 4) => DType::Int32,
        ('i', 8) => DType::Int64,
        ('u', 1) => DType::UInt8,
        ('u', 2) => DType::UInt16,
        ('u', 4) => DType::UInt32,
        ('u', 8) => DType::UInt64,
        ('f', 4) => DType::Float32,
        ('f', 8) => DType::Float64,
        ('c', 8) => DType::Complex64,
        ('c', 16) => DType::Complex128,
        _ => return Err(unsupported()),
    };
    Ok((dtype, order == '>' && size > 1))
}

/// Reverses the bytes of every scalar component (both halves of a complex separately).
fn swap_to_little_endian(data: &mut [u8], dtype: DType) {
    let component = if dtype.is_complex() {
        dtype.itemsize() / 2
    } else {
        dtype.itemsize()
    };
    if component > 1 {
        for chunk in data.chunks_exact_mut(component) {
            chunk.reverse();
        }
    }
}

/// Reads a `.npy` file (versions 1.0, 2.0, 3.0). Errors name what is wrong: bad magic,
/// unknown version, truncated header or data, malformed header, unsupported dtype.
pub fn read_npy(bytes: &[u8]) -> Result<NpyFile, String> {
    if bytes.len() < NPY_MAGIC.len() + 2 || &bytes[..NPY_MAGIC.len()] != NPY_MAGIC {
        return Err("not a .npy file: the magic string \\x93NUMPY is missing".to_string());
    }
    let (major, minor) = (bytes[6], bytes[7]);
    let len_bytes = match (major, minor) {
        (1, 0) => 2,
        (2, 0) | (3, 0) => 4,
        _ => {
            return Err(format!(
                ".npy format version {major}.{minor} is not supported"
            ))
        }
    };
    let len_end = 8 + len_bytes;
    let len_field = bytes
        .get(8..len_end)
        .ok_or("truncated .npy file: the header length is missing")?;
    let header_len = len_field
        .iter()
        .rev()
        .fold(0usize, |n, &b| (n << 8) | usize::from(b));
    let header_end = len_end
        .checked_add(header_len)
        .filter(|&end| end <= bytes.len())
        .ok_or("truncated .npy file: the header is shorter than its stated length")?;
    let header_bytes = &bytes[len_end..header_end];
    let header: String = if major == 3 {
        std::str::from_utf8(header_bytes)
            .map_err(|_| "the .npy header is not valid UTF-8".to_string())?
            .to_string()
    } else {
        header_bytes.iter().map(|&b| char::from(b)).collect()
    };
    let HeaderDict {
        descr,
        fortran_order,
        shape,
    } = parse_header_dict(&header)?;
    let (dtype, big_endian) = parse_descr(&descr)?;
    let nbytes = shape
        .iter()
        .try_fold(dtype.itemsize(), |n, &d| n.checked_mul(d))
        .ok_or("the .npy shape is too large")?;
    let data_end = header_end
        .checked_add(nbytes)
        .filter(|&end| end <= bytes.len())
        .ok_or_else(|| {
            format!(
                "truncated .npy file: expected {nbytes} data bytes, found {}",
                bytes.len() - header_end
            )
        })?;
    let mut data = bytes[header_end..data_end].to_vec();
    if big_endian {
        swap_to_little_endian(&mut data, dtype);
    }
    Ok(NpyFile {
        dtype,
        shape,
        fortran_order,
        data,
    })
}
