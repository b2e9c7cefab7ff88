//! CPython 3.11's `random.Random` on the Mersenne Twister: seeding from an int, `random()`,
//! `getrandbits`, `_randbelow` and the integer and sequence methods built on it.
//!
//! Only int seeds are supported (`seed(n)` uses the little-endian 32-bit words of `abs(n)`).
//! CPython seeds from a str/bytes by appending its SHA-512 digest, and from a float by its
//! hash: a caller wanting those computes the int itself and passes its words. The real-valued
//! distributions (`gauss`, `normalvariate`, ...) are in the `distributions` submodule.

mod distributions;

use super::mt19937::MT_STATE_WORDS;
use super::{Mt19937, RandomError};

/// CPython's `random.Random`: a Mersenne Twister plus the cached second value of `gauss`.
#[derive(Clone, Debug)]
pub struct PyRandom {
    generator: Mt19937,
    gauss_next: Option<f64>,
}

/// Split a magnitude into little-endian 32-bit words, lowest first; `0` gives `[0]`.
pub fn magnitude_words(magnitude: u128) -> Vec<u32> {
    let mut words = Vec::new();
    let mut rest = magnitude;
    loop {
        words.push(rest as u32);
        rest >>= 32;
        if rest == 0 {
            return words;
        }
    }
}

impl PyRandom {
    /// A generator seeded as `random.Random(seed)`.
    pub fn from_seed(seed: i64) -> Self {
        let mut random = PyRandom {
            generator: Mt19937::new(0),
            gauss_next: None,
        };
        random.seed(seed);
        random
    }

    /// `random.seed(n)` for an int that fits in i64.
    pub fn seed(&mut self, seed: i64) {
        self.seed_magnitude_words(&magnitude_words(u128::from(seed.unsigned_abs())));
    }

    /// `random.seed(n)` for any int, given the little-endian 32-bit words of `abs(n)`
    /// (lowest word first). Zero words at the top are ignored, as CPython uses the minimal
    /// number of words.
    pub fn seed_magnitude_words(&mut self, words: &[u32]) {
        let used = words
            .iter()
            .rposition(|&word| word != 0)
            .map_or(1, |top| top + 1);
        let key: Vec<u32> = (0..used)
            .map(|i| words.get(i).copied().unwrap_or(0))
            .collect();
        self.generator.init_by_array(&key);
        self.gauss_next = None;
    }

    /// The underlying Mersenne Twister.
    pub fn generator(&self) -> &Mt19937 {
        &self.generator
    }

    /// `getstate()`: the 624 state words, the position (0..=624) and the cached `gauss` value.
    pub fn state(&self) -> (&[u32; MT_STATE_WORDS], usize, Option<f64>) {
        let (words, index) = self.generator.state();
        (words, index, self.gauss_next)
    }

    /// `setstate(...)` from the parts [`PyRandom::state`] returns.
    pub fn set_state(
        &mut self,
        words: &[u32],
        index: usize,
        gauss_next: Option<f64>,
    ) -> Result<(), RandomError> {
        self.generator.set_state(words, index)?;
        self.gauss_next = gauss_next;
        Ok(())
    }

    /// `random()`: a float in `[0, 1)` with 53 random bits.
    pub fn random(&mut self) -> f64 {
        self.generator.next_f64()
    }

    /// `getrandbits(k)` for `k <= 64`; a larger `k` is an error (use
    /// [`PyRandom::getrandbits_words`]).
    pub fn getrandbits(&mut self, k: u32) -> Result<u64, RandomError> {
        if k > 64 {
            return Err(RandomError::value(
                "getrandbits: more than 64 bits requested; use getrandbits_words",
            ));
        }
        Ok(self.getrandbits_u128(k) as u64)
    }

