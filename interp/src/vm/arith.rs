//! Arithmetic: the allocation-free fast paths for int and float operands, the numeric tower
//! (bool, int, big int, float, complex) with Python's semantics and error messages, and the
//! dispatch to `__add__`/`__radd__`/`__iadd__` of user classes and to sequence operators.

use super::Vm;
use crate::bytecode::UnaryOp;
use mnpy_runtime::interp_api::{BinOp, Interp};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, Value};
use num_bigint::BigInt;
use num_complex::Complex64;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The inline path for `int op int` and `float op float` that cannot fail or allocate.
#[inline(always)]
pub fn fast_binary(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x, *y);
            match op {
                BinOp::Add => x.checked_add(y).map(Value::Int),
                BinOp::Sub => x.checked_sub(y).map(Value::Int),
                BinOp::Mul => x.checked_mul(y).map(Value::Int),
                BinOp::FloorDiv if y != 0 && !(x == i64::MIN && y == -1) => {
                    Some(Value::Int(Integer::div_floor(&x, &y)))
                }
                BinOp::Mod if y != 0 && !(x == i64::MIN && y == -1) => {
                    Some(Value::Int(Integer::mod_floor(&x, &y)))
                }
                BinOp::TrueDiv
                    if y != 0 && x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) =>
                {
                    Some(Value::Float(x as f64 / y as f64))
                }
                BinOp::And => Some(Value::Int(x & y)),
                BinOp::Or => Some(Value::Int(x | y)),
                BinOp::Xor => Some(Value::Int(x ^ y)),
                _ => None,
            }
        }
        (Value::Float(x), Value::Float(y)) => float_op(op, *x, *y),
        (Value::Float(x), Value::Int(y)) => float_op(op, *x, *y as f64),
        (Value::Int(x), Value::Float(y)) => float_op(op, *x as f64, *y),
        _ => None,
    }
}

#[inline]
fn float_op(op: BinOp, x: f64, y: f64) -> Option<Value> {
    match op {
        BinOp::Add => Some(Value::Float(x + y)),
        BinOp::Sub => Some(Value::Float(x - y)),
        BinOp::Mul => Some(Value::Float(x * y)),
        BinOp::TrueDiv if y != 0.0 => Some(Value::Float(x / y)),
        _ => None,
    }
}

/// A number of the builtin numeric tower.
#[derive(Clone)]
pub enum Num {
    /// int or bool (small).
    Int(i64),
    /// int (big).
    Big(BigInt),
    /// float
    Float(f64),
    /// complex
    Complex(Complex64),
}

/// The numeric view of a value, if it is a builtin number.
pub fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Obj(o) => match &**o {
            HeapObj::BigInt(b) => Some(Num::Big(b.clone())),
            HeapObj::Complex(c) => Some(Num::Complex(*c)),
            _ => None,
        },
        _ => None,
    }
}

fn big(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => b.clone(),
        _ => BigInt::zero(),
    }
}

/// Converts an int to float with CPython's overflow error.
pub fn int_to_f64(n: &Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => Ok(*i as f64),
        Num::Big(b) => {
            let f = mnpy_stdlib::pymath::bigint_to_f64(b);
            f.map_err(|_| PyErr::overflow("int too large to convert to float"))
        }
        Num::Float(f) => Ok(*f),
        Num::Complex(c) => Ok(c.re),
    }
}

fn to_complex(n: &Num) -> PyResult<Complex64> {
    Ok(match n {
        Num::Complex(c) => *c,
        other => Complex64::new(int_to_f64(other)?, 0.0),
    })
}

fn is_int(n: &Num) -> bool {
    matches!(n, Num::Int(_) | Num::Big(_))
}

