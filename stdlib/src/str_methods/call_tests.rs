//! Tests of the Python-facing entry points (`call`, `format_value`, `percent_format`) through
//! a mock interpreter; every expected text was printed by CPython 3.11 running the Python
//! expression in the comment (results as `repr`, errors as `Type: message`).

use super::mock_interp::{error_text, repr_of, MockInterp};
use super::{call, format_value, percent_format};
use crate::args::Args;
use crate::containers::new_dict_from_pairs;
use mnpy_runtime::{BuiltinFn, PyResult, Value};
use num_bigint::BigInt;
use std::rc::Rc;

fn s(text: &str) -> Value {
    Value::str(text)
}

fn shown(result: PyResult<Value>) -> String {
    match result {
        Ok(v) => repr_of(&v),
        Err(e) => error_text(&e),
    }
}

/// Calls str method `f` on `receiver` with positional `args` and keywords `kw`.
fn method(f: BuiltinFn, receiver: Value, args: Vec<Value>, kw: Vec<(&str, Value)>) -> String {
    let mut pos = vec![receiver];
    pos.extend(args);
    let kw = kw.into_iter().map(|(k, v)| (Rc::from(k), v)).collect();
    shown(call(&mut MockInterp, f, Args::new(f.name(), pos, kw)))
}

fn dict(pairs: Vec<(Value, Value)>) -> Value {
    let flat = pairs.into_iter().flat_map(|(k, v)| [k, v]).collect();
    match new_dict_from_pairs(&mut MockInterp, flat) {
        Ok(d) => d,
        Err(e) => panic!("{}", error_text(&e)),
    }
}

