//! Decodes one line of test data (see `testdata/generate.py`), runs the function it names
//! and compares with CPython's answer.

use super::super::*;
use super::percent_source::{TestSource, TestValue};
use num_bigint::BigInt;

/// Undoes the generator's escaping of `\\`, `\t`, `\n`, `\r`.
fn unescape(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

fn float_field(field: &str) -> Result<f64, String> {
    let hex = field.trim_start_matches("0x");
    u64::from_str_radix(hex, 16)
        .map(f64::from_bits)
        .map_err(|e| format!("bad float field {field}: {e}"))
}

fn int_field(field: &str) -> Result<BigInt, String> {
    field
        .parse::<BigInt>()
        .map_err(|e| format!("bad int field {field}: {e}"))
}

/// Renders a result the way the data file writes expected values.
fn render(result: Result<String, FormatError>) -> String {
    match result {
        Ok(text) => format!("ok:{text}"),
        Err(e) => format!("err:{}:{}", e.kind.name(), e.message),
    }
}

fn test_value(item: &str) -> Result<TestValue, String> {
    let (tag, body) = item
        .split_once(':')
        .ok_or_else(|| format!("bad item {item}"))?;
    Ok(match tag {
        "i" => TestValue::Int(int_field(body)?),
        "f" => TestValue::Float(float_field(body)?),
        "s" => TestValue::Str(body.to_string()),
        "b" => TestValue::Bool(body == "1"),
        "n" => TestValue::None,
        "c" => {
            let (re, im) = body
                .split_once(',')
                .ok_or_else(|| format!("bad complex {body}"))?;
            TestValue::Complex(float_field(re)?, float_field(im)?)
        }
        _ => return Err(format!("bad item tag {tag}")),
    })
}

fn test_source(encoded: &str) -> Result<TestSource, String> {
    let mode = encoded.chars().next().ok_or("empty args")?;
    let items: Vec<&str> = encoded[1..]
        .split('\u{1e}')
        .filter(|s| !s.is_empty())
        .collect();
    Ok(match mode {
        'T' => TestSource {
            positional: items
                .iter()
                .map(|i| test_value(i))
                .collect::<Result<_, _>>()?,
            next: 0,
            mapping: None,
        },
        'S' => TestSource {
            positional: vec![test_value(items.first().ok_or("no item")?)?],
            next: 0,
            mapping: None,
        },
        'D' => {
            let mut pairs = Vec::new();
            for item in items {
                let (key, value) = item.split_once('=').ok_or("bad dict item")?;
                pairs.push((key.to_string(), test_value(value)?));
            }
            TestSource {
                positional: vec![TestValue::Dict(pairs.clone())],
                next: 0,
                mapping: Some(pairs),
            }
        }
        _ => return Err(format!("bad args mode {mode}")),
    })
}

/// Parses a spec for `type_name`, then formats with `format`.
fn with_spec(
    spec: &str,
    type_name: &str,
    format: impl Fn(&FormatSpec) -> Result<String, FormatError>,
) -> String {
    render(parse_format_spec(spec, type_name).and_then(|s| format(&s)))
}

/// Runs one case: `Ok` when the output equals CPython's, else a description of the mismatch.
pub(super) fn run_case(line: &str) -> Result<(), String> {
    let fields: Vec<String> = line.split('\t').map(unescape).collect();
    let (expected, inputs) = fields.split_last().ok_or("empty line")?;
    let input = |i: usize| {
        inputs
            .get(i + 1)
            .map(String::as_str)
            .ok_or_else(|| format!("missing field in {line}"))
    };
    let actual = match inputs[0].as_str() {
        "float_repr" => format!("ok:{}", float_repr(float_field(input(0)?)?)),
        "float_hex" => format!("ok:{}", float_to_hex(float_field(input(0)?)?)),
        "complex_repr" => format!(
            "ok:{}",
            complex_repr(float_field(input(0)?)?, float_field(input(1)?)?)
        ),
        "str_repr" => format!("ok:{}", str_repr(input(0)?)),
        "ascii_repr" => format!("ok:{}", ascii_repr(input(0)?)),
        "int_radix" => {
            let i = int_field(input(0)?)?;
            let radix = [2, 8, 16].map(|b| int_to_str_radix(&i, b, true)).join(" ");
            render(int_to_decimal_str(&i).map(|d| format!("{radix} {d}")))
        }
        "format_int" => {
            let i = int_field(input(0)?)?;
            with_spec(input(1)?, "int", |s| format_int(&i, s, "int"))
        }
        "format_float" => {
            let x = float_field(input(0)?)?;
            with_spec(input(1)?, "float", |s| format_float(x, s, "float"))
        }
        "format_complex" => {
            let (re, im) = (float_field(input(0)?)?, float_field(input(1)?)?);
            with_spec(input(2)?, "complex", |s| {
                format_complex(re, im, s, "complex")
            })
        }
        "format_str" => {
            let text = input(0)?;
            with_spec(input(1)?, "str", |s| format_str(text, s, "str"))
        }
        "percent" => {
            let mut source = test_source(input(1)?)?;
            render(percent_format(input(0)?, &mut source))
        }
        "parse_float" => match parse_float(input(0)?) {
            Some(x) => format!("ok:{}", float_repr(x)),
            None => render(Err(float_literal_error(input(0)?))),
        },
        "parse_int" => {
            let base: u32 = input(1)?.parse().map_err(|e| format!("bad base: {e}"))?;
            render(parse_int(input(0)?, base).and_then(|i| int_to_decimal_str(&i)))
        }
        other => return Err(format!("unknown case kind {other}")),
    };
    if &actual == expected {
        Ok(())
    } else {
        Err(format!("{line}\n    got: {actual}"))
    }
}
