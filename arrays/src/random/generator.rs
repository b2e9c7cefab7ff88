//! NumPy's `Generator` on PCG64 (what `np.random.default_rng(seed)` returns): doubles from
//! the top 53 bits of a draw, bounded integers by Lemire's method, normals and exponentials by
//! ziggurat, and `choice` by Floyd's algorithm or a tail shuffle.

use super::bounded::{bounded_u64, int64_fill, random_interval, shuffle_from_end};
use super::choice::{
    check_probabilities, weighted_with_replacement, weighted_without_replacement, ChoiceMessages,
};
use super::legacy::{check_scale, uniform_range};
use super::pcg64::Pcg64;
use super::seed_sequence::{signed_int_to_words, SeedSequence};
use super::{arange_i64, zeros_i64, ziggurat, RandomError};
use std::collections::HashSet;

/// The messages of `Generator.choice`.
const GENERATOR_CHOICE_MESSAGES: ChoiceMessages = ChoiceMessages {
    size_mismatch: "a and p must have same size",
    contains_nan: "Probabilities contain NaN",
    negative: "Probabilities are not non-negative",
    not_summing_to_one:
        "Probabilities do not sum to 1. See Notes section of docstring for more information.",
};

/// NumPy's `Generator` over a PCG64 bit generator.
#[derive(Clone, Debug)]
pub struct Generator {
    bit_generator: Pcg64,
}

impl Generator {
    /// `np.random.default_rng(seed)` for an int seed; negative seeds are NumPy's
    /// `ValueError("expected non-negative integer")`.
    pub fn from_seed(seed: i128) -> Result<Self, RandomError> {
        Ok(Generator::from_entropy_words(&signed_int_to_words(seed)?))
    }

    /// `np.random.default_rng(entropy)` where `entropy` is the uint32 words NumPy's
    /// `_coerce_to_uint32_array` makes of the seed (for a list of ints: each int's words,
    /// concatenated; see [`crate::random::seed_sequence::int_to_words`]).
    pub fn from_entropy_words(entropy: &[u32]) -> Self {
        Generator::from_seed_sequence(&SeedSequence::new(entropy))
    }

    /// `Generator(PCG64(seed_sequence))`.
    pub fn from_seed_sequence(seed_sequence: &SeedSequence) -> Self {
        Generator {
            bit_generator: Pcg64::from_seed_sequence(seed_sequence),
        }
    }

    /// `Generator(bit_generator)`.
    pub fn from_bit_generator(bit_generator: Pcg64) -> Self {
        Generator { bit_generator }
    }

    /// The PCG64 bit generator (`Generator.bit_generator`).
    pub fn bit_generator(&mut self) -> &mut Pcg64 {
        &mut self.bit_generator
    }

    /// `random()`: a double in `[0, 1)`.
    pub fn random(&mut self) -> f64 {
        self.bit_generator.next_f64()
    }

    /// `random(size)`: fill `out`.
    pub fn fill_random(&mut self, out: &mut [f64]) {
        for slot in out.iter_mut() {
            *slot = self.bit_generator.next_f64();
        }
    }

    /// `integers(low, high, endpoint=endpoint)` with the default int64 dtype;
    /// `high = None` means `[0, low)` (or `[0, low]` with `endpoint`).
    pub fn integers(
        &mut self,
        low: i128,
        high: Option<i128>,
        endpoint: bool,
    ) -> Result<i64, RandomError> {
        let mut out = [0i64; 1];
        self.fill_integers(low, high, endpoint, &mut out)?;
        Ok(out[0])
    }

    /// `integers(low, high, size, endpoint=endpoint)`: fill `out` (Lemire's method; 32-bit
    /// draws from the buffered halves when the range fits in 32 bits). An empty `out` is not
    /// checked, as in NumPy.
    pub fn fill_integers(
        &mut self,
        low: i128,
        high: Option<i128>,
        endpoint: bool,
        out: &mut [i64],
    ) -> Result<(), RandomError> {
        let (low, high) = match high {
            Some(high) => (low, high),
            None => (0, low),
        };
        int64_fill(&mut self.bit_generator, low, high, endpoint, false, out)
    }

    /// `standard_normal()` by ziggurat.
    pub fn standard_normal(&mut self) -> f64 {
        ziggurat::standard_normal(&mut self.bit_generator)
    }

    /// `standard_normal(size)`: fill `out`.
    pub fn fill_standard_normal(&mut self, out: &mut [f64]) {
        for slot in out.iter_mut() {
            *slot = ziggurat::standard_normal(&mut self.bit_generator);
        }
    }

    /// `normal(loc, scale)`: `loc + scale * standard_normal()`.
    pub fn normal(&mut self, loc: f64, scale: f64) -> Result<f64, RandomError> {
        check_scale(scale)?;
        Ok(loc + scale * self.standard_normal())
    }

    /// `normal(loc, scale, size)`: fill `out`.
    pub fn fill_normal(
        &mut self,
        loc: f64,
        scale: f64,
        out: &mut [f64],
    ) -> Result<(), RandomError> {
        check_scale(scale)?;
        for slot in out.iter_mut() {
            *slot = loc + scale * ziggurat::standard_normal(&mut self.bit_generator);
        }
        Ok(())
    }