#[test]
fn str_format_matches_cpython() {
    use BuiltinFn::StrFormat as F;
    let cases: Vec<(String, &str)> = vec![
        // '{} and {}'.format(1, 'x')
        (method(F, s("{} and {}"), vec![Value::Int(1), s("x")], vec![]), "'1 and x'"),
        // '{0}{1}{0}'.format('a', 2.5)
        (method(F, s("{0}{1}{0}"), vec![s("a"), Value::Float(2.5)], vec![]), "'a2.5a'"),
        // '{name}={val:>6.2f}'.format(name='pi', val=3.14169)
        (
            method(F, s("{name}={val:>6.2f}"), vec![], vec![("name", s("pi")), ("val", Value::Float(3.14169))]),
            "'pi=  3.14'",
        ),
        // '{0[1]} {0[0]}'.format([10, 20])
        (method(F, s("{0[1]} {0[0]}"), vec![Value::list(vec![Value::Int(10), Value::Int(20)])], vec![]), "'20 10'"),
        // '{d[k]}'.format(d={'k': 'v'})
        (method(F, s("{d[k]}"), vec![], vec![("d", dict(vec![(s("k"), s("v"))]))]), "'v'"),
        // '{0!r:>8}|{0!s:<6}|{0!a}'.format('é')
        (method(F, s("{0!r:>8}|{0!s:<6}|{0!a}"), vec![s("é")], vec![]), "\"     'é'|é     |'\\\\xe9'\""),
        // '{:{}.{}f}'.format(2.71829, 10, 3)
        (
            method(F, s("{:{}.{}f}"), vec![Value::Float(2.71829), Value::Int(10), Value::Int(3)], vec![]),
            "'     2.718'",
        ),
        // '{{}} {{{}}}'.format(7)
        (method(F, s("{{}} {{{}}}"), vec![Value::Int(7)], vec![]), "'{} {7}'"),
        // '{:*^11,}'.format(1234567)
        (method(F, s("{:*^11,}"), vec![Value::Int(1234567)], vec![]), "'*1,234,567*'"),
        // '{:#x} {:b} {:o} {:c}'.format(255, 5, 8, 97)
        (
            method(F, s("{:#x} {:b} {:o} {:c}"), [255, 5, 8, 97].map(Value::Int).to_vec(), vec![]),
            "'0xff 101 10 a'",
        ),
        // '{:e} {:g} {:%} {:.3}'.format(12345.678, 0.00001234, 0.25, 1/3)
        (
            method(F, s("{:e} {:g} {:%} {:.3}"), [12345.678, 0.00001234, 0.25, 1.0 / 3.0].map(Value::Float).to_vec(), vec![]),
            "'1.234568e+04 1.234e-05 25.000000% 0.333'",
        ),
        // '{} {}'.format(True, 1e100)
        (method(F, s("{} {}"), vec![Value::Bool(true), Value::Float(1e100)], vec![]), "'True 1e+100'"),
        // '{:d}'.format(True)
        (method(F, s("{:d}"), vec![Value::Bool(true)], vec![]), "'1'"),
        // '{:,}'.format(2**70)
        (
            method(F, s("{:,}"), vec![Value::from_bigint(BigInt::from(1u128 << 70))], vec![]),
            "'1,180,591,620,717,411,303,424'",
        ),
        // '{0:{1}}'.format('x', '>4')
        (method(F, s("{0:{1}}"), vec![s("x"), s(">4")], vec![]), "'   x'"),
        // '{}'.format()
        (method(F, s("{}"), vec![], vec![]), "IndexError: Replacement index 0 out of range for positional args tuple"),
        // '{0}{}'.format(1)
        (
            method(F, s("{0}{}"), vec![Value::Int(1)], vec![]),
            "ValueError: cannot switch from manual field specification to automatic field numbering",
        ),
        // '{}{0}'.format(1)
        (
            method(F, s("{}{0}"), vec![Value::Int(1)], vec![]),
            "ValueError: cannot switch from automatic field numbering to manual field specification",
        ),
        // '{:{:{}}}'.format(1, 2, 3)
        (
            method(F, s("{:{:{}}}"), [1, 2, 3].map(Value::Int).to_vec(), vec![]),
            "ValueError: Max string recursion exceeded",
        ),
        // 'a}b'.format()
        (method(F, s("a}b"), vec![], vec![]), "ValueError: Single '}' encountered in format string"),
        // 'a{'.format()
        (method(F, s("a{"), vec![], vec![]), "ValueError: Single '{' encountered in format string"),
        // '{a}'.format(b=1)
        (method(F, s("{a}"), vec![], vec![("b", Value::Int(1))]), "KeyError: 'a'"),
        // '{0[3]}'.format((1,))
        (method(F, s("{0[3]}"), vec![Value::tuple(vec![Value::Int(1)])], vec![]), "IndexError: tuple index out of range"),
        // '{0!z}'.format(1)
        (method(F, s("{0!z}"), vec![Value::Int(1)], vec![]), "ValueError: Unknown conversion specifier z"),
        // '{0!é}'.format(1)
        (method(F, s("{0!é}"), vec![Value::Int(1)], vec![]), "ValueError: Unknown conversion specifier \\xe9"),
        // '{:q}'.format(1)
        (method(F, s("{:q}"), vec![Value::Int(1)], vec![]), "ValueError: Unknown format code 'q' for object of type 'int'"),
        // '{0.}'.format(1)
        (method(F, s("{0.}"), vec![Value::Int(1)], vec![]), "ValueError: Empty attribute in format string"),
        // '{0[0]x}'.format([1])
        (
            method(F, s("{0[0]x}"), vec![Value::list(vec![Value::Int(1)])], vec![]),
            "ValueError: Only '.' or '[' may follow ']' in format field specifier",
        ),
        // '{0{}'.format(1)
        (method(F, s("{0{}"), vec![Value::Int(1)], vec![]), "ValueError: unexpected '{' in field name"),
        // '{0!'.format(1)
        (
            method(F, s("{0!"), vec![Value::Int(1)], vec![]),
            "ValueError: end of string while looking for conversion specifier",
        ),
        // '{0!rr}'.format(1)
        (method(F, s("{0!rr}"), vec![Value::Int(1)], vec![]), "ValueError: expected ':' after conversion specifier"),
        // '{0:'.format(1)
        (method(F, s("{0:"), vec![Value::Int(1)], vec![]), "ValueError: unmatched '{' in format spec"),
        // '{0[}'.format(1)
        (method(F, s("{0[}"), vec![Value::Int(1)], vec![]), "ValueError: expected '}' before end of string"),
        // '{٣}'.format(1, 2, 3, 4)
        (method(F, s("{٣}"), [1, 2, 3, 4].map(Value::Int).to_vec(), vec![]), "'4'"),
        // '{99999999999999999999}'.format(1)
        (
            method(F, s("{99999999999999999999}"), vec![Value::Int(1)], vec![]),
            "ValueError: Too many decimal digits in format string",
        ),
    ];
    for (got, want) in cases {
        assert_eq!(got, want);
    }
}