    /// `getrandbits(k)` for any `k`, as little-endian 32-bit words (lowest first) of the
    /// result; `k == 0` gives no words (the value 0). A `k` too large to allocate is a
    /// `MemoryError`.
    pub fn getrandbits_words(&mut self, k: u64) -> Result<Vec<u32>, RandomError> {
        let count = k.div_ceil(32);
        let mut words = Vec::new();
        usize::try_from(count)
            .ok()
            .and_then(|count| words.try_reserve_exact(count).ok())
            .ok_or_else(|| RandomError::memory(format!("getrandbits({k}): too many bits")))?;
        let mut remaining = k;
        while remaining > 0 {
            words.push(self.next_word(remaining));
            remaining = remaining.saturating_sub(32);
        }
        Ok(words)
    }

    /// The next word of a `getrandbits` result with `remaining` bits still to produce: a full
    /// output, or only its top `remaining` bits for the last, partial word.
    fn next_word(&mut self, remaining: u64) -> u32 {
        let word = self.generator.next_u32();
        if remaining < 32 {
            word >> (32 - remaining)
        } else {
            word
        }
    }

    /// `getrandbits(k)` for `k <= 128`, without allocating.
    fn getrandbits_u128(&mut self, k: u32) -> u128 {
        let mut value = 0u128;
        let mut remaining = u64::from(k.min(128));
        let mut shift = 0;
        while remaining > 0 {
            value |= u128::from(self.next_word(remaining)) << shift;
            shift += 32;
            remaining = remaining.saturating_sub(32);
        }
        value
    }

    /// `_randbelow(n)`: a uniform int in `[0, n)` by rejection on `getrandbits(n.bit_length())`.
    /// `n == 0` is an error (CPython would loop forever; no public method calls it so).
    pub fn randbelow(&mut self, n: u128) -> Result<u128, RandomError> {
        if n == 0 {
            return Err(RandomError::value("empty range for randrange()"));
        }
        let bits = 128 - n.leading_zeros();
        loop {
            let r = self.getrandbits_u128(bits);
            if r < n {
                return Ok(r);
            }
        }
    }

    /// `_randbelow(n)` for an int of any size, given and returned as little-endian 32-bit
    /// words (lowest first). `n` must be positive.
    pub fn randbelow_words(&mut self, n: &[u32]) -> Result<Vec<u32>, RandomError> {
        let Some(top) = n.iter().rposition(|&word| word != 0) else {
            return Err(RandomError::value("empty range for randrange()"));
        };
        let n = &n[..=top];
        let bits = 32 * top as u64 + u64::from(32 - n[top].leading_zeros());
        loop {
            let r = self.getrandbits_words(bits)?;
            // Compare r < n from the most significant word down; both have top + 1 words.
            let below = r.iter().rev().zip(n.iter().rev()).find(|(a, b)| a != b);
            if matches!(below, Some((a, b)) if a < b) {
                return Ok(r);
            }
        }
    }

    /// `randrange(start, stop, step)` (`stop = None` means `randrange(start)`), with CPython's
    /// error messages. The result lies in the range, so it always fits in i64.
    pub fn randrange(
        &mut self,
        start: i64,
        stop: Option<i64>,
        step: i64,
    ) -> Result<i64, RandomError> {
        let start = i128::from(start);
        let Some(stop) = stop else {
            if step != 1 {
                return Err(RandomError::type_error("Missing a non-None stop argument"));
            }
            if start > 0 {
                return Ok(self.randbelow(start as u128)? as i64);
            }
            return Err(RandomError::value("empty range for randrange()"));
        };
        let stop = i128::from(stop);
        let step = i128::from(step);
        let width = stop - start;
        if step == 1 {
            if width > 0 {
                return Ok((start + self.randbelow(width as u128)? as i128) as i64);
            }
            return Err(RandomError::value(format!(
                "empty range for randrange() ({start}, {stop}, {width})"
            )));
        }
        let count = match step {
            0 => return Err(RandomError::value("zero step for randrange()")),
            s if s > 0 => (width + s - 1).div_euclid(s),
            s => floor_div(width + s + 1, s),
        };
        if count <= 0 {
            return Err(RandomError::value("empty range for randrange()"));
        }
        Ok((start + step * self.randbelow(count as u128)? as i128) as i64)
    }