/// `a op b` on builtin numbers; `None` when the operator does not apply to these types.
pub fn num_binary(op: BinOp, a: &Num, b: &Num) -> Option<PyResult<Value>> {
    if is_int(a) && is_int(b) {
        return int_binary(op, a, b);
    }
    if matches!(a, Num::Complex(_)) || matches!(b, Num::Complex(_)) {
        return complex_binary(op, a, b);
    }
    let x = match int_to_f64(a) {
        Ok(x) => x,
        Err(e) => return Some(Err(e)),
    };
    let y = match int_to_f64(b) {
        Ok(y) => y,
        Err(e) => return Some(Err(e)),
    };
    float_binary(op, x, y)
}

fn float_binary(op: BinOp, x: f64, y: f64) -> Option<PyResult<Value>> {
    Some(Ok(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Some(Err(PyErr::zero_div("float division by zero")));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Some(Err(PyErr::zero_div("float floor division by zero")));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Some(Err(PyErr::zero_div("float modulo")));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => return Some(float_pow(x, y)),
        _ => return None,
    })))
}

/// Python's float divmod (floor quotient, remainder with the divisor's sign).
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `float ** float` with CPython's special cases and errors.
pub fn float_pow(x: f64, y: f64) -> PyResult<Value> {
    if y == 0.0 {
        return Ok(Value::Float(1.0));
    }
    if x.is_nan() {
        return Ok(Value::Float(if y == 0.0 { 1.0 } else { x }));
    }
    if y.is_nan() {
        return Ok(Value::Float(if x == 1.0 { 1.0 } else { y }));
    }
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(PyErr::zero_div("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.floor() != y {
        // negative base, fractional exponent: complex result
        let c = Complex64::new(x, 0.0);
        return Ok(complex_value(complex_pow(c, Complex64::new(y, 0.0))?));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(PyErr::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(r))
}

fn complex_value(c: Complex64) -> Value {
    Value::obj(HeapObj::Complex(c))
}

fn complex_pow(a: Complex64, b: Complex64) -> PyResult<Complex64> {
    if b.re == 0.0 && b.im == 0.0 {
        return Ok(Complex64::new(1.0, 0.0));
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(PyErr::zero_div("0.0 to a negative or complex power"));
        }
        return Ok(Complex64::new(0.0, 0.0));
    }
    // integer exponents use repeated multiplication, as CPython does for |n| <= 100
    if b.im == 0.0 && b.re == b.re.trunc() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        let mut result = Complex64::new(1.0, 0.0);
        let mut base = a;
        let mut e = n.unsigned_abs();
        while e > 0 {
            if e & 1 == 1 {
                result *= base;
            }
            base *= base;
            e >>= 1;
        }
        if n < 0 {
            result = complex_div(Complex64::new(1.0, 0.0), result)?;
        }
        return Ok(result);
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    Ok(Complex64::new(len * phase.cos(), len * phase.sin()))
}

/// CPython's complex division algorithm.
pub fn complex_div(a: Complex64, b: Complex64) -> PyResult<Complex64> {
    let abs_breal = b.re.abs();
    let abs_bimag = b.im.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return Err(PyErr::zero_div("complex division by zero"));
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Ok(Complex64::new(
            (a.re + a.im * ratio) / denom,
            (a.im - a.re * ratio) / denom,
        ))
    } else if abs_bimag >= abs_breal {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Ok(Complex64::new(
            (a.re * ratio + a.im) / denom,
            (a.im * ratio - a.re) / denom,
        ))
    } else {
        Ok(Complex64::new(f64::NAN, f64::NAN))
    }
}

fn complex_binary(op: BinOp, a: &Num, b: &Num) -> Option<PyResult<Value>> {
    let x = match to_complex(a) {
        Ok(x) => x,
        Err(e) => return Some(Err(e)),
    };
    let y = match to_complex(b) {
        Ok(y) => y,
        Err(e) => return Some(Err(e)),
    };
    Some(match op {
        BinOp::Add => Ok(complex_value(x + y)),
        BinOp::Sub => Ok(complex_value(x - y)),
        BinOp::Mul => Ok(complex_value(Complex64::new(
            x.re * y.re - x.im * y.im,
            x.re * y.im + x.im * y.re,
        ))),
        BinOp::TrueDiv => complex_div(x, y).map(complex_value),
        BinOp::Pow => complex_pow(x, y).map(complex_value),
        _ => return None,
    })
}

