//! NumPy's legacy `RandomState` (what `np.random.seed`, `np.random.rand`, `np.random.randn`,
//! `np.random.randint`, ... use): MT19937 with the NumPy 1.16 distributions kept frozen for
//! stream compatibility — polar Box-Muller with a cached value for normals, masked rejection
//! for bounded integers, `random_interval` Fisher-Yates for shuffles.

use super::bounded::{int64_fill, random_interval, shuffle_from_end};
use super::choice::{
    check_probabilities, weighted_with_replacement, weighted_without_replacement, ChoiceMessages,
};
use super::mt19937::MT_STATE_WORDS;
use super::{arange_i64, zeros_i64, Mt19937, RandomError};

/// The messages of `RandomState.choice`.
const LEGACY_CHOICE_MESSAGES: ChoiceMessages = ChoiceMessages {
    size_mismatch: "'a' and 'p' must have same size",
    contains_nan: "probabilities contain NaN",
    negative: "probabilities are not non-negative",
    not_summing_to_one: "probabilities do not sum to 1",
};

/// NumPy's `RandomState`: an MT19937 bit generator plus the cached second normal.
#[derive(Clone, Debug)]
pub struct LegacyRandomState {
    generator: Mt19937,
    cached_gauss: Option<f64>,
}

/// The state `RandomState.get_state()` reports: `('MT19937', key, pos, has_gauss, cached)`.
#[derive(Clone, Debug, PartialEq)]
pub struct LegacyState {
    /// The 624 MT19937 words.
    pub key: Vec<u32>,
    /// Position of the next word (0..=624).
    pub pos: usize,
    /// The cached second value of the polar method, if any.
    pub cached_gauss: Option<f64>,
}

/// NumPy's `scale < 0` check (`CONS_NON_NEGATIVE`): rejects negative values and -0.0,
/// accepts NaN.
fn check_non_negative(value: f64, name: &str) -> Result<(), RandomError> {
    if !value.is_nan() && value.is_sign_negative() {
        return Err(RandomError::value(format!("{name} < 0")));
    }
    Ok(())
}

/// `high - low` for `uniform`, or NumPy's `OverflowError` when it is not finite.
pub(crate) fn uniform_range(low: f64, high: f64) -> Result<f64, RandomError> {
    let range = high - low;
    if !range.is_finite() {
        return Err(RandomError::overflow("Range exceeds valid bounds"));
    }
    Ok(range)
}

/// Check a normal's scale (shared with `Generator`).
pub(crate) fn check_scale(scale: f64) -> Result<(), RandomError> {
    check_non_negative(scale, "scale")
}

impl LegacyRandomState {
    /// `np.random.RandomState(seed)` / `np.random.seed(seed)` for an int seed in
    /// `[0, 2**32 - 1]` (NumPy's `mt19937_seed`, i.e. `init_genrand`).
    pub fn new(seed: u32) -> Self {
        LegacyRandomState {
            generator: Mt19937::new(seed),
            cached_gauss: None,
        }
    }

    /// `seed(n)` for an int seed; `n` outside `[0, 2**32 - 1]` is NumPy's `ValueError`.
    pub fn seed(&mut self, seed: i128) -> Result<(), RandomError> {
        let seed = u32::try_from(seed)
            .map_err(|_| RandomError::value("Seed must be between 0 and 2**32 - 1"))?;
        self.generator.init_genrand(seed);
        self.cached_gauss = None;
        Ok(())
    }

    /// `seed([k0, k1, ...])` for a 1-d array seed: `init_by_array` on the words.
    pub fn seed_array(&mut self, key: &[i128]) -> Result<(), RandomError> {
        if key.is_empty() {
            return Err(RandomError::value("Seed must be non-empty"));
        }
        let words = key
            .iter()
            .map(|&word| u32::try_from(word))
            .collect::<Result<Vec<u32>, _>>()
            .map_err(|_| RandomError::value("Seed must be between 0 and 2**32 - 1"))?;
        self.generator.init_by_array(&words);
        self.cached_gauss = None;
        Ok(())
    }

    /// `get_state()`.
    pub fn state(&self) -> LegacyState {
        let (words, pos) = self.generator.state();
        LegacyState {
            key: words.to_vec(),
            pos,
            cached_gauss: self.cached_gauss,
        }
    }

    /// `set_state(...)`.
    pub fn set_state(&mut self, state: &LegacyState) -> Result<(), RandomError> {
        if state.key.len() != MT_STATE_WORDS {
            return Err(RandomError::value("state must be 624 elements"));
        }
        self.generator.set_state(&state.key, state.pos)?;
        self.cached_gauss = state.cached_gauss;
        Ok(())
    }

    /// The underlying bit generator, for samplers written against [`crate::random::BitSource`].
    pub fn bit_source(&mut self) -> &mut Mt19937 {
        &mut self.generator
    }

    /// `random_sample()` / `rand()` / `random()`: a double in `[0, 1)`.
    pub fn random_sample(&mut self) -> f64 {
        self.generator.next_f64()
    }

