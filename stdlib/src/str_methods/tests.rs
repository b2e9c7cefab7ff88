//! Unit tests of the str methods against values obtained from CPython 3.11 (the python3
//! one-liners are next to each table; `CASES`, `FINDS`, ... stand for the table's inputs).

use super::case::*;
use super::layout::{expandtabs, pad, zfill, Justify};
use super::search::{count, find, replace, tail_match};
use super::split::{rsplit_whitespace, split_on, split_whitespace, splitlines, strip, StripSide};

/// `(s, sub, start, end, (find, rfind, count, startswith, endswith))`.
type FindCase = (
    &'static str,
    &'static str,
    Option<i64>,
    Option<i64>,
    (i64, i64, i64, bool, bool),
);

/// `(s, sep, maxsplit, split, rsplit)`.
type SplitCase = (
    &'static str,
    &'static str,
    i64,
    &'static [&'static str],
    &'static [&'static str],
);

#[test]
fn case_conversions_match_cpython() {
    // python3 -c "print(repr([(s.upper(), s.lower(), s.casefold(), s.capitalize(), s.title(), s.swapcase()) for s in CASES]))"
    let cases: &[(&str, [&str; 6])] = &[
        (
            "hello World",
            [
                "HELLO WORLD",
                "hello world",
                "hello world",
                "Hello world",
                "Hello World",
                "HELLO wORLD",
            ],
        ),
        (
            "\u{df} stra\u{df}e",
            [
                "SS STRASSE",
                "\u{df} stra\u{df}e",
                "ss strasse",
                "Ss stra\u{df}e",
                "Ss Stra\u{df}e",
                "SS STRASSE",
            ],
        ),
        (
            "\u{1c6}emal \u{1c5}",
            [
                "\u{1c4}EMAL \u{1c4}",
                "\u{1c6}emal \u{1c6}",
                "\u{1c6}emal \u{1c6}",
                "\u{1c5}emal \u{1c6}",
                "\u{1c5}emal \u{1c5}",
                "\u{1c4}EMAL \u{1c5}",
            ],
        ),
        (
            "\u{3a3}\u{391}\u{3a3} \u{39f}\u{394}\u{39f}\u{3a3}",
            [
                "\u{3a3}\u{391}\u{3a3} \u{39f}\u{394}\u{39f}\u{3a3}",
                "\u{3c3}\u{3b1}\u{3c2} \u{3bf}\u{3b4}\u{3bf}\u{3c2}",
                "\u{3c3}\u{3b1}\u{3c3} \u{3bf}\u{3b4}\u{3bf}\u{3c3}",
                "\u{3a3}\u{3b1}\u{3c2} \u{3bf}\u{3b4}\u{3bf}\u{3c2}",
                "\u{3a3}\u{3b1}\u{3c2} \u{39f}\u{3b4}\u{3bf}\u{3c2}",
                "\u{3c3}\u{3b1}\u{3c2} \u{3bf}\u{3b4}\u{3bf}\u{3c2}",
            ],
        ),
        (
            "\u{fb01}re \u{fb02}y",
            [
                "FIRE FLY",
                "\u{fb01}re \u{fb02}y",
                "fire fly",
                "Fire \u{fb02}y",
                "Fire Fly",
                "FIRE FLY",
            ],
        ),
        (
            "\u{130}stanbul",
            [
                "\u{130}STANBUL",
                "i\u{307}stanbul",
                "i\u{307}stanbul",
                "\u{130}stanbul",
                "\u{130}stanbul",
                "i\u{307}STANBUL",
            ],
        ),
        (
            "\u{10d0} \u{10d1}",
            [
                "\u{1c90} \u{1c91}",
                "\u{10d0} \u{10d1}",
                "\u{10d0} \u{10d1}",
                "\u{10d0} \u{10d1}",
                "\u{10d0} \u{10d1}",
                "\u{1c90} \u{1c91}",
            ],
        ),
        (
            "\u{13a0}\u{ab70}",
            [
                "\u{13a0}\u{13a0}",
                "\u{ab70}\u{ab70}",
                "\u{13a0}\u{13a0}",
                "\u{13a0}\u{ab70}",
                "\u{13a0}\u{ab70}",
                "\u{ab70}\u{13a0}",
            ],
        ),
        (
            "aBc DeF1 x-y",
            [
                "ABC DEF1 X-Y",
                "abc def1 x-y",
                "abc def1 x-y",
                "Abc def1 x-y",
                "Abc Def1 X-Y",
                "AbC dEf1 X-Y",
            ],
        ),
        (
            "\u{38c}\u{3a3}\u{39f}\u{3a3}.",
            [
                "\u{38c}\u{3a3}\u{39f}\u{3a3}.",
                "\u{3cc}\u{3c3}\u{3bf}\u{3c2}.",
                "\u{3cc}\u{3c3}\u{3bf}\u{3c3}.",
                "\u{38c}\u{3c3}\u{3bf}\u{3c2}.",
                "\u{38c}\u{3c3}\u{3bf}\u{3c2}.",
                "\u{3cc}\u{3c3}\u{3bf}\u{3c2}.",
            ],
        ),
        ("", ["", "", "", "", "", ""]),
        (
            "\u{149}",
            [
                "\u{2bc}N", "\u{149}", "\u{2bc}n", "\u{2bc}N", "\u{2bc}N", "\u{2bc}N",
            ],
        ),
        (
            "\u{1fb3} \u{1fbc}",
            [
                "\u{391}\u{399} \u{391}\u{399}",
                "\u{1fb3} \u{1fb3}",
                "\u{3b1}\u{3b9} \u{3b1}\u{3b9}",
                "\u{1fbc} \u{1fb3}",
                "\u{1fbc} \u{1fbc}",
                "\u{391}\u{399} \u{1fbc}",
            ],
        ),
        (
            "123abc ABC",
            [
                "123ABC ABC",
                "123abc abc",
                "123abc abc",
                "123abc abc",
                "123Abc Abc",
                "123ABC abc",
            ],
        ),
    ];
    for (s, expected) in cases {
        let got = [
            upper(s),
            lower(s),
            casefold(s),
            capitalize(s),
            title(s),
            swapcase(s),
        ];
        assert_eq!(got, expected.map(String::from), "{s:?}");
    }
}

