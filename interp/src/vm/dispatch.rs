//! The hot dispatch loop: locals, constants, globals, attributes, calls, subscripts,
//! arithmetic, comparisons, jumps, `for` loops and the superinstructions, with inline fast
//! paths for ints, floats, ranges and lists. Everything else goes to `execute_other`
//! (`ops.rs`), which is kept out of line so this loop stays small enough for its state to live
//! in registers.
//!
//! Errors leave with `f.pc` one past the instruction that raised (a superinstruction advances
//! `f.pc` over its second half before running it), which is what the unwinder and the
//! traceback use to find the handler and the line.

use super::INTERRUPTED;
use super::{
    arith, class, compare, fast, internal, pop, top, Frame, FrameExit, InlineFrames, Unwind, Vm,
};
use crate::bytecode::{Code, GlobalCache, Op, UnaryOp};
use mnpy_runtime::interp_api::{BinOp, CmpOp, Interp};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, TypeTag, Value};
use std::rc::Rc;
use std::sync::atomic::Ordering;

impl Vm {
    /// The dispatch loop. Runs the top frame of `inline`, else `entry`; a direct call pushes
    /// the callee there and runs on in it, and its return pops back to the caller. Returns
    /// when `entry` returns or yields; errors go to `run_frame`'s unwinder, which unwinds
    /// `inline` too.
    pub(super) fn execute(&mut self, entry: &mut Frame, inline: &mut InlineFrames) -> Unwind {
        let mut f: &mut Frame;
        let mut code: &Code;
        let mut ops: &[Op];
        // the running frame has changed (a call or a return)
        macro_rules! run_top_frame {
            () => {
                f = inline.running(&mut *entry);
                // SAFETY: `code` is the `Code` the running frame holds an `Rc` to, taken
                // without counting a reference (two per call) and re-taken here whenever the
                // running frame changes. That `Rc` lives at least as long: the frame is `entry`
                // (borrowed for this whole call) or a running inline frame (boxed; emptied and
                // reused only after it returned, and then only by `call_inline`, which is
                // followed by this macro), and nothing replaces a running frame's code.
                code = unsafe { &*Rc::as_ptr(&f.code) };
                ops = &code.ops[..];
            };
        }
        // `return v`: out of the loop from `entry`, else back to the caller, whose stack has a
        // `Null` in the callee's place to take the result
        macro_rules! return_value {
            ($v:expr) => {{
                let v = $v;
                if inline.is_empty() {
                    return Ok(FrameExit::Return(v));
                }
                self.return_inline(entry, inline, v);
                run_top_frame!();
            }};
        }
        run_top_frame!();
        loop {
            let op = ops[f.pc];
            f.pc += 1;
            match op {
                Op::Nop => {}
                Op::LoadConst(i) => fast::push(&mut f.stack, code.consts[i as usize].clone()),
                Op::LoadFast(i) => {
                    let v = load_fast(f, code, i)?;
                    fast::push(&mut f.stack, v);
                }
                Op::StoreFast(i) => {
                    let v = pop(f);
                    fast::store(&mut f.slots[i as usize], v);
                }
                Op::LoadFastLoadFast(i) => {
                    let a = load_fast(f, code, i)?;
                    fast::push(&mut f.stack, a);
                    let Op::LoadFast(j) = ops[f.pc] else {
                        return Err(internal());
                    };
                    f.pc += 1;
                    let b = load_fast(f, code, j)?;
                    fast::push(&mut f.stack, b);
                }
                Op::LoadFastLoadConst(i) => {
                    let a = load_fast(f, code, i)?;
                    fast::push(&mut f.stack, a);
                    let Op::LoadConst(j) = ops[f.pc] else {
                        return Err(internal());
                    };
                    f.pc += 1;
                    fast::push(&mut f.stack, code.consts[j as usize].clone());
                }
                Op::LoadFastLoadFastSubscr(i) => {
                    let Op::LoadFast(j) = ops[f.pc] else {
                        return Err(internal());
                    };
                    match fast::subscr(&f.slots[i as usize], &f.slots[j as usize]) {
                        Some(v) => {
                            f.pc += 2;
                            fast::push(&mut f.stack, v);
                        }
                        None => {
                            let v = self.locals_subscr_slow(f, code, i, j)?;
                            fast::push(&mut f.stack, v);
                        }
                    }
                }
                Op::LoadFastLoadFastBinary(i) => {
                    let (Op::LoadFast(j), Op::Binary(bop)) = (ops[f.pc], ops[f.pc + 1]) else {
                        return Err(internal());
                    };
                    match arith::fast_binary(bop, &f.slots[i as usize], &f.slots[j as usize]) {
                        Some(v) => {
                            f.pc += 2;
                            fast::push(&mut f.stack, v);
                        }
                        None => {
                            let a = load_fast(f, code, i)?;
                            f.pc += 1;
                            let b = load_fast(f, code, j)?;
                            f.pc += 1;
                            let v = self.binary(bop, &a, &b)?;
                            self.after_slow_path(f);
                            fast::push(&mut f.stack, v);
                        }
                    }
                }
                Op::LoadFastLoadConstBinary(i) => {
                    let (Op::LoadConst(j), Op::Binary(bop)) = (ops[f.pc], ops[f.pc + 1]) else {
                        return Err(internal());
                    };
                    let c = &code.consts[j as usize];
                    match arith::fast_binary(bop, &f.slots[i as usize], c) {
                        Some(v) => {
                            f.pc += 2;
                            fast::push(&mut f.stack, v);
                        }
                        None => {
                            let a = load_fast(f, code, i)?;
                            f.pc += 2;
                            let v = self.binary(bop, &a, c)?;
                            self.after_slow_path(f);
                            fast::push(&mut f.stack, v);
                        }
                    }
                }
                Op::StoreFastLoadFast(i) => {
                    let v = pop(f);
                    fast::store(&mut f.slots[i as usize], v);
                    let Op::LoadFast(j) = ops[f.pc] else {
                        return Err(internal());
                    };
                    f.pc += 1;
                    let b = load_fast(f, code, j)?;
                    fast::push(&mut f.stack, b);
                }
                Op::LoadGlobal(i) => {
                    let v = self.load_global(f, code, i)?;
                    fast::push(&mut f.stack, v);
                }
                Op::LoadAttr(i) => {
                    let obj = pop(f);
                    let v = match module_attr_cached(&obj, code, i) {
                        Some(v) => v,
                        None => self.getattr(&obj, &code.names[i as usize])?,
                    };
                    fast::push(&mut f.stack, v);
                }
                Op::StoreAttr(i) => {
                    let obj = pop(f);
                    let v = pop(f);
                    self.setattr(&obj, &code.names[i as usize], v)?;
                }
                Op::LoadMethod(i) => {
                    let obj = pop(f);
                    if let Some(v) = module_attr_cached(&obj, code, i) {
                        // a module's function, called without a receiver (`math.sqrt(x)`)
                        fast::push(&mut f.stack, v);
                        fast::push(&mut f.stack, Value::Null);
                        continue;
                    }
                    let (callee, recv) = self.load_method(obj, &code.names[i as usize])?;
                    fast::push(&mut f.stack, callee);
                    fast::push(&mut f.stack, recv);
                }
                Op::CallMethod(n) => {
                    let n = n as usize;
                    let base = f.stack.len() - n - 2;
                    let callee = Value::Null.replace_in(&mut f.stack[base]);
                    if let Value::Obj(o) = &callee {
                        if let HeapObj::Function(func) = &**o {
                            // with a receiver, it is the first of the arguments on the stack
                            let has_recv = !matches!(f.stack[base + 1], Value::Null);
                            let nargs = n + has_recv as usize;
                            if let Some(r) = self.call_inline(func, entry, inline, nargs, base) {
                                r?;
                                run_top_frame!();
                                continue;
                            }
                            f = inline.running(&mut *entry);
                        }
                    }
                    if let Value::Builtin(b) = callee {
                        // the receiver, when there is one, is the first argument
                        let args_at = base
                            + if matches!(f.stack[base + 1], Value::Null) {
                                2
                            } else {
                                1
                            };
                        if builtin_call_on_stack(f, b, base, args_at) {
                            continue;
                        }
                    }
                    let recv = std::mem::replace(&mut f.stack[base + 1], Value::Null);
                    let mut args = self.take_vec();
                    if !matches!(recv, Value::Null) {
                        args.push(recv);
                    }
                    args.extend(f.stack.drain(base + 2..));
                    f.stack.truncate(base);
                    let result = self.call_value(&callee, args, vec![])?;
                    self.after_slow_path(f);
                    fast::push(&mut f.stack, result);
                }
                Op::Call(n) => {
                    let n = n as usize;
                    let base = f.stack.len() - n - 1;
                    let callee = Value::Null.replace_in(&mut f.stack[base]);
                    if n == 0 && class::is_super_class(&callee) {
                        f.stack.truncate(base);
                        let v = class::zero_arg_super(f)?;
                        fast::push(&mut f.stack, v);
                        continue;
                    }
                    if let Value::Obj(o) = &callee {
                        match &**o {
                            HeapObj::Function(func) => {
                                if let Some(r) = self.call_inline(func, entry, inline, n, base) {
                                    r?;
                                    run_top_frame!();
                                    continue;
                                }
                                f = inline.running(&mut *entry);
                            }
                            // `range(...)` of small ints, usually right before `GetIter` (a
                            // `for` loop): the iterator is made directly, without the general
                            // call and the range object nobody else sees
                            HeapObj::Class(c) if c.builtin == TypeTag::Range => {
                                if let Some(r) = fast::small_range(&f.stack[base + 1..]) {
                                    f.stack.truncate(base);
                                    let v = if let Op::GetIter = ops[f.pc] {
                                        f.pc += 1;
                                        self.range_iterator_reused(&r)
                                    } else {
                                        Value::obj(HeapObj::Range(r))
                                    };
                                    fast::push(&mut f.stack, v);
                                    continue;
                                }
                            }
                            _ => {}
                        }
                    }
                    if let Value::Builtin(b) = callee {
                        if builtin_call_on_stack(f, b, base, base + 1) {
                            continue;
                        }
                    }
                    let mut args = self.take_vec();
                    args.extend(f.stack.drain(base + 1..));
                    f.stack.truncate(base);
                    let v = self.call_value(&callee, args, vec![])?;
                    self.after_slow_path(f);
                    fast::push(&mut f.stack, v);
                }
                Op::Subscr => match top2(f).and_then(|(obj, key)| fast::subscr(obj, key)) {
                    Some(v) => set_top2(f, v),
                    None => {
                        let key = pop(f);
                        let obj = pop(f);
                        let v = self.getitem(&obj, &key)?;
                        self.after_slow_path(f);
                        fast::push(&mut f.stack, v);
                    }
                },
                Op::StoreSubscr => {
                    let n = f.stack.len();
                    if n >= 3
                        && fast::store_subscr(&f.stack[n - 2], &f.stack[n - 1], &f.stack[n - 3])
                    {
                        f.stack.truncate(n - 3);
                    } else {
                        let key = pop(f);
                        let obj = pop(f);
                        let v = pop(f);
                        self.setitem(&obj, &key, v)?;
                        self.after_slow_path(f);
                    }
                }
                Op::Binary(bop) | Op::Inplace(bop) => match fast_binary_top2(f, bop) {
                    Some(v) => set_top2(f, v),
                    None => {
                        let v = self.arith_top(f, bop, matches!(op, Op::Inplace(_)))?;
                        fast::push(&mut f.stack, v);
                    }
                },
                Op::BinaryStoreFast(bop) | Op::InplaceStoreFast(bop) => {
                    let Op::StoreFast(j) = ops[f.pc] else {
                        return Err(internal());
                    };
                    // both paths give words, so the value is not parked in memory where
                    // they meet (see `ValueWords`)
                    let words = match fast_binary_top2(f, bop) {
                        Some(v) => {
                            pop2_numbers(f);
                            v.into_words()
                        }
                        None => {
                            let inplace = matches!(op, Op::InplaceStoreFast(_));
                            self.arith_top(f, bop, inplace)?.into_words()
                        }
                    };
                    f.pc += 1;
                    fast::store(&mut f.slots[j as usize], Value::from_words(words));
                }
                Op::Unary(u) => {
                    let a = pop(f);
                    let words = match (u, &a) {
                        (UnaryOp::Neg, Value::Float(x)) => Value::Float(-x).into_words(),
                        (UnaryOp::Neg, Value::Int(x)) if *x != i64::MIN => {
                            Value::Int(-x).into_words()
                        }
                        (UnaryOp::Not, Value::Bool(b)) => Value::Bool(!b).into_words(),
                        (UnaryOp::Not, _) => Value::Bool(!self.truthy(&a)?).into_words(),
                        _ => {
                            let v = self.unary(u, &a)?;
                            self.after_slow_path(f);
                            v.into_words()
                        }
                    };
                    fast::push(&mut f.stack, Value::from_words(words));
                }
                Op::Compare(c) => match top2(f).and_then(|(a, b)| compare::fast_compare(c, a, b)) {
                    Some(r) => set_top2(f, Value::Bool(r)),
                    None => {
                        let v = self.compare_top(f, c)?;
                        fast::push(&mut f.stack, v);
                    }
                },
                Op::CompareJumpIfFalse(c) => {
                    let Op::PopJumpIfFalse(t) = ops[f.pc] else {
                        return Err(internal());
                    };
                    let truth = match top2(f).and_then(|(a, b)| compare::fast_compare(c, a, b)) {
                        Some(r) => {
                            pop2_numbers(f);
                            f.pc += 1;
                            r
                        }
                        None => {
                            let v = self.compare_top(f, c)?;
                            f.pc += 1;
                            self.truth_of(v)?
                        }
                    };
                    if !truth {
                        f.pc = t as usize;
                    }
                }
                // two arms, not one: each reads its second operand without a branch on the
                // instruction (one merged arm cost 0.5–1.3% of all instructions)
                Op::LoadFastLoadConstCompareJump(i) => {
                    let (Op::LoadConst(j), Op::Compare(c), Op::PopJumpIfFalse(t)) =
                        (ops[f.pc], ops[f.pc + 1], ops[f.pc + 2])
                    else {
                        return Err(internal());
                    };
                    let constant = &code.consts[j as usize];
                    let truth = match compare::fast_compare(c, &f.slots[i as usize], constant) {
                        Some(r) => {
                            f.pc += 3;
                            r
                        }
                        None => self.compare_jump_slow(f, code, i, ops[f.pc], c)?,
                    };
                    if !truth {
                        f.pc = t as usize;
                    }
                }
                Op::LoadFastLoadFastCompareJump(i) => {
                    let (Op::LoadFast(j), Op::Compare(c), Op::PopJumpIfFalse(t)) =
                        (ops[f.pc], ops[f.pc + 1], ops[f.pc + 2])
                    else {
                        return Err(internal());
                    };
                    let fast = compare::fast_compare(c, &f.slots[i as usize], &f.slots[j as usize]);
                    let truth = match fast {
                        Some(r) => {
                            f.pc += 3;
                            r
                        }
                        None => self.compare_jump_slow(f, code, i, ops[f.pc], c)?,
                    };
                    if !truth {
                        f.pc = t as usize;
                    }
                }
                Op::LoadFastLoadFastStoreSubscr(i) => {
                    let Op::LoadFast(j) = ops[f.pc] else {
                        return Err(internal());
                    };
                    let stored = match f.stack.last() {
                        Some(v) => {
                            fast::store_subscr(&f.slots[i as usize], &f.slots[j as usize], v)
                        }
                        None => false,
                    };
                    if stored {
                        f.pc += 2;
                        f.stack.pop();
                    } else {
                        self.locals_store_subscr_slow(f, code, i, j)?;
                    }
                }
                Op::LoadFastLoadFastSubscrStore(i) => {
                    let (Op::LoadFast(j), Op::StoreFast(k)) = (ops[f.pc], ops[f.pc + 2]) else {
                        return Err(internal());
                    };
                    match fast::subscr(&f.slots[i as usize], &f.slots[j as usize]) {
                        Some(v) => {
                            f.pc += 3;
                            fast::store(&mut f.slots[k as usize], v);
                        }
                        None => {
                            let v = self.locals_subscr_slow(f, code, i, j)?;
                            f.pc += 1;
                            f.slots[k as usize] = v;
                        }
                    }
                }
                Op::LoadThreeFastStoreSubscr(v) => {
                    let (Op::LoadFast(i), Op::LoadFast(j)) = (ops[f.pc], ops[f.pc + 1]) else {
                        return Err(internal());
                    };
                    let slots = &f.slots;
                    let (obj, key, value) =
                        (&slots[i as usize], &slots[j as usize], &slots[v as usize]);
                    if !matches!(value, Value::Null) && fast::store_subscr(obj, key, value) {
                        f.pc += 3;
                    } else {
                        let value = load_fast(f, code, v)?;
                        fast::push(&mut f.stack, value);
                        f.pc += 1;
                        self.locals_store_subscr_slow(f, code, i, j)?;
                    }
                }
                Op::LoadFastLoadConstInplaceStore(i) => {
                    let (Op::LoadConst(j), Op::Inplace(bop), Op::StoreFast(k)) =
                        (ops[f.pc], ops[f.pc + 1], ops[f.pc + 2])
                    else {
                        return Err(internal());
                    };
                    let c = &code.consts[j as usize];
                    let v = match arith::fast_binary(bop, &f.slots[i as usize], c) {
                        Some(v) => {
                            f.pc += 3;
                            v
                        }
                        None => self.const_inplace_slow(f, code, i, j, bop)?,
                    };
                    fast::store(&mut f.slots[k as usize], v);
                }
                Op::InplaceStoreSubscr(bop) => {
                    let n = f.stack.len();
                    let done = n >= 4
                        && match arith::fast_binary(bop, &f.stack[n - 2], &f.stack[n - 1]) {
                            Some(v) => fast::store_subscr(&f.stack[n - 4], &f.stack[n - 3], &v),
                            None => false,
                        };
                    if done {
                        f.pc += 2;
                        f.stack.truncate(n - 4);
                    } else {
                        self.inplace_store_subscr_slow(f, bop)?;
                    }
                }
                Op::DupTwoSubscr => match top2(f).and_then(|(obj, key)| fast::subscr(obj, key)) {
                    Some(v) => {
                        f.pc += 1;
                        fast::push(&mut f.stack, v);
                    }
                    None => self.dup_two_subscr_slow(f)?,
                },
                Op::Is(neg) => {
                    let b = pop(f);
                    let a = pop(f);
                    fast::push(&mut f.stack, Value::Bool(a.is(&b) != (neg == 1)));
                }
                Op::Jump(t) => f.pc = t as usize,
                Op::PopJumpIfFalse(t) => {
                    let b = self.truth_of(pop(f))?;
                    if !b {
                        f.pc = t as usize;
                    }
                }
                Op::PopJumpIfTrue(t) => {
                    let b = self.truth_of(pop(f))?;
                    if b {
                        f.pc = t as usize;
                    }
                }
                Op::GetIter => {
                    let v = pop(f);
                    let it = self.iter(&v)?;
                    fast::push(&mut f.stack, it);
                }
                Op::ForIter(t) => match fast::for_iter_step(top(f)) {
                    fast::Step::Item(v) => fast::push(&mut f.stack, v),
                    fast::Step::Exhausted => {
                        if let Some(it) = f.stack.pop() {
                            self.keep_range_iterator(it);
                        }
                        f.pc = t as usize;
                    }
                    fast::Step::Slow => {
                        let it = top(f).clone();
                        match self.next(&it)? {
                            Some(v) => fast::push(&mut f.stack, v),
                            None => {
                                f.stack.pop();
                                f.pc = t as usize;
                            }
                        }
                    }
                },
                Op::LoopHeader(i) => self.loop_header(code, i)?,
                Op::JumpLoop(t) => {
                    let Op::LoopHeader(i) = ops[t as usize] else {
                        return Err(internal());
                    };
                    // as if the header itself ran: an interrupt is reported at its line
                    f.pc = t as usize + 1;
                    self.loop_header(code, i)?;
                }
                Op::Pop => {
                    f.stack.pop();
                    self.close_generators_if_any();
                }
                Op::Dup => {
                    let v = top(f).clone();
                    fast::push(&mut f.stack, v);
                }
                Op::Rot2 => {
                    let a = pop(f);
                    let b = pop(f);
                    fast::push(&mut f.stack, a);
                    fast::push(&mut f.stack, b);
                }
                Op::Rot3 => {
                    let c = pop(f);
                    let b = pop(f);
                    let a = pop(f);
                    fast::push(&mut f.stack, c);
                    fast::push(&mut f.stack, a);
                    fast::push(&mut f.stack, b);
                }
                Op::DupTwo => {
                    let n = f.stack.len();
                    let a = f.stack[n - 2].clone();
                    let b = f.stack[n - 1].clone();
                    fast::push(&mut f.stack, a);
                    fast::push(&mut f.stack, b);
                }
                Op::Return => return_value!(pop(f)),
                Op::BinaryReturn(bop) => {
                    let v = match fast_binary_top2(f, bop) {
                        Some(v) => {
                            pop2_numbers(f);
                            v
                        }
                        None => self.arith_top(f, bop, false)?,
                    };
                    f.pc += 1;
                    return_value!(v);
                }
                Op::LoadFastReturn(i) => {
                    let v = load_fast(f, code, i)?;
                    f.pc += 1;
                    return_value!(v);
                }
                // listed, not `_`: with every opcode named the jump table needs no range check
                Op::DeleteFast(_)
                | Op::LoadDeref(_)
                | Op::StoreDeref(_)
                | Op::DeleteDeref(_)
                | Op::LoadClosure(_)
                | Op::StoreGlobal(_)
                | Op::DeleteGlobal(_)
                | Op::LoadName(_)
                | Op::StoreName(_)
                | Op::DeleteName(_)
                | Op::DeleteAttr(_)
                | Op::DeleteSubscr
                | Op::In(_)
                | Op::JumpIfFalseOrPop(_)
                | Op::JumpIfTrueOrPop(_)
                | Op::CallKw(_)
                | Op::CallEx(_)
                | Op::MakeFunction(_)
                | Op::BuildTuple(_)
                | Op::BuildList(_)
                | Op::BuildSet(_)
                | Op::BuildMap(_)
                | Op::BuildSlice(_)
                | Op::BuildString(_)
                | Op::ListAppend(_)
                | Op::SetAdd(_)
                | Op::MapAdd(_)
                | Op::ListExtend(_)
                | Op::SetUpdate(_)
                | Op::DictUpdate(_)
                | Op::DictMerge
                | Op::ListToTuple
                | Op::CallArgsExtend
                | Op::FormatValue(_)
                | Op::UnpackSequence(_)
                | Op::UnpackEx(_)
                | Op::Yield
                | Op::YieldFrom
                | Op::Raise(_)
                | Op::Reraise
                | Op::PushExcInfo
                | Op::PopExcept
                | Op::PopExceptReraise
                | Op::CheckExcMatch
                | Op::BeforeWith
                | Op::WithExceptStart
                | Op::ImportName(_)
                | Op::ImportFrom(_)
                | Op::ImportStar
                | Op::BuildClass(_)
                | Op::PrintExpr
                | Op::LoadAssertionError
                | Op::Rot4 => {
                    if let Some(exit) = self.execute_other(f, code, op)? {
                        // a yield: generator frames are never inline
                        debug_assert!(inline.is_empty());
                        return Ok(exit);
                    }
                    self.after_slow_path(f);
                }
            }
        }
    }

