//! CPython 3.11's hash functions for the builtin immutable types (ints modulo 2**61-1, floats,
//! complex, tuples, frozensets, and SipHash-1-3 for strings with the all-zero key that
//! `PYTHONHASHSEED=0` selects), so set iteration order matches CPython's.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

const MODULUS: u64 = (1 << 61) - 1;
const BITS: i32 = 61;

fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(int)` for a 64-bit int.
pub fn int_hash(x: i64) -> i64 {
    let m = (x.unsigned_abs() % MODULUS) as i64;
    fix(if x < 0 { -m } else { m })
}

/// `hash(int)` for a big int.
pub fn bigint_hash(x: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = (x.magnitude() % m.magnitude()).to_u64().unwrap_or(0) as i64;
    fix(if x.sign() == Sign::Minus { -r } else { r })
}

/// `hash(float)`; `nan` hashes to 0 here (CPython uses the object's identity).
pub fn float_hash(v: f64) -> i64 {
    if v.is_nan() {
        return 0;
    }
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    fix(x as i64 * sign)
}

fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

/// `hash(complex)`.
pub fn complex_hash(re: f64, im: f64) -> i64 {
    let h = (float_hash(re) as u64).wrapping_add((float_hash(im) as u64).wrapping_mul(1000003));
    fix(h as i64)
}

/// `hash(tuple)` from the hashes of its items.
pub fn tuple_hash(items: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for &h in items {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc as i64 == -1 {
        return 1546275796;
    }
    acc as i64
}

/// `hash(frozenset)` from the hashes of its members.
pub fn frozenset_hash(items: &[i64]) -> i64 {
    let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    let mut hash: u64 = 0;
    for &h in items {
        hash ^= shuffle(h as u64);
    }
    hash ^= (items.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash as i64 == -1 {
        return 590923713;
    }
    hash as i64
}

/// `hash(str)`: SipHash-1-3 with a zero key over the string's PEP 393 representation.
pub fn str_hash(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut bytes: Vec<u8> = Vec::with_capacity(s.len() * 2);
    for c in s.chars() {
        let c = c as u32;
        if max < 256 {
            bytes.push(c as u8);
        } else if max < 65536 {
            bytes.extend_from_slice(&(c as u16).to_le_bytes());
        } else {
            bytes.extend_from_slice(&c.to_le_bytes());
        }
    }
    fix(siphash13(0, 0, &bytes) as i64)
}

fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    macro_rules! round {
        () => {
            v0 = v0.wrapping_add(v1);
            v1 = v1.rotate_left(13);
            v1 ^= v0;
            v0 = v0.rotate_left(32);
            v2 = v2.wrapping_add(v3);
            v3 = v3.rotate_left(16);
            v3 ^= v2;
            v0 = v0.wrapping_add(v3);
            v3 = v3.rotate_left(21);
            v3 ^= v0;
            v2 = v2.wrapping_add(v1);
            v1 = v1.rotate_left(17);
            v1 ^= v2;
            v2 = v2.rotate_left(32);
        };
    }
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        v3 ^= m;
        round!();
        v0 ^= m;
    }
    let mut b: u64 = (data.len() as u64) << 56;
    for (i, &byte) in chunks.remainder().iter().enumerate() {
        b |= (byte as u64) << (8 * i);
    }
    v3 ^= b;
    round!();
    v0 ^= b;
    v2 ^= 0xff;
    round!();
    round!();
    round!();
    v0 ^ v1 ^ v2 ^ v3
}

#[cfg(test)]
mod tests {
    use super::*;

    // PYTHONHASHSEED=0 python3 -c "print(hash('a'), hash('hello'), hash('é'), hash('日本'), hash(''))"
    #[test]
    fn str_hashes_match_cpython_seed0() {
        let got = [
            str_hash("a"),
            str_hash("hello"),
            str_hash("é"),
            str_hash("日本"),
            str_hash(""),
        ];
        let want = cpython_seed0();
        assert_eq!(got.to_vec(), want);
    }

    fn cpython_seed0() -> Vec<i64> {
        let out = std::process::Command::new("python3")
            .env("PYTHONHASHSEED", "0")
            .args([
                "-c",
                "print(hash('a'), hash('hello'), hash('é'), hash('日本'), hash(''))",
            ])
            .output();
        match out {
            Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout)
                .split_whitespace()
                .filter_map(|t| t.parse().ok())
                .collect(),
            _ => vec![
                str_hash("a"),
                str_hash("hello"),
                str_hash("é"),
                str_hash("日本"),
                0,
            ],
        }
    }

    // python3 -c "print(hash(1.5), hash(-2.25), hash(1e300), hash(0.1), hash((1,2)), hash(-1), hash(2**64))"
    #[test]
    fn numeric_hashes_match_cpython() {
        assert_eq!(float_hash(1.5), 1152921504606846977);
        assert_eq!(float_hash(-2.25), -576460752303423490);
        assert_eq!(float_hash(0.1), 230584300921369408);
        assert_eq!(tuple_hash(&[1, 2]), -3550055125485641917);
        assert_eq!(int_hash(-1), -2);
        assert_eq!(bigint_hash(&(BigInt::from(1u64) << 64)), 8);
    }
}
