//! The `(unicode error)` message CPython 3.11 gives for a string literal whose escapes do not
//! decode: truncated `\x`, `\u`, `\U` escapes, code points past U+10FFFF and unknown
//! `\N{...}` names, with the byte positions of the bad escape in the literal's body.

/// CPython's message for a string literal whose escapes do not decode: the first truncated
/// `\x`, `\u`, `\U` escape, out-of-range `\U` or `\N{...}` name (rustpython already rejected
/// the literal, so a well-formed `\N{...}` must name no character).
pub fn escape_error(literal: &str) -> Option<String> {
    let quote_at = literal.find(['"', '\''])?;
    let prefix = literal[..quote_at].to_ascii_lowercase();
    if prefix.contains('r') || prefix.contains('b') {
        return None;
    }
    let rest = &literal[quote_at..];
    let quote_len = if rest.starts_with("\"\"\"") || rest.starts_with("'''") {
        3
    } else {
        1
    };
    let body = rest
        .get(quote_len..rest.len().saturating_sub(quote_len))?
        .as_bytes();
    let fail = |from: usize, to: usize, reason: &str| {
        Some(format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
            from, to, reason
        ))
    };
    let mut i = 0;
    while i < body.len() {
        if body[i] != b'\\' {
            i += 1;
            continue;
        }
        let kind = body.get(i + 1).copied().unwrap_or(0);
        let hex_run = |want: usize| {
            body[(i + 2).min(body.len())..]
                .iter()
                .take(want)
                .take_while(|b| b.is_ascii_hexdigit())
                .count()
        };
        match kind {
            b'x' | b'u' | b'U' => {
                let (want, name) = match kind {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let n = hex_run(want);
                if n < want {
                    return fail(i, i + 1 + n, name);
                }
                if kind == b'U' {
                    let digits = std::str::from_utf8(&body[i + 2..i + 10]).ok()?;
                    if u32::from_str_radix(digits, 16).ok()? > 0x10ffff {
                        return fail(i, i + 9, "illegal Unicode character");
                    }
                }
                i += 2 + want;
            }
            b'N' => {
                if body.get(i + 2) != Some(&b'{') {
                    return fail(i, i + 1, "malformed \\N character escape");
                }
                return match body[i..].iter().position(|&b| b == b'}') {
                    Some(close) => fail(i, i + close, "unknown Unicode character name"),
                    None => fail(i, body.len() - 1, "malformed \\N character escape"),
                };
            }
            _ => i += 2,
        }
    }
    None
}
