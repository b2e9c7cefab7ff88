//! File input and output of micronumpy: `np.save` / `np.load` for `.npy` files (through
//! `mnpy_arrays::npy`, byte-identical to NumPy's), and the text functions `np.savetxt` /
//! `np.loadtxt` (in `io/text.rs`). Files are read and written with `std::fs`.

pub mod text;

use crate::native::{native_value, NativeObject};
use crate::numpy::core::{array_err, array_value, to_ndarray};
use crate::numpy::stats::params::bind;
use mnpy_arrays::array::c_strides;
use mnpy_arrays::npy::{read_npy, write_npy};
use mnpy_arrays::{Buffer, NdArray};
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::object::AttrMap;
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};
use std::any::Any;
use std::rc::Rc;

/// The io functions of the numpy module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IoFn {
    /// `np.save(file, arr)`
    Save,
    /// `np.load(file)`
    Load,
    /// `np.savetxt(fname, X, fmt, delimiter, newline, header, footer, comments)`
    Savetxt,
    /// `np.loadtxt(fname, dtype, comments, delimiter, skiprows, usecols, unpack, ndmin)`
    Loadtxt,
}

impl IoFn {
    /// The NumPy name.
    pub fn name(self) -> &'static str {
        match self {
            IoFn::Save => "save",
            IoFn::Load => "load",
            IoFn::Savetxt => "savetxt",
            IoFn::Loadtxt => "loadtxt",
        }
    }
}

/// An io function object.
pub struct IoFunction(pub IoFn);

impl NativeObject for IoFunction {
    fn type_name(&self) -> String {
        "function".into()
    }
    fn call(
        &self,
        vm: &mut dyn Interp,
        _this: &Value,
        args: Vec<Value>,
        kw: KwArgs,
    ) -> PyResult<Value> {
        match self.0 {
            IoFn::Save => save(vm, args, kw),
            IoFn::Load => load(vm, args, kw),
            IoFn::Savetxt => text::savetxt(vm, args, kw),
            IoFn::Loadtxt => text::loadtxt(vm, args, kw),
        }
    }
    fn getattr(&self, _vm: &mut dyn Interp, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "__name__" | "__qualname__" => Some(Value::str(self.0.name())),
            _ => None,
        })
    }
    fn repr(&self, _vm: &mut dyn Interp, this: &Value) -> PyResult<String> {
        let addr = match this {
            Value::Obj(o) => Rc::as_ptr(o) as *const u8 as usize,
            _ => 0,
        };
        Ok(format!("<function {} at {addr:#x}>", self.0.name()))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Adds `save`, `load`, `savetxt`, `loadtxt` to the numpy module dict.
pub fn register(_vm: &mut dyn Interp, dict: &mut AttrMap) -> PyResult<()> {
    for f in [IoFn::Save, IoFn::Load, IoFn::Savetxt, IoFn::Loadtxt] {
        dict.insert(f.name().into(), native_value(Box::new(IoFunction(f))));
    }
    Ok(())
}

/// A file-name argument (str only: file objects are not supported).
pub fn path_arg(v: &Value, func: &str) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(PyErr::not_supported(format!(
            "micronumpy's {func}() takes a file name (str), not a file object"
        ))),
    }
}

/// Converts an OS error on `path` to Python's exception (`FileNotFoundError: [Errno 2] ...`).
pub fn os_err(e: std::io::Error, path: &str) -> PyErr {
    let (tag, errno, text) = match e.kind() {
        std::io::ErrorKind::NotFound => {
            (TypeTag::FileNotFoundError, 2, "No such file or directory")
        }
        std::io::ErrorKind::PermissionDenied => (TypeTag::PermissionError, 13, "Permission denied"),
        _ => {
            return PyErr::new(TypeTag::OSError, format!("{e}: '{path}'"));
        }
    };
    let errno = e.raw_os_error().unwrap_or(errno);
    PyErr::new(tag, format!("[Errno {errno}] {text}: '{path}'"))
}