    /// `random_sample(size)`: fill `out`.
    pub fn fill_random_sample(&mut self, out: &mut [f64]) {
        for slot in out.iter_mut() {
            *slot = self.generator.next_f64();
        }
    }

    /// `standard_normal()` / `randn()`: the polar Box-Muller method (`legacy_gauss`), each
    /// accepted pair giving two values.
    pub fn standard_normal(&mut self) -> f64 {
        if let Some(cached) = self.cached_gauss.take() {
            return cached;
        }
        loop {
            let x1 = 2.0 * self.generator.next_f64() - 1.0;
            let x2 = 2.0 * self.generator.next_f64() - 1.0;
            let r2 = x1 * x1 + x2 * x2;
            if r2 < 1.0 && r2 != 0.0 {
                let factor = (-2.0 * r2.ln() / r2).sqrt();
                self.cached_gauss = Some(factor * x1);
                return factor * x2;
            }
        }
    }

    /// `standard_normal(size)` / `randn(*shape)`: fill `out`.
    pub fn fill_standard_normal(&mut self, out: &mut [f64]) {
        for slot in out.iter_mut() {
            *slot = self.standard_normal();
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
            *slot = loc + scale * self.standard_normal();
        }
        Ok(())
    }

    /// `uniform(low, high)`: `low + (high - low) * random_sample()`.
    pub fn uniform(&mut self, low: f64, high: f64) -> Result<f64, RandomError> {
        let range = uniform_range(low, high)?;
        Ok(low + range * self.generator.next_f64())
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
            *slot = low + range * self.generator.next_f64();
        }
        Ok(())
    }

    /// `standard_exponential()`: `-log(1 - random_sample())`.
    pub fn standard_exponential(&mut self) -> f64 {
        -(1.0 - self.generator.next_f64()).ln()
    }

    /// `exponential(scale)`: `scale * standard_exponential()`.
    pub fn exponential(&mut self, scale: f64) -> Result<f64, RandomError> {
        check_non_negative(scale, "scale")?;
        Ok(scale * self.standard_exponential())
    }

    /// `randint(low, high)` with the default int64 dtype; `high = None` means `[0, low)`.
    pub fn randint(&mut self, low: i128, high: Option<i128>) -> Result<i64, RandomError> {
        let mut out = [0i64; 1];
        self.fill_randint(low, high, &mut out)?;
        Ok(out[0])
    }

    /// `randint(low, high, size)`: fill `out` (masked rejection, 32-bit draws when the range
    /// fits in 32 bits). An empty `out` is not checked, as in NumPy.
    pub fn fill_randint(
        &mut self,
        low: i128,
        high: Option<i128>,
        out: &mut [i64],
    ) -> Result<(), RandomError> {
        let (low, high) = match high {
            Some(high) => (low, high),
            None => (0, low),
        };
        int64_fill(&mut self.generator, low, high, false, true, out)
    }

    /// `random_integers(low, high)` (deprecated in NumPy): `randint(low, high + 1)`;
    /// `high = None` means `[1, low]`.
    pub fn random_integers(&mut self, low: i128, high: Option<i128>) -> Result<i64, RandomError> {
        let (low, high) = match high {
            Some(high) => (low, high),
            None => (1, low),
        };
        self.randint(low, Some(high.saturating_add(1)))
    }

    /// `shuffle(x)` along the first axis, through a swap callback: for `i` from `len - 1` down
    /// to 1, `swap(i, random_interval(i))`.
    pub fn shuffle_with(&mut self, len: usize, swap: impl FnMut(usize, usize)) {
        shuffle_from_end(&mut self.generator, len, 1, swap);
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
        random_interval(&mut self.generator, max)
    }

    /// The indices `choice(a, size, replace, p)` picks from a population of `pop_size`
    /// (`a` an int, or the length of a 1-d `a`), `count` of them (`size` flattened; 1 for a
    /// scalar result). `p` are float64 probabilities.
    pub fn choice_indices(
        &mut self,
        pop_size: i64,
        count: usize,
        replace: bool,
        p: Option<&[f64]>,
    ) -> Result<Vec<i64>, RandomError> {
        if pop_size <= 0 && count != 0 {
            return Err(RandomError::value(
                "a must be greater than 0 unless no samples are taken",
            ));
        }
        let pop_size = pop_size.max(0);
        if let Some(p) = p {
            check_probabilities(p, pop_size as u64, &LEGACY_CHOICE_MESSAGES)?;
        }
        if replace {
            return Ok(match p {
                Some(p) => weighted_with_replacement(&mut self.generator, p, count),
                None => {
                    let mut out = zeros_i64(count)?;
                    self.fill_randint(0, Some(i128::from(pop_size)), &mut out)?;
                    out
                }
            });
        }
        if count as u64 > pop_size as u64 {
            return Err(RandomError::value(
                "Cannot take a larger sample than population when 'replace=False'",
            ));
        }
        match p {
            Some(p) => weighted_without_replacement(&mut self.generator, p, count),
            None => {
                let mut values = self.permutation(pop_size as usize)?;
                values.truncate(count);
                Ok(values)
            }
        }
    }
}