    /// A loop header's work: counts the iteration, raises `KeyboardInterrupt` after Ctrl-C and
    /// closes generators dropped by the last iteration.
    #[inline(always)]
    fn loop_header(&mut self, code: &Code, i: u32) -> PyResult<()> {
        let c = &code.loop_counters[i as usize];
        c.set(c.get().wrapping_add(1));
        if INTERRUPTED.load(Ordering::Relaxed) {
            INTERRUPTED.store(false, Ordering::Relaxed);
            return Err(PyErr::with_args(TypeTag::KeyboardInterrupt, vec![]));
        }
        self.close_generators_if_any();
        Ok(())
    }

    /// Pops two operands and applies a binary operator, or its augmented form (`x op= y`)
    /// when `inplace` (fast path for ints and floats).
    #[inline(always)]
    pub(super) fn arith_top(
        &mut self,
        f: &mut Frame,
        bop: BinOp,
        inplace: bool,
    ) -> PyResult<Value> {
        let b = pop(f);
        let a = pop(f);
        match arith::fast_binary(bop, &a, &b) {
            Some(v) => Ok(v),
            None => {
                let r = if inplace {
                    self.inplace(bop, &a, &b)
                } else {
                    self.binary(bop, &a, &b)
                };
                self.after_slow_path(f);
                r
            }
        }
    }

