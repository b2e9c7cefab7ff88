//! Syntax errors the way CPython 3.11 reports them. rustpython-parser says where parsing failed;
//! this module decides CPython's class, message and span from that, from a tokenizer of its own
//! (`scan`, for the errors CPython's tokenizer raises) and from the tokens around the failure,
//! and prints the `File ..., line N` block with its caret line.

mod escapes;
mod scan;

use escapes::escape_error;
use mnpy_runtime::TypeTag;
use rustpython_parser::ast::{self, Expr};
use rustpython_parser::lexer::LexicalErrorType;
use rustpython_parser::FStringErrorType;
use rustpython_parser::{ParseError, ParseErrorType, Tok};
use scan::{scan, ScanError, TokKind, Token};

/// Where and what a syntax error is: 1-based line and character columns (CPython's `lineno`,
/// `offset`, `end_lineno`, `end_offset`; an `end_col` of 0 means none).
#[derive(Clone, Debug)]
pub struct Diagnosis {
    /// `SyntaxError`, `IndentationError` or `TabError`.
    pub kind: TypeTag,
    /// Message.
    pub msg: String,
    /// Line.
    pub line: usize,
    /// 1-based column (0: no caret).
    pub col: usize,
    /// Last line.
    pub end_line: usize,
    /// 1-based exclusive end column (0: none).
    pub end_col: usize,
}

/// The 1-based line and character column of byte `offset` of `source`.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    (line, before[line_start..].chars().count() + 1)
}

/// The 1-based line and byte column of byte `offset` of `source`: CPython's parser and compiler
/// report byte columns (its tokenizer reports character columns).
pub fn line_byte_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map(|i| i + 1)
        .unwrap_or(0);
    (line, offset - line_start + 1)
}

fn from_scan(e: ScanError) -> Diagnosis {
    Diagnosis {
        kind: e.kind,
        msg: e.msg,
        line: e.line,
        col: e.col,
        end_line: e.line,
        end_col: e.end_col,
    }
}

/// A diagnosis spanning bytes `[start, end)`.
fn spanning(source: &str, msg: impl Into<String>, start: usize, end: usize) -> Diagnosis {
    let (line, col) = line_byte_col(source, start);
    let (end_line, end_col) = line_byte_col(source, end.max(start));
    Diagnosis {
        kind: TypeTag::SyntaxError,
        msg: msg.into(),
        line,
        col,
        end_line,
        end_col,
    }
}

/// CPython's diagnosis of source text that rustpython-parser rejected with `error`.
pub fn diagnose(source: &str, error: &ParseError) -> Diagnosis {
    let scanned = scan(source);
    let offset = error.offset.to_usize();
    let parser = parser_diagnosis(source, &scanned.tokens, &error.error, offset);
    match scanned.error {
        None => parser,
        Some(e) if e.unclosed => {
            let at_end = matches!(
                error.error,
                ParseErrorType::Eof | ParseErrorType::Lexical(LexicalErrorType::Eof)
            ) || offset >= source.trim_end().len();
            // CPython compares with the line of the last token its parser read
            if at_end || line_col(source, offset).0 > e.line {
                from_scan(e)
            } else {
                parser
            }
        }
        Some(e) => {
            // a tokenizer error wins, except over an unexpected indent found before it
            if parser.msg == "unexpected indent" && parser.line < e.line {
                parser
            } else {
                from_scan(e)
            }
        }
    }
}

const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Compound statements whose header ends in `:`, with the name CPython's messages give them.
fn block_owner(word: &str) -> Option<&'static str> {
    Some(match word {
        "if" => "'if' statement",
        "elif" => "'elif' statement",
        "else" => "'else' statement",
        "for" => "'for' statement",
        "while" => "'while' statement",
        "with" => "'with' statement",
        "try" => "'try' statement",
        "except" => "'except' statement",
        "finally" => "'finally' statement",
        "def" => "function definition",
        "class" => "class definition",
        _ => return None,
    })
}

struct Tokens<'s> {
    source: &'s str,
    toks: &'s [Token],
}