    /// `randint(a, b)`: `randrange(a, b + 1)`.
    pub fn randint(&mut self, low: i64, high: i64) -> Result<i64, RandomError> {
        let width = i128::from(high) + 1 - i128::from(low);
        if width > 0 {
            return Ok((i128::from(low) + self.randbelow(width as u128)? as i128) as i64);
        }
        Err(RandomError::value(format!(
            "empty range for randrange() ({low}, {}, {width})",
            i128::from(high) + 1
        )))
    }

    /// The index `choice(seq)` picks from a sequence of length `len`.
    pub fn choice_index(&mut self, len: usize) -> Result<usize, RandomError> {
        if len == 0 {
            return Err(RandomError::index("Cannot choose from an empty sequence"));
        }
        Ok(self.randbelow(len as u128)? as usize)
    }

    /// `shuffle(x)` in place: Fisher-Yates from the end with `_randbelow(i + 1)`.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        self.shuffle_with(items.len(), |i, j| items.swap(i, j));
    }

    /// `shuffle` of a sequence of length `len` through a swap callback, called for every
    /// `i` from `len - 1` down to 1 (also when `i == j`).
    pub fn shuffle_with(&mut self, len: usize, mut swap: impl FnMut(usize, usize)) {
        for i in (1..len).rev() {
            // i + 1 >= 2, so randbelow cannot fail.
            let j = self.randbelow(i as u128 + 1).unwrap_or(0) as usize;
            swap(i, j);
        }
    }

    /// The population indices `sample(population, k)` picks, in selection order, for a
    /// population of length `n`. Both branches of CPython's algorithm (pool list for small
    /// populations, selected-set otherwise) are reproduced.
    pub fn sample_indices(&mut self, n: usize, k: usize) -> Result<Vec<usize>, RandomError> {
        if k > n {
            return Err(RandomError::value(
                "Sample larger than population or is negative",
            ));
        }
        let mut set_size: u128 = 21;
        if k > 5 {
            let exponent = ((k as f64 * 3.0).ln() / 4f64.ln()).ceil() as u32;
            set_size = set_size.saturating_add(4u128.checked_pow(exponent).unwrap_or(u128::MAX));
        }
        let mut result = Vec::with_capacity(k);
        if n as u128 <= set_size {
            let mut pool: Vec<usize> = (0..n).collect();
            for i in 0..k {
                let j = self.randbelow((n - i) as u128)? as usize;
                result.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected = std::collections::HashSet::with_capacity(k);
            for _ in 0..k {
                let mut j = self.randbelow(n as u128)? as usize;
                while selected.contains(&j) {
                    j = self.randbelow(n as u128)? as usize;
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// The index `choices(population)` picks (no weights): `floor(random() * n)`. For an
    /// empty population this is 0, which the caller's indexing must reject (CPython raises
    /// the sequence's `IndexError` there).
    pub fn choices_index(&mut self, len: usize) -> usize {
        (self.random() * len as f64).floor() as usize
    }

    /// `randbytes(n)`: `getrandbits(8 * n)` as little-endian bytes.
    pub fn randbytes(&mut self, n: usize) -> Result<Vec<u8>, RandomError> {
        let bits = (n as u64)
            .checked_mul(8)
            .ok_or_else(|| RandomError::memory(format!("randbytes({n}): too many bytes")))?;
        let words = self.getrandbits_words(bits)?;
        let mut bytes: Vec<u8> = words.iter().flat_map(|word| word.to_le_bytes()).collect();
        bytes.truncate(n);
        Ok(bytes)
    }
}

/// Python's floor division for i128 (rounds toward negative infinity); `divisor != 0`.
fn floor_div(dividend: i128, divisor: i128) -> i128 {
    let quotient = dividend / divisor;
    if (dividend % divisor != 0) && ((dividend < 0) != (divisor < 0)) {
        quotient - 1
    } else {
        quotient
    }
}
