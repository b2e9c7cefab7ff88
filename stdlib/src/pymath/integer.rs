//! Integer functions of `math`: `gcd`, `lcm`, `factorial`, `comb`, `perm`, `isqrt`, over
//! arbitrary-precision `BigInt`s, with CPython's argument checks and messages.
//!
//! Results are exact integers, so only the checks must mirror CPython; the products are
//! computed with balanced product trees so big-number multiplication stays fast.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{MathError, MathResult, PyErrorKind};

/// `math.gcd(*integers)`: 0 for no arguments; always non-negative.
pub fn gcd(integers: &[BigInt]) -> BigInt {
    let mut result = BigInt::zero();
    for x in integers {
        if result.is_one() {
            break;
        }
        result = result.gcd(x);
    }
    result
}

/// `math.lcm(*integers)`: 1 for no arguments; always non-negative.
pub fn lcm(integers: &[BigInt]) -> BigInt {
    let Some((first, rest)) = integers.split_first() else {
        return BigInt::one();
    };
    let mut result = first.abs();
    for x in rest {
        if result.is_zero() {
            break;
        }
        if x.is_zero() {
            result = BigInt::zero();
            continue;
        }
        let g = result.gcd(x);
        result = (&result / &g * x).abs();
    }
    result
}

/// Product of the `count` consecutive integers `start, start+1, ..., start+count-1`.
fn range_product(start: &BigInt, count: u64) -> BigInt {
    if count == 0 {
        return BigInt::one();
    }
    if count <= 16 {
        let mut product = start.clone();
        let mut factor = start.clone();
        for _ in 1..count {
            factor += 1u32;
            product *= &factor;
        }
        return product;
    }
    let half = count / 2;
    let upper_start = start + half;
    range_product(start, half) * range_product(&upper_start, count - half)
}

/// The message CPython uses when an argument exceeds the C `long`/`long long` range.
fn too_large(what: &str) -> MathError {
    MathError::other(
        PyErrorKind::OverflowError,
        format!("{what} must not exceed {}", i64::MAX),
    )
}

/// `math.factorial(n)`: ValueError for negative n, OverflowError beyond the C long range.
pub fn factorial(n: &BigInt) -> MathResult<BigInt> {
    if n.is_negative() {
        return Err(MathError::other(
            PyErrorKind::ValueError,
            "factorial() not defined for negative values",
        ));
    }
    let Some(n) = n.to_i64() else {
        return Err(MathError::other(
            PyErrorKind::OverflowError,
            format!("factorial() argument should not exceed {}", i64::MAX),
        ));
    };
    if n < 2 {
        return Ok(BigInt::one());
    }
    Ok(range_product(&BigInt::from(2u32), n as u64 - 1))
}

/// Checks that n and k are non-negative, in CPython's order and wording.
fn check_non_negative(n: &BigInt, k: &BigInt) -> MathResult<()> {
    if n.sign() == Sign::Minus {
        return Err(MathError::other(
            PyErrorKind::ValueError,
            "n must be a non-negative integer",
        ));
    }
    if k.sign() == Sign::Minus {
        return Err(MathError::other(
            PyErrorKind::ValueError,
            "k must be a non-negative integer",
        ));
    }
    Ok(())
}

/// `math.comb(n, k)`: n! / (k! (n-k)!), 0 when k > n.
pub fn comb(n: &BigInt, k: &BigInt) -> MathResult<BigInt> {
    check_non_negative(n, k)?;
    if k > n {
        return Ok(BigInt::zero());
    }
    let complement = n - k;
    let k = if &complement < k { &complement } else { k };
    let Some(k) = k.to_u64().filter(|&k| k <= i64::MAX as u64) else {
        return Err(too_large("min(n - k, k)"));
    };
    if k == 0 {
        return Ok(BigInt::one());
    }
    let start = n - k + 1u32;
    let numerator = range_product(&start, k);
    let denominator = range_product(&BigInt::one(), k);
    Ok(numerator / denominator)
}

/// `math.perm(n, k)`: n! / (n-k)!, 0 when k > n; `k = None` gives `factorial(n)`.
pub fn perm(n: &BigInt, k: Option<&BigInt>) -> MathResult<BigInt> {
    let Some(k) = k else {
        return factorial(n);
    };
    check_non_negative(n, k)?;
    if n < k {
        return Ok(BigInt::zero());
    }
    let Some(k) = k.to_u64().filter(|&k| k <= i64::MAX as u64) else {
        return Err(too_large("k"));
    };
    let start = n - k + 1u32;
    Ok(range_product(&start, k))
}

/// `math.isqrt(n)`: the floor of the square root; ValueError for negative n.
pub fn isqrt(n: &BigInt) -> MathResult<BigInt> {
    if n.is_negative() {
        return Err(MathError::other(
            PyErrorKind::ValueError,
            "isqrt() argument must be nonnegative",
        ));
    }
    Ok(n.sqrt())
}
