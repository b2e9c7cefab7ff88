//! Bit-exact checks of the complex functions against NumPy 2.4.6 on glibc 2.36 (values from
//! the python3 one-liners quoted above each test, run with NPY_DISABLE_CPU_FEATURES set).

use super::*;
use num_complex::{Complex32, Complex64};

fn c(re: f64, im: f64) -> Complex64 {
    Complex64::new(re, im)
}

fn same(got: Complex64, re: f64, im: f64) {
    assert_eq!(got.re.to_bits(), re.to_bits(), "real part of {got}");
    assert_eq!(got.im.to_bits(), im.to_bits(), "imaginary part of {got}");
}

// np.power(np.array([z]), np.array([e]))[0] for each (z, e)
#[test]
fn power_matches_numpy() {
    same(
        npy_cpow(c(1.0, 2.0), c(0.5, 0.0)),
        1.272019649514069,
        0.7861513777574233,
    );
    same(
        npy_cpow(c(-3.0, 0.5), c(1.0, 1.0)),
        -0.0905361113510046,
        -0.12584802931308398,
    );
    same(
        npy_cpow(c(2.0, -2.0), c(1.5, 0.0)),
        1.82035944224891,
        -4.39473645387124,
    );
    same(
        npy_cpow(c(0.9, 0.3), c(-0.0, -2.5)),
        2.215944378467521,
        0.29354042747016923,
    );
    same(
        npy_cpow(c(1e300, 1e300), c(0.5, 0.0)),
        1.0986841134677819e+150,
        4.550898605622157e+149,
    );
}

// zero bases: np.array([0j])**e gives 0 for Re(e) > 0, 1 for e == 0, nan+nanj otherwise
#[test]
fn power_of_zero_base() {
    same(npy_cpow(c(0.0, -0.0), c(2.0, 0.0)), 0.0, 0.0);
    same(npy_cpow(c(0.0, 0.0), c(1.0, 1.0)), 0.0, 0.0);
    same(npy_cpow(c(-0.0, 0.0), c(0.0, 0.0)), 1.0, 0.0);
    let r = npy_cpow(c(0.0, 0.0), c(-1.0, 0.0));
    assert!(r.re.is_nan() && r.im.is_nan());
    let r = npy_cpow(c(0.0, 0.0), c(0.0, 1.0));
    assert!(r.re.is_nan() && r.im.is_nan());
}

// np.sqrt, np.log and np.exp(z / 100) of np.array([z])
#[test]
fn sqrt_log_exp_match_numpy() {
    let z = c(1.0, 2.0);
    same(csqrt(z), 1.272019649514069, 0.7861513777574233);
    same(clog(z), 0.8047189562170503, 1.1071487177940904);
    same(cexp(z / 100.0), 1.009848163784329, 0.020199656635061663);
    same(csqrt(c(-4.0, -0.0)), 0.0, -2.0);
    same(
        clog(c(-4.0, -0.0)),
        1.3862943611198906,
        -std::f64::consts::PI,
    );
    same(csqrt(c(3e-320, 0.0)), 1.7320411662394313e-160, 0.0);
    same(clog(c(3e-320, 0.0)), -735.7286286023059, 0.0);
    same(
        csqrt(c(1e308, 1e308)),
        1.09868411346781e+154,
        4.5508986056222734e+153,
    );
    same(
        clog(c(1e308, 1e308)),
        709.542782232446,
        std::f64::consts::FRAC_PI_4,
    );
    same(cexp(c(1e306, 1e306)), f64::INFINITY, f64::INFINITY);
    // |z| close to 1: the x2y2m1 branch
    same(
        clog(c(0.6, 0.8)),
        2.2204460492503132e-17,
        0.9272952180016123,
    );
    same(
        cexp(c(0.006, 0.008)),
        1.0059858436486047,
        0.008048058441834819,
    );
}

// z = np.array([1.5+2.5j], dtype=np.complex64): np.power(z, np.complex64(0.7-0.2j)), np.sqrt,
// np.log, np.exp
#[test]
fn complex64_functions_match_numpy() {
    let z = Complex32::new(1.5, 2.5);
    assert_eq!(
        npy_cpow(z, Complex32::new(0.7, -0.2)),
        Complex32::new(2.2716703, 1.2625108)
    );
    assert_eq!(csqrt(z), Complex32::new(1.4858458, 0.8412717));
    assert_eq!(clog(z), Complex32::new(1.0700331, 1.0303768));
    assert_eq!(cexp(z), Complex32::new(-3.5904763, 2.6821659));
}

// C99 multiplication (Annex G) recovers infinities: (inf+infj) * (nan+1j) = -inf+infj
#[test]
fn c99_multiplication_recovers_infinity() {
    let r = c99_mul(c(f64::INFINITY, f64::INFINITY), c(f64::NAN, 1.0));
    same(r, f64::NEG_INFINITY, f64::INFINITY);
    same(c99_mul(c(1.0, 2.0), c(3.0, 4.0)), -5.0, 10.0);
}
