//! A small tokenizer that follows CPython 3.11's where it reports errors: unterminated strings,
//! malformed number literals, invalid characters, unmatched or mismatched brackets, brackets
//! never closed, and dedents that match no outer indentation level. It also yields the tokens
//! the syntax-error diagnosis looks at (kind and byte range).

use mnpy_runtime::TypeTag;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// Identifier or keyword.
    Name,
    /// Number literal.
    Number,
    /// String literal (any prefix).
    Str,
    /// Operator or delimiter.
    Op,
    /// End of a logical line (zero width in CPython's error positions).
    Newline,
}

/// One token: kind, byte range and the bracket depth it sits at.
#[derive(Clone, Copy, Debug)]
pub struct Token {
    /// Kind.
    pub kind: TokKind,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Open brackets around the token (an opener counts itself out, a closer in).
    pub depth: usize,
}

/// A tokenizer error: exception class, message and position (1-based line and character
/// columns; `end_col` 0 means none, as CPython's `end_offset`).
#[derive(Clone, Debug)]
pub struct ScanError {
    /// `SyntaxError`, `IndentationError` or `TabError`.
    pub kind: TypeTag,
    /// Message.
    pub msg: String,
    /// Line.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    /// 1-based end column (0: none).
    pub end_col: usize,
    /// For "'(' was never closed": only reported over a parser error on a later line.
    pub unclosed: bool,
}

/// The result of scanning a whole source text.
pub struct Scan {
    /// Tokens up to the first error.
    pub tokens: Vec<Token>,
    /// The first error, if any.
    pub error: Option<ScanError>,
}

struct Scanner<'s> {
    src: &'s str,
    bytes: &'s [u8],
    pos: usize,
    line: usize,
    line_start: usize,
    brackets: Vec<(u8, usize, usize)>,
    indents: Vec<(usize, usize)>,
    tokens: Vec<Token>,
    comment_start: Option<usize>,
}

fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// Keywords CPython accepts right after a number (with a warning).
const NUMBER_SUFFIX_KEYWORDS: [&str; 8] = ["and", "else", "for", "if", "in", "is", "not", "or"];

impl<'s> Scanner<'s> {
    fn peek(&self, ahead: usize) -> u8 {
        self.bytes.get(self.pos + ahead).copied().unwrap_or(0)
    }

    fn char_at(&self, at: usize) -> Option<char> {
        self.src.get(at..).and_then(|s| s.chars().next())
    }

    /// 1-based character column of byte `at` (which lies on the current line).
    fn col_of(&self, at: usize) -> usize {
        let start = self.line_start_of(at);
        self.src[start..at].chars().count() + 1
    }

    fn line_start_of(&self, at: usize) -> usize {
        self.src[..at].rfind('\n').map(|i| i + 1).unwrap_or(0)
    }

    fn line_of(&self, at: usize) -> usize {
        self.src[..at].matches('\n').count() + 1
    }

    fn error(&self, kind: TypeTag, msg: String, at: usize, end_at: Option<usize>) -> ScanError {
        ScanError {
            kind,
            msg,
            line: self.line_of(at),
            col: self.col_of(at),
            end_col: end_at.map(|e| self.col_of(e)).unwrap_or(0),
            unclosed: false,
        }
    }

    fn push(&mut self, kind: TokKind, start: usize) {
        let depth = self.brackets.len();
        self.tokens.push(Token {
            kind,
            start,
            end: self.pos,
            depth,
        });
    }

    fn newline(&mut self) {
        self.pos += 1;
        self.line += 1;
        self.line_start = self.pos;
    }

