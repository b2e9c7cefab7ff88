//! The source-line part of a traceback entry as CPython 3.11 prints it: the line without its
//! indentation, then (PEP 657) a caret line under the failing expression. Binary operators and
//! subscripts get `~` under their operands and `^` under the operator or index; the caret line
//! is left out when plain carets would cover the whole line.

use rustpython_parser::ast::{Expr, Ranged, Stmt};
use rustpython_parser::Mode;

/// The span of a failing expression: lines (1-based) and UTF-8 byte columns (0-based).
#[derive(Clone, Copy, Debug)]
pub struct ErrorSpan {
    /// First line.
    pub line: u32,
    /// Last line.
    pub end_line: u32,
    /// Byte column of the start on `line`.
    pub col: u32,
    /// Byte column one past the end on `end_line`.
    pub end_col: u32,
}

/// CPython's `IS_WHITESPACE` of its traceback code: what indentation is made of.
fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0c')
}

/// Characters in the first `byte_offset` bytes of `text` (a cut character counts as one, as
/// CPython's decoding with replacement does).
fn chars_before(text: &str, byte_offset: usize) -> usize {
    let offset = byte_offset.min(text.len());
    let mut boundary = offset;
    while !text.is_char_boundary(boundary) {
        boundary -= 1;
    }
    text[..boundary].chars().count() + usize::from(boundary != offset)
}

/// Where the secondary (`^`) part sits inside a primary (`~`) range, in characters of the line.
struct Anchors {
    left: usize,
    right: usize,
}