impl<'s> Tokens<'s> {
    fn text(&self, i: usize) -> &'s str {
        let t = &self.toks[i];
        &self.source[t.start..t.end]
    }

    fn is_keyword(&self, i: usize) -> bool {
        self.toks[i].kind == TokKind::Name && KEYWORDS.contains(&self.text(i))
    }

    /// True when token `i` can end an operand (name, literal, closing bracket).
    fn ends_operand(&self, i: usize) -> bool {
        match self.toks[i].kind {
            TokKind::Name => {
                !self.is_keyword(i) || matches!(self.text(i), "True" | "False" | "None")
            }
            TokKind::Number | TokKind::Str => true,
            TokKind::Op => matches!(self.text(i), ")" | "]" | "}"),
            TokKind::Newline => false,
        }
    }

    /// True when token `i` can start an operand.
    fn starts_operand(&self, i: usize) -> bool {
        match self.toks[i].kind {
            TokKind::Name => {
                !self.is_keyword(i) || matches!(self.text(i), "True" | "False" | "None")
            }
            TokKind::Number | TokKind::Str => true,
            TokKind::Op => matches!(self.text(i), "(" | "[" | "{"),
            TokKind::Newline => false,
        }
    }

    /// Bracket depth after token `i`.
    fn depth_after(&self, i: usize) -> usize {
        match self.text(i) {
            "(" | "[" | "{" if self.toks[i].kind == TokKind::Op => self.toks[i].depth + 1,
            ")" | "]" | "}" if self.toks[i].kind == TokKind::Op => self.toks[i].depth - 1,
            _ => self.toks[i].depth,
        }
    }

    /// Index of the first token of the logical line holding token `i`.
    fn line_first(&self, i: usize) -> usize {
        (0..i)
            .rev()
            .find(|&j| self.toks[j].kind == TokKind::Newline)
            .map(|j| j + 1)
            .unwrap_or(0)
    }

    /// Index of the `Newline` ending the logical line holding token `i` (or the last token).
    fn line_last(&self, i: usize) -> usize {
        (i..self.toks.len())
            .find(|&j| self.toks[j].kind == TokKind::Newline)
            .unwrap_or(self.toks.len() - 1)
    }

    /// True when token `j` ends an expression at `depth` (a separator or closing bracket).
    fn is_boundary(&self, j: usize, depth: usize) -> bool {
        let t = &self.toks[j];
        if t.kind == TokKind::Newline {
            return true;
        }
        // the brackets enclosing `depth`
        let bracket =
            t.kind == TokKind::Op && matches!(self.text(j), "(" | "[" | "{" | ")" | "]" | "}");
        if bracket && (t.depth < depth || self.depth_after(j) < depth) {
            return true;
        }
        t.depth == depth
            && (matches!(self.text(j), "," | ":" | "=" | ";") && t.kind == TokKind::Op
                || matches!(
                    self.text(j),
                    "for" | "if" | "else" | "lambda" | "yield" | "return" | "async"
                ) && t.kind == TokKind::Name)
    }
}

fn parser_diagnosis(
    source: &str,
    toks: &[Token],
    error: &ParseErrorType,
    offset: usize,
) -> Diagnosis {
    let t = Tokens { source, toks };
    let at = toks
        .iter()
        .position(|tk| tk.start >= offset || tk.kind == TokKind::Newline && tk.end >= offset);
    let token_span = |msg: &str| match at {
        Some(i) => spanning(source, msg, toks[i].start, toks[i].end),
        None => spanning(source, msg, offset, offset + 1),
    };
    match error {
        ParseErrorType::Lexical(lex) => lexical_diagnosis(&t, lex, at, offset),
        ParseErrorType::UnrecognizedToken(Tok::Indent, _) => {
            let (line, _) = line_col(source, offset);
            let text = source.lines().nth(line - 1).unwrap_or("");
            let indent = text.chars().count() - text.trim_start().chars().count();
            Diagnosis {
                kind: TypeTag::IndentationError,
                msg: "unexpected indent".into(),
                line,
                col: indent,
                end_line: line,
                end_col: 0,
            }
        }
        ParseErrorType::UnrecognizedToken(_, Some(expected)) if expected == "Indent" => {
            missing_block(source, offset, false)
        }
        ParseErrorType::UnrecognizedToken(..) | ParseErrorType::ExtraToken(_) => match at {
            Some(i) => unexpected_token(&t, i),
            None => token_span("invalid syntax"),
        },
        ParseErrorType::Eof | ParseErrorType::InvalidToken => {
            if source_ends_with_header(source) {
                missing_block(source, source.trim_end().len(), true)
            } else {
                let end = source.trim_end().len();
                spanning(source, "invalid syntax", end, end)
            }
        }
    }
}

