//! The peephole pass: writes superinstructions over the first instruction of common triples
//! (`LoadFast LoadFast Subscr`, `LoadFast LoadFast Binary`, `LoadFast LoadConst Binary`) and
//! pairs (`LoadFast LoadFast`, `LoadFast LoadConst`, `StoreFast LoadFast`, `Compare
//! PopJumpIfFalse`, `Binary StoreFast`, `Inplace StoreFast`), so the VM dispatches once for
//! two or three instructions; a `Jump` to a `LoopHeader` (a loop's back edge) becomes a
//! `JumpLoop` that runs the header itself. Two more groups: `LoadFast LoadConst Compare
//! PopJumpIfFalse` (`if n < 2:`) and `LoadFast LoadFast Compare PopJumpIfFalse` (`while lo <
//! hi:`), taken before the triples, the triple `LoadFast LoadFast StoreSubscr` (`a[i] = v`)
//! and the pairs `LoadFast Return` and `Binary Return`; for augmented assignments, `LoadFast LoadConst Inplace
//! StoreFast` (`i += 1`), `DupTwo Subscr` and `Inplace Rot3 StoreSubscr` (`a[i] += x`); and
//! for list element moves between locals, `LoadFast LoadFast Subscr StoreFast` (`x = a[i]`)
//! and `LoadFast LoadFast LoadFast StoreSubscr` (`a[i] = x`).
//!
//! The pass only ever overwrites an instruction in place: it never inserts, removes or moves
//! one, so jump targets, the line table and the exception table stay valid. The second
//! instruction of a fused pair is left as it was, because a jump may land on it; the
//! superinstruction reads its operands from there and skips them. Groups are taken left to
//! right (triples before pairs, and a pair is not taken when its second instruction starts a
//! triple, since that saves more dispatches) and the later instructions of a fused group start
//! no group of their own, so every superinstruction is followed by exactly the plain
//! instructions it expects.

use crate::bytecode::Op;

/// Fuses common instruction pairs of one code object in place.
pub fn fuse_pairs(ops: &mut [Op]) {
    for i in 0..ops.len() {
        if let Op::Jump(t) = ops[i] {
            if let Some(Op::LoopHeader(_)) = ops.get(t as usize) {
                ops[i] = Op::JumpLoop(t);
            }
        }
    }
    let mut i = 0;
    while i + 1 < ops.len() {
        if let Some(op) = quad_at(ops, i) {
            ops[i] = op;
            i += 4;
            continue;
        }
        if let Some(op) = triple_at(ops, i) {
            ops[i] = op;
            i += 3;
            continue;
        }
        // a pair here would take the first instruction of a longer group: leave this one alone
        if triple_at(ops, i + 1).is_some() || quad_at(ops, i + 1).is_some() {
            i += 1;
            continue;
        }
        let fused = match (ops[i], ops[i + 1]) {
            (Op::LoadFast(a), Op::Return) => Some(Op::LoadFastReturn(a)),
            (Op::DupTwo, Op::Subscr) => Some(Op::DupTwoSubscr),
            (Op::Binary(b), Op::Return) => Some(Op::BinaryReturn(b)),
            (Op::LoadFast(a), Op::LoadFast(_)) => Some(Op::LoadFastLoadFast(a)),
            (Op::LoadFast(a), Op::LoadConst(_)) => Some(Op::LoadFastLoadConst(a)),
            (Op::StoreFast(a), Op::LoadFast(_)) => Some(Op::StoreFastLoadFast(a)),
            (Op::Compare(c), Op::PopJumpIfFalse(_)) => Some(Op::CompareJumpIfFalse(c)),
            (Op::Binary(b), Op::StoreFast(_)) => Some(Op::BinaryStoreFast(b)),
            (Op::Inplace(b), Op::StoreFast(_)) => Some(Op::InplaceStoreFast(b)),
            _ => None,
        };
        match fused {
            Some(op) => {
                ops[i] = op;
                i += 2;
            }
            None => i += 1,
        }
    }
}

