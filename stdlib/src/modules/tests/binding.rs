//! Tests of `Signature::bind`: the argument-binding messages of Python-level library functions.

use super::Must;
use crate::args::Args;
use crate::modules::params::Signature;
use mnpy_runtime::Value;

pub(super) fn message(e: mnpy_runtime::PyErr) -> String {
    let data = e.data().must("exception data");
    let args = data.borrow().args.clone();
    args.first()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

const RANDINT: Signature = Signature {
    name: "Random.randint",
    params: &["a", "b"],
    required: 2,
    kwonly: &[],
    is_method: true,
};

#[test]
fn signature_messages_match_cpython() {
    // python3 -c "import random; random.randint()"  (and the variants below)
    let e = RANDINT
        .bind(Args::new("randint", vec![], vec![]))
        .err()
        .must("error");
    assert_eq!(
        message(e),
        "Random.randint() missing 2 required positional arguments: 'a' and 'b'"
    );
    let e = RANDINT
        .bind(Args::new("randint", vec![Value::Int(1)], vec![]))
        .err()
        .must("error");
    assert_eq!(
        message(e),
        "Random.randint() missing 1 required positional argument: 'b'"
    );
    let three = vec![Value::Int(1), Value::Int(2), Value::Int(3)];
    let e = RANDINT
        .bind(Args::new("randint", three, vec![]))
        .err()
        .must("error");
    assert_eq!(
        message(e),
        "Random.randint() takes 3 positional arguments but 4 were given"
    );
    let e = RANDINT
        .bind(Args::new(
            "randint",
            vec![Value::Int(1)],
            vec![("a".into(), Value::Int(2))],
        ))
        .err();
    assert_eq!(
        message(e.must("error")),
        "Random.randint() got multiple values for argument 'a'"
    );
    let gauss = Signature {
        name: "Random.gauss",
        params: &["mu", "sigma"],
        required: 0,
        kwonly: &[],
        is_method: true,
    };
    let e = gauss
        .bind(Args::new("gauss", vec![Value::Int(1); 3], vec![]))
        .err()
        .must("error");
    assert_eq!(
        message(e),
        "Random.gauss() takes from 1 to 3 positional arguments but 4 were given"
    );
}

#[test]
fn signature_binds_keywords() {
    // random.randint(1, b=2) is accepted
    let p = RANDINT
        .bind(Args::new(
            "randint",
            vec![Value::Int(1)],
            vec![("b".into(), Value::Int(2))],
        ))
        .must("bound");
    assert!(matches!(p[1], Some(Value::Int(2))));
}