fn source_ends_with_header(source: &str) -> bool {
    let last = source
        .lines()
        .rev()
        .map(strip_comment)
        .find(|l| !l.trim().is_empty());
    last.is_some_and(|l| l.trim_end().ends_with(':'))
}

fn strip_comment(line: &str) -> &str {
    match line.find('#') {
        Some(i) if !line[..i].contains(['"', '\'']) => &line[..i],
        _ => line,
    }
}

/// "expected an indented block after ... on line N": the block of the nearest header above
/// `offset` is missing. At the end of the input CPython points at the header, without caret.
fn missing_block(source: &str, offset: usize, at_eof: bool) -> Diagnosis {
    let (line, col) = line_col(source, offset);
    let lines: Vec<&str> = source.lines().collect();
    let search_from = if at_eof { lines.len() } else { line - 1 };
    let header = (0..search_from.min(lines.len())).rev().find_map(|i| {
        let text = strip_comment(lines[i]).trim();
        let word: String = text
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        block_owner(&word)
            .filter(|_| text.ends_with(':'))
            .map(|owner| (i + 1, owner))
    });
    let (header_line, owner) = header.unwrap_or((line, "'if' statement"));
    let msg = format!(
        "expected an indented block after {} on line {}",
        owner, header_line
    );
    if at_eof {
        return Diagnosis {
            kind: TypeTag::IndentationError,
            msg,
            line: header_line,
            col: 0,
            end_line: header_line,
            end_col: 0,
        };
    }
    Diagnosis {
        kind: TypeTag::IndentationError,
        msg,
        line,
        col,
        end_line: line,
        end_col: col + 1,
    }
}

