//! `np.savetxt` and `np.loadtxt` for simple numeric text files: rows formatted with Python's
//! `%` operator (NumPy builds one format string per row: `delimiter.join([fmt] * ncols)`),
//! and rows parsed with comments, a delimiter (whitespace by default), `skiprows`, `usecols`,
//! `dtype`, `unpack` and `ndmin`, with NumPy's error messages.

use super::{os_err, path_arg};
use crate::numpy::core::convert::int_arg;
use crate::numpy::core::{array_err, array_value, dtype_arg, scalar_to_py, to_ndarray};
use crate::numpy::stats::params::{bind, is_none};
use mnpy_arrays::{DType, NdArray, Scalar};
use mnpy_runtime::interp_api::{BinOp, Interp, KwArgs};
use mnpy_runtime::{PyErr, PyResult, Value};

const SAVETXT_PARAMS: &[&str] = &[
    "fname",
    "X",
    "fmt",
    "delimiter",
    "newline",
    "header",
    "footer",
    "comments",
    "encoding",
];

/// A str parameter with a default.
fn str_param(
    b: &crate::numpy::stats::params::Bound,
    name: &str,
    default: &str,
) -> PyResult<String> {
    Ok(b.string(name)?.unwrap_or_else(|| default.to_string()))
}

/// `np.savetxt(fname, X, fmt='%.18e', delimiter=' ', newline='\n', header='', footer='',
/// comments='# ')`.
pub fn savetxt(vm: &mut dyn Interp, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = bind("savetxt", SAVETXT_PARAMS, 2, args, kw)?;
    let path = path_arg(&b.required("fname")?, "savetxt")?;
    let x = to_ndarray(vm, &b.required("X")?)?;
    let delimiter = str_param(&b, "delimiter", " ")?;
    let newline = str_param(&b, "newline", "\n")?;
    let header = str_param(&b, "header", "")?;
    let footer = str_param(&b, "footer", "")?;
    let comments = str_param(&b, "comments", "# ")?;
    let x = match x.ndim() {
        0 => {
            return Err(PyErr::value_error(
                "Expected 1D or 2D array, got 0D array instead",
            ))
        }
        1 => x.reshape_exact(&[x.shape[0], 1]).map_err(array_err)?,
        2 => x,
        n => {
            return Err(PyErr::value_error(format!(
                "Expected 1D or 2D array, got {n}D array instead"
            )))
        }
    };
    let ncol = x.shape[1];
    let row_format = row_format(vm, b.get("fmt"), ncol, &delimiter)?;
    let mut text = String::new();
    if !header.is_empty() {
        text.push_str(&comments);
        text.push_str(&header.replace('\n', &format!("\n{comments}")));
        text.push_str(&newline);
    }
    let values = x.to_vec_scalars();
    let format_value = Value::string(row_format);
    for row in values.chunks(ncol.max(1)).take(x.shape[0]) {
        let items: Vec<Value> = row.iter().map(|&s| py_number(s)).collect();
        let line = vm.binary(BinOp::Mod, &format_value, &Value::tuple(items))?;
        text.push_str(line.as_str().unwrap_or_default());
        text.push_str(&newline);
    }
    if !footer.is_empty() {
        text.push_str(&comments);
        text.push_str(&footer.replace('\n', &format!("\n{comments}")));
        text.push_str(&newline);
    }
    std::fs::write(&path, text).map_err(|e| os_err(e, &path))?;
    Ok(Value::None)
}

/// One element as the Python number `%` formatting sees (complex as its real part).
fn py_number(s: Scalar) -> Value {
    match s {
        Scalar::C64(_) | Scalar::C128(_) => Value::Float(s.to_f64()),
        other => scalar_to_py(other),
    }
}

/// The `%` format of one row: one `fmt` per column joined by the delimiter, a sequence of
/// formats, or a string holding one specifier per column.
fn row_format(
    vm: &mut dyn Interp,
    fmt: Option<&Value>,
    ncol: usize,
    delimiter: &str,
) -> PyResult<String> {
    let Some(fmt) = fmt.filter(|v| !is_none(v)) else {
        return Ok(vec!["%.18e"; ncol].join(delimiter));
    };
    if let Some(s) = fmt.as_str() {
        let specifiers = s.matches('%').count() - 2 * s.matches("%%").count();
        if specifiers == 1 {
            return Ok(vec![s; ncol].join(delimiter));
        }
        if specifiers != ncol {
            return Err(PyErr::value_error(format!(
                "fmt has wrong number of % formats:  {s}"
            )));
        }
        return Ok(s.to_string());
    }
    let items = vm.collect(fmt)?;
    if items.len() != ncol {
        let r = vm.repr(fmt)?;
        return Err(PyErr::value_error(format!("fmt has wrong shape.  {r}")));
    }
    let mut parts = Vec::with_capacity(ncol);
    for it in &items {
        parts.push(vm.to_str(it)?);
    }
    Ok(parts.join(delimiter))
}