    /// `uniform(low, high)`: `low + (high - low) * random()`.
    pub fn uniform(&mut self, low: f64, high: f64) -> Result<f64, RandomError> {
        let range = uniform_range(low, high)?;
        Ok(low + range * self.bit_generator.next_f64())
    }

    /// `uniform(low, high, size)`: fill `out`.
    pub fn fill_uniform(
        &mut self,
        low: f64,
        high: f64,
        out: &mut [f64],
    ) -> Result<(), RandomError> {
        let range = uniform_range(low, high)?;
        for slot in out.iter_mut() {
            *slot = low + range * self.bit_generator.next_f64();
        }
        Ok(())
    }

    /// `standard_exponential()` by ziggurat.
    pub fn standard_exponential(&mut self) -> f64 {
        ziggurat::standard_exponential(&mut self.bit_generator)
    }

    /// `exponential(scale)`: `scale * standard_exponential()`.
    pub fn exponential(&mut self, scale: f64) -> Result<f64, RandomError> {
        check_scale(scale)?;
        Ok(scale * self.standard_exponential())
    }

    /// `shuffle(x)` along the first axis, through a swap callback: for `i` from `len - 1` down
    /// to 1, `swap(i, random_interval(i))`.
    pub fn shuffle_with(&mut self, len: usize, swap: impl FnMut(usize, usize)) {
        shuffle_from_end(&mut self.bit_generator, len, 1, swap);
    }

    /// `shuffle(x)` of a slice in place.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        self.shuffle_with(items.len(), |i, j| items.swap(i, j));
    }

    /// `permutation(n)`: a shuffled `arange(n)` (a `MemoryError` if it cannot be allocated).
    pub fn permutation(&mut self, n: usize) -> Result<Vec<i64>, RandomError> {
        let mut values = arange_i64(n)?;
        self.shuffle(&mut values);
        Ok(values)
    }

    /// One draw of `random_interval(max)`, uniform in `[0, max]`.
    pub fn interval(&mut self, max: u64) -> u64 {
        random_interval(&mut self.bit_generator, max)
    }

    /// Fisher-Yates of `values[first..]` from the end with Lemire draws (`_shuffle_int`).
    fn shuffle_int_tail(&mut self, values: &mut [i64], first: usize) {
        for i in (first.max(1)..values.len()).rev() {
            let j = bounded_u64(&mut self.bit_generator, 0, i as u64, false) as usize;
            values.swap(i, j);
        }
    }

    /// The indices `choice(a, size, replace, p, shuffle=shuffle)` picks from a population of
    /// `pop_size` (`a` an int, or the length of `a` along the axis), `count` of them (`size`
    /// flattened; 1 for a scalar result). `p` are float64 probabilities.
    pub fn choice_indices(
        &mut self,
        pop_size: i64,
        count: usize,
        replace: bool,
        p: Option<&[f64]>,
        shuffle: bool,
    ) -> Result<Vec<i64>, RandomError> {
        if pop_size <= 0 && count != 0 {
            return Err(RandomError::value(
                "a must be a positive integer unless no samples are taken",
            ));
        }
        let pop_size = pop_size.max(0);
        if let Some(p) = p {
            check_probabilities(p, pop_size as u64, &GENERATOR_CHOICE_MESSAGES)?;
        }
        if replace {
            return Ok(match p {
                Some(p) => weighted_with_replacement(&mut self.bit_generator, p, count),
                None => {
                    let mut out = zeros_i64(count)?;
                    self.fill_integers(0, Some(i128::from(pop_size)), false, &mut out)?;
                    out
                }
            });
        }
        if count as u64 > pop_size as u64 {
            return Err(RandomError::value(
                "Cannot take a larger sample than population when replace is False",
            ));
        }
        if let Some(p) = p {
            return weighted_without_replacement(&mut self.bit_generator, p, count);
        }
        let pop = pop_size as usize;
        let cutoff = if shuffle { 50 } else { 20 };
        if pop > 10_000 && count > pop / cutoff {
            let mut values = arange_i64(pop)?;
            self.shuffle_int_tail(&mut values, (pop - count).max(1));
            return Ok(values.split_off(pop - count));
        }
        self.floyd_sample(pop as u64, count, shuffle)
    }

    /// Floyd's algorithm for `count` distinct values below `pop`, optionally shuffled after.
    fn floyd_sample(
        &mut self,
        pop: u64,
        count: usize,
        shuffle: bool,
    ) -> Result<Vec<i64>, RandomError> {
        let mut values = zeros_i64(count)?;
        values.clear();
        let mut seen = HashSet::new();
        for j in pop - count as u64..pop {
            let candidate = bounded_u64(&mut self.bit_generator, 0, j, false);
            let chosen = if seen.insert(candidate) {
                candidate
            } else {
                seen.insert(j);
                j
            };
            values.push(chosen as i64);
        }
        if shuffle {
            self.shuffle_int_tail(&mut values, 1);
        }
        Ok(values)
    }
}