#[test]
fn predicates_match_cpython() {
    // python3 -c "print([(s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()) for s in PREDS])"
    let preds: &[(&str, [bool; 12])] = &[
        (
            "",
            [
                false, false, false, false, false, false, false, false, false, false, true, true,
            ],
        ),
        (
            "abc",
            [
                true, true, false, false, false, false, false, true, false, true, true, true,
            ],
        ),
        (
            "ABC",
            [
                true, true, false, false, false, false, true, false, false, true, true, true,
            ],
        ),
        (
            "Abc",
            [
                true, true, false, false, false, false, false, false, true, true, true, true,
            ],
        ),
        (
            "Abc Def",
            [
                false, false, false, false, false, false, false, false, true, false, true, true,
            ],
        ),
        (
            "ABC def",
            [
                false, false, false, false, false, false, false, false, false, false, true, true,
            ],
        ),
        (
            "\u{1c5}",
            [
                true, true, false, false, false, false, false, false, true, true, true, false,
            ],
        ),
        (
            "\u{1c5}a",
            [
                true, true, false, false, false, false, false, false, true, true, true, false,
            ],
        ),
        (
            "123",
            [
                false, true, true, true, true, false, false, false, false, false, true, true,
            ],
        ),
        (
            "\u{661}\u{662}\u{663}",
            [
                false, true, true, true, true, false, false, false, false, false, true, false,
            ],
        ),
        (
            "\u{bd}",
            [
                false, true, false, false, true, false, false, false, false, false, true, false,
            ],
        ),
        (
            "\u{b2}",
            [
                false, true, false, true, true, false, false, false, false, false, true, false,
            ],
        ),
        (
            "\u{4e00}",
            [
                true, true, false, false, true, false, false, false, false, true, true, false,
            ],
        ),
        (
            "\u{216b}",
            [
                false, true, false, false, true, false, true, false, true, true, true, false,
            ],
        ),
        (
            "a1",
            [
                false, true, false, false, false, false, false, true, false, true, true, true,
            ],
        ),
        (
            "  \u{9}",
            [
                false, false, false, false, false, true, false, false, false, false, false, true,
            ],
        ),
        (
            "\u{1c}",
            [
                false, false, false, false, false, true, false, false, false, false, false, true,
            ],
        ),
        (
            "\u{85}",
            [
                false, false, false, false, false, true, false, false, false, false, false, false,
            ],
        ),
        (
            " ",
            [
                false, false, false, false, false, true, false, false, false, false, true, true,
            ],
        ),
        (
            "_a1",
            [
                false, false, false, false, false, false, false, true, false, true, true, true,
            ],
        ),
        (
            "1a",
            [
                false, true, false, false, false, false, false, true, false, false, true, true,
            ],
        ),
        (
            "\u{e9}t\u{e9}",
            [
                true, true, false, false, false, false, false, true, false, true, true, false,
            ],
        ),
        (
            "a-b",
            [
                false, false, false, false, false, false, false, true, false, false, true, true,
            ],
        ),
        (
            "\u{345}",
            [
                false, false, false, false, false, false, false, true, false, false, true, false,
            ],
        ),
        (
            "\u{3a3}",
            [
                true, true, false, false, false, false, true, false, true, true, true, false,
            ],
        ),
        (
            "x\u{301}",
            [
                false, false, false, false, false, false, false, true, false, true, true, false,
            ],
        ),
        (
            "\u{2160}",
            [
                false, true, false, false, true, false, true, false, true, true, true, false,
            ],
        ),
        (
            "\u{7f}",
            [
                false, false, false, false, false, false, false, false, false, false, false, true,
            ],
        ),
        (
            "\u{e9}\u{200b}",
            [
                false, false, false, false, false, false, false, true, false, false, false, false,
            ],
        ),
    ];
    for (s, expected) in preds {
        let got = [
            isalpha(s),
            isalnum(s),
            isdecimal(s),
            isdigit(s),
            isnumeric(s),
            isspace(s),
            isupper(s),
            islower(s),
            istitle(s),
            isidentifier(s),
            isprintable(s),
            isascii(s),
        ];
        assert_eq!(&got, expected, "{s:?}");
    }
}