fn int_binary(op: BinOp, a: &Num, b: &Num) -> Option<PyResult<Value>> {
    if let (Num::Int(x), Num::Int(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let fast = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::FloorDiv if y != 0 && !(x == i64::MIN && y == -1) => {
                Some(Integer::div_floor(&x, &y))
            }
            BinOp::Mod if y != 0 && !(x == i64::MIN && y == -1) => Some(Integer::mod_floor(&x, &y)),
            BinOp::And => Some(x & y),
            BinOp::Or => Some(x | y),
            BinOp::Xor => Some(x ^ y),
            _ => None,
        };
        if let Some(v) = fast {
            return Some(Ok(Value::Int(v)));
        }
    }
    let (x, y) = (big(a), big(b));
    Some(Ok(match op {
        BinOp::Add => Value::from_bigint(x + y),
        BinOp::Sub => Value::from_bigint(x - y),
        BinOp::Mul => Value::from_bigint(x * y),
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Some(Err(PyErr::zero_div("integer division or modulo by zero")));
            }
            Value::from_bigint(x.div_floor(&y))
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Some(Err(PyErr::zero_div("integer modulo by zero")));
            }
            Value::from_bigint(x.mod_floor(&y))
        }
        BinOp::TrueDiv => {
            if y.is_zero() {
                return Some(Err(PyErr::zero_div("division by zero")));
            }
            return Some(
                mnpy_stdlib::pymath::int_true_divide(&x, &y)
                    .map(Value::Float)
                    .map_err(|_| PyErr::overflow("integer division result too large for a float")),
            );
        }
        BinOp::Pow => return Some(int_pow(&x, &y)),
        BinOp::And => Value::from_bigint(x & y),
        BinOp::Or => Value::from_bigint(x | y),
        BinOp::Xor => Value::from_bigint(x ^ y),
        BinOp::LShift => {
            if y.is_negative() {
                return Some(Err(PyErr::value_error("negative shift count")));
            }
            let Some(s) = y.to_usize().filter(|&s| s < (1 << 32)) else {
                return Some(Err(PyErr::overflow("too many digits in integer")));
            };
            if x.is_zero() {
                Value::Int(0)
            } else {
                Value::from_bigint(x << s)
            }
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Some(Err(PyErr::value_error("negative shift count")));
            }
            let s = y.to_usize().unwrap_or(usize::MAX);
            if s > x.bits() as usize {
                Value::Int(if x.is_negative() { -1 } else { 0 })
            } else {
                Value::from_bigint(x >> s)
            }
        }
        BinOp::MatMul => return None,
    }))
}

fn int_pow(x: &BigInt, y: &BigInt) -> PyResult<Value> {
    if y.is_negative() {
        let xf = int_to_f64(&Num::Big(x.clone()))?;
        let yf = int_to_f64(&Num::Big(y.clone()))?;
        if xf == 0.0 {
            return Err(PyErr::zero_div("0.0 cannot be raised to a negative power"));
        }
        return float_pow(xf, yf);
    }
    if x.is_zero() || x.is_one() {
        return Ok(Value::from_bigint(if y.is_zero() {
            BigInt::one()
        } else {
            x.clone()
        }));
    }
    if *x == BigInt::from(-1) {
        return Ok(Value::Int(if y.is_even() { 1 } else { -1 }));
    }
    let Some(e) = y.to_u32() else {
        return Err(PyErr::overflow("exponent too large"));
    };
    if x.bits() * (e as u64) > 1 << 32 {
        return Err(PyErr::new(mnpy_runtime::TypeTag::MemoryError, ""));
    }
    Ok(Value::from_bigint(num_traits::pow(x.clone(), e as usize)))
}