    /// Indentation at the start of a line; returns an error for a dedent to no outer level.
    fn indentation(&mut self) -> Result<(), ScanError> {
        let (mut col, mut alt) = (0usize, 0usize);
        let mut p = self.pos;
        loop {
            match self.bytes.get(p) {
                Some(b' ') => {
                    col += 1;
                    alt += 1;
                }
                Some(b'\t') => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                Some(b'\x0c') => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            p += 1;
        }
        // blank and comment-only lines do not count
        if matches!(self.bytes.get(p), None | Some(b'\n' | b'#' | b'\r')) {
            self.pos = p;
            return Ok(());
        }
        self.pos = p;
        let tab_error = || ScanError {
            kind: TypeTag::TabError,
            msg: "inconsistent use of tabs and spaces in indentation".into(),
            line: self.line,
            col: 1,
            end_col: 0,
            unclosed: false,
        };
        let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
        if col == top {
            if alt != top_alt {
                return Err(tab_error());
            }
        } else if col > top {
            if alt <= top_alt {
                return Err(tab_error());
            }
            self.indents.push((col, alt));
        } else {
            while self.indents.last().is_some_and(|&(c, _)| col < c) {
                self.indents.pop();
            }
            let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                let line_end = self.src[p..]
                    .find('\n')
                    .map(|i| p + i)
                    .unwrap_or(self.src.len());
                let len = self.src[self.line_start..line_end]
                    .trim_end_matches('\r')
                    .chars()
                    .count();
                return Err(ScanError {
                    kind: TypeTag::IndentationError,
                    msg: "unindent does not match any outer indentation level".into(),
                    line: self.line,
                    col: len + 1,
                    end_col: 0,
                    unclosed: false,
                });
            }
            if alt != top_alt {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    fn run(&mut self) -> Result<(), ScanError> {
        let mut at_line_start = true;
        loop {
            if at_line_start && self.brackets.is_empty() {
                self.indentation()?;
            }
            at_line_start = false;
            let c = self.peek(0);
            match c {
                0 if self.pos >= self.bytes.len() => break,
                b'\n' => {
                    if self.brackets.is_empty() && !self.line_is_blank_before(self.pos) {
                        // a comment before the line break belongs to CPython's NEWLINE token
                        let end = if self.pos > 0 && self.bytes[self.pos - 1] == b'\r' {
                            self.pos - 1
                        } else {
                            self.pos
                        };
                        let start = self.comment_start.unwrap_or(end);
                        self.tokens.push(Token {
                            kind: TokKind::Newline,
                            start,
                            end,
                            depth: 0,
                        });
                    }
                    self.comment_start = None;
                    self.newline();
                    at_line_start = true;
                }
                b' ' | b'\t' | b'\x0c' | b'\r' => self.pos += 1,
                b'#' => {
                    self.comment_start = Some(self.pos);
                    while self.pos < self.bytes.len() && self.bytes[self.pos] != b'\n' {
                        self.pos += 1;
                    }
                }
                b'\\' if self.peek(1) == b'\n' => {
                    self.pos += 1;
                    self.newline();
                }
                b'\\' if self.peek(1) == b'\r' && self.peek(2) == b'\n' => {
                    self.pos += 2;
                    self.newline();
                }
                b'0'..=b'9' => self.number()?,
                b'.' if self.peek(1).is_ascii_digit() => self.number()?,
                b'"' | b'\'' => self.string(self.pos)?,
                b'(' | b'[' | b'{' => {
                    let start = self.pos;
                    self.pos += 1;
                    self.push(TokKind::Op, start);
                    self.brackets.push((c, self.line, start));
                }
                b')' | b']' | b'}' => self.closer(c)?,
                _ => {
                    let ch = self.char_at(self.pos).unwrap_or('\u{fffd}');
                    if is_ident_char(ch) {
                        self.name()?;
                    } else if ch.is_ascii() {
                        if ch.is_ascii_control() {
                            return Err(self.error(
                                TypeTag::SyntaxError,
                                format!("invalid non-printable character U+{:04X}", ch as u32),
                                self.pos,
                                Some(self.pos),
                            ));
                        }
                        self.operator();
                    } else {
                        return Err(self.error(
                            TypeTag::SyntaxError,
                            format!("invalid character '{}' (U+{:04X})", ch, ch as u32),
                            self.pos,
                            Some(self.pos),
                        ));
                    }
                }
            }
        }
        if let Some(&(open, line, at)) = self.brackets.last() {
            let mut e = self.error(
                TypeTag::SyntaxError,
                format!("'{}' was never closed", open as char),
                at,
                None,
            );
            e.line = line;
            e.unclosed = true;
            return Err(e);
        }
        Ok(())
    }

    /// True when the line holding byte `at` has no token before `at`.
    fn line_is_blank_before(&self, at: usize) -> bool {
        let start = self.line_start_of(at);
        self.tokens.last().is_none_or(|t| t.start < start)
    }

    fn closer(&mut self, c: u8) -> Result<(), ScanError> {
        let at = self.pos;
        let open = match c {
            b')' => b'(',
            b']' => b'[',
            _ => b'{',
        };
        match self.brackets.pop() {
            None => Err(self.error(
                TypeTag::SyntaxError,
                format!("unmatched '{}'", c as char),
                at,
                Some(at),
            )),
            Some((o, line, _)) if o != open => {
                let mut msg = format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                    c as char, o as char
                );
                if line != self.line {
                    msg.push_str(&format!(" on line {}", line));
                }
                Err(self.error(TypeTag::SyntaxError, msg, at, Some(at)))
            }
            Some(_) => {
                self.pos += 1;
                self.tokens.push(Token {
                    kind: TokKind::Op,
                    start: at,
                    end: self.pos,
                    depth: self.brackets.len() + 1,
                });
                Ok(())
            }
        }
    }

    fn name(&mut self) -> Result<(), ScanError> {
        let start = self.pos;
        while let Some(ch) = self.char_at(self.pos).filter(|&c| is_ident_char(c)) {
            self.pos += ch.len_utf8();
        }
        let word = &self.src[start..self.pos];
        let is_prefix = word.len() <= 2
            && word.chars().all(|c| "rRbBuUfF".contains(c))
            && matches!(self.peek(0), b'"' | b'\'');
        if is_prefix {
            return self.string(start);
        }
        self.push(TokKind::Name, start);
        Ok(())
    }

    fn operator(&mut self) {
        const THREE: [&str; 6] = ["**=", "//=", ">>=", "<<=", "...", "!=="];
        const TWO: [&str; 19] = [
            "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", ":=", "+=", "-=", "*=", "/=",
            "%=", "&=", "|=", "^=", "@=",
        ];
        let start = self.pos;
        let rest = &self.src[start..];
        let len = if THREE[..5].iter().any(|op| rest.starts_with(op)) {
            3
        } else if TWO.iter().any(|op| rest.starts_with(op)) {
            2
        } else {
            1
        };
        self.pos += len;
        self.push(TokKind::Op, start);
    }

    fn string(&mut self, start: usize) -> Result<(), ScanError> {
        let quote = self.peek(0);
        let triple = self.peek(1) == quote && self.peek(2) == quote;
        self.pos += if triple { 3 } else { 1 };
        loop {
            match self.bytes.get(self.pos) {
                None => {
                    let (what, line) = if triple {
                        (
                            "unterminated triple-quoted string literal",
                            self.src.lines().count(),
                        )
                    } else {
                        ("unterminated string literal", self.line)
                    };
                    return Err(self.error(
                        TypeTag::SyntaxError,
                        format!("{} (detected at line {})", what, line),
                        start,
                        Some(start),
                    ));
                }
                Some(b'\\') => {
                    self.pos += 1;
                    if self.bytes.get(self.pos) == Some(&b'\n') {
                        self.newline();
                    } else if self.pos < self.bytes.len() {
                        self.pos += 1;
                    }
                }
                Some(b'\n') => {
                    if !triple {
                        return Err(self.error(
                            TypeTag::SyntaxError,
                            format!(
                                "unterminated string literal (detected at line {})",
                                self.line
                            ),
                            start,
                            Some(start),
                        ));
                    }
                    self.newline();
                }
                Some(&b) if b == quote => {
                    if !triple {
                        self.pos += 1;
                        break;
                    }
                    if self.peek(1) == quote && self.peek(2) == quote {
                        self.pos += 3;
                        break;
                    }
                    self.pos += 1;
                }
                Some(_) => self.pos += 1,
            }
        }
        self.push(TokKind::Str, start);
        Ok(())
    }

    /// Digits of a base (with single underscores between them); returns how many were read.
    /// A trailing or doubled underscore is an error at the underscore.
    fn digits(&mut self, ok: fn(u8) -> bool, what: &str) -> Result<usize, ScanError> {
        let mut n = 0;
        loop {
            let b = self.peek(0);
            if ok(b) {
                self.pos += 1;
                n += 1;
            } else if b == b'_' && n > 0 {
                if ok(self.peek(1)) {
                    self.pos += 1;
                } else {
                    return Err(self.number_error(what, self.pos));
                }
            } else {
                return Ok(n);
            }
        }
    }

    fn number_error(&self, what: &str, at: usize) -> ScanError {
        self.error(
            TypeTag::SyntaxError,
            format!("invalid {} literal", what),
            at,
            Some(at),
        )
    }

    /// After a number: a letter or digit glued to it is an error at the number's last char.
    fn check_end(&self, what: &str) -> Result<(), ScanError> {
        let next = self.char_at(self.pos);
        if next.is_some_and(is_ident_char) {
            let rest = &self.src[self.pos..];
            let word_end = rest
                .char_indices()
                .find(|&(_, c)| !is_ident_char(c))
                .map(|(i, _)| i)
                .unwrap_or(rest.len());
            let glued_keyword = NUMBER_SUFFIX_KEYWORDS
                .iter()
                .any(|k| rest.starts_with(k) && k.len() <= word_end);
            if !glued_keyword || what != "decimal" {
                return Err(self.number_error(what, self.pos.saturating_sub(1)));
            }
        }
        Ok(())
    }

    fn number(&mut self) -> Result<(), ScanError> {
        let start = self.pos;
        if self.peek(0) == b'0' && matches!(self.peek(1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
            let (what, ok): (&str, fn(u8) -> bool) = match self.peek(1) {
                b'x' | b'X' => ("hexadecimal", |b| b.is_ascii_hexdigit()),
                b'o' | b'O' => ("octal", |b| (b'0'..=b'7').contains(&b)),
                _ => ("binary", |b| b == b'0' || b == b'1'),
            };
            self.pos += 2;
            if self.peek(0) == b'_' {
                self.pos += 1;
            }
            let n = self.digits(ok, what)?;
            if what != "hexadecimal" && self.peek(0).is_ascii_digit() {
                let d = self.peek(0) as char;
                return Err(self.error(
                    TypeTag::SyntaxError,
                    format!("invalid digit '{}' in {} literal", d, what),
                    self.pos,
                    Some(self.pos),
                ));
            }
            if n == 0 {
                return Err(self.number_error(what, self.pos.saturating_sub(1)));
            }
            self.check_end(what)?;
            self.push(TokKind::Number, start);
            return Ok(());
        }
        let int_digits = self.digits(|b| b.is_ascii_digit(), "decimal")?;
        let int_end = self.pos;
        let mut is_float = false;
        if self.peek(0) == b'.' {
            self.pos += 1;
            is_float = true;
            if self.peek(0).is_ascii_digit() {
                self.digits(|b| b.is_ascii_digit(), "decimal")?;
            }
        }
        if matches!(self.peek(0), b'e' | b'E') {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.peek(0), b'+' | b'-') {
                self.pos += 1;
            }
            if self.peek(0).is_ascii_digit() {
                self.digits(|b| b.is_ascii_digit(), "decimal")?;
                is_float = true;
            } else {
                self.pos = save;
                return Err(self.number_error("decimal", save.saturating_sub(1)));
            }
        }
        if matches!(self.peek(0), b'j' | b'J') {
            self.pos += 1;
            self.check_end("imaginary")?;
            self.push(TokKind::Number, start);
            return Ok(());
        }
        let text = &self.src[start..int_end];
        if !is_float
            && int_digits > 1
            && text.starts_with('0')
            && text.bytes().any(|b| (b'1'..=b'9').contains(&b))
        {
            let zeros_end = start + text.len() - text.trim_start_matches(['0', '_']).len();
            return Err(self.error(
                TypeTag::SyntaxError,
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix \
                 for octal integers"
                    .into(),
                start,
                Some(zeros_end),
            ));
        }
        self.check_end("decimal")?;
        self.push(TokKind::Number, start);
        Ok(())
    }
}

/// Scans a whole source text the way CPython's tokenizer would, stopping at its first error.
pub fn scan(src: &str) -> Scan {
    let mut s = Scanner {
        src,
        bytes: src.as_bytes(),
        pos: 0,
        line: 1,
        line_start: 0,
        brackets: vec![],
        indents: vec![],
        tokens: vec![],
        comment_start: None,
    };
    let error = s.run().err();
    Scan {
        tokens: s.tokens,
        error,
    }
}
