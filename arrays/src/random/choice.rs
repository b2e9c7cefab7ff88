//! Index selection shared by the `choice` methods of NumPy's `RandomState` and `Generator`
//! when probabilities `p` are given: NumPy's checks on `p` (Kahan-summed total), the
//! sequential cumulative sum normalised by its last entry, and `searchsorted(side='right')`
//! of uniform draws into it.

use super::{BitSource, RandomError};

/// The error messages of one `choice` implementation (legacy and `Generator` word them
/// differently).
pub struct ChoiceMessages {
    /// `p` has a different length from the population.
    pub size_mismatch: &'static str,
    /// The total of `p` is NaN.
    pub contains_nan: &'static str,
    /// Some entry of `p` is negative.
    pub negative: &'static str,
    /// The total of `p` is not within `sqrt(eps)` of 1.
    pub not_summing_to_one: &'static str,
}

/// NumPy's `kahan_sum` over `values`.
fn kahan_sum(values: &[f64]) -> f64 {
    let Some((&first, rest)) = values.split_first() else {
        return 0.0;
    };
    let mut sum = first;
    let mut compensation = 0.0;
    for &value in rest {
        let y = value - compensation;
        let t = sum + y;
        compensation = (t - sum) - y;
        sum = t;
    }
    sum
}

/// Check float64 probabilities `p` for a population of `pop_size` as NumPy's `choice` does.
pub fn check_probabilities(
    p: &[f64],
    pop_size: u64,
    messages: &ChoiceMessages,
) -> Result<(), RandomError> {
    if p.len() as u64 != pop_size {
        return Err(RandomError::value(messages.size_mismatch));
    }
    let total = kahan_sum(p);
    if total.is_nan() {
        return Err(RandomError::value(messages.contains_nan));
    }
    if p.iter().any(|&value| value < 0.0) {
        return Err(RandomError::value(messages.negative));
    }
    let tolerance = f64::EPSILON.sqrt();
    if (total - 1.0).abs() > tolerance {
        return Err(RandomError::value(messages.not_summing_to_one));
    }
    Ok(())
}

/// `cdf = p.cumsum(); cdf /= cdf[-1]`.
fn normalised_cdf(p: &[f64]) -> Vec<f64> {
    let mut running = 0.0;
    let mut cdf: Vec<f64> = p
        .iter()
        .map(|&value| {
            running += value;
            running
        })
        .collect();
    if let Some(&last) = cdf.last() {
        for entry in cdf.iter_mut() {
            *entry /= last;
        }
    }
    cdf
}

/// `cdf.searchsorted(x, side='right')`: the number of entries `<= x`.
fn search_right(cdf: &[f64], x: f64) -> usize {
    cdf.partition_point(|&entry| entry <= x)
}

/// `count` indices drawn with replacement with probabilities `p` (already checked).
pub fn weighted_with_replacement<B: BitSource + ?Sized>(
    source: &mut B,
    p: &[f64],
    count: usize,
) -> Vec<i64> {
    let cdf = normalised_cdf(p);
    (0..count)
        .map(|_| search_right(&cdf, source.next_f64()) as i64)
        .collect()
}

/// `count` distinct indices drawn with probabilities `p` (already checked): NumPy's loop that
/// draws a batch, zeroes the weights already found, and keeps first occurrences in order.
pub fn weighted_without_replacement<B: BitSource + ?Sized>(
    source: &mut B,
    p: &[f64],
    count: usize,
) -> Result<Vec<i64>, RandomError> {
    if p.iter().filter(|&&value| value > 0.0).count() < count {
        return Err(RandomError::value("Fewer non-zero entries in p than size"));
    }
    let mut weights = p.to_vec();
    let mut found: Vec<i64> = Vec::with_capacity(count);
    while found.len() < count {
        let draws: Vec<f64> = (0..count - found.len())
            .map(|_| source.next_f64())
            .collect();
        for &index in &found {
            if let Some(weight) = weights.get_mut(index as usize) {
                *weight = 0.0;
            }
        }
        let cdf = normalised_cdf(&weights);
        let mut seen = std::collections::HashSet::new();
        for x in draws {
            let index = search_right(&cdf, x) as i64;
            if seen.insert(index) {
                found.push(index);
            }
        }
    }
    Ok(found)
}
