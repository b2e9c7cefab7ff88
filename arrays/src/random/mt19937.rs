//! The 32-bit Mersenne Twister MT19937 (Matsumoto & Nishimura, 1998): the core generator of
//! both CPython's `random` module and NumPy's legacy `RandomState`.
//!
//! Written from the published algorithm: a 624-word state regenerated in one block ("twist")
//! every 624 outputs, each output tempered by four shift-and-mask steps. `init_genrand` fills
//! the state from one word by a linear recurrence; `init_by_array` mixes a key of any length
//! into it, which is how CPython seeds from an int.

use super::{BitSource, RandomError};

/// Number of 32-bit words in the MT19937 state.
pub const MT_STATE_WORDS: usize = 624;
/// Offset of the middle word used by the twist.
const MIDDLE_WORD: usize = 397;
/// The twist matrix's constant row.
const MATRIX_A: u32 = 0x9908_b0df;
/// Most significant bit of a word.
const UPPER_MASK: u32 = 0x8000_0000;
/// Least significant 31 bits of a word.
const LOWER_MASK: u32 = 0x7fff_ffff;

/// A Mersenne Twister generator: 624 words of state and the index of the next word to temper.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mt19937 {
    state: [u32; MT_STATE_WORDS],
    index: usize,
}

impl Mt19937 {
    /// A generator seeded with `init_genrand(seed)` (NumPy's `mt19937_seed`).
    pub fn new(seed: u32) -> Self {
        let mut generator = Mt19937 {
            state: [0; MT_STATE_WORDS],
            index: MT_STATE_WORDS,
        };
        generator.init_genrand(seed);
        generator
    }

    /// A generator seeded with `init_by_array(key)`.
    pub fn from_key(key: &[u32]) -> Self {
        let mut generator = Mt19937::new(0);
        generator.init_by_array(key);
        generator
    }

    /// Reference `init_genrand`: fill the state from a single 32-bit seed.
    pub fn init_genrand(&mut self, seed: u32) {
        self.state[0] = seed;
        for i in 1..MT_STATE_WORDS {
            let previous = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(previous ^ (previous >> 30))
                .wrapping_add(i as u32);
        }
        self.index = MT_STATE_WORDS;
    }

    /// Reference `init_by_array`: mix a key of 32-bit words into the state.
    ///
    /// An empty key is treated as `[0]` (CPython always passes at least one word).
    pub fn init_by_array(&mut self, key: &[u32]) {
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        self.init_genrand(19_650_218);
        let mut i = 1usize;
        let mut j = 0usize;
        for _ in 0..MT_STATE_WORDS.max(key.len()) {
            let previous = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (previous ^ (previous >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= MT_STATE_WORDS {
                self.state[0] = self.state[MT_STATE_WORDS - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..MT_STATE_WORDS - 1 {
            let previous = self.state[i - 1];
            self.state[i] = (self.state[i]
                ^ (previous ^ (previous >> 30)).wrapping_mul(1_566_083_941))
            .wrapping_sub(i as u32);
            i += 1;
            if i >= MT_STATE_WORDS {
                self.state[0] = self.state[MT_STATE_WORDS - 1];
                i = 1;
            }
        }
        self.state[0] = UPPER_MASK;
        self.index = MT_STATE_WORDS;
    }

    /// Regenerate all 624 words of state (the "twist").
    fn twist(&mut self) {
        for i in 0..MT_STATE_WORDS {
            let joined =
                (self.state[i] & UPPER_MASK) | (self.state[(i + 1) % MT_STATE_WORDS] & LOWER_MASK);
            let mut next = self.state[(i + MIDDLE_WORD) % MT_STATE_WORDS] ^ (joined >> 1);
            if joined & 1 != 0 {
                next ^= MATRIX_A;
            }
            self.state[i] = next;
        }
        self.index = 0;
    }

    /// The next tempered 32-bit output (`genrand_uint32`).
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= MT_STATE_WORDS {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A double in `[0, 1)` with 53 random bits from two outputs: `(a >> 5, b >> 6)`, as both
    /// CPython's `random()` and NumPy's `mt19937_next_double` build it.
    pub fn next_f64(&mut self) -> f64 {
        let high = self.next_u32() >> 5;
        let low = self.next_u32() >> 6;
        (f64::from(high) * 67_108_864.0 + f64::from(low)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// The 624 state words and the position of the next word to use (0..=624), as
    /// `random.getstate()[1]` and NumPy's `get_state()` report them.
    pub fn state(&self) -> (&[u32; MT_STATE_WORDS], usize) {
        (&self.state, self.index)
    }

    /// Restore a state saved by [`Mt19937::state`].
    ///
    /// Fails with CPython's `ValueError("state vector is the wrong size")` when `words` is not
    /// 624 long and `ValueError("invalid state")` when `index` is above 624.
    pub fn set_state(&mut self, words: &[u32], index: usize) -> Result<(), RandomError> {
        if words.len() != MT_STATE_WORDS {
            return Err(RandomError::value("state vector is the wrong size"));
        }
        if index > MT_STATE_WORDS {
            return Err(RandomError::value("invalid state"));
        }
        self.state.copy_from_slice(words);
        self.index = index;
        Ok(())
    }
}

/// MT19937 as NumPy's `MT19937` bit generator sees it: 64-bit draws put the first 32-bit
/// output in the high half.
impl BitSource for Mt19937 {
    fn next_u32(&mut self) -> u32 {
        Mt19937::next_u32(self)
    }

    fn next_u64(&mut self) -> u64 {
        let high = u64::from(Mt19937::next_u32(self));
        let low = u64::from(Mt19937::next_u32(self));
        (high << 32) | low
    }

    fn next_f64(&mut self) -> f64 {
        Mt19937::next_f64(self)
    }
}
