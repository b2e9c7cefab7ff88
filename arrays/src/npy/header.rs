//! Parsing the `.npy` header: a Python dict literal with the keys `descr` (a string),
//! `fortran_order` (a bool) and `shape` (a tuple of ints), as `ast.literal_eval` would read it.
//! Nested descrs (records) are recognised and rejected as unsupported.

/// The three entries of a `.npy` header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct HeaderDict {
    /// The dtype string, e.g. `<f8`.
    pub(crate) descr: String,
    /// Whether the data is in Fortran order.
    pub(crate) fortran_order: bool,
    /// The array's shape.
    pub(crate) shape: Vec<usize>,
}

/// One parsed header value.
enum Value {
    Str(String),
    Bool(bool),
    Tuple(Vec<usize>),
    /// A list or other structure (a record descr): recognised, not supported.
    Other,
}

/// A cursor over the header text.
struct Parser<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    fn skip_ws(&mut self) {
        let rest = self.rest();
        self.pos += rest.len() - rest.trim_start().len();
    }

    fn eat(&mut self, c: char) -> bool {
        self.skip_ws();
        if self.rest().starts_with(c) {
            self.pos += c.len_utf8();
            true
        } else {
            false
        }
    }

    fn error(&self, what: &str) -> String {
        format!("malformed .npy header ({what}): {:?}", self.text.trim_end())
    }

    fn string(&mut self) -> Result<String, String> {
        self.skip_ws();
        let quote = match self.rest().chars().next() {
            Some(q @ ('\'' | '"')) => q,
            _ => return Err(self.error("expected a string")),
        };
        let body = &self.rest()[1..];
        let end = body
            .find(quote)
            .ok_or_else(|| self.error("unterminated string"))?;
        let s = body[..end].to_string();
        self.pos += end + 2;
        Ok(s)
    }

    fn integer(&mut self) -> Result<usize, String> {
        self.skip_ws();
        let digits = self.rest().len()
            - self
                .rest()
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .len();
        let n = self.rest()[..digits]
            .parse()
            .map_err(|_| self.error("expected a non-negative integer in the shape"))?;
        self.pos += digits;
        // Python 2 wrote long integers with an `L` suffix.
        if self.rest().starts_with('L') {
            self.pos += 1;
        }
        Ok(n)
    }

    fn tuple(&mut self) -> Result<Vec<usize>, String> {
        let mut items = Vec::new();
        loop {
            if self.eat(')') {
                return Ok(items);
            }
            items.push(self.integer()?);
            if !self.eat(',') {
                if self.eat(')') {
                    return Ok(items);
                }
                return Err(self.error("expected ',' or ')' in the shape"));
            }
        }
    }

    /// Skips a bracketed structure (a record descr list), balancing brackets and strings.
    fn skip_structure(&mut self) -> Result<(), String> {
        let mut depth = 0usize;
        let mut quote: Option<char> = None;
        for (i, c) in self.rest().char_indices() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '\'' | '"') => quote = Some(c),
                (None, '[' | '(' | '{') => depth += 1,
                (None, ']' | ')' | '}') => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        self.pos += i + 1;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        Err(self.error("unbalanced brackets"))
    }

    fn value(&mut self) -> Result<Value, String> {
        self.skip_ws();
        let rest = self.rest();
        if rest.starts_with('\'') || rest.starts_with('"') {
            Ok(Value::Str(self.string()?))
        } else if let Some(after) = rest.strip_prefix("True") {
            self.pos = self.text.len() - after.len();
            Ok(Value::Bool(true))
        } else if let Some(after) = rest.strip_prefix("False") {
            self.pos = self.text.len() - after.len();
            Ok(Value::Bool(false))
        } else if rest.starts_with('(') {
            self.pos += 1;
            let save = self.pos;
            match self.tuple() {
                Ok(items) => Ok(Value::Tuple(items)),
                Err(_) => {
                    self.pos = save - 1;
                    self.skip_structure()?;
                    Ok(Value::Other)
                }
            }
        } else if rest.starts_with('[') || rest.starts_with('{') {
            self.skip_structure()?;
            Ok(Value::Other)
        } else {
            Err(self.error("unexpected value"))
        }
    }
}

/// Parses the header dict; errors say which key is missing, extra or of the wrong type.
pub(crate) fn parse_header_dict(text: &str) -> Result<HeaderDict, String> {
    let mut p = Parser { text, pos: 0 };
    if !p.eat('{') {
        return Err(p.error("expected '{'"));
    }
    let (mut descr, mut fortran_order, mut shape) = (None, None, None);
    loop {
        if p.eat('}') {
            break;
        }
        let key = p.string()?;
        if !p.eat(':') {
            return Err(p.error("expected ':'"));
        }
        let value = p.value()?;
        match (key.as_str(), value) {
            ("descr", Value::Str(s)) => descr = Some(s),
            ("descr", _) => {
                return Err(
                    "unsupported dtype in .npy file: structured (record) dtypes are not supported"
                        .to_string(),
                )
            }
            ("fortran_order", Value::Bool(b)) => fortran_order = Some(b),
            ("shape", Value::Tuple(t)) => shape = Some(t),
            ("fortran_order" | "shape", _) => {
                return Err(p.error(&format!("'{key}' has the wrong type")))
            }
            _ => return Err(p.error(&format!("unexpected key '{key}'"))),
        }
        if !p.eat(',') {
            if p.eat('}') {
                break;
            }
            return Err(p.error("expected ',' or '}'"));
        }
    }
    match (descr, fortran_order, shape) {
        (Some(descr), Some(fortran_order), Some(shape)) => Ok(HeaderDict {
            descr,
            fortran_order,
            shape,
        }),
        _ => Err(p.error("the keys 'descr', 'fortran_order' and 'shape' are required")),
    }
}
