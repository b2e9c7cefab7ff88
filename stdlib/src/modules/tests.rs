//! Unit tests of the native modules, run through a small mock interpreter ([`mock`]). Expected
//! values come from CPython 3.11; the one-liner that produced each is in a comment.

mod binding;
mod calls;
mod mock;

use mnpy_runtime::PyResult;

/// `expect` for the tests' results and options (`PyErr` has no `Debug`): panics with the
/// exception message.
trait Must<T> {
    fn must(self, what: &str) -> T;
}

impl<T> Must<T> for PyResult<T> {
    fn must(self, what: &str) -> T {
        match self {
            Ok(v) => v,
            Err(e) => panic!("{}: {}", what, binding::message(e)),
        }
    }
}

impl<T> Must<T> for Option<T> {
    fn must(self, what: &str) -> T {
        match self {
            Some(v) => v,
            None => panic!("{}: missing", what),
        }
    }
}