#[test]
fn percent_format_matches_cpython() {
    let mut vm = MockInterp;
    let mut run = |fmt: &str, args: Value| shown(percent_format(&mut vm, fmt, &args));
    let t = Value::tuple;
    // '%s|%r|%5d|%-5d|%05.1f|%x|%X|%#o|%c|%%|%e|%g' % ('s', 'r', 42, 42, 3.14169, 255, 255, 8, 'z', 1e5, 1e-5)
    let args = t(vec![
        s("s"),
        s("r"),
        Value::Int(42),
        Value::Int(42),
        Value::Float(3.14169),
        Value::Int(255),
        Value::Int(255),
        Value::Int(8),
        s("z"),
        Value::Float(1e5),
        Value::Float(1e-5),
    ]);
    assert_eq!(
        run("%s|%r|%5d|%-5d|%05.1f|%x|%X|%#o|%c|%%|%e|%g", args),
        "\"s|'r'|   42|42   |003.1|ff|FF|0o10|z|%|1.000000e+05|1e-05\""
    );
    // '%(a)s-%(b)04d' % {'a': 'x', 'b': 7}
    assert_eq!(
        run(
            "%(a)s-%(b)04d",
            dict(vec![(s("a"), s("x")), (s("b"), Value::Int(7))])
        ),
        "'x-0007'"
    );
    // '%s' % (1,) ; '%s' % [1, 2] ; 'abc' % [] ; 'abc' % ()
    assert_eq!(run("%s", t(vec![Value::Int(1)])), "'1'");
    assert_eq!(
        run("%s", Value::list(vec![Value::Int(1), Value::Int(2)])),
        "'[1, 2]'"
    );
    assert_eq!(run("abc", Value::list(vec![])), "'abc'");
    assert_eq!(run("abc", t(vec![])), "'abc'");
    // '%d %s' % (1,) ; '%d' % (1, 2) ; '%d' % 'x' ; '%(k)s' % {} ; '%c' % 0x110000
    assert_eq!(
        run("%d %s", t(vec![Value::Int(1)])),
        "TypeError: not enough arguments for format string"
    );
    assert_eq!(
        run("%d", t(vec![Value::Int(1), Value::Int(2)])),
        "TypeError: not all arguments converted during string formatting"
    );
    assert_eq!(
        run("%d", s("x")),
        "TypeError: %d format: a real number is required, not str"
    );
    assert_eq!(run("%(k)s", dict(vec![])), "KeyError: 'k'");
    assert_eq!(
        run("%c", Value::Int(0x110000)),
        "OverflowError: %c arg not in range(0x110000)"
    );
    // '%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14169) ; '%i %u' % (3.9, -2.5) ; '%a' % 'ü'
    let star = t(vec![
        Value::Int(5),
        Value::Int(1),
        Value::Int(4),
        Value::Int(2),
        Value::Int(2),
        Value::Float(3.14169),
    ]);
    assert_eq!(run("%*d|%-*d|%.*f", star), "'    1|2   |3.14'");
    assert_eq!(
        run("%i %u", t(vec![Value::Float(3.9), Value::Float(-2.5)])),
        "'3 -2'"
    );
    assert_eq!(run("%a", s("ü")), "\"'\\\\xfc'\"");
    // 'abc' % 5 ; '%(a)s' % 5
    assert_eq!(
        run("abc", Value::Int(5)),
        "TypeError: not all arguments converted during string formatting"
    );
    assert_eq!(
        run("%(a)s", Value::Int(5)),
        "TypeError: format requires a mapping"
    );
}

