//! The bytecode VM: frames with flat local slots, the dispatch loop, and exception unwinding
//! through each code object's exception table. Object protocols live in the `vm/` submodules.

mod arith;
mod attr;
mod call;
mod class;
mod close;
mod compare;
mod dispatch;
mod fast;
mod fused;
mod import;
mod iterate;
mod ops;
mod protocol;
mod raise;
mod subscript;
pub mod traceback;

use crate::bytecode::{Code, GlobalCache};
use mnpy_runtime::object::{AttrMap, HeapObj};
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;
use std::sync::atomic::AtomicBool;

/// Set by the Ctrl-C handler; checked at loop headers and calls.
pub static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// One activation of a code object.
pub struct Frame {
    /// The code being run.
    pub code: Rc<Code>,
    /// Local variable slots (`Value::Null` when unbound).
    pub slots: Vec<Value>,
    /// Cells: the code's cell variables, then its free variables.
    pub cells: Vec<Rc<HeapObj>>,
    /// The value stack.
    pub stack: Vec<Value>,
    /// Next instruction.
    pub pc: usize,
    /// The module globals (a `HeapObj::Module`).
    pub globals: Rc<HeapObj>,
    /// Class-body namespace, for `LoadName`/`StoreName`.
    pub namespace: Option<Rc<RefCell<AttrMap>>>,
}

/// How a frame stopped.
pub enum FrameExit {
    /// `return value`.
    Return(Value),
    /// `yield value` (generators).
    Yield(Value),
}

/// The interpreter state.
pub struct Vm {
    /// The builtins namespace.
    pub builtins: AttrMap,
    /// Imported modules by name.
    pub modules: HashMap<String, Value>,
    /// Python call depth.
    pub depth: usize,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: usize,
    /// The exception being handled (for bare `raise` and `__context__`).
    pub handled: Option<Value>,
    /// Buffered standard output.
    pub stdout: std::io::BufWriter<std::io::Stdout>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Set by `Reraise`: the next unwind must not add a traceback entry for this frame.
    reraising: bool,
    /// Interned attribute-name strings.
    pub interned: HashMap<String, Rc<str>>,
    /// The `__main__` module.
    pub main_module: Option<Rc<HeapObj>>,
    /// The return value of the generator that finished last (for `yield from`).
    pub stop_value: Option<Value>,
    /// Objects whose repr is being computed (to print `[...]` for cycles).
    pub repr_stack: Vec<usize>,
    /// Source text of every file run, for traceback lines.
    pub sources: HashMap<String, Rc<str>>,
    /// Folder of the main script (where `import name` finds `name.py`).
    pub script_dir: Option<std::path::PathBuf>,
    /// Spare value vectors (argument lists, frame slots, value stacks), reused so that a call
    /// of a Python function allocates nothing once the pool is warm.
    spare_vecs: Vec<Vec<Value>>,
    /// The range iterator of the last `for` loop over a range, kept for the next one
    /// (`Vm::range_iterator_reused`).
    spare_range_iterator: Option<Rc<HeapObj>>,
    /// Spare (empty) stacks of inline frames, one taken by each `run_frame`.
    spare_inline: Vec<InlineFrames>,
    /// Counts changes of the set of names of any module (or of the builtins); a cached
    /// builtin lookup is valid while this has not moved (see `GlobalCache`).
    pub(crate) globals_epoch: u64,
    /// Warnings issued by the instruction being run, printed when it completes (then its
    /// source line is known).
    pub(crate) pending_warnings: Vec<(TypeTag, String)>,
    /// Warnings already printed: (file, line, category, message), as Python's default filter
    /// prints each only once per source line.
    warned: std::collections::HashSet<(Rc<str>, u32, TypeTag, String)>,
}

type Unwind = PyResult<FrameExit>;

/// The frames of Python-to-Python calls that the dispatch loop runs itself, above the frame
/// `run_frame` was given (the direct call path: `Vm::call_inline`). Such a call costs no
/// native stack and no nested `execute`; the top frame is the running one.
#[derive(Default)]
pub(crate) struct InlineFrames {
    /// `frames[..running]` run, the last on top. The rest have returned and wait, emptied
    /// (no slots, stack, cells or namespace), to be reused: a call often comes back to the
    /// function a frame last ran (recursion, a helper called in a loop), which then keeps its
    /// code and globals. Boxed, so that a frame stays put while the vector grows.
    #[allow(clippy::vec_box)]
    frames: Vec<Box<Frame>>,
    running: usize,
}