#[test]
fn finds_match_cpython() {
    // python3 -c "print([(s.find(t, a, b), s.rfind(t, a, b), s.count(t, a, b), s.startswith(t, a, b), s.endswith(t, a, b)) for s, t, a, b in FINDS])"
    let finds: &[FindCase] = &[
        ("hello world", "o", None, None, (4, 7, 2, false, false)),
        ("hello world", "o", Some(5), None, (7, 7, 1, false, false)),
        ("hello world", "o", Some(-4), None, (7, 7, 1, true, false)),
        ("hello world", "", Some(3), None, (3, 11, 9, true, true)),
        ("abc", "", Some(5), None, (-1, -1, 0, false, false)),
        ("abc", "", Some(3), None, (3, 3, 1, true, true)),
        (
            "h\u{e9}llo w\u{f6}rld",
            "\u{f6}",
            None,
            None,
            (7, 7, 1, false, false),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "l",
            Some(3),
            Some(-2),
            (3, 3, 1, true, false),
        ),
        ("aaaa", "aa", None, None, (0, 2, 2, true, true)),
        ("abc", "c", Some(0), Some(-1), (-1, -1, 0, false, false)),
        ("abc", "abc", Some(-100), Some(100), (0, 0, 1, true, true)),
        (
            "\u{65e5}\u{672c}\u{8a9e}\u{65e5}\u{672c}",
            "\u{672c}",
            Some(2),
            None,
            (4, 4, 1, false, true),
        ),
    ];
    for &(s, sub, start, end, expected) in finds {
        let got = (
            find(s, sub, start, end, false),
            find(s, sub, start, end, true),
            count(s, sub, start, end),
            tail_match(s, sub, start, end, false),
            tail_match(s, sub, start, end, true),
        );
        assert_eq!(got, expected, "{s:?} {sub:?} {start:?} {end:?}");
    }
}