#[test]
fn format_value_matches_cpython() {
    let mut vm = MockInterp;
    let mut run = |v: Value, spec: &str| match format_value(&mut vm, &v, spec) {
        Ok(text) => text,
        Err(e) => error_text(&e),
    };
    // format(12, '08b'), format(True, ''), format(False, '>6'), format(2**64, 'x'), format(1.5, '')
    assert_eq!(run(Value::Int(12), "08b"), "00001100");
    assert_eq!(run(Value::Bool(true), ""), "True");
    assert_eq!(run(Value::Bool(false), ">6"), "     0");
    assert_eq!(
        run(Value::from_bigint(BigInt::from(1u128 << 64)), "x"),
        "10000000000000000"
    );
    assert_eq!(run(Value::Float(1.5), ""), "1.5");
    // format(complex(1, -2), ''), format(complex(0, 2), '.2f')
    let z = |re: f64, im: f64| {
        Value::obj(mnpy_runtime::HeapObj::Complex(num_complex::Complex64::new(
            re, im,
        )))
    };
    assert_eq!(run(z(1.0, -2.0), ""), "(1-2j)");
    assert_eq!(run(z(0.0, 2.0), ".2f"), "0.00+2.00j");
    // format('abc', '.2'), format('abc', '=5'), format(None, ''), format(None, 'x'), format([1], '')
    assert_eq!(run(s("abc"), ".2"), "ab");
    assert_eq!(
        run(s("abc"), "=5"),
        "ValueError: '=' alignment not allowed in string format specifier"
    );
    assert_eq!(run(Value::None, ""), "None");
    assert_eq!(
        run(Value::None, "x"),
        "TypeError: unsupported format string passed to NoneType.__format__"
    );
    assert_eq!(run(Value::list(vec![Value::Int(1)]), ""), "[1]");
    // format(3, '.2'), format(True, 'q'), format(1.0, 'z.1f')
    assert_eq!(
        run(Value::Int(3), ".2"),
        "ValueError: Precision not allowed in integer format specifier"
    );
    assert_eq!(
        run(Value::Bool(true), "q"),
        "ValueError: Unknown format code 'q' for object of type 'bool'"
    );
    assert_eq!(run(Value::Float(1.0), "z.1f"), "1.0");
}