fn lexical_diagnosis(
    t: &Tokens,
    lex: &LexicalErrorType,
    at: Option<usize>,
    offset: usize,
) -> Diagnosis {
    let source = t.source;
    let token_span = |msg: String| match at {
        Some(i) => spanning(source, msg, t.toks[i].start, t.toks[i].end),
        None => spanning(source, msg, offset, offset + 1),
    };
    // the end of the argument starting at token `i`: before the next `,` or `)` at its depth
    let argument_end = |i: usize| {
        let depth = t.toks[i].depth;
        let mut j = i;
        while j + 1 < t.toks.len() {
            let keyword_eq = j == i && t.text(j + 1) == "=";
            if !keyword_eq && t.is_boundary(j + 1, depth) {
                break;
            }
            j += 1;
        }
        t.toks[j].end
    };
    match lex {
        LexicalErrorType::DefaultArgumentError => {
            token_span("non-default argument follows default argument".into())
        }
        LexicalErrorType::DuplicateArgumentError(name) => token_span(format!(
            "duplicate argument '{}' in function definition",
            name
        )),
        LexicalErrorType::DuplicateKeywordArgumentError(name) => match at {
            Some(i) => spanning(
                source,
                format!("keyword argument repeated: {}", name),
                t.toks[i].start,
                argument_end(i),
            ),
            None => token_span(format!("keyword argument repeated: {}", name)),
        },
        LexicalErrorType::UnpackedArgumentError => {
            let i = at.map(|i| {
                if i > 0 && t.text(i - 1) == "*" {
                    i - 1
                } else {
                    i
                }
            });
            match i {
                Some(i) => spanning(
                    source,
                    "iterable argument unpacking follows keyword argument unpacking",
                    t.toks[i].start,
                    t.toks[i].end,
                ),
                None => token_span(
                    "iterable argument unpacking follows keyword argument unpacking".into(),
                ),
            }
        }
        LexicalErrorType::PositionalArgumentError => {
            let msg = "positional argument follows keyword argument";
            // CPython points at the token after the last argument it read
            let after = at.map(|i| {
                let depth = t.toks[i].depth;
                (i..t.toks.len())
                    .find(|&j| t.toks[j].depth == depth && t.text(j) == "," && j > i)
                    .or_else(|| (i..t.toks.len()).find(|&j| t.depth_after(j) < depth))
                    .unwrap_or(i)
            });
            match after {
                Some(j) => spanning(source, msg, t.toks[j].start, t.toks[j].end),
                None => token_span(msg.into()),
            }
        }
        LexicalErrorType::FStringError(e) => {
            let end = at
                .and_then(|i| t.toks[..=i].iter().rev().find(|tk| tk.kind == TokKind::Str))
                .map(|tk| tk.end)
                .unwrap_or(offset);
            let msg = match e {
                FStringErrorType::InvalidConversionFlag => {
                    "invalid conversion character: expected 's', 'r', or 'a'".to_string()
                }
                FStringErrorType::SingleRbrace | FStringErrorType::UnopenedRbrace => {
                    "single '}' is not allowed".to_string()
                }
                other => other.to_string(),
            };
            spanning(source, format!("f-string: {}", msg), end, end)
        }
        LexicalErrorType::IndentationError if source_ends_with_header(source) => {
            missing_block(source, source.trim_end().len(), true)
        }
        LexicalErrorType::IndentationError => {
            let mut d = token_span("unindent does not match any outer indentation level".into());
            d.kind = TypeTag::IndentationError;
            d
        }
        LexicalErrorType::TabError | LexicalErrorType::TabsAfterSpaces => {
            let (line, _) = line_col(source, offset);
            Diagnosis {
                kind: TypeTag::TabError,
                msg: "inconsistent use of tabs and spaces in indentation".into(),
                line,
                col: 1,
                end_line: line,
                end_col: 0,
            }
        }
        LexicalErrorType::UnicodeError | LexicalErrorType::StringError => {
            let string = t
                .toks
                .iter()
                .find(|tk| tk.kind == TokKind::Str && tk.start <= offset && offset < tk.end);
            match string
                .and_then(|tk| escape_error(&source[tk.start..tk.end]).map(|msg| (msg, tk.end)))
            {
                Some((msg, end)) => spanning(source, msg, end, end),
                None => token_span("invalid syntax".into()),
            }
        }
        LexicalErrorType::UnrecognizedToken { tok } => {
            // rustpython reports the offset after the character
            let start = source[..offset.min(source.len())]
                .rfind(*tok)
                .unwrap_or(offset);
            spanning(source, "invalid syntax", start, start + tok.len_utf8())
        }
        _ => token_span("invalid syntax".into()),
    }
}

