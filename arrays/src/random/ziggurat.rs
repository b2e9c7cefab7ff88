//! Marsaglia and Tsang's ziggurat samplers as NumPy's `Generator` runs them: standard normal
//! (`random_standard_normal`) and standard exponential (`random_standard_exponential`), each
//! from one 64-bit draw in the common case, over 256-layer tables.
//!
//! Normal: the low 8 bits of a draw pick the layer, the next bit the sign, the next 52 bits the
//! position; a point inside the layer's rectangle is returned at once, the base layer falls
//! back to Marsaglia's tail method and the other layers to a wedge test against the density.

mod tables;

pub use tables::{EXPONENTIAL_F, EXPONENTIAL_K, EXPONENTIAL_W, NORMAL_F, NORMAL_K, NORMAL_W};

use super::BitSource;

/// Start of the normal tail, `r` (`ziggurat_nor_r`).
pub const NORMAL_R: f64 = 3.654152885361009;
/// `1 / r` (`ziggurat_nor_inv_r`).
const NORMAL_INV_R: f64 = 0.2736612373297583;
/// Start of the exponential tail (`ziggurat_exp_r`).
pub const EXPONENTIAL_R: f64 = 7.69711747013105;

/// One standard normal variate (`random_standard_normal`).
pub fn standard_normal<B: BitSource + ?Sized>(source: &mut B) -> f64 {
    loop {
        let draw = source.next_u64();
        let layer = (draw & 0xff) as usize;
        let rest = draw >> 8;
        let negative = rest & 1 == 1;
        let position = (rest >> 1) & 0x000f_ffff_ffff_ffff;
        let mut x = position as f64 * NORMAL_W[layer];
        if negative {
            x = -x;
        }
        if position < NORMAL_K[layer] {
            return x;
        }
        if layer == 0 {
            loop {
                let xx = -NORMAL_INV_R * (-source.next_f64()).ln_1p();
                let yy = -(-source.next_f64()).ln_1p();
                if yy + yy > xx * xx {
                    return if (position >> 8) & 1 == 1 {
                        -(NORMAL_R + xx)
                    } else {
                        NORMAL_R + xx
                    };
                }
            }
        }
        let wedge = (NORMAL_F[layer - 1] - NORMAL_F[layer]) * source.next_f64() + NORMAL_F[layer];
        if wedge < (-0.5 * x * x).exp() {
            return x;
        }
    }
}

/// One standard exponential variate (`random_standard_exponential`).
pub fn standard_exponential<B: BitSource + ?Sized>(source: &mut B) -> f64 {
    loop {
        let draw = source.next_u64() >> 3;
        let layer = (draw & 0xff) as usize;
        let position = draw >> 8;
        let x = position as f64 * EXPONENTIAL_W[layer];
        if position < EXPONENTIAL_K[layer] {
            return x;
        }
        if layer == 0 {
            return EXPONENTIAL_R - (-source.next_f64()).ln_1p();
        }
        let wedge = (EXPONENTIAL_F[layer - 1] - EXPONENTIAL_F[layer]) * source.next_f64()
            + EXPONENTIAL_F[layer];
        if wedge < (-x).exp() {
            return x;
        }
    }
}
