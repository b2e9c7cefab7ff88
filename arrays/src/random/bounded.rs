//! NumPy's bounded integer samplers (`distributions.c`): uniform integers in a closed range
//! `[off, off + rng]`, by masked rejection (legacy `RandomState`) or by Lemire's
//! multiply-shift rejection (`Generator`), plus `random_interval` used by every shuffle.
//!
//! Which raw draw is used depends on the width of the range: ranges that fit in 32 bits take
//! 32-bit draws (which for PCG64 means half of a buffered 64-bit output), wider ranges take
//! 64-bit draws. The exact choice matters for stream compatibility and follows NumPy.

use super::{BitSource, RandomError};

/// The smallest all-ones mask covering `max` (`gen_mask`).
pub fn gen_mask(max: u64) -> u64 {
    let mut mask = max;
    mask |= mask >> 1;
    mask |= mask >> 2;
    mask |= mask >> 4;
    mask |= mask >> 8;
    mask |= mask >> 16;
    mask |= mask >> 32;
    mask
}

/// A uniform integer in `[0, max]` by masked rejection (`random_interval`), drawing 32 bits
/// when `max` fits in 32 bits. This is the draw behind `shuffle` and `permutation`.
pub fn random_interval<B: BitSource + ?Sized>(source: &mut B, max: u64) -> u64 {
    if max == 0 {
        return 0;
    }
    let mask = gen_mask(max);
    if max <= u64::from(u32::MAX) {
        loop {
            let value = u64::from(source.next_u32()) & mask;
            if value <= max {
                return value;
            }
        }
    } else {
        loop {
            let value = source.next_u64() & mask;
            if value <= max {
                return value;
            }
        }
    }
}

/// Masked rejection on 32-bit draws (`buffered_bounded_masked_uint32`).
fn bounded_masked_u32<B: BitSource + ?Sized>(source: &mut B, rng: u32, mask: u32) -> u32 {
    loop {
        let value = source.next_u32() & mask;
        if value <= rng {
            return value;
        }
    }
}

/// Lemire's rejection on 32-bit draws (`buffered_bounded_lemire_uint32`); `rng < u32::MAX`.
fn bounded_lemire_u32<B: BitSource + ?Sized>(source: &mut B, rng: u32) -> u32 {
    let rng_excl = rng.wrapping_add(1);
    let mut product = u64::from(source.next_u32()) * u64::from(rng_excl);
    let mut leftover = product as u32;
    if leftover < rng_excl {
        let threshold = (u32::MAX - rng) % rng_excl;
        while leftover < threshold {
            product = u64::from(source.next_u32()) * u64::from(rng_excl);
            leftover = product as u32;
        }
    }
    (product >> 32) as u32
}

/// Masked rejection on 64-bit draws (`bounded_masked_uint64`).
fn bounded_masked_u64<B: BitSource + ?Sized>(source: &mut B, rng: u64, mask: u64) -> u64 {
    loop {
        let value = source.next_u64() & mask;
        if value <= rng {
            return value;
        }
    }
}

/// Lemire's rejection on 64-bit draws (`bounded_lemire_uint64`); `rng < u64::MAX`.
fn bounded_lemire_u64<B: BitSource + ?Sized>(source: &mut B, rng: u64) -> u64 {
    let rng_excl = rng.wrapping_add(1);
    let mut product = u128::from(source.next_u64()) * u128::from(rng_excl);
    let mut leftover = product as u64;
    if leftover < rng_excl {
        let threshold = (u64::MAX - rng) % rng_excl;
        while leftover < threshold {
            product = u128::from(source.next_u64()) * u128::from(rng_excl);
            leftover = product as u64;
        }
    }
    (product >> 64) as u64
}