#[test]
fn replaces_match_cpython() {
    // python3 -c "print([s.replace(o, n, c) for s, o, n, c in REPS])"
    let reps: &[(&str, &str, &str, i64, &str)] = &[
        ("abcabc", "b", "XY", -1, "aXYcaXYc"),
        ("abcabc", "b", "", 1, "acabc"),
        ("abc", "", "-", -1, "-a-b-c-"),
        ("abc", "", "-", 2, "-a-bc"),
        ("", "", "x", -1, "x"),
        ("", "", "x", 5, "x"),
        ("abc", "", "", -1, "abc"),
        ("abc", "b", "x", 0, "abc"),
        ("\u{e9}\u{e9}\u{e9}", "\u{e9}", "e", 2, "ee\u{e9}"),
        ("aaa", "aa", "b", -1, "ba"),
    ];
    for &(s, old, new, n, expected) in reps {
        assert_eq!(
            replace(s, old, new, n),
            expected,
            "{s:?} {old:?} {new:?} {n}"
        );
    }
}

#[test]
fn split_whitespace_match_cpython() {
    // python3 -c "print([(s.split(None, m), s.rsplit(None, m)) for s, m in SPLITS])"
    let splits: &[(&str, i64, &[&str], &[&str])] = &[
        ("  a b  c  ", -1, &["a", "b", "c"], &["a", "b", "c"]),
        ("  a b  c  ", 1, &["a", "b  c  "], &["  a b", "c"]),
        ("  a b  c  ", 0, &["a b  c  "], &["  a b  c"]),
        ("", -1, &[], &[]),
        ("   ", 0, &[], &[]),
        (
            "a\u{3000}b\u{1c}c\u{85}d",
            -1,
            &["a", "b", "c", "d"],
            &["a", "b", "c", "d"],
        ),
        ("x  ", 1, &["x"], &["x"]),
    ];
    for &(s, maxsplit, expected, expected_r) in splits {
        assert_eq!(split_whitespace(s, maxsplit), expected, "{s:?} {maxsplit}");
        assert_eq!(
            rsplit_whitespace(s, maxsplit),
            expected_r,
            "{s:?} {maxsplit}"
        );
    }
}

#[test]
fn split_on_match_cpython() {
    // python3 -c "print([(s.split(p, m), s.rsplit(p, m)) for s, p, m in SPLITS])"
    let seps: &[SplitCase] = &[
        (
            "a,b,,c",
            ",",
            -1,
            &["a", "b", "", "c"],
            &["a", "b", "", "c"],
        ),
        ("a,b,,c", ",", 1, &["a", "b,,c"], &["a,b,", "c"]),
        ("aaa", "aa", -1, &["", "a"], &["a", ""]),
        (",", ",", -1, &["", ""], &["", ""]),
        ("a::b::c", "::", 1, &["a", "b::c"], &["a::b", "c"]),
        (
            "\u{e9}t\u{e9}",
            "t",
            -1,
            &["\u{e9}", "\u{e9}"],
            &["\u{e9}", "\u{e9}"],
        ),
    ];
    for &(s, sep, maxsplit, expected, expected_r) in seps {
        assert_eq!(
            split_on(s, sep, maxsplit, false),
            expected,
            "{s:?} {sep:?} {maxsplit}"
        );
        assert_eq!(
            split_on(s, sep, maxsplit, true),
            expected_r,
            "{s:?} {sep:?} {maxsplit}"
        );
    }
}

#[test]
fn splitlines_match_cpython() {
    // python3 -c "print([(s.splitlines(), s.splitlines(True)) for s in LINES])"
    let lines: &[(&str, &[&str], &[&str])] = &[
        (
            "a\u{a}b\u{d}\u{a}c\u{d}d\u{b}e\u{c}f\u{1c}g\u{1d}h\u{1e}i\u{85}j\u{2028}k\u{2029}l",
            &["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"],
            &[
                "a\u{a}",
                "b\u{d}\u{a}",
                "c\u{d}",
                "d\u{b}",
                "e\u{c}",
                "f\u{1c}",
                "g\u{1d}",
                "h\u{1e}",
                "i\u{85}",
                "j\u{2028}",
                "k\u{2029}",
                "l",
            ],
        ),
        ("x\u{a}", &["x"], &["x\u{a}"]),
        ("\u{a}\u{a}", &["", ""], &["\u{a}", "\u{a}"]),
        ("", &[], &[]),
        ("abc", &["abc"], &["abc"]),
        ("\u{d}\u{a}\u{d}", &["", ""], &["\u{d}\u{a}", "\u{d}"]),
    ];
    for &(s, expected, expected_keep) in lines {
        assert_eq!(splitlines(s, false), expected, "{s:?}");
        assert_eq!(splitlines(s, true), expected_keep, "{s:?}");
    }
}