#[test]
fn method_arguments_match_cpython() {
    use BuiltinFn as B;
    let (i, f, none) = (Value::Int, Value::Float, Value::None);
    let big = || Value::from_bigint(BigInt::from(1u128 << 70));
    let cases: Vec<(String, &str)> = vec![
        // 'a'.split(1) ; 'a'.split(',', 1, 2) ; 'a'.split(x=1) ; 'a'.split(',', 'a') ; 'a'.split('')
        (
            method(B::StrSplit, s("a"), vec![i(1)], vec![]),
            "TypeError: must be str or None, not int",
        ),
        (
            method(B::StrSplit, s("a"), vec![s(","), i(1), i(2)], vec![]),
            "TypeError: split() takes at most 2 arguments (3 given)",
        ),
        (
            method(B::StrSplit, s("a"), vec![], vec![("x", i(1))]),
            "TypeError: 'x' is an invalid keyword argument for split()",
        ),
        (
            method(B::StrSplit, s("a"), vec![s(","), s("a")], vec![]),
            "TypeError: 'str' object cannot be interpreted as an integer",
        ),
        (
            method(B::StrRsplit, s("a"), vec![s("")], vec![]),
            "ValueError: empty separator",
        ),
        // 'a'.split(',', sep=',') ; 'a b'.split(maxsplit=1, sep=None) ; 'a'.split(maxsplit=2**70)
        (
            method(B::StrSplit, s("a"), vec![s(",")], vec![("sep", s(","))]),
            "TypeError: argument for split() given by name ('sep') and position (1)",
        ),
        (
            method(
                B::StrSplit,
                s("a b c"),
                vec![],
                vec![("maxsplit", i(1)), ("sep", none.clone())],
            ),
            "['a', 'b c']",
        ),
        (
            method(B::StrSplit, s("a"), vec![], vec![("maxsplit", big())]),
            "OverflowError: Python int too large to convert to C ssize_t",
        ),
        // 'a\nb'.splitlines(keepends=True) ; 'a'.splitlines(1, 2) ; 'a'.splitlines(keepends=1.5)
        (
            method(
                B::StrSplitlines,
                s("a\nb"),
                vec![],
                vec![("keepends", Value::Bool(true))],
            ),
            "['a\\n', 'b']",
        ),
        (
            method(B::StrSplitlines, s("a"), vec![i(1), i(2)], vec![]),
            "TypeError: splitlines() takes at most 1 argument (2 given)",
        ),
        (
            method(B::StrSplitlines, s("a"), vec![], vec![("keepends", f(1.5))]),
            "TypeError: 'float' object cannot be interpreted as an integer",
        ),
        // 'a'.strip(1) ; 'a'.strip('a', 'b') ; 'a'.strip(chars='a') ; 'a'.lstrip(5)
        (
            method(B::StrStrip, s("a"), vec![i(1)], vec![]),
            "TypeError: strip arg must be None or str",
        ),
        (
            method(B::StrStrip, s("a"), vec![s("a"), s("b")], vec![]),
            "TypeError: strip expected at most 1 argument, got 2",
        ),
        (
            method(B::StrStrip, s("a"), vec![], vec![("chars", s("a"))]),
            "TypeError: str.strip() takes no keyword arguments",
        ),
        (
            method(B::StrLstrip, s("a"), vec![i(5)], vec![]),
            "TypeError: lstrip arg must be None or str",
        ),
        // 'a'.replace('a') ; 'a'.replace(1, 'b') ; 'a'.replace('a', 1) ; 'a'.replace('a', 'b', 1.0)
        (
            method(B::StrReplace, s("a"), vec![s("a")], vec![]),
            "TypeError: replace expected at least 2 arguments, got 1",
        ),
        (
            method(B::StrReplace, s("a"), vec![i(1), s("b")], vec![]),
            "TypeError: replace() argument 1 must be str, not int",
        ),
        (
            method(B::StrReplace, s("a"), vec![s("a"), i(1)], vec![]),
            "TypeError: replace() argument 2 must be str, not int",
        ),
        (
            method(B::StrReplace, s("a"), vec![s("a"), s("b"), f(1.0)], vec![]),
            "TypeError: 'float' object cannot be interpreted as an integer",
        ),
        // 'a'.find() ; 'a'.find(1) ; 'a'.find('a', 1.0) ; 'a'.find('a', 0, 1, 2) ; 'a'.find(sub='a')
        (
            method(B::StrFind, s("a"), vec![], vec![]),
            "TypeError: find() takes at least 1 argument (0 given)",
        ),
        (
            method(B::StrFind, s("a"), vec![i(1)], vec![]),
            "TypeError: must be str, not int",
        ),
        (
            method(B::StrFind, s("a"), vec![s("a"), f(1.0)], vec![]),
            "TypeError: slice indices must be integers or None or have an __index__ method",
        ),
        (
            method(B::StrFind, s("a"), vec![s("a"), i(0), i(1), i(2)], vec![]),
            "TypeError: find() takes at most 3 arguments (4 given)",
        ),
        (
            method(B::StrFind, s("a"), vec![], vec![("sub", s("a"))]),
            "TypeError: str.find() takes no keyword arguments",
        ),
        // 'a'.index('b') ; 'abc'.find('c', None, None) ; 'a'.find('a', 2**70) ; 'abc'.rindex('b', -2)
        (
            method(B::StrIndex, s("a"), vec![s("b")], vec![]),
            "ValueError: substring not found",
        ),
        (
            method(
                B::StrFind,
                s("abc"),
                vec![s("c"), none.clone(), none.clone()],
                vec![],
            ),
            "2",
        ),
        (
            method(B::StrFind, s("a"), vec![s("a"), big()], vec![]),
            "-1",
        ),
        (
            method(B::StrRindex, s("abc"), vec![s("b"), i(-2)], vec![]),
            "1",
        ),
        // 'a'.startswith(1) ; 'a'.startswith((1,)) ; 'a'.endswith(('a', 1)) ; 'a'.endswith(['a'])
        (
            method(B::StrStartswith, s("a"), vec![i(1)], vec![]),
            "TypeError: startswith first arg must be str or a tuple of str, not int",
        ),
        (
            method(
                B::StrStartswith,
                s("a"),
                vec![Value::tuple(vec![i(1)])],
                vec![],
            ),
            "TypeError: tuple for startswith must only contain str, not int",
        ),
        (
            method(
                B::StrEndswith,
                s("a"),
                vec![Value::tuple(vec![s("a"), i(1)])],
                vec![],
            ),
            "True",
        ),
        (
            method(
                B::StrEndswith,
                s("a"),
                vec![Value::list(vec![s("a")])],
                vec![],
            ),
            "TypeError: endswith first arg must be str or a tuple of str, not list",
        ),
        // 'a'.upper(1) ; 'a'.upper(x=1) ; str.upper(5)
        (
            method(B::StrUpper, s("a"), vec![i(1)], vec![]),
            "TypeError: str.upper() takes no arguments (1 given)",
        ),
        (
            method(B::StrUpper, s("a"), vec![], vec![("x", i(1))]),
            "TypeError: str.upper() takes no keyword arguments",
        ),
        (
            method(B::StrUpper, i(5), vec![], vec![]),
            "TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object",
        ),
        // '-'.join(['a', 2]) ; 'a'.join(1) ; 'a'.join() ; '-'.join(('x', 'y'))
        (
            method(
                B::StrJoin,
                s("-"),
                vec![Value::list(vec![s("a"), i(2)])],
                vec![],
            ),
            "TypeError: sequence item 1: expected str instance, int found",
        ),
        (
            method(B::StrJoin, s("a"), vec![i(1)], vec![]),
            "TypeError: can only join an iterable",
        ),
        (
            method(B::StrJoin, s("a"), vec![], vec![]),
            "TypeError: str.join() takes exactly one argument (0 given)",
        ),
        (
            method(
                B::StrJoin,
                s("-"),
                vec![Value::tuple(vec![s("x"), s("y")])],
                vec![],
            ),
            "'x-y'",
        ),
        // 'a'.partition('') ; 'a'.partition(1) ; 'a=b=c'.rpartition('=') ; 'abc'.partition('x')
        (
            method(B::StrPartition, s("a"), vec![s("")], vec![]),
            "ValueError: empty separator",
        ),
        (
            method(B::StrPartition, s("a"), vec![i(1)], vec![]),
            "TypeError: must be str, not int",
        ),
        (
            method(B::StrRpartition, s("a=b=c"), vec![s("=")], vec![]),
            "('a=b', '=', 'c')",
        ),
        (
            method(B::StrPartition, s("abc"), vec![s("x")], vec![]),
            "('abc', '', '')",
        ),
        // 'a'.zfill('a') ; 'a'.zfill(2**70) ; 'a'.center() ; 'a'.center(5, 'ab') ; 'a'.center(5, 1)
        (
            method(B::StrZfill, s("a"), vec![s("a")], vec![]),
            "TypeError: 'str' object cannot be interpreted as an integer",
        ),
        (
            method(B::StrZfill, s("a"), vec![big()], vec![]),
            "OverflowError: Python int too large to convert to C ssize_t",
        ),
        (
            method(B::StrCenter, s("a"), vec![], vec![]),
            "TypeError: center expected at least 1 argument, got 0",
        ),
        (
            method(B::StrCenter, s("a"), vec![i(5), s("ab")], vec![]),
            "TypeError: The fill character must be exactly one character long",
        ),
        (
            method(B::StrCenter, s("a"), vec![i(5), i(1)], vec![]),
            "TypeError: The fill character must be a unicode character, not int",
        ),
        // 'a'.expandtabs(2**70) ; 'a\tb'.expandtabs(tabsize=4) ; 'a'.removeprefix(1) ; 'abc'.removesuffix('c')
        (
            method(B::StrExpandtabs, s("a"), vec![big()], vec![]),
            "OverflowError: Python int too large to convert to C int",
        ),
        (
            method(B::StrExpandtabs, s("a\tb"), vec![], vec![("tabsize", i(4))]),
            "'a   b'",
        ),
        (
            method(B::StrRemoveprefix, s("a"), vec![i(1)], vec![]),
            "TypeError: removeprefix() argument must be str, not int",
        ),
        (
            method(B::StrRemovesuffix, s("abc"), vec![s("c")], vec![]),
            "'ab'",
        ),
        // 'a'.encode()
        (
            method(B::StrEncode, s("a"), vec![], vec![]),
            "NotImplementedError: mnpy does not support bytes",
        ),
    ];
    for (got, want) in cases {
        assert_eq!(got, want);
    }
}

