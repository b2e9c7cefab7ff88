//! Source positions of instructions: every instruction is attributed to the span (lines and
//! byte columns) of the AST node it was compiled from, which the traceback's caret line shows.
//! Expressions attribute their own instructions and restore the outer span after; a few CPython
//! rules adjust that (attribute access spanning lines, decorators).

use super::Compiler;
use crate::bytecode::{Op, SourceSpan};
use rustpython_parser::ast::{self, Expr, Ranged};

impl<'t, 'a> Compiler<'t, 'a> {
    /// The span of a node: lines and byte columns of its start and end.
    pub(super) fn span_of(&self, node: &impl Ranged) -> SourceSpan {
        let range = node.range();
        let (start, end) = (range.start().to_usize(), range.end().to_usize());
        let line = self.line_of(start);
        let end_line = self.line_of(end).max(line);
        let line_start = |l: u32| self.line_starts.get(l as usize - 1).copied().unwrap_or(0);
        SourceSpan {
            line,
            end_line,
            col: start.saturating_sub(line_start(line)) as u32,
            end_col: end.saturating_sub(line_start(end_line)) as u32,
        }
    }

    /// Makes the following instructions belong to `node` (line and span).
    pub(super) fn set_line(&mut self, node: &impl Ranged) {
        let span = self.span_of(node);
        self.unit().pos = span;
    }

    /// The span instructions are currently attributed to.
    pub(super) fn pos(&self) -> SourceSpan {
        self.unit_ref().pos
    }

    /// Attributes the following instructions to `span`.
    pub(super) fn set_pos(&mut self, span: SourceSpan) {
        self.unit().pos = span;
    }

    /// CPython's rule for attribute access and method calls spanning lines: the instruction
    /// starts at the attribute name (on the attribute's last line), so a traceback points there.
    pub(super) fn start_at_attr(&mut self, attr: &ast::ExprAttribute) {
        let attr_span = self.span_of(attr);
        let u = self.unit();
        if u.pos.line != attr_span.end_line {
            u.pos.line = attr_span.end_line;
            u.pos.col = attr_span.end_col.saturating_sub(attr.attr.len() as u32);
            u.pos.end_line = u.pos.end_line.max(u.pos.line);
            if u.pos.line == u.pos.end_line {
                u.pos.end_col = u.pos.end_col.max(u.pos.col);
            }
        }
    }

    /// Calls the decorators on the stack (innermost first), each attributed to its expression.
    pub(super) fn apply_decorators(&mut self, decorators: &[Expr]) {
        let outer = self.pos();
        for d in decorators.iter().rev() {
            self.set_line(d);
            self.emit(Op::Call(1));
        }
        self.set_pos(outer);
    }
}