    /// Pops two operands and compares them (fast path for ints and floats).
    #[inline(always)]
    fn compare_top(&mut self, f: &mut Frame, c: CmpOp) -> PyResult<Value> {
        let b = pop(f);
        let a = pop(f);
        match compare::fast_compare(c, &a, &b) {
            Some(r) => Ok(Value::Bool(r)),
            None => {
                let r = Interp::compare(self, c, &a, &b);
                self.after_slow_path(f);
                r
            }
        }
    }
}

/// `module.name` through the code's per-name cache (shared with `LoadGlobal`): the cached
/// index into the module's dict is used when the key there is still `name`, so a cache entry
/// left by another module or by `LoadGlobal` is only ever a miss. `None` when `obj` is not a
/// module or has no such name in its dict (the general attribute path then decides).
#[inline(always)]
fn module_attr_cached(obj: &Value, code: &Code, i: u32) -> Option<Value> {
    let Value::Obj(o) = obj else {
        return None;
    };
    let HeapObj::Module(m) = &**o else {
        return None;
    };
    let name = &code.names[i as usize];
    let cache = &code.global_cache[i as usize];
    let dict = m.dict.borrow();
    if let GlobalCache::Global(at) = cache.get() {
        if let Some((key, v)) = dict.get_index(at as usize) {
            if std::rc::Rc::ptr_eq(key, name) || **key == **name {
                return Some(v.clone());
            }
        }
    }
    let (at, _, v) = dict.get_full(&**name)?;
    cache.set(GlobalCache::Global(at as u32));
    Some(v.clone())
}