impl Vm {
    /// `a op b` with the full protocol.
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        // the commonest slow case first, before the set, number and hook checks
        if op == BinOp::Add {
            if let (Some(x), Some(y)) = (a.as_str(), b.as_str()) {
                return Ok(concat_str(x, y));
            }
        }
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::And => return Ok(Value::Bool(*x & *y)),
                BinOp::Or => return Ok(Value::Bool(*x | *y)),
                BinOp::Xor => return Ok(Value::Bool(*x ^ *y)),
                _ => {}
            }
        }
        if let Some(r) = mnpy_stdlib::set_methods::set_operator(self, op, a, b)? {
            return Ok(r);
        }
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            if let Some(r) = num_binary(op, &x, &y) {
                return r;
            }
        }
        if let Some(r) = self.sequence_binary(op, a, b)? {
            return Ok(r);
        }
        if let Some(r) = mnpy_stdlib::binary_hook(self, op, a, b)? {
            return Ok(r);
        }
        if op == BinOp::Mul {
            let seq = |v: &Value| {
                matches!(
                    v.as_obj(),
                    Some(HeapObj::Str(_) | HeapObj::List(_) | HeapObj::Tuple(_))
                )
            };
            let other = if seq(a) {
                Some(b)
            } else if seq(b) {
                Some(a)
            } else {
                None
            };
            if let Some(o) = other {
                if !super::protocol::is_instance_obj(o) {
                    return Err(PyErr::type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        super::protocol::type_name(o)
                    )));
                }
            }
        }
        if let (BinOp::Add, Some(HeapObj::Str(_) | HeapObj::List(_) | HeapObj::Tuple(_))) =
            (op, a.as_obj())
        {
            if !super::protocol::is_instance_obj(b) || self.lookup_special(b, "__radd__").is_none()
            {
                let t = super::protocol::type_name(a);
                return Err(PyErr::type_error(format!(
                    "can only concatenate {} (not \"{}\") to {}",
                    t,
                    super::protocol::type_name(b),
                    t
                )));
            }
        }
        let (name, rname, _) = op.dunders();
        let a_user = super::protocol::is_instance_obj(a);
        let b_user = super::protocol::is_instance_obj(b);
        // a subclass on the right gets its reflected method first
        if b_user && a_user && super::protocol::is_strict_subclass_instance(b, a) {
            if let Some(m) = self.lookup_special(b, rname) {
                let r = self.call_value(&m, vec![b.clone(), a.clone()], vec![])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if a_user {
            if let Some(m) = self.lookup_special(a, name) {
                let r = self.call_value(&m, vec![a.clone(), b.clone()], vec![])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if b_user {
            if let Some(m) = self.lookup_special(b, rname) {
                let r = self.call_value(&m, vec![b.clone(), a.clone()], vec![])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if op == BinOp::Mul
            && matches!(
                b.as_obj(),
                Some(HeapObj::Str(_) | HeapObj::List(_) | HeapObj::Tuple(_))
            )
        {
            // CPython falls back to the sequence's repeat, which wants an int count
            return Err(PyErr::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                super::protocol::type_name(a)
            )));
        }
        Err(PyErr::type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            super::protocol::type_name(a),
            super::protocol::type_name(b)
        )))
    }

    /// `a op= b`: `__iadd__` first, lists extend in place, else the binary operator.
    pub(super) fn inplace(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (BinOp::Add, Some(HeapObj::List(l))) = (op, a.as_obj()) {
            let items = self.collect(b)?;
            l.borrow_mut().extend(items);
            return Ok(a.clone());
        }
        if let (BinOp::Mul, Some(HeapObj::List(_))) = (op, a.as_obj()) {
            let r = self.binary_op(op, a, b)?;
            if let (Some(HeapObj::List(l)), Some(HeapObj::List(r))) = (a.as_obj(), r.as_obj()) {
                let items = r.borrow().clone();
                *l.borrow_mut() = items;
            }
            return Ok(a.clone());
        }
        if let Some(HeapObj::Set(cell)) = a.as_obj() {
            if let Some(r) = mnpy_stdlib::set_methods::set_inplace_operator(self, op, a, b)? {
                // the same set object, with the table CPython would have built in place
                if let Some(t) = mnpy_stdlib::containers::set_snapshot(&r) {
                    *cell.borrow_mut() = t;
                }
                return Ok(a.clone());
            }
        }
        if let (BinOp::Or, Some(HeapObj::Dict(_)), Some(HeapObj::Dict(_))) =
            (op, a.as_obj(), b.as_obj())
        {
            mnpy_stdlib::containers::dict_update_from(self, a, b)?;
            return Ok(a.clone());
        }
        if let Some(r) = mnpy_stdlib::inplace_hook(self, op, a, b)? {
            return Ok(r);
        }
        if super::protocol::is_instance_obj(a) {
            let (_, _, iname) = op.dunders();
            if let Some(m) = self.lookup_special(a, iname) {
                let r = self.call_value(&m, vec![a.clone(), b.clone()], vec![])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        self.binary_op(op, a, b).map_err(|e| {
            // CPython names the augmented operator
            let sym = op.symbol();
            if e.matches(mnpy_runtime::TypeTag::TypeError) && op != BinOp::Pow {
                let msg = format!(
                    "unsupported operand type(s) for {}=: '{}' and '{}'",
                    sym,
                    super::protocol::type_name(a),
                    super::protocol::type_name(b)
                );
                let orig = format!(
                    "unsupported operand type(s) for {}: '{}' and '{}'",
                    sym,
                    super::protocol::type_name(a),
                    super::protocol::type_name(b)
                );
                if super::protocol::exc_message(&e) == orig {
                    return PyErr::type_error(msg);
                }
            }
            e
        })
    }

    /// Unary minus, plus and invert.
    pub(super) fn unary(&mut self, op: UnaryOp, a: &Value) -> PyResult<Value> {
        if let Some(n) = as_num(a) {
            return Ok(match (op, n) {
                (UnaryOp::Neg, Num::Int(i)) => match i.checked_neg() {
                    Some(v) => Value::Int(v),
                    None => Value::from_bigint(-BigInt::from(i)),
                },
                (UnaryOp::Neg, Num::Big(b)) => Value::from_bigint(-b),
                (UnaryOp::Neg, Num::Float(f)) => Value::Float(-f),
                (UnaryOp::Neg, Num::Complex(c)) => complex_value(-c),
                (UnaryOp::Pos, Num::Int(i)) => Value::Int(i),
                (UnaryOp::Pos, Num::Big(b)) => Value::from_bigint(b),
                (UnaryOp::Pos, Num::Float(f)) => Value::Float(f),
                (UnaryOp::Pos, Num::Complex(c)) => complex_value(c),
                (UnaryOp::Invert, Num::Int(i)) => Value::Int(!i),
                (UnaryOp::Invert, Num::Big(b)) => Value::from_bigint(-b - 1),
                (UnaryOp::Not, _) => Value::Bool(!self.truthy(a)?),
                (_, _) => {
                    return Err(PyErr::type_error(format!(
                        "bad operand type for unary ~: '{}'",
                        super::protocol::type_name(a)
                    )))
                }
            });
        }
        if let Some(r) = mnpy_stdlib::unary_hook(self, op as u8, a)? {
            return Ok(r);
        }
        let (dunder, sym) = match op {
            UnaryOp::Neg => ("__neg__", "-"),
            UnaryOp::Pos => ("__pos__", "+"),
            UnaryOp::Invert => ("__invert__", "~"),
            UnaryOp::Not => return Ok(Value::Bool(!self.truthy(a)?)),
        };
        if let Some(m) = self.lookup_special(a, dunder) {
            return self.call_value(&m, vec![a.clone()], vec![]);
        }
        Err(PyErr::type_error(format!(
            "bad operand type for unary {}: '{}'",
            sym,
            super::protocol::type_name(a)
        )))
    }

    /// `+` and `*` on sequences (str, list, tuple).
    fn sequence_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        match (op, a.as_obj(), b.as_obj()) {
            (BinOp::Add, Some(HeapObj::Str(x)), Some(HeapObj::Str(y))) => {
                Ok(Some(concat_str(x.as_str(), y.as_str())))
            }
            (BinOp::Add, Some(HeapObj::List(x)), Some(HeapObj::List(y))) => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Ok(Some(Value::list(v)))
            }
            (BinOp::Add, Some(HeapObj::Tuple(x)), Some(HeapObj::Tuple(y))) => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Ok(Some(Value::tuple(v)))
            }
            (BinOp::Mul, Some(_), _) if seq_repeatable(a) && b.is_int_like() => {
                self.repeat(a, b).map(Some)
            }
            (BinOp::Mul, _, Some(_)) if seq_repeatable(b) && a.is_int_like() => {
                self.repeat(b, a).map(Some)
            }
            (BinOp::Or, Some(HeapObj::Dict(x)), Some(HeapObj::Dict(_))) => {
                let d = Value::obj(HeapObj::Dict(std::cell::RefCell::new(x.borrow().clone())));
                mnpy_stdlib::containers::dict_update_from(self, &d, b)?;
                Ok(Some(d))
            }
            (BinOp::Mod, Some(HeapObj::Str(s)), _) => {
                let s = s.as_str().to_string();
                mnpy_stdlib::percent_format(self, &s, b).map(Some)
            }
            _ => Ok(None),
        }
    }

    fn repeat(&mut self, seq: &Value, n: &Value) -> PyResult<Value> {
        let count = match n.to_bigint().and_then(|b| b.to_i64()) {
            Some(c) => c.max(0) as usize,
            None => {
                return Err(PyErr::overflow(format!(
                    "cannot fit '{}' into an index-sized integer",
                    super::protocol::type_name(n)
                )))
            }
        };
        match seq.as_obj() {
            Some(HeapObj::Str(s)) => {
                if s.as_str().len().saturating_mul(count) > 1 << 32 {
                    return Err(PyErr::new(mnpy_runtime::TypeTag::MemoryError, ""));
                }
                Ok(Value::string(s.as_str().repeat(count)))
            }
            Some(HeapObj::List(l)) => {
                let items = l.borrow();
                if items.len().saturating_mul(count) > 1 << 30 {
                    return Err(PyErr::new(mnpy_runtime::TypeTag::MemoryError, ""));
                }
                let mut out = Vec::with_capacity(items.len() * count);
                for _ in 0..count {
                    out.extend(items.iter().cloned());
                }
                Ok(Value::list(out))
            }
            Some(HeapObj::Tuple(t)) => {
                if t.len().saturating_mul(count) > 1 << 30 {
                    return Err(PyErr::new(mnpy_runtime::TypeTag::MemoryError, ""));
                }
                let mut out = Vec::with_capacity(t.len() * count);
                for _ in 0..count {
                    out.extend(t.iter().cloned());
                }
                Ok(Value::tuple(out))
            }
            _ => Err(PyErr::type_error("can't multiply sequence")),
        }
    }
}

fn seq_repeatable(v: &Value) -> bool {
    matches!(
        v.as_obj(),
        Some(HeapObj::Str(_) | HeapObj::List(_) | HeapObj::Tuple(_))
    )
}

/// `x + y` of two strs.
fn concat_str(x: &str, y: &str) -> Value {
    let mut joined = String::with_capacity(x.len() + y.len());
    joined.push_str(x);
    joined.push_str(y);
    Value::string(joined)
}