/// The superinstruction for the group of four starting at `i`, if it is one.
fn quad_at(ops: &[Op], i: usize) -> Option<Op> {
    if i + 3 >= ops.len() {
        return None;
    }
    match (ops[i], ops[i + 1], ops[i + 2], ops[i + 3]) {
        (Op::LoadFast(a), Op::LoadConst(_), Op::Compare(_), Op::PopJumpIfFalse(_)) => {
            Some(Op::LoadFastLoadConstCompareJump(a))
        }
        (Op::LoadFast(a), Op::LoadFast(_), Op::Compare(_), Op::PopJumpIfFalse(_)) => {
            Some(Op::LoadFastLoadFastCompareJump(a))
        }
        (Op::LoadFast(a), Op::LoadConst(_), Op::Inplace(_), Op::StoreFast(_)) => {
            Some(Op::LoadFastLoadConstInplaceStore(a))
        }
        (Op::LoadFast(a), Op::LoadFast(_), Op::Subscr, Op::StoreFast(_)) => {
            Some(Op::LoadFastLoadFastSubscrStore(a))
        }
        (Op::LoadFast(v), Op::LoadFast(_), Op::LoadFast(_), Op::StoreSubscr) => {
            Some(Op::LoadThreeFastStoreSubscr(v))
        }
        _ => None,
    }
}