impl InlineFrames {
    /// The running frame, when there is one.
    #[inline(always)]
    pub(crate) fn top(&mut self) -> Option<&mut Frame> {
        let i = self.running.checked_sub(1)?;
        self.frames.get_mut(i).map(|f| &mut **f)
    }

    /// The running frame: the top inline frame, else `entry` (the frame `run_frame` was
    /// given).
    #[inline(always)]
    pub(crate) fn running<'a>(&'a mut self, entry: &'a mut Frame) -> &'a mut Frame {
        match self.top() {
            Some(top) => top,
            None => entry,
        }
    }

    /// No inline frame is running.
    #[inline(always)]
    pub(crate) fn is_empty(&self) -> bool {
        self.running == 0
    }
}

impl Vm {
    /// A fresh interpreter with the builtins installed.
    pub fn new(argv: Vec<String>) -> Vm {
        let mut vm = Vm {
            builtins: AttrMap::default(),
            modules: HashMap::new(),
            depth: 0,
            recursion_limit: 1000,
            handled: None,
            stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            argv,
            reraising: false,
            interned: HashMap::new(),
            main_module: None,
            stop_value: None,
            repr_stack: vec![],
            sources: HashMap::new(),
            script_dir: None,
            spare_vecs: Vec::new(),
            spare_inline: Vec::new(),
            spare_range_iterator: None,
            globals_epoch: 0,
            pending_warnings: Vec::new(),
            warned: Default::default(),
        };
        vm.builtins = mnpy_stdlib::builtins_namespace();
        vm
    }

    /// Interns a name.
    pub fn intern(&mut self, s: &str) -> Rc<str> {
        if let Some(r) = self.interned.get(s) {
            return r.clone();
        }
        let r: Rc<str> = s.into();
        self.interned.insert(s.to_string(), r.clone());
        r
    }

    /// Creates a module object with `__name__` set.
    pub fn new_module(&mut self, name: &str) -> Rc<HeapObj> {
        let mut dict = AttrMap::default();
        dict.insert("__name__".into(), Value::str(name));
        dict.insert("__builtins__".into(), Value::None);
        Rc::new(HeapObj::Module(mnpy_runtime::object::PyModule {
            name: name.into(),
            dict: RefCell::new(dict),
        }))
    }

    /// Runs a module-level code object in `module`.
    pub fn run_module_code(&mut self, code: Rc<Code>, module: Rc<HeapObj>) -> PyResult<Value> {
        let mut frame = Frame {
            slots: vec![],
            cells: vec![],
            stack: Vec::with_capacity(16),
            pc: 0,
            globals: module,
            namespace: None,
            code,
        };
        let exit = self.run_frame(&mut frame);
        self.print_warnings_at(&frame);
        match exit? {
            FrameExit::Return(v) | FrameExit::Yield(v) => Ok(v),
        }
    }

    /// An empty value vector from the pool.
    #[inline]
    pub(crate) fn take_vec(&mut self) -> Vec<Value> {
        self.spare_vecs
            .pop()
            .unwrap_or_else(|| Vec::with_capacity(8))
    }

    /// Returns a value vector to the pool (its items are dropped now).
    #[inline]
    pub(crate) fn give_vec(&mut self, mut v: Vec<Value>) {
        if self.spare_vecs.len() < 256 && v.capacity() != 0 && v.capacity() <= 1024 {
            v.clear();
            self.spare_vecs.push(v);
        }
    }

    /// Flushes buffered standard output.
    pub fn flush_stdout(&mut self) {
        let _ = self.stdout.flush();
    }

    /// Runs a frame until it returns or yields, unwinding exceptions through its table.
    #[inline]
    pub fn run_frame(&mut self, f: &mut Frame) -> Unwind {
        if self.depth >= self.recursion_limit {
            return Err(recursion_error());
        }
        // Ctrl-C also reaches recursion that has no loop (loops check at their headers)
        if INTERRUPTED.load(std::sync::atomic::Ordering::Relaxed) {
            INTERRUPTED.store(false, std::sync::atomic::Ordering::Relaxed);
            return Err(PyErr::with_args(TypeTag::KeyboardInterrupt, vec![]));
        }
        self.depth += 1;
        let r = self.run_frame_inner(f);
        self.depth -= 1;
        r
    }

