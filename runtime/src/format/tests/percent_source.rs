//! A [`PercentSource`] over a few plain test values, standing in for the interpreter's.

use super::super::{complex_repr, float_repr, float_to_int, str_repr, FormatError, PercentSource};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// A Python value as the test data describes it.
#[derive(Clone, Debug)]
pub(super) enum TestValue {
    Int(BigInt),
    Float(f64),
    Str(String),
    Bool(bool),
    None,
    Complex(f64, f64),
    Dict(Vec<(String, TestValue)>),
}

impl TestValue {
    fn type_name(&self) -> &'static str {
        match self {
            TestValue::Int(_) => "int",
            TestValue::Float(_) => "float",
            TestValue::Str(_) => "str",
            TestValue::Bool(_) => "bool",
            TestValue::None => "NoneType",
            TestValue::Complex(..) => "complex",
            TestValue::Dict(_) => "dict",
        }
    }

    fn repr(&self) -> String {
        match self {
            TestValue::Str(s) => str_repr(s),
            TestValue::Dict(items) => {
                let parts: Vec<String> = items
                    .iter()
                    .map(|(k, v)| format!("{}: {}", str_repr(k), v.repr()))
                    .collect();
                format!("{{{}}}", parts.join(", "))
            }
            other => other.str(),
        }
    }

    fn str(&self) -> String {
        match self {
            TestValue::Int(i) => i.to_string(),
            TestValue::Float(x) => float_repr(*x),
            TestValue::Str(s) => s.clone(),
            TestValue::Bool(b) => String::from(if *b { "True" } else { "False" }),
            TestValue::None => String::from("None"),
            TestValue::Complex(re, im) => complex_repr(*re, *im),
            TestValue::Dict(_) => self.repr(),
        }
    }

    fn exact_int(&self) -> Option<BigInt> {
        match self {
            TestValue::Int(i) => Some(i.clone()),
            TestValue::Bool(b) => Some(BigInt::from(u8::from(*b))),
            _ => None,
        }
    }
}

/// The right operand of `%`: a tuple, a single value, or a dict.
pub(super) struct TestSource {
    pub positional: Vec<TestValue>,
    pub next: usize,
    pub mapping: Option<Vec<(String, TestValue)>>,
}

impl PercentSource for TestSource {
    type Arg = TestValue;

    fn next_arg(&mut self) -> Option<TestValue> {
        let value = self.positional.get(self.next).cloned();
        self.next += 1;
        value
    }

    fn has_unused_args(&self) -> bool {
        self.next < self.positional.len()
    }

    fn is_mapping(&self) -> bool {
        self.mapping.is_some()
    }

    fn mapping_arg(&mut self, key: &str) -> Result<TestValue, FormatError> {
        let items = self
            .mapping
            .as_ref()
            .ok_or_else(|| FormatError::type_error("format requires a mapping"))?;
        items
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| FormatError {
                kind: super::super::ErrorKind::KeyError,
                message: str_repr(key),
            })
    }

    fn type_name(&self, arg: &TestValue) -> String {
        arg.type_name().to_string()
    }

    fn str_of(&mut self, arg: &TestValue) -> Result<String, FormatError> {
        Ok(arg.str())
    }

    fn repr_of(&mut self, arg: &TestValue) -> Result<String, FormatError> {
        Ok(arg.repr())
    }

    fn as_str(&self, arg: &TestValue) -> Option<String> {
        match arg {
            TestValue::Str(s) => Some(s.clone()),
            _ => None,
        }
    }

    fn as_exact_int(&self, arg: &TestValue) -> Option<BigInt> {
        arg.exact_int()
    }

    fn index_of(&mut self, arg: &TestValue) -> Result<Option<BigInt>, FormatError> {
        Ok(arg.exact_int())
    }

    fn int_of(&mut self, arg: &TestValue) -> Result<Option<BigInt>, FormatError> {
        match arg {
            TestValue::Float(x) => float_to_int(*x).map(Some),
            other => Ok(other.exact_int()),
        }
    }

    fn float_of(&mut self, arg: &TestValue) -> Result<Option<f64>, FormatError> {
        match arg {
            TestValue::Float(x) => Ok(Some(*x)),
            other => match other.exact_int() {
                Some(i) => match i.to_f64().filter(|x| x.is_finite()) {
                    Some(x) => Ok(Some(x)),
                    None => Err(FormatError::overflow("int too large to convert to float")),
                },
                None => Ok(None),
            },
        }
    }
}