/// The superinstruction for the triple starting at `i`, if it is one.
fn triple_at(ops: &[Op], i: usize) -> Option<Op> {
    if i + 2 >= ops.len() {
        return None;
    }
    match (ops[i], ops[i + 1], ops[i + 2]) {
        (Op::LoadFast(a), Op::LoadFast(_), Op::Subscr) => Some(Op::LoadFastLoadFastSubscr(a)),
        (Op::LoadFast(a), Op::LoadFast(_), Op::StoreSubscr) => {
            Some(Op::LoadFastLoadFastStoreSubscr(a))
        }
        (Op::Inplace(b), Op::Rot3, Op::StoreSubscr) => Some(Op::InplaceStoreSubscr(b)),
        (Op::LoadFast(a), Op::LoadFast(_), Op::Binary(_)) => Some(Op::LoadFastLoadFastBinary(a)),
        (Op::LoadFast(a), Op::LoadConst(_), Op::Binary(_)) => Some(Op::LoadFastLoadConstBinary(a)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mnpy_runtime::interp_api::{BinOp, CmpOp};

    #[test]
    fn fuses_pairs_left_to_right_and_keeps_second_instructions() {
        let mut ops = vec![
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::LoadFast(2),
            Op::Compare(CmpOp::Lt),
            Op::PopJumpIfFalse(9),
            Op::Inplace(BinOp::Add),
            Op::StoreFast(1),
            Op::StoreFast(2),
            Op::Return,
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::Subscr,
            Op::LoadFast(0),
            Op::LoadConst(0),
            Op::Binary(BinOp::Add),
        ];
        fuse_pairs(&mut ops);
        // the first `LoadFast` stays alone: a pair would take the start of the compare group
        assert_eq!(
            ops,
            vec![
                Op::LoadFast(0),
                Op::LoadFastLoadFastCompareJump(1),
                Op::LoadFast(2),
                Op::Compare(CmpOp::Lt),
                Op::PopJumpIfFalse(9),
                Op::InplaceStoreFast(BinOp::Add),
                Op::StoreFast(1),
                Op::StoreFast(2),
                Op::Return,
                Op::LoadFastLoadFastSubscr(0),
                Op::LoadFast(1),
                Op::Subscr,
                Op::LoadFastLoadConstBinary(0),
                Op::LoadConst(0),
                Op::Binary(BinOp::Add),
            ]
        );
    }

    #[test]
    fn fuses_element_moves_between_locals_before_shorter_groups() {
        // `value = k * 2; items[k] = value; x = items[k]`
        let mut ops = vec![
            Op::StoreFast(2),
            Op::LoadFast(2),
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::StoreSubscr,
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::Subscr,
            Op::StoreFast(3),
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::Subscr,
            Op::Return,
        ];
        fuse_pairs(&mut ops);
        assert_eq!(
            ops,
            vec![
                Op::StoreFast(2),
                Op::LoadThreeFastStoreSubscr(2),
                Op::LoadFast(0),
                Op::LoadFast(1),
                Op::StoreSubscr,
                Op::LoadFastLoadFastSubscrStore(0),
                Op::LoadFast(1),
                Op::Subscr,
                Op::StoreFast(3),
                Op::LoadFastLoadFastSubscr(0),
                Op::LoadFast(1),
                Op::Subscr,
                Op::Return,
            ]
        );
    }

    #[test]
    fn fuses_compare_with_a_constant_and_return_of_a_local() {
        let mut ops = vec![
            Op::LoadFast(0),
            Op::LoadConst(0),
            Op::Compare(CmpOp::Lt),
            Op::PopJumpIfFalse(6),
            Op::LoadFast(0),
            Op::Return,
            Op::LoadConst(1),
            Op::Return,
        ];
        fuse_pairs(&mut ops);
        assert_eq!(
            ops,
            vec![
                Op::LoadFastLoadConstCompareJump(0),
                Op::LoadConst(0),
                Op::Compare(CmpOp::Lt),
                Op::PopJumpIfFalse(6),
                Op::LoadFastReturn(0),
                Op::Return,
                Op::LoadConst(1),
                Op::Return,
            ]
        );
        let mut ops = vec![Op::Binary(BinOp::Add), Op::Return];
        fuse_pairs(&mut ops);
        assert_eq!(ops, vec![Op::BinaryReturn(BinOp::Add), Op::Return]);
        let mut ops = vec![
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::Compare(CmpOp::Lt),
            Op::PopJumpIfFalse(7),
            Op::LoadFast(2),
            Op::LoadFast(0),
            Op::StoreSubscr,
            Op::Return,
        ];
        fuse_pairs(&mut ops);
        assert_eq!(
            ops,
            vec![
                Op::LoadFastLoadFastCompareJump(0),
                Op::LoadFast(1),
                Op::Compare(CmpOp::Lt),
                Op::PopJumpIfFalse(7),
                Op::LoadFastLoadFastStoreSubscr(2),
                Op::LoadFast(0),
                Op::StoreSubscr,
                Op::Return,
            ]
        );
    }

    #[test]
    fn fuses_augmented_assignments() {
        let mut ops = vec![
            Op::LoadFast(0),
            Op::LoadConst(0),
            Op::Inplace(BinOp::Add),
            Op::StoreFast(0),
            Op::LoadFastLoadFast(1),
            Op::LoadFast(2),
            Op::DupTwo,
            Op::Subscr,
            Op::LoadConst(1),
            Op::Inplace(BinOp::Sub),
            Op::Rot3,
            Op::StoreSubscr,
        ];
        fuse_pairs(&mut ops);
        assert_eq!(
            ops,
            vec![
                Op::LoadFastLoadConstInplaceStore(0),
                Op::LoadConst(0),
                Op::Inplace(BinOp::Add),
                Op::StoreFast(0),
                Op::LoadFastLoadFast(1),
                Op::LoadFast(2),
                Op::DupTwoSubscr,
                Op::Subscr,
                Op::LoadConst(1),
                Op::InplaceStoreSubscr(BinOp::Sub),
                Op::Rot3,
                Op::StoreSubscr,
            ]
        );
    }

    #[test]
    fn back_edges_to_loop_headers_become_jump_loop() {
        let mut ops = vec![
            Op::LoopHeader(0),
            Op::LoadFast(0),
            Op::PopJumpIfFalse(5),
            Op::Jump(0),
            Op::Jump(1),
            Op::Return,
        ];
        fuse_pairs(&mut ops);
        assert_eq!(
            ops,
            vec![
                Op::LoopHeader(0),
                Op::LoadFast(0),
                Op::PopJumpIfFalse(5),
                Op::JumpLoop(0),
                Op::Jump(1),
                Op::Return,
            ]
        );
    }

    #[test]
    fn prefers_a_triple_to_a_pair_that_would_take_its_first_instruction() {
        let mut ops = vec![
            Op::StoreFast(4),
            Op::LoadFast(1),
            Op::LoadFast(4),
            Op::Subscr,
            Op::Return,
        ];
        fuse_pairs(&mut ops);
        assert_eq!(
            ops,
            vec![
                Op::StoreFast(4),
                Op::LoadFastLoadFastSubscr(1),
                Op::LoadFast(4),
                Op::Subscr,
                Op::Return,
            ]
        );
    }
}