#[test]
fn strip_match_cpython() {
    // python3 -c "print([(s.strip(c), s.lstrip(c), s.rstrip(c)) for s, c in STRIPS])"
    let strips: &[(&str, Option<&str>, [&str; 3])] = &[
        ("  abc \u{9}\u{a}", None, ["abc", "abc \u{9}\u{a}", "  abc"]),
        ("xxabcxyx", Some("xy"), ["abc", "abcxyx", "xxabc"]),
        ("\u{1c}abc\u{1f}", None, ["abc", "abc\u{1f}", "\u{1c}abc"]),
        ("\u{a0}a\u{3000}", None, ["a", "a\u{3000}", "\u{a0}a"]),
        ("aaa", Some("a"), ["", "", ""]),
        ("abc", Some(""), ["abc", "abc", "abc"]),
    ];
    for &(s, chars, expected) in strips {
        let got = [
            strip(s, chars, StripSide::Both),
            strip(s, chars, StripSide::Left),
            strip(s, chars, StripSide::Right),
        ];
        assert_eq!(got, expected, "{s:?} {chars:?}");
    }
}

#[test]
fn pad_match_cpython() {
    // python3 -c "print([(s.center(w, f), s.ljust(w, f), s.rjust(w, f)) for s, w, f in PADS])"
    let pads: &[(&str, i64, char, [&str; 3])] = &[
        ("abc", 7, '*', ["**abc**", "abc****", "****abc"]),
        ("abc", 8, '*', ["**abc***", "abc*****", "*****abc"]),
        ("ab", 7, '-', ["---ab--", "ab-----", "-----ab"]),
        ("ab", 8, '-', ["---ab---", "ab------", "------ab"]),
        (
            "\u{e9}",
            4,
            '\u{e9}',
            [
                "\u{e9}\u{e9}\u{e9}\u{e9}",
                "\u{e9}\u{e9}\u{e9}\u{e9}",
                "\u{e9}\u{e9}\u{e9}\u{e9}",
            ],
        ),
        ("abc", 2, 'x', ["abc", "abc", "abc"]),
        ("abc", -1, 'x', ["abc", "abc", "abc"]),
    ];
    for &(s, width, fill, expected) in pads {
        let len = s.chars().count();
        let got = [Justify::Center, Justify::Left, Justify::Right].map(|j| {
            pad(s, len, width, fill, j)
                .ok()
                .flatten()
                .unwrap_or_else(|| s.to_string())
        });
        assert_eq!(got, expected.map(String::from), "{s:?} {width}");
    }
}

#[test]
fn zfill_match_cpython() {
    // python3 -c "print([s.zfill(w) for s, w in ZFILLS])"
    let zfills: &[(&str, i64, &str)] = &[
        ("42", 5, "00042"),
        ("-42", 5, "-0042"),
        ("+42", 5, "+0042"),
        ("", 3, "000"),
        ("abc", 2, "abc"),
        ("-", 3, "-00"),
        ("\u{e9}", 3, "00\u{e9}"),
    ];
    for &(s, width, expected) in zfills {
        let got = zfill(s, s.chars().count(), width)
            .ok()
            .flatten()
            .unwrap_or_else(|| s.to_string());
        assert_eq!(got, expected, "{s:?} {width}");
    }
}

#[test]
fn expandtabs_match_cpython() {
    // python3 -c "print([s.expandtabs(t) for s, t in TABS])"
    let tabs: &[(&str, i64, &str)] = &[
        ("a\u{9}b", 8, "a       b"),
        ("ab\u{9}c\u{9}d", 4, "ab  c   d"),
        ("a\u{a}b\u{9}c", 4, "a\u{a}b   c"),
        ("\u{9}", 0, ""),
        ("a\u{d}\u{9}b", 3, "a\u{d}   b"),
        ("\u{e9}\u{9}x", 2, "\u{e9} x"),
        ("a\u{9}b", -3, "ab"),
    ];
    for &(s, tabsize, expected) in tabs {
        assert_eq!(
            expandtabs(s, tabsize).ok().as_deref(),
            Some(expected),
            "{s:?} {tabsize}"
        );
    }
}
