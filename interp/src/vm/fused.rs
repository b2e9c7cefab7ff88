//! The slow paths of the superinstructions the peephole pass writes for compare-and-jump,
//! stores and augmented assignments: each runs the fused instructions one by one, moving
//! `f.pc` past each part before running it, so an error names the part that raised it and
//! its line, as if the instructions had not been fused. Kept out of line so the dispatch loop
//! stays small.

use super::dispatch::load_fast;
use super::{pop, Frame, Vm};
use crate::bytecode::{Code, Op};
use mnpy_runtime::interp_api::{BinOp, CmpOp, Interp};
use mnpy_runtime::{PyResult, Value};

impl Vm {
    /// `LoadFast(i) <second> Compare(c) PopJumpIfFalse`, where `second` (the instruction after
    /// the first) is a `LoadConst` or a `LoadFast`: whether to go on (not jump).
    #[inline(never)]
    pub(super) fn compare_jump_slow(
        &mut self,
        f: &mut Frame,
        code: &Code,
        i: u32,
        second: Op,
        c: CmpOp,
    ) -> PyResult<bool> {
        let a = load_fast(f, code, i)?;
        f.pc += 1;
        let b = match second {
            Op::LoadConst(j) => code.consts[j as usize].clone(),
            Op::LoadFast(j) => load_fast(f, code, j)?,
            _ => return Err(super::internal()),
        };
        f.pc += 1;
        let r = Interp::compare(self, c, &a, &b);
        self.after_slow_path(f);
        let v = r?;
        f.pc += 1;
        self.truth_of(v)
    }

    /// `LoadFast(i) LoadFast(j) StoreSubscr`: `local_i[local_j] = TOS`.
    #[inline(never)]
    pub(super) fn locals_store_subscr_slow(
        &mut self,
        f: &mut Frame,
        code: &Code,
        i: u32,
        j: u32,
    ) -> PyResult<()> {
        let obj = load_fast(f, code, i)?;
        f.pc += 1;
        let key = load_fast(f, code, j)?;
        f.pc += 1;
        let v = pop(f);
        self.setitem(&obj, &key, v)?;
        self.after_slow_path(f);
        Ok(())
    }

    /// `LoadFast(i) LoadFast(j) Subscr`, step by step: `local_i[local_j]`, with `f.pc` left
    /// past the `Subscr` (the start of `LoadFastLoadFastSubscr` and of
    /// `LoadFastLoadFastSubscrStore`).
    #[inline(never)]
    pub(super) fn locals_subscr_slow(
        &mut self,
        f: &mut Frame,
        code: &Code,
        i: u32,
        j: u32,
    ) -> PyResult<Value> {
        let obj = load_fast(f, code, i)?;
        f.pc += 1;
        let key = load_fast(f, code, j)?;
        f.pc += 1;
        let v = self.getitem(&obj, &key)?;
        self.after_slow_path(f);
        Ok(v)
    }

    /// `LoadFast(i) LoadConst(j) Inplace(op) StoreFast`: the value to store.
    #[inline(never)]
    pub(super) fn const_inplace_slow(
        &mut self,
        f: &mut Frame,
        code: &Code,
        i: u32,
        j: u32,
        op: BinOp,
    ) -> PyResult<Value> {
        let a = load_fast(f, code, i)?;
        f.pc += 2;
        let r = self.inplace(op, &a, &code.consts[j as usize]);
        self.after_slow_path(f);
        let v = r?;
        f.pc += 1;
        Ok(v)
    }

    /// `Inplace(op) Rot3 StoreSubscr` on `obj key old rhs`: `obj[key] = old op= rhs`.
    #[inline(never)]
    pub(super) fn inplace_store_subscr_slow(&mut self, f: &mut Frame, op: BinOp) -> PyResult<()> {
        let v = self.arith_top(f, op, true)?;
        f.pc += 2;
        let key = pop(f);
        let obj = pop(f);
        self.setitem(&obj, &key, v)?;
        self.after_slow_path(f);
        Ok(())
    }

    /// `DupTwo Subscr` on `obj key`: pushes `obj[key]`, keeping both.
    #[inline(never)]
    pub(super) fn dup_two_subscr_slow(&mut self, f: &mut Frame) -> PyResult<()> {
        let n = f.stack.len();
        if n < 2 {
            return Err(super::internal());
        }
        let obj = f.stack[n - 2].clone();
        let key = f.stack[n - 1].clone();
        f.pc += 1;
        let v = self.getitem(&obj, &key)?;
        self.after_slow_path(f);
        super::fast::push(&mut f.stack, v);
        Ok(())
    }
}