    /// Runs a suspended frame as if the instruction before `f.pc` had raised `err` (throwing
    /// `GeneratorExit` into a generator that is being closed). Kept apart from `run_frame`,
    /// whose every call would otherwise pay for the optional error.
    pub(crate) fn run_frame_throwing(&mut self, f: &mut Frame, err: PyErr) -> Unwind {
        if self.depth >= self.recursion_limit {
            return Err(recursion_error());
        }
        self.depth += 1;
        let r = match self.unwind_into_handler(f, err) {
            Ok(()) => self.run_frame_inner(f),
            Err(e) => Err(e),
        };
        self.depth -= 1;
        r
    }

    fn run_frame_inner(&mut self, f: &mut Frame) -> Unwind {
        let mut inline = self.spare_inline.pop().unwrap_or_default();
        let exit = loop {
            match self.execute(f, &mut inline) {
                Ok(exit) => break Ok(exit),
                Err(err) => {
                    if let Err(err) = self.unwind_inline(f, &mut inline, err) {
                        break Err(err);
                    }
                }
            }
        };
        debug_assert!(inline.is_empty());
        // what deep recursion left goes back to the allocator (beyond 64 frames, and beyond
        // 16 stacks when `run_frame`s nested deeply)
        if self.spare_inline.len() < 16 {
            inline.frames.truncate(64);
            self.spare_inline.push(inline);
        }
        exit
    }

    /// Unwinds `err` from the running frame (the top of `inline`, else `base`) down through
    /// the inline frames, each adding its traceback entry, until one has a handler (it is then
    /// ready to run it) or none is left above `base`, which gives the error back.
    fn unwind_inline(
        &mut self,
        base: &mut Frame,
        inline: &mut InlineFrames,
        mut err: PyErr,
    ) -> Result<(), PyErr> {
        loop {
            let top = match inline.top() {
                Some(top) => top,
                None => return self.unwind_into_handler(base, err),
            };
            match self.unwind_into_handler(top, err) {
                Ok(()) => return Ok(()),
                Err(e) => {
                    self.leave_inline(inline);
                    err = e;
                }
            }
        }
    }

    /// Records `err` (raised by the instruction before `f.pc`) in its traceback and moves the
    /// frame to the handler of the code's exception table that covers that instruction; gives
    /// the error back when none does.
    fn unwind_into_handler(&mut self, f: &mut Frame, err: PyErr) -> Result<(), PyErr> {
        self.print_warnings_at(f);
        let at = f.pc.saturating_sub(1);
        if !std::mem::take(&mut self.reraising) {
            self.add_traceback(&err, f, at);
        }
        let handler = f
            .code
            .exc_table
            .iter()
            .find(|e| (e.start as usize) <= at && at < e.end as usize);
        match handler {
            Some(h) => {
                f.stack.truncate(h.depth as usize);
                f.stack.push(err.exc);
                f.pc = h.handler as usize;
                Ok(())
            }
            None => Err(err),
        }
    }

    fn add_traceback(&mut self, err: &PyErr, f: &Frame, at: usize) {
        if let Some(data) = err.data() {
            let mut d = data.borrow_mut();
            if d.traceback.is_empty() && d.context.is_none() {
                if let Some(h) = &self.handled {
                    if !h.is(&err.exc) {
                        d.context = Some(h.clone());
                    }
                }
            }
            d.traceback.push(traceback::entry_for(&f.code, at));
        }
    }

    fn name_error(&self, name: &str) -> PyErr {
        PyErr::with_args(
            TypeTag::NameError,
            vec![Value::string(format!("name '{}' is not defined", name))],
        )
    }

    /// Prints the warnings issued while running the instruction at `at` of `code`, as Python's
    /// default warning filter does: `file:line: Category: message`, then the source line,
    /// once per (file, line, category, message).
    #[cold]
    #[inline(never)]
    pub(crate) fn flush_warnings(&mut self, code: &Code, at: usize) {
        let line = code.lines.get(at).copied().unwrap_or(0);
        for (category, message) in std::mem::take(&mut self.pending_warnings) {
            let key = (code.filename.clone(), line, category, message);
            if self.warned.contains(&key) {
                continue;
            }
            let mut text = format!(
                "{}:{}: {}: {}\n",
                code.filename,
                line,
                category.name(),
                key.3
            );
            if let Some(src) = self.sources.get(&*code.filename) {
                if let Some(source_line) = src.lines().nth(line.saturating_sub(1) as usize) {
                    let trimmed = source_line.trim();
                    if !trimmed.is_empty() {
                        text.push_str("  ");
                        text.push_str(trimmed);
                        text.push('\n');
                    }
                }
            }
            self.warned.insert(key);
            self.flush_stdout();
            let _ = std::io::stderr().write_all(text.as_bytes());
        }
    }