/// A call of builtin `b` with the arguments `f.stack[args_at..]` through `fast::builtin_call`;
/// when it applies, the call's part of the stack (from `base`) is replaced by the result.
#[inline(always)]
fn builtin_call_on_stack(f: &mut Frame, b: BuiltinFn, base: usize, args_at: usize) -> bool {
    match fast::builtin_call(b, &f.stack[args_at..]) {
        Some(v) => {
            f.stack.truncate(base);
            fast::push(&mut f.stack, v);
            true
        }
        None => false,
    }
}

/// The two top stack items (second, top), by reference.
#[inline(always)]
fn top2(f: &Frame) -> Option<(&Value, &Value)> {
    let n = f.stack.len();
    if n < 2 {
        return None;
    }
    Some((&f.stack[n - 2], &f.stack[n - 1]))
}

/// Replaces the two top stack items with `v`. The fast paths use this in place of popping and
/// pushing: values are then only read and written field by field, never copied through a
/// temporary (a copy right after a field-wise write stalls store-to-load forwarding).
#[inline(always)]
fn set_top2(f: &mut Frame, v: Value) {
    let n = f.stack.len();
    f.stack.truncate(n - 1);
    fast::store(&mut f.stack[n - 2], v);
}

/// Drops the two top stack items (ints or floats, so nothing to release).
#[inline(always)]
fn pop2_numbers(f: &mut Frame) {
    let n = f.stack.len();
    f.stack.truncate(n - 2);
}

/// `second op top` for ints and floats, when it cannot fail.
#[inline(always)]
fn fast_binary_top2(f: &Frame, bop: BinOp) -> Option<Value> {
    let (a, b) = top2(f)?;
    arith::fast_binary(bop, a, b)
}

/// The value of local slot `i`, or UnboundLocalError.
#[inline(always)]
pub(super) fn load_fast(f: &Frame, code: &Code, i: u32) -> PyResult<Value> {
    match &f.slots[i as usize] {
        Value::Null => Err(unbound_local(code, i)),
        v => Ok(v.clone()),
    }
}

#[cold]
#[inline(never)]
fn unbound_local(code: &Code, i: u32) -> PyErr {
    let name = code.varnames.get(i as usize).map(|n| &**n).unwrap_or("?");
    PyErr::new(
        TypeTag::UnboundLocalError,
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            name
        ),
    )
}
