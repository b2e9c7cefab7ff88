//! Names and assignment targets: loading, storing and deleting a name as its scope decided
//! (slot, cell, global or class namespace), and storing into attribute, subscript and unpacking
//! targets.

use super::{err, CResult, Compiler};
use crate::bytecode::Op;
use crate::symtable::NameAccess;
use rustpython_parser::ast::{self, Expr, Ranged};

impl<'t, 'a> Compiler<'t, 'a> {
    pub(super) fn access(&self, name: &str) -> NameAccess {
        self.table.access(self.unit_ref().scope, name)
    }

    pub(super) fn load_name(&mut self, name: &str) -> CResult<()> {
        let op = match self.access(name) {
            NameAccess::Fast => match self.unit_ref().slots.get(name) {
                Some(&s) => Op::LoadFast(s),
                None => Op::LoadGlobal(self.name_idx(name)),
            },
            NameAccess::Deref => match self.cell_index(name) {
                Some(i) => Op::LoadDeref(i),
                None => Op::LoadGlobal(self.name_idx(name)),
            },
            NameAccess::Global => Op::LoadGlobal(self.name_idx(name)),
            NameAccess::Name => Op::LoadName(self.name_idx(name)),
        };
        self.emit(op);
        Ok(())
    }

    pub(super) fn store_name(&mut self, name: &str) -> CResult<()> {
        let op = match self.access(name) {
            NameAccess::Fast => match self.unit_ref().slots.get(name) {
                Some(&s) => Op::StoreFast(s),
                None => Op::StoreGlobal(self.name_idx(name)),
            },
            NameAccess::Deref => match self.cell_index(name) {
                Some(i) => Op::StoreDeref(i),
                None => Op::StoreGlobal(self.name_idx(name)),
            },
            NameAccess::Global => Op::StoreGlobal(self.name_idx(name)),
            NameAccess::Name => Op::StoreName(self.name_idx(name)),
        };
        self.emit(op);
        Ok(())
    }

    pub(super) fn delete_name(&mut self, name: &str) -> CResult<()> {
        let op = match self.access(name) {
            NameAccess::Fast => match self.unit_ref().slots.get(name) {
                Some(&s) => Op::DeleteFast(s),
                None => Op::DeleteGlobal(self.name_idx(name)),
            },
            NameAccess::Deref => match self.cell_index(name) {
                Some(i) => Op::DeleteDeref(i),
                None => Op::DeleteGlobal(self.name_idx(name)),
            },
            NameAccess::Global => Op::DeleteGlobal(self.name_idx(name)),
            NameAccess::Name => Op::DeleteName(self.name_idx(name)),
        };
        self.emit(op);
        Ok(())
    }

    pub(super) fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.name_idx(a.attr.as_str());
                self.emit(Op::DeleteAttr(ni));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::DeleteSubscr);
                Ok(())
            }
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            other => err("cannot delete expression", other.range().start().to_usize()),
        }
    }

    pub(super) fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.name_idx(a.attr.as_str());
                self.emit(Op::StoreAttr(ni));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::StoreSubscr);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    None => {
                        self.emit(Op::UnpackSequence(elts.len() as u32));
                    }
                    Some(i) => {
                        if elts
                            .iter()
                            .filter(|e| matches!(e, Expr::Starred(_)))
                            .count()
                            > 1
                        {
                            return err(
                                "multiple starred expressions in assignment",
                                t.range().start().to_usize(),
                            );
                        }
                        let after = elts.len() - i - 1;
                        self.emit(Op::UnpackEx(i as u32 | ((after as u32) << 16)));
                    }
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        other => self.store_target(other)?,
                    }
                }
                Ok(())
            }
            Expr::Starred(_) => err(
                "starred assignment target must be in a list or tuple",
                t.range().start().to_usize(),
            ),
            Expr::Constant(_) => err("cannot assign to literal", t.range().start().to_usize()),
            other => err(
                "cannot assign to expression",
                other.range().start().to_usize(),
            ),
        }
    }
}