/// The `.npy` bytes of an array: C order, or Fortran order for arrays that are Fortran- but
/// not C-contiguous (as `np.save` writes them).
pub fn npy_bytes(a: &NdArray) -> Vec<u8> {
    let fortran = a.ndim() > 1 && !a.is_c_contiguous() && a.is_f_contiguous();
    let ordered = if fortran {
        match a.transpose(None) {
            Ok(t) => t.copy(),
            Err(_) => a.copy(),
        }
    } else {
        a.copy()
    };
    let data = ordered.buffer.to_vec(0, ordered.nbytes());
    write_npy(a.dtype, &a.shape, fortran, &data)
}

/// An array from `.npy` file contents (Fortran-ordered data gives an F-contiguous array).
pub fn array_from_npy(bytes: &[u8]) -> PyResult<NdArray> {
    let file = read_npy(bytes).map_err(PyErr::value_error)?;
    let itemsize = file.dtype.itemsize();
    let (shape, fortran) = if file.fortran_order && file.shape.len() > 1 {
        (
            file.shape.iter().rev().copied().collect::<Vec<usize>>(),
            true,
        )
    } else {
        (file.shape.clone(), false)
    };
    let stored = NdArray {
        buffer: Rc::new(Buffer::from_bytes(&file.data)),
        dtype: file.dtype,
        strides: c_strides(&shape, itemsize),
        shape,
        offset: 0,
    };
    if fortran {
        stored.transpose(None).map_err(array_err)
    } else {
        Ok(stored)
    }
}

/// `np.save(file, arr, allow_pickle=True, fix_imports=True)`: appends `.npy` when missing.
fn save(vm: &mut dyn Interp, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = bind(
        "save",
        &["file", "arr", "allow_pickle", "fix_imports"],
        2,
        args,
        kw,
    )?;
    let mut path = path_arg(&b.required("file")?, "save")?;
    if !path.ends_with(".npy") {
        path.push_str(".npy");
    }
    let a = to_ndarray(vm, &b.required("arr")?)?;
    std::fs::write(&path, npy_bytes(&a)).map_err(|e| os_err(e, &path))?;
    Ok(Value::None)
}

/// `np.load(file, mmap_mode=None, allow_pickle=False, ...)` for `.npy` files.
fn load(vm: &mut dyn Interp, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let b = bind(
        "load",
        &[
            "file",
            "mmap_mode",
            "allow_pickle",
            "fix_imports",
            "encoding",
            "max_header_size",
        ],
        1,
        args,
        kw,
    )?;
    let _ = vm;
    let path = path_arg(&b.required("file")?, "load")?;
    let bytes = std::fs::read(&path).map_err(|e| os_err(e, &path))?;
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(PyErr::not_supported("micronumpy cannot load .npz archives"));
    }
    Ok(array_value(array_from_npy(&bytes)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use mnpy_arrays::DType;

    #[test]
    fn fortran_round_trip() {
        // python3 -c 'import numpy as np; a=np.arange(6.).reshape(3,2).T; np.save("/tmp/f.npy", a);
        //   b=np.load("/tmp/f.npy"); print(b.flags["F_CONTIGUOUS"], b.strides, b.tolist())'
        // -> True (8, 16) [[0.0, 2.0, 4.0], [1.0, 3.0, 5.0]]
        let a = NdArray::from_vec((0..6).map(|v| v as f64).collect::<Vec<f64>>(), &[3, 2])
            .unwrap()
            .transpose(None)
            .unwrap();
        let bytes = npy_bytes(&a);
        assert!(std::str::from_utf8(&bytes[10..60])
            .unwrap()
            .contains("'fortran_order': True"));
        let b = array_from_npy(&bytes).ok().unwrap();
        assert!(b.is_f_contiguous() && !b.is_c_contiguous());
        assert_eq!(b.strides, vec![8, 16]);
        assert_eq!(b.to_vec::<f64>(), vec![0.0, 2.0, 4.0, 1.0, 3.0, 5.0]);
        assert_eq!(b.dtype, DType::Float64);
    }
}
