//! Input and output builtins: `print`, `input`, `open` and text file objects.

use crate::args::{expect_str, type_name, Args};
use crate::native::{native_value, NativeObject};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, TypeTag, Value};
use std::any::Any;
use std::cell::RefCell;
use std::io::Write;

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
pub fn print(vm: &mut dyn Interp, mut a: Args) -> PyResult<Value> {
    let sep = a.take_kw("sep").filter(|v| !matches!(v, Value::None));
    let end = a.take_kw("end").filter(|v| !matches!(v, Value::None));
    let file = a.take_kw("file").filter(|v| !matches!(v, Value::None));
    let _flush = a.take_kw("flush");
    a.finish_builtin()?;
    let sep = match &sep {
        Some(s) => s
            .as_str()
            .ok_or_else(|| {
                PyErr::type_error(format!(
                    "sep must be None or a string, not {}",
                    type_name(s)
                ))
            })?
            .to_string(),
        None => " ".into(),
    };
    let end = match &end {
        Some(s) => s
            .as_str()
            .ok_or_else(|| {
                PyErr::type_error(format!(
                    "end must be None or a string, not {}",
                    type_name(s)
                ))
            })?
            .to_string(),
        None => "\n".into(),
    };
    let mut out = String::new();
    for (i, v) in a.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match v.as_str() {
            Some(s) => out.push_str(s),
            None => out.push_str(&vm.to_str(v)?),
        }
    }
    out.push_str(&end);
    match file {
        None => vm.write_stdout(&out)?,
        Some(f) => {
            let w = vm.getattr(&f, "write")?;
            vm.call(&w, vec![Value::string(out)], vec![])?;
        }
    }
    Ok(Value::None)
}

/// `input(prompt='')`.
pub fn input(vm: &mut dyn Interp, a: Args) -> PyResult<Value> {
    a.count(0, 1)?;
    if let Some(p) = a.pos.first() {
        let s = vm.to_str(p)?;
        vm.write_stdout(&s)?;
    }
    match vm.read_line()? {
        Some(mut line) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
        None => Err(PyErr::new(TypeTag::EOFError, "EOF when reading a line")),
    }
}

/// An open text file.
pub struct FileObject {
    name: String,
    mode: String,
    state: RefCell<FileState>,
}

struct FileState {
    text: String,
    pos: usize,
    writer: Option<std::fs::File>,
    closed: bool,
}

fn io_error(e: &std::io::Error, path: &str) -> PyErr {
    let (tag, errno, text) = match e.kind() {
        std::io::ErrorKind::NotFound => {
            (TypeTag::FileNotFoundError, 2, "No such file or directory")
        }
        std::io::ErrorKind::PermissionDenied => (TypeTag::PermissionError, 13, "Permission denied"),
        std::io::ErrorKind::AlreadyExists => (TypeTag::FileExistsError, 17, "File exists"),
        _ => {
            if e.raw_os_error() == Some(21) {
                (TypeTag::IsADirectoryError, 21, "Is a directory")
            } else {
                (
                    TypeTag::OSError,
                    e.raw_os_error().unwrap_or(5),
                    "Input/output error",
                )
            }
        }
    };
    PyErr::os_error(tag, errno as i64, text, path)
}

/// `open(file, mode='r', encoding=None, ...)` for text files.
pub fn open(_vm: &mut dyn Interp, mut a: Args) -> PyResult<Value> {
    let mode_kw = a.take_kw("mode");
    let _ = a.take_kw("encoding");
    let _ = a.take_kw("newline");
    let _ = a.take_kw("errors");
    a.finish_builtin()?;
    let path = a
        .pos
        .first()
        .ok_or_else(|| PyErr::type_error("open() missing required argument 'file' (pos 1)"))?;
    let path = expect_str(path, "open() argument 'file'")?.to_string();
    let mode = mode_kw
        .or_else(|| a.pos.get(1).cloned())
        .unwrap_or_else(|| Value::str("r"));
    let mode = expect_str(&mode, "open() argument 'mode'")?.replace('t', "");
    if mode.contains('b') {
        return Err(PyErr::not_supported("mnpy does not support binary files"));
    }
    let state = match mode.as_str() {
        "r" => {
            let text = std::fs::read_to_string(&path).map_err(|e| io_error(&e, &path))?;
            FileState {
                text,
                pos: 0,
                writer: None,
                closed: false,
            }
        }
        "w" | "a" | "x" => {
            let mut opts = std::fs::OpenOptions::new();
            match mode.as_str() {
                "w" => opts.write(true).create(true).truncate(true),
                "a" => opts.append(true).create(true),
                _ => opts.write(true).create_new(true),
            };
            let f = opts.open(&path).map_err(|e| io_error(&e, &path))?;
            FileState {
                text: String::new(),
                pos: 0,
                writer: Some(f),
                closed: false,
            }
        }
        other => {
            return Err(PyErr::not_supported(format!(
                "mnpy does not support file mode '{}'",
                other
            )))
        }
    };
    Ok(native_value(Box::new(FileObject {
        name: path,
        mode,
        state: RefCell::new(state),
    })))
}

impl FileObject {
    fn check_open(&self) -> PyResult<()> {
        if self.state.borrow().closed {
            return Err(PyErr::value_error("I/O operation on closed file."));
        }
        Ok(())
    }