/// Fill `out` with uniform integers in `[off, off + rng]` (wrapping), exactly as NumPy's
/// `random_bounded_uint64_fill`; `use_masked` picks masked rejection (legacy) over Lemire's.
pub fn bounded_u64_fill<B: BitSource + ?Sized>(
    source: &mut B,
    off: u64,
    rng: u64,
    use_masked: bool,
    out: &mut [u64],
) {
    if rng == 0 {
        out.fill(off);
    } else if rng <= u64::from(u32::MAX) {
        let rng32 = rng as u32;
        if rng32 == u32::MAX {
            for slot in out.iter_mut() {
                *slot = off.wrapping_add(u64::from(source.next_u32()));
            }
        } else if use_masked {
            let mask = gen_mask(rng) as u32;
            for slot in out.iter_mut() {
                *slot = off.wrapping_add(u64::from(bounded_masked_u32(source, rng32, mask)));
            }
        } else {
            for slot in out.iter_mut() {
                *slot = off.wrapping_add(u64::from(bounded_lemire_u32(source, rng32)));
            }
        }
    } else if rng == u64::MAX {
        for slot in out.iter_mut() {
            *slot = off.wrapping_add(source.next_u64());
        }
    } else if use_masked {
        let mask = gen_mask(rng);
        for slot in out.iter_mut() {
            *slot = off.wrapping_add(bounded_masked_u64(source, rng, mask));
        }
    } else {
        for slot in out.iter_mut() {
            *slot = off.wrapping_add(bounded_lemire_u64(source, rng));
        }
    }
}

/// One uniform integer in `[off, off + rng]` (wrapping), as NumPy's `random_bounded_uint64`.
pub fn bounded_u64<B: BitSource + ?Sized>(
    source: &mut B,
    off: u64,
    rng: u64,
    use_masked: bool,
) -> u64 {
    let mut out = [0u64; 1];
    bounded_u64_fill(source, off, rng, use_masked, &mut out);
    out[0]
}

/// Validate `[low, high)` (or `[low, high]` when `closed`) for an int64 result and return the
/// `(off, rng)` pair of the closed range, with NumPy's `_rand_int64` messages.
pub fn int64_range(low: i128, high: i128, closed: bool) -> Result<(u64, u64), RandomError> {
    let high = if closed { high } else { high.saturating_sub(1) };
    if low < i128::from(i64::MIN) {
        return Err(RandomError::value("low is out of bounds for int64"));
    }
    if high > i128::from(i64::MAX) {
        return Err(RandomError::value("high is out of bounds for int64"));
    }
    if low > high {
        let message = match (low == 0, closed) {
            (true, true) => "high < 0",
            (true, false) => "high <= 0",
            (false, true) => "low > high",
            (false, false) => "low >= high",
        };
        return Err(RandomError::value(message));
    }
    // Both ends fit in i64 here, so the difference fits in u64 and low in i64.
    let rng = (high - low) as u64;
    let off = low as i64 as u64;
    Ok((off, rng))
}

/// Fill `out` with int64 values uniform in `[low, high)` (`[low, high]` when `closed`), as
/// NumPy's scalar-bounds `_rand_int64` does. An empty `out` returns early without checking
/// the bounds, as NumPy does for a zero-size request.
pub fn int64_fill<B: BitSource + ?Sized>(
    source: &mut B,
    low: i128,
    high: i128,
    closed: bool,
    use_masked: bool,
    out: &mut [i64],
) -> Result<(), RandomError> {
    if out.is_empty() {
        return Ok(());
    }
    let (off, rng) = int64_range(low, high, closed)?;
    let mut raw = [0u64; 256];
    for chunk in out.chunks_mut(raw.len()) {
        let raw = &mut raw[..chunk.len()];
        bounded_u64_fill(source, off, rng, use_masked, raw);
        for (slot, &value) in chunk.iter_mut().zip(raw.iter()) {
            *slot = value as i64;
        }
    }
    Ok(())
}

/// Fisher-Yates from the end as NumPy's shuffles do: for `i` from `n - 1` down to `first`,
/// swap `i` with `random_interval(i)`. `swap(i, j)` is called even when `i == j`.
pub fn shuffle_from_end<B: BitSource + ?Sized>(
    source: &mut B,
    n: usize,
    first: usize,
    mut swap: impl FnMut(usize, usize),
) {
    for i in (first.max(1)..n).rev() {
        let j = random_interval(source, i as u64) as usize;
        swap(i, j);
    }
}
