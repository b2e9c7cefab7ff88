//! Binding call arguments to the parameters of a function written in Python in CPython's
//! library (`random.randint`, `functools.wraps`, ...), with the messages a Python function
//! raises: `missing 1 required positional argument: 'b'`, `takes 3 positional arguments but 4
//! were given` (counting `self` for methods), `got multiple values for argument 'a'`.

use crate::args::Args;
use mnpy_runtime::{PyErr, PyResult, Value};

/// The signature of a Python-level function.
pub struct Signature {
    /// The name in messages (`Random.randint`).
    pub name: &'static str,
    /// Positional-or-keyword parameters, in order.
    pub params: &'static [&'static str],
    /// How many of `params` are required (the rest have defaults).
    pub required: usize,
    /// Keyword-only parameters (all optional).
    pub kwonly: &'static [&'static str],
    /// True for bound methods, whose counts include `self`.
    pub is_method: bool,
}

/// Quotes and joins names as CPython does: `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn join_names(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

impl Signature {
    /// Binds `a`: one slot per positional parameter, then one per keyword-only parameter.
    pub fn bind(&self, mut a: Args) -> PyResult<Vec<Option<Value>>> {
        let offset = self.is_method as usize;
        let given = a.pos.len();
        if given > self.params.len() {
            let total = self.params.len() + offset;
            let takes = if self.required == self.params.len() {
                format!(
                    "{} positional argument{}",
                    total,
                    if total == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "from {} to {} positional arguments",
                    self.required + offset,
                    total
                )
            };
            return Err(PyErr::type_error(format!(
                "{}() takes {} but {} {} given",
                self.name,
                takes,
                given + offset,
                if given + offset == 1 { "was" } else { "were" }
            )));
        }
        let mut slots: Vec<Option<Value>> = a.pos.drain(..).map(Some).collect();
        slots.resize(self.params.len() + self.kwonly.len(), None);
        for (name, value) in std::mem::take(&mut a.kw) {
            let index = self
                .params
                .iter()
                .chain(self.kwonly.iter())
                .position(|p| **p == *name)
                .ok_or_else(|| {
                    PyErr::type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        self.name, name
                    ))
                })?;
            if slots[index].is_some() {
                return Err(PyErr::type_error(format!(
                    "{}() got multiple values for argument '{}'",
                    self.name, name
                )));
            }
            slots[index] = Some(value);
        }
        let missing: Vec<&str> = (0..self.required)
            .filter(|&i| slots[i].is_none())
            .map(|i| self.params[i])
            .collect();
        if !missing.is_empty() {
            return Err(PyErr::type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                self.name,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
        Ok(slots)
    }
}
