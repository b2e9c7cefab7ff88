//! LU factorisation with partial pivoting (LAPACK's `getrf` choice of pivot: the first
//! largest magnitude in the column) on dense row-major float64 matrices, and what is built on
//! it: determinant, solving `A X = B`, inverse.

/// A square matrix factorised as `P A = L U`, stored compactly (L below the diagonal with a
/// unit diagonal, U on and above it).
pub struct Lu {
    n: usize,
    lu: Vec<f64>,
    /// Row `i` of `P A` is row `perm[i]` of `A`.
    perm: Vec<usize>,
    /// Number of row swaps (the sign of the permutation).
    swaps: usize,
    /// True when a pivot was exactly zero (LAPACK's `info > 0`).
    pub singular: bool,
}

impl Lu {
    /// Factorises the `n`×`n` row-major matrix `a`.
    pub fn new(a: &[f64], n: usize) -> Lu {
        let mut lu = a.to_vec();
        let mut perm: Vec<usize> = (0..n).collect();
        let mut swaps = 0;
        let mut singular = false;
        for k in 0..n {
            let mut pivot = k;
            let mut best = lu[k * n + k].abs();
            for r in k + 1..n {
                let v = lu[r * n + k].abs();
                if v > best || (best.is_nan() && !v.is_nan()) {
                    best = v;
                    pivot = r;
                }
            }
            if pivot != k {
                for c in 0..n {
                    lu.swap(k * n + c, pivot * n + c);
                }
                perm.swap(k, pivot);
                swaps += 1;
            }
            let diag = lu[k * n + k];
            if diag == 0.0 {
                singular = true;
                continue;
            }
            for r in k + 1..n {
                let factor = lu[r * n + k] / diag;
                lu[r * n + k] = factor;
                if factor != 0.0 {
                    for c in k + 1..n {
                        lu[r * n + c] -= factor * lu[k * n + c];
                    }
                }
            }
        }
        Lu {
            n,
            lu,
            perm,
            swaps,
            singular,
        }
    }

    /// The determinant: the product of U's diagonal, negated for an odd permutation.
    pub fn det(&self) -> f64 {
        let mut d = if self.swaps % 2 == 1 { -1.0 } else { 1.0 };
        for k in 0..self.n {
            d *= self.lu[k * self.n + k];
        }
        d
    }

    /// Solves `A X = B` for `B` row-major `n`×`k`; `None` when `A` is singular.
    pub fn solve(&self, b: &[f64], k: usize) -> Option<Vec<f64>> {
        if self.singular {
            return None;
        }
        let n = self.n;
        let mut x = vec![0.0; n * k];
        for (i, &p) in self.perm.iter().enumerate() {
            x[i * k..(i + 1) * k].copy_from_slice(&b[p * k..(p + 1) * k]);
        }
        for col in 0..k {
            for i in 0..n {
                let mut s = x[i * k + col];
                for j in 0..i {
                    s -= self.lu[i * n + j] * x[j * k + col];
                }
                x[i * k + col] = s;
            }
            for i in (0..n).rev() {
                let mut s = x[i * k + col];
                for j in i + 1..n {
                    s -= self.lu[i * n + j] * x[j * k + col];
                }
                x[i * k + col] = s / self.lu[i * n + i];
            }
        }
        Some(x)
    }

    /// The inverse (`None` when singular).
    pub fn inverse(&self) -> Option<Vec<f64>> {
        let n = self.n;
        let mut eye = vec![0.0; n * n];
        for i in 0..n {
            eye[i * n + i] = 1.0;
        }
        self.solve(&eye, n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round6(v: f64) -> f64 {
        (v * 1e6).round() / 1e6
    }

    #[test]
    fn det_inv_solve() {
        // python3 -c 'import numpy as np; a=np.array([[4.,-2,1],[3,6,-4],[2,1,8]]);
        //   print(np.round(np.linalg.det(a),6), np.round(np.linalg.inv(a),6)[0].tolist(),
        //   np.round(np.linalg.solve(a,[12.,-25,32]),6).tolist())'
        // -> 263.0 [0.197719, 0.064639, 0.007605] [1.0, -2.0, 4.0]
        let a = [4.0, -2.0, 1.0, 3.0, 6.0, -4.0, 2.0, 1.0, 8.0];
        let lu = Lu::new(&a, 3);
        assert_eq!(round6(lu.det()), 263.0);
        let inv = lu.inverse().unwrap();
        assert_eq!(
            inv[..3].iter().map(|&v| round6(v)).collect::<Vec<_>>(),
            vec![0.197719, 0.064639, 0.007605]
        );
        let x = lu.solve(&[12.0, -25.0, 32.0], 1).unwrap();
        assert_eq!(
            x.iter().map(|&v| round6(v)).collect::<Vec<_>>(),
            vec![1.0, -2.0, 4.0]
        );
        // python3 -c 'import numpy as np; np.linalg.inv([[1.,2],[2,4]])' -> LinAlgError: Singular matrix
        assert!(Lu::new(&[1.0, 2.0, 2.0, 4.0], 2).singular);
        assert_eq!(round6(Lu::new(&[1.0, 2.0, 3.0, 4.0], 2).det()), -2.0);
    }
}
