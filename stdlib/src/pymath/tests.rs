//! Tests comparing every `math` function with values produced by CPython 3.11.
//!
//! The files in `testdata/` were generated with CPython 3.11.7 (glibc 2.36) by
//! `testdata/generate.py` (run `python3 generate.py` there to regenerate), which calls each function on special values and seeded random inputs and writes one case a line:
//! `name args... expected`. Floats are written with `float.hex` (`nan` for NaNs), ints in
//! decimal, tuples comma-separated, and exceptions as `!Class:message` with spaces as `_`.
//! The core of that script, e.g. for one-argument functions:
//!
//! ```python
//! def res(f, *a):
//!     try: r = f(*a)
//!     except Exception as e: return "!%s:%s" % (type(e).__name__, str(e).replace(" ", "_"))
//!     return float.hex(r) if isinstance(r, float) and r == r else ("nan" if r != r else str(r))
//! for name in UNARY: f.write("%s %s %s\n" % (name, float.hex(x), res(getattr(math, name), x)))
//! ```
//!
//! Two-argument cases are `math.NAME(x, y)`, `isclose` lines carry `rel_tol abs_tol`,
//! vector cases (`fsum`, `hypot`, `prod(v, start=1.0)`, `dist`) list comma-separated floats
//! (`-` for empty), and integer cases use `float(n)`, `a / b`, `math.log(n)` on Python ints.

use num_bigint::BigInt;

use super::float_ops::scale_by_power_of_two;
use super::summation::FsumAccumulator;
use super::*;

