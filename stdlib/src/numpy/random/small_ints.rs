//! Bounded integers of the narrow dtypes (`bool`, 8, 16 and 32 bits) for `randint(...,
//! dtype=)` and `Generator.integers(..., dtype=)`. NumPy draws these from 32-bit words,
//! buffering 8- and 16-bit pieces (and single bits for bool) of each word, then rejects by
//! mask (legacy `RandomState`) or by Lemire's multiply-shift (`Generator`); reproducing the
//! buffering keeps the streams identical to NumPy's.

use super::rand_err;
use mnpy_arrays::random::bounded::gen_mask;
use mnpy_arrays::random::{BitSource, RandomError};
use mnpy_arrays::{DType, NdArray, Scalar};
use mnpy_runtime::{PyErr, PyResult};

/// The 32-bit word being consumed and how many pieces of it are left.
struct Buffer {
    word: u32,
    left: u32,
}

impl Buffer {
    /// The next `bits`-wide piece (8 or 16 bits from the buffered word, else a fresh word).
    fn draw<B: BitSource + ?Sized>(&mut self, source: &mut B, bits: u32) -> u32 {
        if bits >= 32 {
            return source.next_u32();
        }
        if self.left == 0 {
            self.word = source.next_u32();
            self.left = 32 / bits - 1;
        } else {
            self.word >>= bits;
            self.left -= 1;
        }
        self.word & ((1u32 << bits) - 1)
    }
}

/// Width in bits and range of an integer dtype narrower than 64 bits (bool included).
fn narrow_bounds(dtype: DType) -> Option<(u32, i128, i128)> {
    let bits = match dtype {
        DType::Bool => 1,
        DType::Int8 | DType::UInt8 => 8,
        DType::Int16 | DType::UInt16 => 16,
        DType::Int32 | DType::UInt32 => 32,
        _ => return None,
    };
    let (low, high) = dtype.int_bounds()?;
    Some((bits, low, high))
}

/// True when `dtype` is drawn by this module.
pub fn is_narrow(dtype: DType) -> bool {
    narrow_bounds(dtype).is_some()
}

/// `count` integers of `dtype` uniform in `[low, high)` (`[low, high]` when `closed`), masked
/// (legacy) or Lemire (Generator) rejection, as an array of `shape`.
#[allow(clippy::too_many_arguments)]
pub fn narrow_integers<B: BitSource + ?Sized>(
    source: &mut B,
    dtype: DType,
    low: i128,
    high: i128,
    closed: bool,
    masked: bool,
    shape: &[usize],
) -> PyResult<NdArray> {
    let (bits, min, max) = narrow_bounds(dtype).ok_or_else(|| {
        PyErr::type_error(format!("Unsupported dtype {} for randint", dtype.name()))
    })?;
    let count: usize = shape.iter().product();
    let last = if closed { high } else { high - 1 };
    if count > 0 {
        let name = dtype.name();
        if low < min {
            return Err(rand_err(RandomError::value(format!(
                "low is out of bounds for {name}"
            ))));
        }
        if last > max {
            return Err(rand_err(RandomError::value(format!(
                "high is out of bounds for {name}"
            ))));
        }
        if low > last {
            let message = match (low == 0, closed) {
                (true, true) => "high < 0",
                (true, false) => "high <= 0",
                (false, true) => "low > high",
                (false, false) => "low >= high",
            };
            return Err(rand_err(RandomError::value(message)));
        }
    }
    let rng = (last - low).max(0) as u64;
    let full = (1u64 << bits) - 1;
    let mut buffer = Buffer { word: 0, left: 0 };
    let mut values = Vec::with_capacity(count);
    for _ in 0..count {
        let v = if rng == 0 {
            0
        } else if bits == 1 {
            u64::from(buffer.draw(source, 1))
        } else if rng == full {
            u64::from(buffer.draw(source, bits))
        } else if masked {
            let mask = gen_mask(rng);
            loop {
                let v = u64::from(buffer.draw(source, bits)) & mask;
                if v <= rng {
                    break v;
                }
            }
        } else {
            let excl = rng + 1;
            let mut m = u64::from(buffer.draw(source, bits)) * excl;
            let mut leftover = m & full;
            if leftover < excl {
                let threshold = (full - rng) % excl;
                while leftover < threshold {
                    m = u64::from(buffer.draw(source, bits)) * excl;
                    leftover = m & full;
                }
            }
            m >> bits
        };
        values.push(Scalar::I64((low + v as i128) as i64));
    }
    NdArray::from_scalars(&values, shape, dtype).map_err(crate::numpy::core::array_err)
}

#[cfg(test)]
mod tests {
    use super::*;
    use mnpy_arrays::random::Mt19937;

    #[test]
    fn legacy_and_generator_streams() {
        // NPY_DISABLE_CPU_FEATURES=... python3 -c 'import numpy as np; np.random.seed(0);
        //   print(np.random.randint(0, 10, size=6, dtype=np.uint8).tolist(),
        //   np.random.randint(-3, 3, size=4, dtype=np.int16).tolist())'
        // -> [4, 7, 5, 6, 6, 7] [-3, -2, 0, 0]
        let mut mt = Mt19937::new(0);
        let a = narrow_integers(&mut mt, DType::UInt8, 0, 10, false, true, &[6])
            .ok()
            .unwrap();
        let b = narrow_integers(&mut mt, DType::Int16, -3, 3, false, true, &[4])
            .ok()
            .unwrap();
        assert_eq!(a.to_vec::<i64>(), vec![4, 7, 5, 6, 6, 7]);
        assert_eq!(b.to_vec::<i64>(), vec![-3, -2, 0, 0]);
        // python3 -c 'import numpy as np; np.random.seed(0);
        //   print(np.random.randint(0, 2, size=5, dtype=bool).tolist())' -> [False, False, True, True, False]
        let mut mt = Mt19937::new(0);
        let c = narrow_integers(&mut mt, DType::Bool, 0, 2, false, true, &[5])
            .ok()
            .unwrap();
        assert_eq!(c.to_vec::<bool>(), vec![false, false, true, true, false]);
        // python3 -c 'import numpy as np; r = np.random.default_rng(0);
        //   print(r.integers(0, 10, size=6, dtype=np.uint8).tolist(), r.integers(-3, 3, size=4, dtype=np.int16).tolist(),
        //   r.integers(0, 100, size=3, dtype=np.int32).tolist(), r.integers(0, 2, size=4, dtype=bool).tolist())'
        // -> [3, 5, 7, 8, 8, 9] [2, 0, 1, -2] [30, 4, 7] [False, True, True, False]
        let mut g = mnpy_arrays::random::Generator::from_seed(0).ok().unwrap();
        let src = g.bit_generator();
        let d = narrow_integers(src, DType::UInt8, 0, 10, false, false, &[6])
            .ok()
            .unwrap();
        let e = narrow_integers(src, DType::Int16, -3, 3, false, false, &[4])
            .ok()
            .unwrap();
        let f = narrow_integers(src, DType::Int32, 0, 100, false, false, &[3])
            .ok()
            .unwrap();
        let h = narrow_integers(src, DType::Bool, 0, 2, false, false, &[4])
            .ok()
            .unwrap();
        assert_eq!(d.to_vec::<i64>(), vec![3, 5, 7, 8, 8, 9]);
        assert_eq!(e.to_vec::<i64>(), vec![2, 0, 1, -2]);
        assert_eq!(f.to_vec::<i64>(), vec![30, 4, 7]);
        assert_eq!(h.to_vec::<bool>(), vec![false, true, true, false]);
    }
}
