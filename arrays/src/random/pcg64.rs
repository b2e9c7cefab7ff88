//! NumPy's `PCG64` bit generator: O'Neill's PCG with a 128-bit LCG state (standard 128-bit
//! multiplier, odd increment) and the XSL-RR output (xor the halves, rotate by the top six
//! bits). 32-bit draws hand out the low then the high half of one 64-bit output, as NumPy's
//! `pcg64_next32` buffers them.

use super::{BitSource, SeedSequence};

/// The standard 128-bit PCG multiplier.
const MULTIPLIER: u128 = 0x2360_ed05_1fc6_5da4_4385_df64_9fcc_f645;

/// A PCG64 generator: LCG state and increment plus the buffered upper half of the last
/// 64-bit output used for a 32-bit draw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pcg64 {
    state: u128,
    increment: u128,
    buffered_u32: Option<u32>,
}

/// PCG64's state as `bit_generator.state` reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pcg64State {
    /// The 128-bit LCG state.
    pub state: u128,
    /// The (odd) 128-bit increment.
    pub increment: u128,
    /// The buffered upper half of a 64-bit output (`has_uint32`, `uinteger`).
    pub buffered_u32: Option<u32>,
}

impl Pcg64 {
    /// `pcg64_set_seed(seed, inc)`: increment `(inc << 1) | 1`, then the state is stepped,
    /// advanced by `seed` and stepped again.
    pub fn new(seed: u128, sequence: u128) -> Self {
        let mut generator = Pcg64 {
            state: 0,
            increment: (sequence << 1) | 1,
            buffered_u32: None,
        };
        generator.step();
        generator.state = generator.state.wrapping_add(seed);
        generator.step();
        generator
    }

    /// `PCG64(seed_sequence)`: four 64-bit words of `generate_state`, the first two (high,
    /// low) the seed, the last two the sequence.
    pub fn from_seed_sequence(seed_sequence: &SeedSequence) -> Self {
        let words = seed_sequence.generate_state_u64(4);
        let seed = (u128::from(words[0]) << 64) | u128::from(words[1]);
        let sequence = (u128::from(words[2]) << 64) | u128::from(words[3]);
        Pcg64::new(seed, sequence)
    }

    /// `PCG64(n)` for a non-negative int seed.
    pub fn from_int(seed: u128) -> Self {
        Pcg64::from_seed_sequence(&SeedSequence::from_int(seed))
    }

    /// Advance the LCG by one step.
    fn step(&mut self) {
        self.state = self
            .state
            .wrapping_mul(MULTIPLIER)
            .wrapping_add(self.increment);
    }

    /// The next 64-bit output: step, then XSL-RR of the new state.
    pub fn next_u64(&mut self) -> u64 {
        self.step();
        let folded = ((self.state >> 64) as u64) ^ (self.state as u64);
        folded.rotate_right((self.state >> 122) as u32)
    }

    /// The next 32-bit output: the buffered upper half if any, else the lower half of a fresh
    /// 64-bit output (keeping its upper half).
    pub fn next_u32(&mut self) -> u32 {
        if let Some(buffered) = self.buffered_u32.take() {
            return buffered;
        }
        let next = self.next_u64();
        self.buffered_u32 = Some((next >> 32) as u32);
        next as u32
    }

    /// A double in `[0, 1)`: the top 53 bits of a 64-bit output.
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `advance(delta)`: jump ahead by `delta` steps in O(log delta) (Brown's LCG jump),
    /// clearing the 32-bit buffer as NumPy does.
    pub fn advance(&mut self, delta: u128) {
        let mut multiplier = MULTIPLIER;
        let mut increment = self.increment;
        let mut total_multiplier: u128 = 1;
        let mut total_increment: u128 = 0;
        let mut remaining = delta;
        while remaining > 0 {
            if remaining & 1 == 1 {
                total_multiplier = total_multiplier.wrapping_mul(multiplier);
                total_increment = total_increment
                    .wrapping_mul(multiplier)
                    .wrapping_add(increment);
            }
            increment = multiplier.wrapping_add(1).wrapping_mul(increment);
            multiplier = multiplier.wrapping_mul(multiplier);
            remaining >>= 1;
        }
        self.state = total_multiplier
            .wrapping_mul(self.state)
            .wrapping_add(total_increment);
        self.buffered_u32 = None;
    }

    /// The full state.
    pub fn state(&self) -> Pcg64State {
        Pcg64State {
            state: self.state,
            increment: self.increment,
            buffered_u32: self.buffered_u32,
        }
    }

    /// Restore a state from [`Pcg64::state`].
    pub fn set_state(&mut self, state: Pcg64State) {
        self.state = state.state;
        self.increment = state.increment;
        self.buffered_u32 = state.buffered_u32;
    }
}

impl BitSource for Pcg64 {
    fn next_u32(&mut self) -> u32 {
        Pcg64::next_u32(self)
    }

    fn next_u64(&mut self) -> u64 {
        Pcg64::next_u64(self)
    }

    fn next_f64(&mut self) -> f64 {
        Pcg64::next_f64(self)
    }
}