const LOADTXT_PARAMS: &[&str] = &[
    "fname",
    "dtype",
    "comments",
    "delimiter",
    "converters",
    "skiprows",
    "usecols",
    "unpack",
    "ndmin",
    "encoding",
    "max_rows",
];

/// `np.loadtxt(fname, dtype=float, comments='#', delimiter=None, skiprows=0, usecols=None,
/// unpack=False, ndmin=0, max_rows=None)`.
pub fn loadtxt(vm: &mut dyn Interp, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = bind("loadtxt", LOADTXT_PARAMS, 1, args, kw)?;
    let path = path_arg(&b.required("fname")?, "loadtxt")?;
    let dtype = match b.get("dtype") {
        Some(v) => dtype_arg(vm, v)?.unwrap_or(DType::Float64),
        None => DType::Float64,
    };
    let comments: Vec<String> = match b.get("comments") {
        None => vec!["#".to_string()],
        Some(v) if is_none(v) => vec![],
        Some(v) => match v.as_str() {
            Some(s) => vec![s.to_string()],
            None => {
                let mut out = Vec::new();
                for it in vm.collect(v)? {
                    out.push(vm.to_str(&it)?);
                }
                out
            }
        },
    };
    let delimiter = b.string("delimiter")?;
    if b.get_some("converters").is_some() {
        return Err(PyErr::not_supported(
            "micronumpy's loadtxt() has no converters",
        ));
    }
    let skiprows = b.int(vm, "skiprows")?.unwrap_or(0).max(0) as usize;
    let usecols: Option<Vec<i64>> = match b.get_some("usecols") {
        None => None,
        Some(v) => match v.as_obj() {
            Some(_) if v.as_str().is_none() => {
                let mut cols = Vec::new();
                for it in vm.collect(v)? {
                    cols.push(int_arg(vm, &it)?);
                }
                Some(cols)
            }
            _ => Some(vec![int_arg(vm, v)?]),
        },
    };
    let unpack = b.flag(vm, "unpack", false)?;
    let ndmin = b.int(vm, "ndmin")?.unwrap_or(0);
    if !(0..=2).contains(&ndmin) {
        return Err(PyErr::value_error(format!(
            "Illegal value of ndmin keyword: {ndmin}"
        )));
    }
    let max_rows = b.int(vm, "max_rows")?.map(|m| m.max(0) as usize);
    let content = std::fs::read_to_string(&path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => PyErr::new(
            mnpy_runtime::TypeTag::FileNotFoundError,
            format!("{path} not found."),
        ),
        _ => os_err(e, &path),
    })?;
    let rows = parse_rows(
        &content,
        &comments,
        delimiter.as_deref(),
        skiprows,
        max_rows,
    )?;
    let table = convert_rows(&rows, usecols.as_deref(), dtype)?;
    let arr = shape_result(table, ndmin as usize, unpack)?;
    Ok(array_value(arr))
}

/// The data rows (split into fields) after skipping lines, removing comments and blanks.
fn parse_rows(
    content: &str,
    comments: &[String],
    delimiter: Option<&str>,
    skiprows: usize,
    max_rows: Option<usize>,
) -> PyResult<Vec<Vec<String>>> {
    let mut rows = Vec::new();
    for line in content.split('\n').skip(skiprows) {
        if max_rows.is_some_and(|m| rows.len() >= m) {
            break;
        }
        let mut line = line.strip_suffix('\r').unwrap_or(line);
        for c in comments {
            if c.is_empty() {
                continue;
            }
            if let Some(pos) = line.find(c.as_str()) {
                line = &line[..pos];
            }
        }
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<String> = match delimiter {
            None => line.split_whitespace().map(str::to_string).collect(),
            Some(d) => line.split(d).map(|f| f.trim().to_string()).collect(),
        };
        rows.push(fields);
    }
    Ok(rows)
}

/// Parses one field as Python's `float()` does (`nan`, `inf`, exponents, underscores).
fn parse_float(field: &str) -> Option<f64> {
    let t = field.trim();
    let lower = t.to_ascii_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-']);
    let negative = lower.starts_with('-');
    let special = match unsigned {
        "nan" => Some(f64::NAN),
        "inf" | "infinity" => Some(f64::INFINITY),
        _ => None,
    };
    if let Some(v) = special {
        if lower.len() - unsigned.len() <= 1 {
            return Some(if negative { -v } else { v });
        }
        return None;
    }
    if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit() || "+-.eE".contains(c)) {
        return None;
    }
    t.parse::<f64>().ok()
}

