//! The real-valued distributions of CPython 3.11's `random` module (`uniform`, `gauss`,
//! `normalvariate`, `expovariate`, `triangular`, `gammavariate`, `betavariate`, ...), each
//! drawing from `random()` in the same order and with the same float operations as
//! `Lib/random.py`, so results agree to the last bit.

use super::PyRandom;
use crate::random::RandomError;
use std::f64::consts::{E, PI};

/// `4 * exp(-0.5) / sqrt(2.0)`, the Kinderman-Monahan constant of `normalvariate`.
fn nv_magic_const() -> f64 {
    4.0 * (-0.5f64).exp() / 2.0f64.sqrt()
}

/// `2 * pi`.
const TWO_PI: f64 = 2.0 * PI;

/// Python's message for a float division by zero.
fn float_division_by_zero() -> RandomError {
    RandomError::zero_division("float division by zero")
}

/// Python's float `%`: the result takes the sign of the divisor.
fn python_float_mod(dividend: f64, divisor: f64) -> f64 {
    let remainder = dividend % divisor;
    if remainder != 0.0 {
        if (divisor < 0.0) != (remainder < 0.0) {
            remainder + divisor
        } else {
            remainder
        }
    } else {
        0.0f64.copysign(divisor)
    }
}

impl PyRandom {
    /// `uniform(a, b)`: `a + (b - a) * random()`.
    pub fn uniform(&mut self, low: f64, high: f64) -> f64 {
        low + (high - low) * self.random()
    }

    /// `triangular(low, high, mode)`; `mode = None` means the midpoint.
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64 {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            Some(mode) => {
                if high - low == 0.0 {
                    return low;
                }
                (mode - low) / (high - low)
            }
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        low + (high - low) * (u * c).sqrt()
    }

    /// `normalvariate(mu, sigma)` by Kinderman and Monahan's ratio of uniforms.
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        let magic = nv_magic_const();
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = magic * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }

    /// `gauss(mu, sigma)`: Box-Muller, keeping the second value for the next call.
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let angle = self.random() * TWO_PI;
                let radius = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(angle.sin() * radius);
                angle.cos() * radius
            }
        };
        mu + z * sigma
    }

    /// `lognormvariate(mu, sigma)`: `exp(normalvariate(mu, sigma))`.
    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        self.normalvariate(mu, sigma).exp()
    }

    /// `expovariate(lambd)`: `-log(1 - random()) / lambd`.
    pub fn expovariate(&mut self, lambd: f64) -> Result<f64, RandomError> {
        let draw = -(1.0 - self.random()).ln();
        if lambd == 0.0 {
            return Err(float_division_by_zero());
        }
        Ok(draw / lambd)
    }

    /// `paretovariate(alpha)`: `(1 - random()) ** (-1 / alpha)`.
    pub fn paretovariate(&mut self, alpha: f64) -> Result<f64, RandomError> {
        let u = 1.0 - self.random();
        if alpha == 0.0 {
            return Err(float_division_by_zero());
        }
        Ok(u.powf(-1.0 / alpha))
    }

    /// `weibullvariate(alpha, beta)`: `alpha * (-log(1 - random())) ** (1 / beta)`.
    pub fn weibullvariate(&mut self, alpha: f64, beta: f64) -> Result<f64, RandomError> {
        let u = 1.0 - self.random();
        if beta == 0.0 {
            return Err(float_division_by_zero());
        }
        Ok(alpha * (-u.ln()).powf(1.0 / beta))
    }

    /// `vonmisesvariate(mu, kappa)` (Fisher's algorithm), an angle in `[0, 2*pi)`.
    /// A NaN `kappa` (on which CPython loops forever) gives NaN.
    pub fn vonmisesvariate(&mut self, mu: f64, kappa: f64) -> f64 {
        if kappa <= 1e-6 {
            return TWO_PI * self.random();
        }
        if kappa.is_nan() {
            return f64::NAN;
        }
        let s = 0.5 / kappa;
        let r = s + (1.0 + s * s).sqrt();
        let z = loop {
            let u1 = self.random();
            let z = (PI * u1).cos();
            let d = z / (r + z);
            let u2 = self.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                break z;
            }
        };
        let q = 1.0 / r;
        let f = (q + z) / (1.0 + q * z);
        let u3 = self.random();
        if u3 > 0.5 {
            python_float_mod(mu + f.acos(), TWO_PI)
        } else {
            python_float_mod(mu - f.acos(), TWO_PI)
        }
    }

    /// `gammavariate(alpha, beta)` (Cheng's method for `alpha > 1`, algorithm GS below 1).
    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> Result<f64, RandomError> {
        // A NaN alpha would make CPython loop forever; reject it with the same message.
        if alpha <= 0.0 || beta <= 0.0 || alpha.is_nan() {
            return Err(RandomError::value(
                "gammavariate: alpha and beta must be > 0.0",
            ));
        }
        if alpha > 1.0 {
            let ainv = (2.0 * alpha - 1.0).sqrt();
            let bbb = alpha - 4.0f64.ln();
            let ccc = alpha + ainv;
            let sg_magic = 1.0 + 4.5f64.ln();
            loop {
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = (u1 / (1.0 - u1)).ln() / ainv;
                let x = alpha * v.exp();
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + sg_magic - 4.5 * z >= 0.0 || r >= z.ln() {
                    return Ok(x * beta);
                }
            }
        }
        if alpha == 1.0 {
            return Ok(-(1.0 - self.random()).ln() * beta);
        }
        loop {
            let u = self.random();
            let b = (E + alpha) / E;
            let p = b * u;
            let x = if p <= 1.0 {
                p.powf(1.0 / alpha)
            } else {
                -((b - p) / alpha).ln()
            };
            let u1 = self.random();
            let accept = if p > 1.0 {
                u1 <= x.powf(alpha - 1.0)
            } else {
                u1 <= (-x).exp()
            };
            if accept {
                return Ok(x * beta);
            }
        }
    }

    /// `betavariate(alpha, beta)` from two gamma variates.
    pub fn betavariate(&mut self, alpha: f64, beta: f64) -> Result<f64, RandomError> {
        let y = self.gammavariate(alpha, 1.0)?;
        if y != 0.0 {
            return Ok(y / (y + self.gammavariate(beta, 1.0)?));
        }
        Ok(0.0)
    }
}