/// Anchors of a one-line expression segment: the operator of a binary operation or the index
/// of a subscript, as byte offsets into `segment`.
fn segment_anchors(segment: &str) -> Option<(usize, usize)> {
    let parsed = rustpython_parser::parse(segment, Mode::Module, "<traceback>").ok()?;
    let body = match parsed {
        rustpython_parser::ast::Mod::Module(m) => m.body,
        _ => return None,
    };
    let [Stmt::Expr(stmt)] = body.as_slice() else {
        return None;
    };
    let bytes = segment.as_bytes();
    let blank = |i: usize| matches!(bytes.get(i), Some(b' ' | b'\t' | b'\x0c'));
    match &*stmt.value {
        Expr::BinOp(b) => {
            let left_end = b.left.range().end().to_usize();
            let right_start = b.right.range().start().to_usize();
            let mut found = None;
            let mut i = left_end;
            while i < right_start {
                if blank(i) {
                    i += 1;
                    continue;
                }
                let mut right = i + 1;
                // two-character operators such as `//` and `**`
                if i + 1 < right_start && !blank(i + 1) {
                    right += 1;
                }
                found = Some((i, right));
                // a closing parenthesis of the left operand is not the operator
                if i + 1 < right_start && bytes[i] == b')' {
                    i += 1;
                    continue;
                }
                break;
            }
            found
        }
        Expr::Subscript(s) => {
            let mut left = s.value.range().end().to_usize();
            let mut right = s.slice.range().end().to_usize() + 1;
            while left < bytes.len() && bytes[left] != b'[' {
                left += 1;
            }
            while right < bytes.len() && bytes[right] != b']' {
                right += 1;
            }
            if right < bytes.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}

/// The lines printed under `  File ...` for an entry whose source line is `line` (without its
/// newline): the stripped source line, then the caret line when there is one to show.
pub fn source_lines(line: &str, span: Option<ErrorSpan>) -> String {
    let line = line.strip_suffix('\r').unwrap_or(line);
    let stripped = line.trim_start_matches(is_blank);
    if stripped.trim().is_empty() {
        return String::new();
    }
    let mut out = format!("    {}\n", stripped);
    if let Some(span) = span {
        if let Some(carets) = caret_line(line, span) {
            out.push_str(&carets);
            out.push('\n');
        }
    }
    out
}

/// The caret line (without its newline) for `span` on the source line `line`.
fn caret_line(line: &str, span: ErrorSpan) -> Option<String> {
    let line_len = line.chars().count();
    let indent = line_len - line.trim_start_matches(is_blank).chars().count();
    let start = chars_before(line, span.col as usize);
    let mut end = chars_before(line, span.end_col as usize);
    let mut anchors = None;
    if span.line == span.end_line {
        if start < end {
            let segment: String = line.chars().skip(start).take(end - start).collect();
            anchors = segment_anchors(&segment).map(|(l, r)| Anchors {
                left: chars_before(&segment, l) + start,
                right: chars_before(&segment, r) + start,
            });
        }
    } else {
        // a span running onto later lines is marked up to the end of this one
        end = line.trim_end_matches(is_blank).chars().count();
    }
    if end <= start || (end - start == line_len - indent && anchors.is_none()) {
        return None;
    }
    let (primary, secondary) = if anchors.is_some() {
        ('~', '^')
    } else {
        ('^', '^')
    };
    let mut out = String::from("    ");
    for p in indent..end {
        let c = if p < start {
            ' '
        } else if anchors.as_ref().is_some_and(|a| a.left <= p && p < a.right) {
            secondary
        } else {
            primary
        };
        out.push(c);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(line: u32, col: u32, end_line: u32, end_col: u32) -> Option<ErrorSpan> {
        Some(ErrorSpan {
            line,
            end_line,
            col,
            end_col,
        })
    }

    // Expected texts come from python3.11 tracebacks of one-line scripts, e.g.
    // python3 -c 'a=1;b=0
    // x = a // b'   ->   "    x = a // b\n        ~~^^~~\n"
    #[test]
    fn binary_operators() {
        assert_eq!(
            source_lines("    return a / b + c", span(2, 11, 2, 16)),
            "    return a / b + c\n           ~~^~~\n"
        );
        assert_eq!(
            source_lines("x = a // b", span(2, 4, 2, 10)),
            "    x = a // b\n        ~~^^~~\n"
        );
        assert_eq!(
            source_lines("z = (x)   +   y", span(2, 4, 2, 15)),
            "    z = (x)   +   y\n        ~~~~~~^~~~~\n"
        );
        assert_eq!(source_lines("1/0", span(1, 0, 1, 3)), "    1/0\n    ~^~\n");
    }

    #[test]
    fn subscripts_and_plain_spans() {
        assert_eq!(
            source_lines("print(d[\"key\"] )", span(2, 6, 2, 14)),
            "    print(d[\"key\"] )\n          ~^^^^^^^\n"
        );
        assert_eq!(
            source_lines("v = l[ 1 + 5 ]", span(2, 4, 2, 14)),
            "    v = l[ 1 + 5 ]\n        ~^^^^^^^^^\n"
        );
        assert_eq!(
            source_lines("x = g() + 1", span(3, 4, 3, 7)),
            "    x = g() + 1\n        ^^^\n"
        );
        // the whole line: no caret line
        assert_eq!(source_lines("g()", span(3, 0, 3, 3)), "    g()\n");
        // trailing blanks count as part of the line
        assert_eq!(
            source_lines("g()   ", span(3, 0, 3, 3)),
            "    g()   \n    ^^^\n"
        );
    }

    #[test]
    fn multi_line_and_non_ascii() {
        // python3: 'x = g(1,\n      2)' fails in g -> carets to the end of the first line
        assert_eq!(
            source_lines("x = g(\"é\",", span(2, 4, 3, 4)),
            "    x = g(\"é\",\n        ^^^^^^\n"
        );
        assert_eq!(
            source_lines("s = \"héllo wörld\"; x = s + 1", span(1, 25, 1, 30)),
            "    s = \"héllo wörld\"; x = s + 1\n                           ~~^~~\n"
        );
        assert_eq!(
            source_lines("class A:", span(1, 0, 2, 13)),
            "    class A:\n"
        );
    }
}