/// Parses `float.hex` output (or `inf`, `-inf`, `nan`).
fn parse_hex_float(text: &str) -> f64 {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let magnitude = match body {
        "inf" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            let body = body.strip_prefix("0x").expect("hex float");
            let (mantissa, exponent) = body.split_once('p').expect("exponent");
            let (int_digit, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
            let mut m: u64 = int_digit.parse().expect("leading digit");
            for c in fraction.chars() {
                m = m * 16 + c.to_digit(16).expect("hex digit") as u64;
            }
            let e: i64 = exponent.parse().expect("exponent value");
            scale_by_power_of_two(m, e - 4 * fraction.len() as i64, false)
        }
    };
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

/// Bit-exact float equality, with every NaN equal to every NaN.
fn same_float(actual: f64, expected: f64) -> bool {
    (actual.is_nan() && expected.is_nan()) || actual.to_bits() == expected.to_bits()
}

/// Formats an error the way the data files spell it.
fn error_text(error: &MathError) -> String {
    format!(
        "!{}:{}",
        error.kind().name(),
        error.message().replace(' ', "_")
    )
}

/// Checks a float result against the expected text; returns a description of any mismatch.
fn check_float(result: MathResult<f64>, expected: &str) -> Result<(), String> {
    match result {
        Ok(value) if !expected.starts_with('!') => {
            let want = parse_hex_float(expected);
            if same_float(value, want) {
                Ok(())
            } else {
                Err(format!(
                    "got {value:e} ({:#x}), want {want:e}",
                    value.to_bits()
                ))
            }
        }
        Ok(value) => Err(format!("got {value:e}, want {expected}")),
        Err(error) if error_text(&error) == expected => Ok(()),
        Err(error) => Err(format!("got {}, want {expected}", error_text(&error))),
    }
}

/// Checks a result rendered as text (ints, bools, tuples).
fn check_text(result: MathResult<String>, expected: &str) -> Result<(), String> {
    let got = match result {
        Ok(text) => text,
        Err(error) => error_text(&error),
    };
    if got == expected {
        Ok(())
    } else {
        Err(format!("got {got}, want {expected}"))
    }
}

/// Checks a tuple of floats given as `a,b`.
fn check_float_pair(got: (f64, f64), expected: &str) -> Result<(), String> {
    let (a, b) = expected.split_once(',').expect("pair");
    if same_float(got.0, parse_hex_float(a)) && same_float(got.1, parse_hex_float(b)) {
        Ok(())
    } else {
        Err(format!("got {got:?}, want {expected}"))
    }
}

/// Parses a comma-separated float list (`-` for empty).
fn parse_vector(text: &str) -> Vec<f64> {
    if text == "-" {
        return Vec::new();
    }
    text.split(',').map(parse_hex_float).collect()
}

fn int(text: &str) -> BigInt {
    text.parse().expect("decimal int")
}

fn big_text(result: MathResult<BigInt>) -> MathResult<String> {
    result.map(|n| n.to_string())
}

/// Runs every line of a data file through `check`, reporting all mismatches at once.
fn run_cases(data: &str, check: impl Fn(&[&str]) -> Result<(), String>) {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in data.lines().filter(|l| !l.is_empty()) {
        count += 1;
        let fields: Vec<&str> = line.split(' ').collect();
        if let Err(why) = check(&fields) {
            failures.push(format!("{line}: {why}"));
        }
    }
    assert!(count > 100, "too few cases");
    assert!(
        failures.is_empty(),
        "{} of {count} cases differ from CPython:\n{}",
        failures.len(),
        failures
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

fn unary_case(fields: &[&str]) -> Result<(), String> {
    let (name, x, want) = (fields[0], parse_hex_float(fields[1]), fields[2]);
    let float_fn: Option<fn(f64) -> MathResult<f64>> = match name {
        "acos" => Some(acos),
        "acosh" => Some(acosh),
        "asin" => Some(asin),
        "asinh" => Some(asinh),
        "atan" => Some(atan),
        "atanh" => Some(atanh),
        "cbrt" => Some(cbrt),
        "cos" => Some(cos),
        "cosh" => Some(cosh),
        "erf" => Some(erf),
        "erfc" => Some(erfc),
        "exp" => Some(exp),
        "exp2" => Some(exp2),
        "expm1" => Some(expm1),
        "fabs" => Some(fabs),
        "gamma" => Some(gamma),
        "lgamma" => Some(lgamma),
        "log" => Some(log),
        "log10" => Some(log10),
        "log1p" => Some(log1p),
        "log2" => Some(log2),
        "sin" => Some(sin),
        "sinh" => Some(sinh),
        "sqrt" => Some(sqrt),
        "tan" => Some(tan),
        "tanh" => Some(tanh),
        _ => None,
    };
    if let Some(f) = float_fn {
        return check_float(f(x), want);
    }
    let bool_text = |b: bool| Ok(if b { "True" } else { "False" }.to_string());
    match name {
        "ceil" => check_text(big_text(ceil(x)), want),
        "floor" => check_text(big_text(floor(x)), want),
        "trunc" => check_text(big_text(trunc(x)), want),
        "frexp" => {
            let (m, e) = frexp(x);
            let (wm, we) = want.split_once(',').expect("pair");
            if same_float(m, parse_hex_float(wm)) && e.to_string() == we {
                Ok(())
            } else {
                Err(format!("got ({m}, {e})"))
            }
        }
        "modf" => check_float_pair(modf(x), want),
        "ulp" => check_float(Ok(ulp(x)), want),
        "degrees" => check_float(Ok(degrees(x)), want),
        "radians" => check_float(Ok(radians(x)), want),
        "isfinite" => check_text(bool_text(isfinite(x)), want),
        "isinf" => check_text(bool_text(isinf(x)), want),
        "isnan" => check_text(bool_text(isnan(x)), want),
        _ => Err(format!("unknown function {name}")),
    }
}

#[test]
fn unary_functions_match_cpython() {
    run_cases(include_str!("testdata/unary.txt"), unary_case);
}

fn binary_case(fields: &[&str]) -> Result<(), String> {
    let name = fields[0];
    if name == "ldexp" {
        let x = parse_hex_float(fields[1]);
        let i = int(fields[2]);
        let i = i64::try_from(&i).unwrap_or(if i.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        });
        return check_float(ldexp(x, i), fields[3]);
    }
    let (x, y) = (parse_hex_float(fields[1]), parse_hex_float(fields[2]));
    match name {
        "atan2" => check_float(atan2(x, y), fields[3]),
        "copysign" => check_float(copysign(x, y), fields[3]),
        "fmod" => check_float(fmod(x, y), fields[3]),
        "remainder" => check_float(remainder(x, y), fields[3]),
        "pow" => check_float(pow(x, y), fields[3]),
        "nextafter" => check_float(Ok(nextafter(x, y)), fields[3]),
        "isclose" => {
            let (rel, abs) = (parse_hex_float(fields[3]), parse_hex_float(fields[4]));
            let got = isclose(x, y, rel, abs).map(|b| if b { "True" } else { "False" }.into());
            check_text(got, fields[5])
        }
        _ => Err(format!("unknown function {name}")),
    }
}

#[test]
fn binary_functions_match_cpython() {
    run_cases(include_str!("testdata/binary.txt"), binary_case);
}

fn vector_case(fields: &[&str]) -> Result<(), String> {
    let v = parse_vector(fields[1]);
    match fields[0] {
        "fsum" => check_float(fsum(&v), fields[2]),
        "hypot" => check_float(Ok(hypot(&v)), fields[2]),
        "prod" => check_float(Ok(prod_f64(1.0, &v)), fields[2]),
        "dist" => check_float(dist(&v, &parse_vector(fields[2])), fields[3]),
        other => Err(format!("unknown function {other}")),
    }
}

#[test]
fn vector_functions_match_cpython() {
    run_cases(include_str!("testdata/vectors.txt"), vector_case);
}

fn int_list(text: &str) -> Vec<BigInt> {
    if text == "-" {
        return Vec::new();
    }
    text.split(',').map(int).collect()
}

fn integer_case(fields: &[&str]) -> Result<(), String> {
    let name = fields[0];
    let want = *fields.last().expect("expected value");
    match name {
        "float" => check_float(bigint_to_f64(&int(fields[1])), want),
        "log" => check_float(log_bigint(&int(fields[1])), want),
        "log2" => check_float(log2_bigint(&int(fields[1])), want),
        "log10" => check_float(log10_bigint(&int(fields[1])), want),
        "isqrt" => check_text(big_text(isqrt(&int(fields[1]))), want),
        "factorial" => check_text(big_text(factorial(&int(fields[1]))), want),
        "truediv" => check_float(int_true_divide(&int(fields[1]), &int(fields[2])), want),
        "gcd" => check_text(Ok(gcd(&[int(fields[1]), int(fields[2])]).to_string()), want),
        "lcm" => check_text(Ok(lcm(&[int(fields[1]), int(fields[2])]).to_string()), want),
        "gcdn" => check_text(Ok(gcd(&int_list(fields[1])).to_string()), want),
        "lcmn" => check_text(Ok(lcm(&int_list(fields[1])).to_string()), want),
        "comb" => check_text(big_text(comb(&int(fields[1]), &int(fields[2]))), want),
        "perm" => {
            let k = (fields[2] != "None").then(|| int(fields[2]));
            check_text(big_text(perm(&int(fields[1]), k.as_ref())), want)
        }
        _ => Err(format!("unknown function {name}")),
    }
}

#[test]
fn integer_functions_match_cpython() {
    run_cases(include_str!("testdata/integers.txt"), integer_case);
}

#[test]
fn fsum_accumulator_reports_errors_like_cpython() {
    // python3 -c "import math; math.fsum([1e308, 1e308])"  -> OverflowError
    let mut acc = FsumAccumulator::new();
    acc.add(1e308).unwrap();
    let err = acc.add(1e308).unwrap_err();
    assert_eq!(err.message(), "intermediate overflow in fsum");
    // python3 -c "import math; math.fsum([math.inf, -math.inf])"  -> ValueError
    assert_eq!(
        fsum(&[f64::INFINITY, f64::NEG_INFINITY]).unwrap_err(),
        MathError::other(PyErrorKind::ValueError, "-inf + inf in fsum")
    );
}

#[test]
fn log_with_base_matches_cpython() {
    // python3 -c "import math; print(math.log(8, 2), math.log(10**400, 10))"
    //   -> 3.0 399.99999999999994
    let num = log_bigint(&BigInt::from(8)).unwrap();
    let den = log_bigint(&BigInt::from(2)).unwrap();
    assert_eq!(log_with_base(num, den).unwrap(), 3.0);
    let big: BigInt = "1".parse::<BigInt>().unwrap() * BigInt::from(10).pow(400);
    let num = log_bigint(&big).unwrap();
    let den = log_bigint(&BigInt::from(10)).unwrap();
    assert_eq!(log_with_base(num, den).unwrap(), 399.99999999999994);
    // python3 -c "import math; math.log(10, 1)"  -> ZeroDivisionError: float division by zero
    let err = log_with_base(log(10.0).unwrap(), log(1.0).unwrap()).unwrap_err();
    assert_eq!(err.kind(), PyErrorKind::ZeroDivisionError);
    assert_eq!(err.message(), "float division by zero");
    // python3 -c "import math; math.log(0.0)"  -> ValueError: math domain error
    assert_eq!(log(0.0), Err(MathError::Domain));
    assert_eq!(log_bigint(&BigInt::from(0)), Err(MathError::Domain));
}

#[test]
fn constants_match_cpython() {
    // python3 -c "import math; print(math.pi.hex(), math.e.hex(), math.tau.hex())"
    assert_eq!(PI, parse_hex_float("0x1.921fb54442d18p+1"));
    assert_eq!(E, parse_hex_float("0x1.5bf0a8b145769p+1"));
    assert_eq!(TAU, parse_hex_float("0x1.921fb54442d18p+2"));
    assert!(INF.is_infinite() && INF > 0.0);
    assert!(NAN.is_nan() && NAN.is_sign_positive());
}
