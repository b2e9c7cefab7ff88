//! A small unsigned big integer, just enough for exact Dragon4 digit generation.
//!
//! Numbers are little-endian `u32` limbs with no trailing zero limbs, so equal values have equal
//! representations and comparison is by length first.

use std::cmp::Ordering;

/// An arbitrary-precision unsigned integer (little-endian base-2^32 limbs, normalised).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct BigUint {
    limbs: Vec<u32>,
}

impl BigUint {
    /// The value `v`.
    pub(crate) fn from_u64(v: u64) -> Self {
        let mut n = BigUint {
            limbs: vec![v as u32, (v >> 32) as u32],
        };
        n.normalise();
        n
    }

    /// The value `2^exp`.
    pub(crate) fn pow2(exp: u32) -> Self {
        let mut n = BigUint::from_u64(1);
        n.shl_assign(exp);
        n
    }

    fn normalise(&mut self) {
        while self.limbs.last() == Some(&0) {
            self.limbs.pop();
        }
    }

    /// True when the value is zero.
    pub(crate) fn is_zero(&self) -> bool {
        self.limbs.is_empty()
    }

    /// `self <<= bits`.
    pub(crate) fn shl_assign(&mut self, bits: u32) {
        if self.is_zero() {
            return;
        }
        let whole = (bits / 32) as usize;
        let part = bits % 32;
        if part != 0 {
            let mut carry = 0u32;
            for limb in &mut self.limbs {
                let next = *limb >> (32 - part);
                *limb = (*limb << part) | carry;
                carry = next;
            }
            if carry != 0 {
                self.limbs.push(carry);
            }
        }
        if whole != 0 {
            self.limbs.splice(0..0, std::iter::repeat_n(0, whole));
        }
    }

    /// `self *= m`.
    pub(crate) fn mul_small_assign(&mut self, m: u32) {
        let mut carry = 0u64;
        for limb in &mut self.limbs {
            let prod = u64::from(*limb) * u64::from(m) + carry;
            *limb = prod as u32;
            carry = prod >> 32;
        }
        if carry != 0 {
            self.limbs.push(carry as u32);
        }
        self.normalise();
    }

    /// `self *= 10^exp`.
    pub(crate) fn mul_pow10_assign(&mut self, mut exp: u32) {
        const TEN_POW_9: u32 = 1_000_000_000;
        while exp >= 9 {
            self.mul_small_assign(TEN_POW_9);
            exp -= 9;
        }
        if exp > 0 {
            self.mul_small_assign(10u32.pow(exp));
        }
    }

    /// `self + other`.
    pub(crate) fn add(&self, other: &BigUint) -> BigUint {
        let (long, short) = if self.limbs.len() >= other.limbs.len() {
            (self, other)
        } else {
            (other, self)
        };
        let mut limbs = Vec::with_capacity(long.limbs.len() + 1);
        let mut carry = 0u64;
        for (i, &l) in long.limbs.iter().enumerate() {
            let sum = u64::from(l) + u64::from(short.limbs.get(i).copied().unwrap_or(0)) + carry;
            limbs.push(sum as u32);
            carry = sum >> 32;
        }
        if carry != 0 {
            limbs.push(carry as u32);
        }
        BigUint { limbs }
    }

    /// `self -= other`, saturating at zero (callers only subtract smaller values).
    fn sub_assign(&mut self, other: &BigUint) {
        if Ord::cmp(&*self, other) != Ordering::Greater {
            self.limbs.clear();
            return;
        }
        let mut borrow = 0i64;
        for (i, limb) in self.limbs.iter_mut().enumerate() {
            let diff =
                i64::from(*limb) - i64::from(other.limbs.get(i).copied().unwrap_or(0)) - borrow;
            if diff < 0 {
                *limb = (diff + (1i64 << 32)) as u32;
                borrow = 1;
            } else {
                *limb = diff as u32;
                borrow = 0;
            }
        }
        self.normalise();
    }

    /// Divides `self` by `divisor` when the quotient is known to be small (a decimal digit):
    /// returns the quotient and leaves the remainder in `self`.
    pub(crate) fn div_rem_small_quotient(&mut self, divisor: &BigUint) -> u32 {
        if divisor.is_zero() {
            return 0;
        }
        let mut quotient = 0;
        while Ord::cmp(&*self, divisor) != Ordering::Less {
            self.sub_assign(divisor);
            quotient += 1;
        }
        quotient
    }
}

impl Ord for BigUint {
    fn cmp(&self, other: &Self) -> Ordering {
        self.limbs
            .len()
            .cmp(&other.limbs.len())
            .then_with(|| self.limbs.iter().rev().cmp(other.limbs.iter().rev()))
    }
}

impl PartialOrd for BigUint {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic_matches_u128() {
        // 123456789012345 * 10^7 = 1234567890123450000000 = 66 * 2^64 + 17082781258619593344
        let mut a = BigUint::from_u64(123_456_789_012_345);
        a.mul_pow10_assign(7);
        let mut expected = BigUint::from_u64(66);
        expected.shl_assign(64);
        assert_eq!(
            a,
            expected.add(&BigUint::from_u64(17_082_781_258_619_593_344))
        );
        let mut b = BigUint::from_u64(95);
        let q = b.div_rem_small_quotient(&BigUint::from_u64(10));
        assert_eq!((q, b), (9, BigUint::from_u64(5)));
        let mut ten_pow_30 = BigUint::from_u64(1);
        ten_pow_30.mul_pow10_assign(30);
        assert!(BigUint::pow2(100) > ten_pow_30);
        ten_pow_30.mul_small_assign(10);
        assert!(BigUint::pow2(100) < ten_pow_30);
        assert!(BigUint::from_u64(0).is_zero());
    }
}
