//! CPython's compile-time limits, checked before and after parsing so hostile programs end in
//! the same errors CPython gives: at most 200 nested brackets ("too many nested parentheses"),
//! 100 indentation levels ("too many levels of indentation"), expression nesting of 3000
//! ("maximum recursion depth exceeded during compilation"), and 4300-digit int literals.

use rustpython_parser::ast::Ranged;
use rustpython_parser::ast::{self, Expr, Stmt};

/// Most nested brackets the tokenizer accepts.
const MAX_BRACKETS: usize = 200;
/// Most indentation levels.
const MAX_INDENT: usize = 100;
/// Deepest expression the compiler accepts (recursion limit 1000 times CPython's scale of 3).
const MAX_EXPR_DEPTH: usize = 3000;

/// A limit violation: exception name, message and byte offset.
pub type LimitError = (&'static str, String, usize);

/// Scans the source text for bracket nesting and indentation depth (strings and comments are
/// skipped).
pub fn check_text(source: &str) -> Result<(), LimitError> {
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    let mut indents: Vec<usize> = vec![0];
    let mut i = 0;
    let mut at_line_start = true;
    while i < bytes.len() {
        let c = bytes[i];
        if at_line_start && depth == 0 {
            let mut j = i;
            let mut col = 0;
            while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\t') {
                col += if bytes[j] == b'\t' { 8 - col % 8 } else { 1 };
                j += 1;
            }
            if j < bytes.len() && bytes[j] != b'\n' && bytes[j] != b'#' && bytes[j] != b'\r' {
                while indents.last().is_some_and(|&top| col < top) {
                    indents.pop();
                }
                if indents.last().is_some_and(|&top| col > top) {
                    indents.push(col);
                    if indents.len() > MAX_INDENT {
                        return Err((
                            "IndentationError",
                            "too many levels of indentation".into(),
                            j,
                        ));
                    }
                }
            }
            at_line_start = false;
            i = j;
            continue;
        }
        match c {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let triple = i + 2 < bytes.len() && bytes[i + 1] == c && bytes[i + 2] == c;
                let q = if triple { 3 } else { 1 };
                i += q;
                while i < bytes.len() {
                    if bytes[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if bytes[i] == c
                        && (!triple
                            || (i + 2 < bytes.len() && bytes[i + 1] == c && bytes[i + 2] == c))
                    {
                        i += q;
                        break;
                    }
                    if bytes[i] == b'\n' && !triple {
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_BRACKETS {
                    return Err(("SyntaxError", "too many nested parentheses".into(), i));
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' => at_line_start = true,
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

/// Checks expression depth and int literal sizes over a parsed module.
pub fn check_ast(body: &[Stmt]) -> Result<(), LimitError> {
    for s in body {
        stmt(s)?;
    }
    Ok(())
}

fn stmt(s: &Stmt) -> Result<(), LimitError> {
    let mut err = Ok(());
    visit_stmt_exprs(s, &mut |e| {
        if err.is_ok() {
            err = expr(e, 0);
        }
    });
    err?;
    for child in child_bodies(s) {
        for c in child {
            stmt(c)?;
        }
    }
    Ok(())
}

fn child_bodies(s: &Stmt) -> Vec<&[Stmt]> {
    match s {
        Stmt::FunctionDef(f) => vec![&f.body],
        Stmt::ClassDef(c) => vec![&c.body],
        Stmt::For(f) => vec![&f.body, &f.orelse],
        Stmt::While(w) => vec![&w.body, &w.orelse],
        Stmt::If(i) => vec![&i.body, &i.orelse],
        Stmt::With(w) => vec![&w.body],
        Stmt::Try(t) => {
            let mut v: Vec<&[Stmt]> = vec![&t.body, &t.orelse, &t.finalbody];
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                v.push(&h.body);
            }
            v
        }
        _ => vec![],
    }
}

fn visit_stmt_exprs<'a>(s: &'a Stmt, f: &mut dyn FnMut(&'a Expr)) {
    match s {
        Stmt::Expr(e) => f(&e.value),
        Stmt::Assign(a) => {
            f(&a.value);
            a.targets.iter().for_each(&mut *f);
        }
        Stmt::AugAssign(a) => {
            f(&a.value);
            f(&a.target);
        }
        Stmt::AnnAssign(a) => {
            if let Some(v) = &a.value {
                f(v);
            }
        }
        Stmt::Return(r) => {
            if let Some(v) = &r.value {
                f(v);
            }
        }
        Stmt::If(i) => f(&i.test),
        Stmt::While(w) => f(&w.test),
        Stmt::For(x) => {
            f(&x.iter);
            f(&x.target);
        }
        Stmt::Assert(a) => f(&a.test),
        Stmt::Raise(r) => {
            if let Some(v) = &r.exc {
                f(v);
            }
        }
        Stmt::With(w) => w.items.iter().for_each(|i| f(&i.context_expr)),
        Stmt::FunctionDef(d) => {
            d.decorator_list.iter().for_each(&mut *f);
            for a in d
                .args
                .posonlyargs
                .iter()
                .chain(&d.args.args)
                .chain(&d.args.kwonlyargs)
            {
                if let Some(v) = &a.default {
                    f(v);
                }
            }
        }
        Stmt::ClassDef(c) => c.bases.iter().for_each(&mut *f),
        Stmt::Delete(d) => d.targets.iter().for_each(&mut *f),
        _ => {}
    }
}

fn expr(e: &Expr, depth: usize) -> Result<(), LimitError> {
    if depth > MAX_EXPR_DEPTH {
        return Err((
            "RecursionError",
            "maximum recursion depth exceeded during compilation".into(),
            e.range().start().to_usize(),
        ));
    }
    let d = depth + 1;
    match e {
        Expr::Constant(c) => {
            if let ast::Constant::Int(i) = &c.value {
                let digits = i.to_string().trim_start_matches('-').len();
                let is_decimal_literal = digits > 4300;
                if is_decimal_literal {
                    return Err((
                        "SyntaxError",
                        format!(
                            "Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                            digits
                        ),
                        c.range.start().to_usize(),
                    ));
                }
            }
            Ok(())
        }
        Expr::BoolOp(b) => b.values.iter().try_for_each(|v| expr(v, d)),
        Expr::NamedExpr(n) => expr(&n.value, d),
        Expr::BinOp(b) => {
            expr(&b.left, d)?;
            expr(&b.right, d)
        }
        Expr::UnaryOp(u) => expr(&u.operand, d),
        Expr::Lambda(l) => expr(&l.body, d),
        Expr::IfExp(i) => {
            expr(&i.test, d)?;
            expr(&i.body, d)?;
            expr(&i.orelse, d)
        }
        Expr::Dict(x) => {
            x.keys.iter().flatten().try_for_each(|v| expr(v, d))?;
            x.values.iter().try_for_each(|v| expr(v, d))
        }
        Expr::Set(x) => x.elts.iter().try_for_each(|v| expr(v, d)),
        Expr::List(x) => x.elts.iter().try_for_each(|v| expr(v, d)),
        Expr::Tuple(x) => x.elts.iter().try_for_each(|v| expr(v, d)),
        Expr::ListComp(c) => expr(&c.elt, d),
        Expr::SetComp(c) => expr(&c.elt, d),
        Expr::GeneratorExp(c) => expr(&c.elt, d),
        Expr::DictComp(c) => {
            expr(&c.key, d)?;
            expr(&c.value, d)
        }
        Expr::Compare(c) => {
            expr(&c.left, d)?;
            c.comparators.iter().try_for_each(|v| expr(v, d))
        }
        Expr::Call(c) => {
            expr(&c.func, d)?;
            c.args.iter().try_for_each(|v| expr(v, d))?;
            c.keywords.iter().try_for_each(|k| expr(&k.value, d))
        }
        Expr::Attribute(a) => expr(&a.value, d),
        Expr::Subscript(s) => {
            expr(&s.value, d)?;
            expr(&s.slice, d)
        }
        Expr::Starred(s) => expr(&s.value, d),
        Expr::JoinedStr(j) => j.values.iter().try_for_each(|v| expr(v, d)),
        Expr::FormattedValue(f) => expr(&f.value, d),
        Expr::Await(a) => expr(&a.value, d),
        Expr::Yield(y) => y.value.as_ref().map_or(Ok(()), |v| expr(v, d)),
        Expr::YieldFrom(y) => expr(&y.value, d),
        Expr::Slice(s) => [&s.lower, &s.upper, &s.step]
            .into_iter()
            .flatten()
            .try_for_each(|v| expr(v, d)),
        Expr::Name(_) => Ok(()),
    }
}
