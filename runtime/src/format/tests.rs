//! Unit tests of the formatting module against values produced by CPython 3.11.
//!
//! The cases live in `testdata/*.txt`, written by `testdata/generate.py` (run with python3.11:
//! `python3 generate.py --count 300 --seed 1 testdata`). Each line names the function, its
//! inputs and CPython's answer; for instance a `format_float` line holds the bits of `x`, a spec
//! and `format(x, spec)`. Set `MNPY_FORMAT_CASES=/dir` to run the same checks over a larger
//! generated directory (`generate.py --count 20000 --seed 7 /dir`).

mod case_runner;
mod percent_source;

use case_runner::run_case;

/// Runs every case of one data file; reports all mismatches at once.
fn check_file(name: &str, contents: &str) {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in contents.lines().filter(|l| !l.is_empty()) {
        count += 1;
        if let Err(message) = run_case(line) {
            failures.push(message);
        }
    }
    assert!(count > 0, "{name}: no cases");
    assert!(
        failures.is_empty(),
        "{name}: {} of {count} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn reprs_match_cpython() {
    check_file("repr", include_str!("testdata/repr.txt"));
}

#[test]
fn format_specs_match_cpython() {
    check_file("spec", include_str!("testdata/spec.txt"));
}

#[test]
fn percent_formatting_matches_cpython() {
    check_file("percent", include_str!("testdata/percent.txt"));
}

#[test]
fn number_parsing_matches_cpython() {
    check_file("parse", include_str!("testdata/parse.txt"));
}

#[test]
fn hand_picked_cases_match_cpython() {
    check_file("handpicked", include_str!("testdata/handpicked.txt"));
}

/// The large generated corpus, when `MNPY_FORMAT_CASES` names its directory.
#[test]
fn generated_corpus_matches_cpython() {
    let Ok(dir) = std::env::var("MNPY_FORMAT_CASES") else {
        return;
    };
    for name in ["repr", "spec", "percent", "parse"] {
        let path = format!("{dir}/{name}.txt");
        let contents = std::fs::read_to_string(&path).unwrap_or_default();
        check_file(&path, &contents);
    }
}

/// Arbitrary specs, format strings and literals must give a result or an error, never a
/// panic. A small deterministic generator picks characters from an alphabet rich in the
/// syntax characters of the three mini-languages.
#[test]
fn arbitrary_input_never_panics() {
    use super::percent_format;
    use super::{
        format_complex, format_float, format_int, format_str, parse_float, parse_format_spec,
        parse_int,
    };
    use num_bigint::BigInt;
    use percent_source::{TestSource, TestValue};
    const ALPHABET: &[char] = &[
        '%', '(', ')', '*', '.', '-', '+', ' ', '#', '0', '1', '9', 'z', ',', '_', '<', '>', '=',
        '^', 'd', 'x', 'X', 'c', 'e', 'f', 'g', 'G', 'n', 's', 'r', 'a', 'b', 'o', 'l', 'h', 'i',
        'é', '٣', '\u{2003}', 'j', 'n', 'I',
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound as u64) as usize
    };
    let iterations = std::env::var("MNPY_FORMAT_FUZZ_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    for _ in 0..iterations {
        let len = next(9);
        let text: String = (0..len).map(|_| ALPHABET[next(ALPHABET.len())]).collect();
        if let Ok(spec) = parse_format_spec(&text, "t") {
            let _ = format_int(&BigInt::from(next(2000) as i64 - 1000), &spec, "int");
            let _ = format_float(f64::from(next(2000) as u32) / 7.0 - 100.0, &spec, "float");
            let _ = format_complex(-1.5, f64::NAN, &spec, "complex");
            let _ = format_str("abc", &spec, "str");
        }
        let mut source = TestSource {
            positional: vec![
                TestValue::Int(BigInt::from(3)),
                TestValue::Float(-2.5),
                TestValue::Str("é".into()),
            ],
            next: 0,
            mapping: (next(2) == 0)
                .then(|| vec![(String::from("a"), TestValue::Int(BigInt::from(-7)))]),
        };
        let _ = percent_format(&text, &mut source);
        let _ = parse_float(&text);
        let _ = parse_int(&text, [0, 2, 10, 16, 36][next(5)] as u32);
    }
}