/// Converts the selected fields of every row to `dtype`, with NumPy's messages.
fn convert_rows(
    rows: &[Vec<String>],
    usecols: Option<&[i64]>,
    dtype: DType,
) -> PyResult<(Vec<Scalar>, usize, usize)> {
    let mut width: Option<usize> = None;
    let mut values = Vec::new();
    for (r, fields) in rows.iter().enumerate() {
        let picked: Vec<(usize, &String)> = match usecols {
            None => fields.iter().enumerate().collect(),
            Some(cols) => {
                let mut out = Vec::with_capacity(cols.len());
                for &c in cols {
                    let idx = if c < 0 { c + fields.len() as i64 } else { c };
                    if idx < 0 || idx as usize >= fields.len() {
                        return Err(PyErr::value_error(format!(
                            "invalid column index {c} at row {} with {} columns",
                            r + 1,
                            fields.len()
                        )));
                    }
                    out.push((idx as usize, &fields[idx as usize]));
                }
                out
            }
        };
        match width {
            None => width = Some(picked.len()),
            Some(w) if w != picked.len() => {
                return Err(PyErr::value_error(format!(
                    "the number of columns changed from {w} to {} at row {}; use `usecols` to select a subset and avoid this error",
                    picked.len(),
                    r + 1
                )))
            }
            _ => {}
        }
        for (col, field) in picked {
            let bad = || {
                PyErr::value_error(format!(
                    "could not convert string '{field}' to {} at row {r}, column {}.",
                    dtype.name(),
                    col + 1
                ))
            };
            let value = if dtype.is_integer() || dtype == DType::Bool {
                let t = field.trim();
                match t.parse::<i128>() {
                    Ok(v) => Scalar::I64(v as i64).cast(dtype),
                    Err(_) => return Err(bad()),
                }
            } else {
                Scalar::F64(parse_float(field).ok_or_else(bad)?).cast(dtype)
            };
            values.push(value);
        }
    }
    let ncols = width.unwrap_or(0);
    Ok((values, rows.len(), ncols))
}

/// Builds the array from the parsed table, then NumPy's squeeze / `ndmin` / `unpack` rules.
fn shape_result(
    table: (Vec<Scalar>, usize, usize),
    ndmin: usize,
    unpack: bool,
) -> PyResult<NdArray> {
    let (values, nrows, ncols) = table;
    let dtype = values.first().map(|s| s.dtype()).unwrap_or(DType::Float64);
    let shape = if nrows == 0 {
        vec![0]
    } else {
        vec![nrows, ncols]
    };
    let mut arr = NdArray::from_scalars(&values, &shape, dtype).map_err(array_err)?;
    if arr.ndim() > ndmin {
        let squeezed: Vec<usize> = arr.shape.iter().copied().filter(|&d| d != 1).collect();
        arr = arr.reshape_exact(&squeezed).map_err(array_err)?;
    }
    if arr.ndim() < ndmin {
        arr = match (ndmin, arr.ndim()) {
            (1, _) => arr.reshape_exact(&[arr.size()]).map_err(array_err)?,
            (2, 0) => arr.reshape_exact(&[1, 1]).map_err(array_err)?,
            (2, _) => arr.reshape_exact(&[arr.size(), 1]).map_err(array_err)?,
            _ => arr,
        };
    }
    if unpack && arr.ndim() == 2 {
        arr = arr.transpose(None).map_err(array_err)?.copy();
    }
    Ok(arr)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_comments_and_errors() {
        // printf '# comment line\n1 2 3\n4 5 6\n\n7 8 9  # trailing\n' > t;
        // python3 -c 'import numpy as np; print(np.loadtxt("t", skiprows=2).tolist())'
        // -> [[4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]
        let text = "# comment line\n1 2 3\n4 5 6\n\n7 8 9  # trailing\n";
        let rows = parse_rows(text, &["#".into()], None, 2, None).ok().unwrap();
        assert_eq!(rows.len(), 2);
        let (values, r, c) = convert_rows(&rows, None, DType::Float64).ok().unwrap();
        assert_eq!((r, c), (2, 3));
        assert_eq!(values[3], Scalar::F64(7.0));
        assert_eq!(
            parse_float("-0.0").map(f64::to_bits),
            Some((-0.0f64).to_bits())
        );
        assert!(parse_float("nan").unwrap().is_nan());
        assert_eq!(parse_float("3e2"), Some(300.0));
        assert_eq!(parse_float("x"), None);
        // printf '1 2\n3\n' > t; python3 -c 'import numpy as np; np.loadtxt("t")'
        // -> ValueError: the number of columns changed from 2 to 1 at row 2; ...
        let rows = parse_rows("1 2\n3\n", &["#".into()], None, 0, None)
            .ok()
            .unwrap();
        assert!(convert_rows(&rows, None, DType::Float64).is_err());
    }
}