#[test]
fn translate_matches_cpython() {
    use BuiltinFn as B;
    let class = Value::Obj(mnpy_runtime::TypeTag::Str.class());
    // str.maketrans('ab', 'xy', 'c') ; 'abcabd'.translate(str.maketrans('ab', 'xy', 'c'))
    let table = call(
        &mut MockInterp,
        B::StrMaketrans,
        Args::new(
            "maketrans",
            vec![class.clone(), s("ab"), s("xy"), s("c")],
            vec![],
        ),
    );
    let table = table.unwrap_or(Value::None);
    assert_eq!(
        method(B::StrTranslate, s("abcabd"), vec![table], vec![]),
        "'xyxyd'"
    );
    // 'abc'.translate({97: 'AA', 98: None, 99: 0x110000}) ; 'ab'.translate({97: 1.5})
    let map = dict(vec![
        (Value::Int(97), s("AA")),
        (Value::Int(98), Value::None),
    ]);
    assert_eq!(
        method(B::StrTranslate, s("abcb"), vec![map], vec![]),
        "'AAc'"
    );
    let bad = dict(vec![(Value::Int(97), Value::Int(0x110000))]);
    assert_eq!(
        method(B::StrTranslate, s("a"), vec![bad], vec![]),
        "ValueError: character mapping must be in range(0x110000)"
    );
    let bad = dict(vec![(Value::Int(97), Value::Float(1.5))]);
    assert_eq!(
        method(B::StrTranslate, s("a"), vec![bad], vec![]),
        "TypeError: character mapping must return integer, None or str"
    );
    // str.maketrans(1) ; str.maketrans({'ab': 'a'}) ; str.maketrans('ab', 'a') ; str.maketrans('ab', 1)
    let maketrans = |args: Vec<Value>| {
        let mut pos = vec![class.clone()];
        pos.extend(args);
        shown(call(
            &mut MockInterp,
            B::StrMaketrans,
            Args::new("maketrans", pos, vec![]),
        ))
    };
    assert_eq!(
        maketrans(vec![Value::Int(1)]),
        "TypeError: if you give only one argument to maketrans it must be a dict"
    );
    assert_eq!(
        maketrans(vec![dict(vec![(s("ab"), s("a"))])]),
        "ValueError: string keys in translate table must be of length 1"
    );
    assert_eq!(
        maketrans(vec![s("ab"), s("a")]),
        "ValueError: the first two maketrans arguments must have equal length"
    );
    assert_eq!(
        maketrans(vec![s("ab"), Value::Int(1)]),
        "TypeError: maketrans() argument 2 must be str, not int"
    );
    assert_eq!(
        maketrans(vec![Value::Int(1), s("a")]),
        "TypeError: first maketrans argument must be a string if there is a second argument"
    );
    assert_eq!(
        maketrans(vec![]),
        "TypeError: maketrans expected at least 1 argument, got 0"
    );
}
