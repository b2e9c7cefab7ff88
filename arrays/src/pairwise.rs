//! NumPy's pairwise summation, reproduced operation for operation so float sums agree to the
//! last bit: below 8 values a plain loop; up to 128 values eight running partial sums combined
//! as `((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))` plus the tail; above, split at half (rounded down to
//! a multiple of 8) and recurse. Complex sums use four complex partial sums (eight scalars).

use num_complex::{Complex32, Complex64};
use std::ops::Add;

/// Pairwise sum of a real slice (callers add it to the reduction's starting value 0).
pub fn pairwise_sum<T: Copy + Add<Output = T> + From<i8>>(a: &[T]) -> T {
    let n = a.len();
    if n < 8 {
        a.iter().fold(T::from(0), |acc, &x| acc + x)
    } else if n <= 128 {
        let mut r = [a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]];
        let body = n - n % 8;
        let mut i = 8;
        while i < body {
            for j in 0..8 {
                r[j] = r[j] + a[i + j];
            }
            i += 8;
        }
        let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for &x in &a[body..] {
            res = res + x;
        }
        res
    } else {
        let mut half = n / 2;
        half -= half % 8;
        pairwise_sum(&a[..half]) + pairwise_sum(&a[half..])
    }
}

macro_rules! complex_pairwise {
    ($name:ident, $c:ty) => {
        /// Pairwise sum of a complex slice with NumPy's four complex partial sums.
        pub fn $name(a: &[$c]) -> $c {
            let m = a.len();
            let scalars = 2 * m;
            if scalars < 8 {
                let mut res = <$c>::new(0.0, 0.0);
                for &z in a {
                    res = <$c>::new(res.re + z.re, res.im + z.im);
                }
                res
            } else if scalars <= 128 {
                let mut r = [a[0], a[1], a[2], a[3]];
                let body = m - m % 4;
                let mut i = 4;
                while i < body {
                    for j in 0..4 {
                        r[j] = <$c>::new(r[j].re + a[i + j].re, r[j].im + a[i + j].im);
                    }
                    i += 4;
                }
                let mut res = <$c>::new(
                    (r[0].re + r[1].re) + (r[2].re + r[3].re),
                    (r[0].im + r[1].im) + (r[2].im + r[3].im),
                );
                for z in &a[body..] {
                    res = <$c>::new(res.re + z.re, res.im + z.im);
                }
                res
            } else {
                let mut half = scalars / 2;
                half -= half % 8;
                let (x, y) = ($name(&a[..half / 2]), $name(&a[half / 2..]));
                <$c>::new(x.re + y.re, x.im + y.im)
            }
        }
    };
}

complex_pairwise!(pairwise_sum_c64, Complex32);
complex_pairwise!(pairwise_sum_c128, Complex64);
