//! NumPy's `SeedSequence`: turns user entropy (an int, or a list of ints) into well-mixed
//! 32-bit words for seeding bit generators.
//!
//! The entropy words are hashed into a pool of four words, every pool word is mixed into every
//! other one, and further entropy words are mixed into all pool words; `generate_state` then
//! hashes the pool cyclically into as many output words as asked. All arithmetic is on wrapping
//! 32-bit words with the constants of NumPy's `bit_generator.pyx`.

use super::RandomError;

/// Number of words in the entropy pool (NumPy's `DEFAULT_POOL_SIZE`).
pub const POOL_SIZE: usize = 4;
const INIT_A: u32 = 0x43b0_d7e5;
const MULT_A: u32 = 0x931e_8875;
const INIT_B: u32 = 0x8b51_f9dd;
const MULT_B: u32 = 0x58f3_8ded;
const MIX_MULT_L: u32 = 0xca01_f9dd;
const MIX_MULT_R: u32 = 0x4973_f715;
const XSHIFT: u32 = 16;

/// A seed sequence: its entropy, spawn key and the mixed pool.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeedSequence {
    entropy: Vec<u32>,
    spawn_key: Vec<u32>,
    children_spawned: u32,
    pool: [u32; POOL_SIZE],
}

/// The 32-bit words of a non-negative int, lowest first (`_int_to_uint32_array`): `0` gives
/// `[0]`.
pub fn int_to_words(value: u128) -> Vec<u32> {
    super::python::magnitude_words(value)
}

/// The 32-bit words numpy makes of an int seed that may be negative: negative ints are
/// NumPy's `ValueError("expected non-negative integer")`.
pub fn signed_int_to_words(value: i128) -> Result<Vec<u32>, RandomError> {
    let value =
        u128::try_from(value).map_err(|_| RandomError::value("expected non-negative integer"))?;
    Ok(int_to_words(value))
}

/// One step of the running hash: mixes `value` with the evolving constant.
fn hashmix(value: u32, hash_const: &mut u32) -> u32 {
    let mut value = value ^ *hash_const;
    *hash_const = hash_const.wrapping_mul(MULT_A);
    value = value.wrapping_mul(*hash_const);
    value ^ (value >> XSHIFT)
}

/// Combine two hashed words.
fn mix(x: u32, y: u32) -> u32 {
    let result = MIX_MULT_L
        .wrapping_mul(x)
        .wrapping_sub(MIX_MULT_R.wrapping_mul(y));
    result ^ (result >> XSHIFT)
}

impl SeedSequence {
    /// `SeedSequence(entropy)` where `entropy` is already the uint32 words NumPy's
    /// `_coerce_to_uint32_array` makes of it: for an int, [`int_to_words`]; for a list of
    /// ints, the concatenation of each one's words.
    pub fn new(entropy: &[u32]) -> Self {
        SeedSequence::with_spawn_key(entropy, &[])
    }

    /// `SeedSequence(entropy, spawn_key=...)`.
    pub fn with_spawn_key(entropy: &[u32], spawn_key: &[u32]) -> Self {
        let mut sequence = SeedSequence {
            entropy: entropy.to_vec(),
            spawn_key: spawn_key.to_vec(),
            children_spawned: 0,
            pool: [0; POOL_SIZE],
        };
        sequence.mix_entropy();
        sequence
    }

    /// `SeedSequence(n)` for a non-negative int seed.
    pub fn from_int(seed: u128) -> Self {
        SeedSequence::new(&int_to_words(seed))
    }

    /// The entropy words followed by the spawn key; with a spawn key, short entropy is padded
    /// with zeros to the pool size first (`get_assembled_entropy`).
    fn assembled_entropy(&self) -> Vec<u32> {
        let mut words = self.entropy.clone();
        if !self.spawn_key.is_empty() && words.len() < POOL_SIZE {
            words.resize(POOL_SIZE, 0);
        }
        words.extend_from_slice(&self.spawn_key);
        words
    }

    /// Hash the assembled entropy into the pool (`mix_entropy`).
    fn mix_entropy(&mut self) {
        let entropy = self.assembled_entropy();
        let mut hash_const = INIT_A;
        for i in 0..POOL_SIZE {
            let word = entropy.get(i).copied().unwrap_or(0);
            self.pool[i] = hashmix(word, &mut hash_const);
        }
        for source in 0..POOL_SIZE {
            for target in 0..POOL_SIZE {
                if source != target {
                    let hashed = hashmix(self.pool[source], &mut hash_const);
                    self.pool[target] = mix(self.pool[target], hashed);
                }
            }
        }
        for &word in entropy.iter().skip(POOL_SIZE) {
            for target in 0..POOL_SIZE {
                let hashed = hashmix(word, &mut hash_const);
                self.pool[target] = mix(self.pool[target], hashed);
            }
        }
    }

    /// The mixed pool (`SeedSequence.pool`).
    pub fn pool(&self) -> [u32; POOL_SIZE] {
        self.pool
    }

    /// The entropy words this sequence was built from.
    pub fn entropy(&self) -> &[u32] {
        &self.entropy
    }

    /// The spawn key words.
    pub fn spawn_key(&self) -> &[u32] {
        &self.spawn_key
    }

    /// `generate_state(n_words)` with the default uint32 dtype.
    pub fn generate_state_u32(&self, n_words: usize) -> Vec<u32> {
        let mut hash_const = INIT_B;
        (0..n_words)
            .map(|i| {
                let mut value = self.pool[i % POOL_SIZE] ^ hash_const;
                hash_const = hash_const.wrapping_mul(MULT_B);
                value = value.wrapping_mul(hash_const);
                value ^ (value >> XSHIFT)
            })
            .collect()
    }

    /// `generate_state(n_words, np.uint64)`: pairs of 32-bit words, low word first.
    pub fn generate_state_u64(&self, n_words: usize) -> Vec<u64> {
        self.generate_state_u32(2 * n_words)
            .chunks_exact(2)
            .map(|pair| u64::from(pair[0]) | (u64::from(pair[1]) << 32))
            .collect()
    }

    /// `spawn(n)`: children with the same entropy and spawn keys extended by their number.
    pub fn spawn(&mut self, count: u32) -> Vec<SeedSequence> {
        let children = (0..count)
            .map(|i| {
                let mut key = self.spawn_key.clone();
                key.push(self.children_spawned.wrapping_add(i));
                SeedSequence::with_spawn_key(&self.entropy, &key)
            })
            .collect();
        self.children_spawned = self.children_spawned.wrapping_add(count);
        children
    }
}