    /// Prints the warnings issued by the instruction before `f.pc`, if any.
    #[inline(always)]
    pub(crate) fn print_warnings_at(&mut self, f: &Frame) {
        if !self.pending_warnings.is_empty() {
            self.flush_warnings(&f.code, f.pc.saturating_sub(1));
        }
    }

    /// After an instruction's slow path: prints the warnings it issued, and closes generators
    /// it dropped.
    #[inline(always)]
    pub(crate) fn after_slow_path(&mut self, f: &Frame) {
        self.print_warnings_at(f);
        self.close_generators_if_any();
    }

    /// Records that some module (or the builtins) gained or lost a name.
    #[inline]
    pub(crate) fn names_changed(&mut self) {
        self.globals_epoch = self.globals_epoch.wrapping_add(1);
    }

    /// `LoadGlobal`: the module's globals, then the builtins, through the code's cache.
    #[inline(always)]
    fn load_global(&mut self, f: &Frame, code: &Code, i: u32) -> PyResult<Value> {
        let name = &code.names[i as usize];
        let cache = &code.global_cache[i as usize];
        match cache.get() {
            GlobalCache::Global(at) => {
                if let HeapObj::Module(m) = &*f.globals {
                    if let Some((key, v)) = m.dict.borrow().get_index(at as usize) {
                        if Rc::ptr_eq(key, name) || **key == **name {
                            return Ok(v.clone());
                        }
                    }
                }
            }
            GlobalCache::Builtin(at, epoch) if epoch == self.globals_epoch => {
                if let Some((_, v)) = self.builtins.get_index(at as usize) {
                    return Ok(v.clone());
                }
            }
            _ => {}
        }
        self.load_global_uncached(f, name, cache)
    }

    /// Looks `name` up in the module's globals, then the builtins (class bodies' `LoadName`).
    fn load_global_named(&mut self, f: &Frame, name: &Rc<str>) -> PyResult<Value> {
        self.load_global_uncached(f, name, &std::cell::Cell::new(GlobalCache::Empty))
    }

    #[inline(never)]
    fn load_global_uncached(
        &mut self,
        f: &Frame,
        name: &Rc<str>,
        cache: &std::cell::Cell<GlobalCache>,
    ) -> PyResult<Value> {
        if let HeapObj::Module(m) = &*f.globals {
            if let Some((at, _, v)) = m.dict.borrow().get_full(&**name) {
                cache.set(GlobalCache::Global(at as u32));
                return Ok(v.clone());
            }
        }
        match self.builtins.get_full(&**name) {
            Some((at, _, v)) => {
                cache.set(GlobalCache::Builtin(at as u32, self.globals_epoch));
                Ok(v.clone())
            }
            None => Err(self.name_error(name)),
        }
    }

    fn globals_dict<'a>(&self, f: &'a Frame) -> &'a RefCell<AttrMap> {
        match &*f.globals {
            HeapObj::Module(m) => &m.dict,
            _ => unreachable_globals(),
        }
    }
}

fn cell_name(code: &Code, i: usize) -> Rc<str> {
    if i < code.cellvars.len() {
        code.cellvars[i].clone()
    } else {
        code.freevars
            .get(i - code.cellvars.len())
            .cloned()
            .unwrap_or_else(|| "?".into())
    }
}

#[inline]
fn pop(f: &mut Frame) -> Value {
    mnpy_runtime::value::ValueStack::pop_value(&mut f.stack).unwrap_or(Value::None)
}

#[inline]
fn top(f: &Frame) -> &Value {
    f.stack.last().unwrap_or(&Value::None)
}

/// The RecursionError raised when a call would pass `sys.getrecursionlimit()`.
#[cold]
fn recursion_error() -> PyErr {
    PyErr::new(TypeTag::RecursionError, "maximum recursion depth exceeded")
}

fn internal() -> PyErr {
    PyErr::new(TypeTag::RuntimeError, "internal error: malformed call")
}

fn unreachable_globals() -> &'static RefCell<AttrMap> {
    thread_local! {
        static EMPTY: &'static RefCell<AttrMap> = Box::leak(Box::new(RefCell::new(AttrMap::default())));
    }
    EMPTY.with(|e| *e)
}

/// The builtin type tag of a value (for the REPL's completion).
pub fn type_tag_of(v: &Value) -> TypeTag {
    protocol::tag_of(v)
}