/// The message for an unexpected token `i` (rustpython's `UnrecognizedToken`).
fn unexpected_token(t: &Tokens, i: usize) -> Diagnosis {
    let source = t.source;
    let tok = t.toks[i];
    let first = t.line_first(i);
    let first_word = t.text(first);
    // `if x` without its colon
    if tok.kind == TokKind::Newline && block_owner(first_word).is_some() && t.is_keyword(first) {
        let has_colon = (first..i).any(|j| t.toks[j].depth == 0 && t.text(j) == ":");
        if !has_colon {
            return spanning(source, "expected ':'", tok.start, tok.end);
        }
    }
    // `print "x"`
    if first_word == "print" && i == first + 1 && t.starts_operand(i) {
        let last = t.line_last(i).saturating_sub(1).max(i);
        return spanning(
            source,
            "Missing parentheses in call to 'print'. Did you mean print(...)?",
            t.toks[first].start,
            t.toks[last].end,
        );
    }
    if tok.kind == TokKind::Op && t.text(i) == "=" {
        if tok.depth == 0 && matches!(first_word, "if" | "elif" | "while") {
            let end = (i..t.line_last(i))
                .find(|&j| t.toks[j].depth == 0 && t.text(j) == ":")
                .unwrap_or(t.line_last(i));
            return spanning(
                source,
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                t.toks[first + 1].start,
                t.toks[end.saturating_sub(1).max(first + 1)].end,
            );
        }
        if tok.depth > 0 && i > 0 {
            let start = (0..i)
                .rev()
                .find(|&j| t.is_boundary(j, tok.depth))
                .map(|j| j + 1)
                .unwrap_or(0);
            return spanning(
                source,
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                t.toks[start].start,
                tok.end,
            );
        }
    }
    // `a if b` without its `else`
    if let Some(d) = missing_else(t, i) {
        return d;
    }
    // two operands side by side inside brackets
    if tok.depth > 0
        && i > 0
        && t.starts_operand(i)
        && t.ends_operand(i - 1)
        && t.depth_after(i - 1) == tok.depth
    {
        let depth = tok.depth;
        let mut a = i - 1;
        while a > 0 && !t.is_boundary(a - 1, depth) && t.toks[a - 1].depth >= depth {
            a -= 1;
        }
        let mut b = i;
        while b + 1 < t.toks.len() && !t.is_boundary(b + 1, depth) {
            let next_starts = t.starts_operand(b + 1)
                && !matches!(t.text(b + 1), "(" | "[")
                && t.ends_operand(b)
                && t.toks[b + 1].depth == depth;
            let strings = t.toks[b].kind == TokKind::Str && t.toks[b + 1].kind == TokKind::Str;
            if next_starts && !strings {
                break;
            }
            b += 1;
        }
        return spanning(
            source,
            "invalid syntax. Perhaps you forgot a comma?",
            t.toks[a].start,
            t.toks[b].end,
        );
    }
    spanning(source, "invalid syntax", tok.start, tok.end)
}

/// "expected 'else' after 'if' expression" when token `i` ends an expression holding an `if`
/// (after an operand) with no `else`.
fn missing_else(t: &Tokens, i: usize) -> Option<Diagnosis> {
    let tok = t.toks[i];
    let ends_expr = tok.kind == TokKind::Newline
        || matches!(t.text(i), ")" | "]" | "}" | ",") && tok.kind == TokKind::Op;
    if !ends_expr || i == 0 {
        return None;
    }
    let depth = if matches!(t.text(i), ")" | "]" | "}") {
        tok.depth
    } else {
        tok.depth.max(t.depth_after(i - 1))
    };
    let mut j = i;
    // `if` is a boundary of the expression it ends, but the search goes on past it
    while j > 0 && (!t.is_boundary(j - 1, depth) || t.text(j - 1) == "if") {
        j -= 1;
        if t.text(j) == "else" && t.toks[j].depth == depth {
            return None;
        }
        if t.text(j) == "if" && t.toks[j].depth == depth && j > 0 && t.ends_operand(j - 1) {
            let mut a = j - 1;
            while a > 0 && !t.is_boundary(a - 1, depth) {
                a -= 1;
            }
            return Some(spanning(
                t.source,
                "expected 'else' after 'if' expression",
                t.toks[a].start,
                t.toks[i - 1].end,
            ));
        }
    }
    None
}

/// CPython's name for an expression that cannot be assigned to or deleted
/// (`_PyPegen_get_expr_name`).
pub fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Constant(c) => match &c.value {
            ast::Constant::None => "None",
            ast::Constant::Bool(true) => "True",
            ast::Constant::Bool(false) => "False",
            ast::Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Expr::Call(_) => "function call",
        Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::BoolOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::IfExp(_) => "conditional expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "f-string expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Starred(_) => "starred",
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Slice(_) => "slice",
    }
}

