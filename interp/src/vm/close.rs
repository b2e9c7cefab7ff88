//! Closing generators: `gen.close()`, and the close CPython runs when the last reference to a
//! suspended generator goes away, so that its `finally` blocks and `with` exits run then
//! (`for x in gen(): break` runs the generator's cleanup at the `break`).
//!
//! Dropping happens deep inside reference counting, where the VM cannot run code, so the drop
//! of a suspended generator frame that sits inside a `try`/`with` block only queues the frame
//! and raises a flag; the VM checks the flag where references typically die (`Pop`, loop
//! headers, calls returning, slow paths) and closes the queued frames there. A frame outside any
//! handler range is simply dropped: throwing `GeneratorExit` into it could do nothing visible.

use super::call::GenState;
use super::{Frame, FrameExit, Vm};
use crate::bytecode::Op;
use mnpy_runtime::{PyErr, PyResult, TypeTag};
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set when suspended generator frames were dropped and wait in the queue to be closed.
pub static GENERATORS_TO_CLOSE: AtomicBool = AtomicBool::new(false);

thread_local! {
    static ABANDONED: RefCell<Vec<(Frame, String)>> = const { RefCell::new(Vec::new()) };
}

/// Whether closing the suspended `frame` could run code: it is stopped inside the range of an
/// exception handler (`try`, `with`).
fn suspended_in_handler_range(frame: &Frame) -> bool {
    let at = suspended_at(frame);
    frame
        .code
        .exc_table
        .iter()
        .any(|e| (e.start as usize) <= at && at < e.end as usize)
}

/// The instruction a suspended generator frame stopped at: the `Yield` before `pc`, or the
/// `YieldFrom` at `pc` (which is re-run on resumption).
fn suspended_at(frame: &Frame) -> usize {
    if matches!(frame.code.ops.get(frame.pc), Some(Op::YieldFrom)) {
        frame.pc
    } else {
        frame.pc.saturating_sub(1)
    }
}

impl Drop for GenState {
    fn drop(&mut self) {
        if !self.started || self.running {
            return;
        }
        let Some(frame) = self.frame.take() else {
            return;
        };
        if !suspended_in_handler_range(&frame) {
            return;
        }
        let name = frame.code.qualname.to_string();
        // during thread teardown the queue may be gone: the frame is then just dropped
        let _ = ABANDONED.try_with(|q| q.borrow_mut().push((frame, name)));
        GENERATORS_TO_CLOSE.store(true, Ordering::Relaxed);
    }
}

impl Vm {
    /// Closes the generator frames dropped since the last call. An error one of them raises
    /// cannot reach any caller; it is printed as CPython prints it ("Exception ignored in").
    #[cold]
    #[inline(never)]
    pub(crate) fn close_abandoned_generators(&mut self) {
        GENERATORS_TO_CLOSE.store(false, Ordering::Relaxed);
        loop {
            let next = ABANDONED.with(|q| q.borrow_mut().pop());
            let Some((mut frame, name)) = next else {
                break;
            };
            if let Err(e) = self.close_frame(&mut frame) {
                let text = self.format_exception(&e.exc);
                self.flush_stdout();
                eprint!(
                    "Exception ignored in: <generator object {} at 0x{:x}>\n{}",
                    name,
                    std::ptr::addr_of!(frame) as usize,
                    text
                );
            }
        }
    }

    /// Throws `GeneratorExit` into a suspended generator frame, as `close()` does: fine when the
    /// generator lets it (or `StopIteration`) out or returns; RuntimeError when it yields again.
    pub(crate) fn close_frame(&mut self, frame: &mut Frame) -> PyResult<()> {
        // raise at the instruction it stopped at (a `yield from` is re-run, so `pc` is on it)
        frame.pc = suspended_at(frame) + 1;
        let exit = PyErr::with_args(TypeTag::GeneratorExit, vec![]);
        match self.run_frame_throwing(frame, exit) {
            Ok(FrameExit::Return(_)) => Ok(()),
            Ok(FrameExit::Yield(_)) => Err(PyErr::new(
                TypeTag::RuntimeError,
                "generator ignored GeneratorExit",
            )),
            Err(e) if e.matches(TypeTag::GeneratorExit) || e.matches(TypeTag::StopIteration) => {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Closes queued generator frames, if any (a cheap check for the VM's hot paths).
    #[inline(always)]
    pub(crate) fn close_generators_if_any(&mut self) {
        if GENERATORS_TO_CLOSE.load(Ordering::Relaxed) {
            self.close_abandoned_generators();
        }
    }
}