    fn readline(&self) -> String {
        let mut st = self.state.borrow_mut();
        let rest = &st.text[st.pos..];
        let n = rest.find('\n').map(|i| i + 1).unwrap_or(rest.len());
        let line = rest[..n].to_string();
        st.pos += n;
        line
    }
}

impl NativeObject for FileObject {
    fn type_name(&self) -> String {
        "_io.TextIOWrapper".into()
    }
    fn getattr(&self, _vm: &mut dyn Interp, this: &Value, name: &str) -> PyResult<Option<Value>> {
        let f = match name {
            "read" => BuiltinFn::FileRead,
            "readline" => BuiltinFn::FileReadline,
            "readlines" => BuiltinFn::FileReadlines,
            "write" => BuiltinFn::FileWrite,
            "writelines" => BuiltinFn::FileWritelines,
            "close" => BuiltinFn::FileClose,
            "flush" => BuiltinFn::FileFlush,
            "__enter__" => BuiltinFn::FileEnter,
            "__exit__" => BuiltinFn::FileExit,
            "name" => return Ok(Some(Value::str(&self.name))),
            "mode" => return Ok(Some(Value::str(&self.mode))),
            "closed" => return Ok(Some(Value::Bool(self.state.borrow().closed))),
            _ => return Ok(None),
        };
        Ok(Some(Value::obj(HeapObj::BoundBuiltin(f, this.clone()))))
    }
    fn repr(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<String> {
        Ok(format!(
            "<_io.TextIOWrapper name='{}' mode='{}' encoding='UTF-8'>",
            self.name, self.mode
        ))
    }
    fn iter(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<Option<Value>> {
        self.check_open()?;
        let mut lines = vec![];
        loop {
            let l = self.readline();
            if l.is_empty() {
                break;
            }
            lines.push(Value::string(l));
        }
        Ok(Some(crate::native::native_iter_value(
            Box::new(LineIter { lines, index: 0 }),
            "_io.TextIOWrapper",
        )))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

struct LineIter {
    lines: Vec<Value>,
    index: usize,
}

impl crate::native::NativeIter for LineIter {
    fn next(&mut self, _vm: &mut dyn Interp) -> PyResult<Option<Value>> {
        self.index += 1;
        Ok(self.lines.get(self.index - 1).cloned())
    }
}

/// Methods of file objects.
pub fn file_method(vm: &mut dyn Interp, f: BuiltinFn, a: Args) -> PyResult<Value> {
    let this = a.pos.first().cloned().unwrap_or(Value::None);
    let Some(file) = crate::native::downcast_native::<FileObject>(&this) else {
        return Err(PyErr::type_error("not a file"));
    };
    use BuiltinFn as B;
    if !matches!(f, B::FileClose | B::FileExit | B::FileEnter) {
        file.check_open()?;
    }
    match f {
        B::FileRead => {
            let mut st = file.state.borrow_mut();
            if st.writer.is_some() {
                return Err(PyErr::new(TypeTag::OSError, "not readable"));
            }
            let rest = st.text[st.pos..].to_string();
            st.pos = st.text.len();
            Ok(Value::string(rest))
        }
        B::FileReadline => Ok(Value::string(file.readline())),
        B::FileReadlines => {
            let mut out = vec![];
            loop {
                let l = file.readline();
                if l.is_empty() {
                    break;
                }
                out.push(Value::string(l));
            }
            Ok(Value::list(out))
        }
        B::FileWrite => {
            a.count(2, 2)?;
            let s = match a.pos[1].as_str() {
                Some(s) => s.to_string(),
                None => {
                    return Err(PyErr::type_error(format!(
                        "write() argument must be str, not {}",
                        type_name(&a.pos[1])
                    )))
                }
            };
            let mut st = file.state.borrow_mut();
            match st.writer.as_mut() {
                Some(w) => w
                    .write_all(s.as_bytes())
                    .map_err(|e| io_error(&e, &file.name))?,
                None => return Err(PyErr::new(TypeTag::OSError, "not writable")),
            }
            Ok(Value::Int(s.chars().count() as i64))
        }
        B::FileWritelines => {
            a.count(2, 2)?;
            let items = vm.collect(&a.pos[1])?;
            let mut st = file.state.borrow_mut();
            for it in items {
                let s = it
                    .as_str()
                    .ok_or_else(|| PyErr::type_error("write() argument must be str"))?
                    .to_string();
                if let Some(w) = st.writer.as_mut() {
                    w.write_all(s.as_bytes())
                        .map_err(|e| io_error(&e, &file.name))?;
                }
            }
            Ok(Value::None)
        }
        B::FileClose | B::FileExit => {
            let mut st = file.state.borrow_mut();
            if let Some(mut w) = st.writer.take() {
                let _ = w.flush();
            }
            st.closed = true;
            Ok(if f == B::FileExit {
                Value::Bool(false)
            } else {
                Value::None
            })
        }
        B::FileFlush => {
            if let Some(w) = file.state.borrow_mut().writer.as_mut() {
                let _ = w.flush();
            }
            Ok(Value::None)
        }
        B::FileEnter => Ok(this),
        _ => Err(PyErr::type_error("bad file method")),
    }
}