/// The `File ..., line N` block CPython prints for a syntax error: the line without its
/// indentation, a caret line (when the column is on the line) and `Kind: message`.
pub fn format_diagnosis(filename: &str, source: &str, d: &Diagnosis) -> String {
    if !matches!(
        d.kind,
        TypeTag::SyntaxError | TypeTag::IndentationError | TypeTag::TabError
    ) {
        // e.g. RecursionError while compiling: no location block
        return format!("{}: {}\n", d.kind.name(), d.msg);
    }
    let mut out = format!("  File \"{}\", line {}\n", filename, d.line);
    if let Some(text) = source.split('\n').nth(d.line.saturating_sub(1)) {
        let text = text.strip_suffix('\r').unwrap_or(text);
        // CPython's line text is a C string: it ends at a null byte
        let text = text.split('\0').next().unwrap_or("");
        // only SyntaxError itself carries an end; its subclasses get a single caret
        let mut end = if d.kind == TypeTag::SyntaxError {
            d.end_col as i64
        } else {
            -1
        };
        let line_size = text.chars().count() as i64 + 1;
        if d.kind == TypeTag::SyntaxError && d.end_line > d.line {
            end = line_size;
        }
        end = end.min(line_size + 1);
        let mut offset = d.col as i64;
        let carets = if end > 0 && end > offset {
            end - offset
        } else {
            1
        };
        offset -= 1;
        let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
        offset -= (text.chars().count() - stripped.chars().count()) as i64;
        let len = stripped.chars().count() as i64;
        offset = offset.min(len);
        out.push_str(&format!("    {}\n", stripped));
        if offset >= 0 {
            out.push_str("    ");
            out.push_str(&" ".repeat(offset as usize));
            out.push_str(&"^".repeat(carets as usize));
            out.push('\n');
        }
    }
    out.push_str(&format!("{}: {}\n", d.kind.name(), d.msg));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stderr block for `source` (which must fail to parse), as `format_diagnosis` prints it.
    fn block(source: &str) -> String {
        let e = match rustpython_parser::parse(source, rustpython_parser::Mode::Module, "t.py") {
            Err(e) => e,
            Ok(_) => panic!("parses: {:?}", source),
        };
        format_diagnosis("t.py", source, &diagnose(source, &e))
    }

    // Expected texts: `printf '<source>' > t.py; python3 t.py` with CPython 3.11.7.
    #[test]
    fn parser_errors() {
        assert_eq!(
            block("x = 1\nif x\n    pass\n"),
            "  File \"t.py\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n"
        );
        assert_eq!(
            block("x = [1 2]\n"),
            "  File \"t.py\", line 1\n    x = [1 2]\n         ^^^\n\
             SyntaxError: invalid syntax. Perhaps you forgot a comma?\n"
        );
        assert_eq!(
            block("if True:\nx = 1\n"),
            "  File \"t.py\", line 2\n    x = 1\n    ^\nIndentationError: expected an indented \
             block after 'if' statement on line 1\n"
        );
        assert_eq!(
            block("x = 1\n    y = 2\n"),
            "  File \"t.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n"
        );
        assert_eq!(
            block("def def(): pass\n"),
            "  File \"t.py\", line 1\n    def def(): pass\n        ^^^\nSyntaxError: invalid syntax\n"
        );
    }

    #[test]
    fn tokenizer_errors() {
        assert_eq!(
            block("x = (1,\n     2\ny = 3\n"),
            "  File \"t.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"
        );
        assert_eq!(
            block("x = (1, 2]\n"),
            "  File \"t.py\", line 1\n    x = (1, 2]\n             ^\nSyntaxError: closing \
             parenthesis ']' does not match opening parenthesis '('\n"
        );
        assert_eq!(
            block("x = \"abc\n"),
            "  File \"t.py\", line 1\n    x = \"abc\n        ^\nSyntaxError: unterminated string \
             literal (detected at line 1)\n"
        );
        assert_eq!(
            block("x = 1abc\n"),
            "  File \"t.py\", line 1\n    x = 1abc\n        ^\nSyntaxError: invalid decimal literal\n"
        );
        assert_eq!(
            block("if True:\n        x = 1\n    y = 2\n"),
            "  File \"t.py\", line 3\n    y = 2\n         ^\nIndentationError: unindent does not \
             match any outer indentation level\n"
        );
        assert_eq!(
            block("s = '\\x4'\n"),
            "  File \"t.py\", line 1\n    s = '\\x4'\n             ^\nSyntaxError: (unicode error) \
             'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape\n"
        );
    }
}
