//! Scalar str/repr: float64, float32, complex, integers and bools.

use super::*;

#[test]
fn float64_scalars() {
    // python3: str(np.float64(0.0)), repr(np.float64(0.0))
    assert_eq!(scalar_str(Scalar::F64(0.0)), "0.0");
    assert_eq!(scalar_repr(Scalar::F64(0.0)), "np.float64(0.0)");
    // python3: str(np.float64(-0.0)), repr(np.float64(-0.0))
    assert_eq!(scalar_str(Scalar::F64(-0.0)), "-0.0");
    assert_eq!(scalar_repr(Scalar::F64(-0.0)), "np.float64(-0.0)");
    // python3: str(np.float64(1.0)), repr(np.float64(1.0))
    assert_eq!(scalar_str(Scalar::F64(1.0)), "1.0");
    assert_eq!(scalar_repr(Scalar::F64(1.0)), "np.float64(1.0)");
    // python3: str(np.float64(1.5)), repr(np.float64(1.5))
    assert_eq!(scalar_str(Scalar::F64(1.5)), "1.5");
    assert_eq!(scalar_repr(Scalar::F64(1.5)), "np.float64(1.5)");
    // python3: str(np.float64(0.1)), repr(np.float64(0.1))
    assert_eq!(scalar_str(Scalar::F64(0.1)), "0.1");
    assert_eq!(scalar_repr(Scalar::F64(0.1)), "np.float64(0.1)");
    // python3: str(np.float64(0.3333333333333333)), repr(np.float64(0.3333333333333333))
    assert_eq!(
        scalar_str(Scalar::F64(0.3333333333333333)),
        "0.3333333333333333"
    );
    assert_eq!(
        scalar_repr(Scalar::F64(0.3333333333333333)),
        "np.float64(0.3333333333333333)"
    );
    // python3: str(np.float64(1e+16)), repr(np.float64(1e+16))
    assert_eq!(scalar_str(Scalar::F64(1e+16)), "1e+16");
    assert_eq!(scalar_repr(Scalar::F64(1e+16)), "np.float64(1e+16)");
    // python3: str(np.float64(9999000000000000.0)), repr(np.float64(9999000000000000.0))
    assert_eq!(
        scalar_str(Scalar::F64(9999000000000000.0)),
        "9999000000000000.0"
    );
    assert_eq!(
        scalar_repr(Scalar::F64(9999000000000000.0)),
        "np.float64(9999000000000000.0)"
    );
    // python3: str(np.float64(0.0001)), repr(np.float64(0.0001))
    assert_eq!(scalar_str(Scalar::F64(0.0001)), "0.0001");
    assert_eq!(scalar_repr(Scalar::F64(0.0001)), "np.float64(0.0001)");
    // python3: str(np.float64(0.00011)), repr(np.float64(0.00011))
    assert_eq!(scalar_str(Scalar::F64(0.00011)), "0.00011");
    assert_eq!(scalar_repr(Scalar::F64(0.00011)), "np.float64(0.00011)");
    // python3: str(np.float64(1e-05)), repr(np.float64(1e-05))
    assert_eq!(scalar_str(Scalar::F64(1e-05)), "1e-05");
    assert_eq!(scalar_repr(Scalar::F64(1e-05)), "np.float64(1e-05)");
    // python3: str(np.float64(123456789.123)), repr(np.float64(123456789.123))
    assert_eq!(scalar_str(Scalar::F64(123456789.123)), "123456789.123");
    assert_eq!(
        scalar_repr(Scalar::F64(123456789.123)),
        "np.float64(123456789.123)"
    );
    // python3: str(np.float64(1.5e+300)), repr(np.float64(1.5e+300))
    assert_eq!(scalar_str(Scalar::F64(1.5e+300)), "1.5e+300");
    assert_eq!(scalar_repr(Scalar::F64(1.5e+300)), "np.float64(1.5e+300)");
    // python3: str(np.float64(5e-324)), repr(np.float64(5e-324))
    assert_eq!(scalar_str(Scalar::F64(5e-324)), "5e-324");
    assert_eq!(scalar_repr(Scalar::F64(5e-324)), "np.float64(5e-324)");
    // python3: str(np.float64(1e+22)), repr(np.float64(1e+22))
    assert_eq!(scalar_str(Scalar::F64(1e+22)), "1e+22");
    assert_eq!(scalar_repr(Scalar::F64(1e+22)), "np.float64(1e+22)");
    // python3: str(np.float64(1.152921504606847e+18)), repr(np.float64(1.152921504606847e+18))
    assert_eq!(
        scalar_str(Scalar::F64(1.152921504606847e+18)),
        "1.152921504606847e+18"
    );
    assert_eq!(
        scalar_repr(Scalar::F64(1.152921504606847e+18)),
        "np.float64(1.152921504606847e+18)"
    );
    // python3: str(np.float64(999999.9)), repr(np.float64(999999.9))
    assert_eq!(scalar_str(Scalar::F64(999999.9)), "999999.9");
    assert_eq!(scalar_repr(Scalar::F64(999999.9)), "np.float64(999999.9)");
    // python3: str(np.float64(1000000.0)), repr(np.float64(1000000.0))
    assert_eq!(scalar_str(Scalar::F64(1000000.0)), "1000000.0");
    assert_eq!(scalar_repr(Scalar::F64(1000000.0)), "np.float64(1000000.0)");
    // python3: str(np.float64(3e-05)), repr(np.float64(3e-05))
    assert_eq!(scalar_str(Scalar::F64(3e-05)), "3e-05");
    assert_eq!(scalar_repr(Scalar::F64(3e-05)), "np.float64(3e-05)");
    // python3: str(np.float64(float('nan'))), repr(np.float64(float('nan')))
    assert_eq!(scalar_str(Scalar::F64(f64::NAN)), "nan");
    assert_eq!(scalar_repr(Scalar::F64(f64::NAN)), "np.float64(nan)");
    // python3: str(np.float64(float('inf'))), repr(np.float64(float('inf')))
    assert_eq!(scalar_str(Scalar::F64(f64::INFINITY)), "inf");
    assert_eq!(scalar_repr(Scalar::F64(f64::INFINITY)), "np.float64(inf)");
    // python3: str(np.float64(float('-inf'))), repr(np.float64(float('-inf')))
    assert_eq!(scalar_str(Scalar::F64(f64::NEG_INFINITY)), "-inf");
    assert_eq!(
        scalar_repr(Scalar::F64(f64::NEG_INFINITY)),
        "np.float64(-inf)"
    );
    // python3: str(np.float64(-2.5e-07)), repr(np.float64(-2.5e-07))
    assert_eq!(scalar_str(Scalar::F64(-2.5e-07)), "-2.5e-07");
    assert_eq!(scalar_repr(Scalar::F64(-2.5e-07)), "np.float64(-2.5e-07)");
}

#[test]
fn float32_scalars() {
    // python3: str(np.float32(0.0)), repr(np.float32(0.0))
    assert_eq!(scalar_str(Scalar::F32(0.0)), "0.0");
    assert_eq!(scalar_repr(Scalar::F32(0.0)), "np.float32(0.0)");
    // python3: str(np.float32(-0.0)), repr(np.float32(-0.0))
    assert_eq!(scalar_str(Scalar::F32(-0.0)), "-0.0");
    assert_eq!(scalar_repr(Scalar::F32(-0.0)), "np.float32(-0.0)");
    // python3: str(np.float32(1.0)), repr(np.float32(1.0))
    assert_eq!(scalar_str(Scalar::F32(1.0)), "1.0");
    assert_eq!(scalar_repr(Scalar::F32(1.0)), "np.float32(1.0)");
    // python3: str(np.float32(1.5)), repr(np.float32(1.5))
    assert_eq!(scalar_str(Scalar::F32(1.5)), "1.5");
    assert_eq!(scalar_repr(Scalar::F32(1.5)), "np.float32(1.5)");
    // python3: str(np.float32(0.10000000149011612)), repr(np.float32(0.10000000149011612))
    assert_eq!(scalar_str(Scalar::F32(0.1)), "0.1");
    assert_eq!(scalar_repr(Scalar::F32(0.1)), "np.float32(0.1)");
    // python3: str(np.float32(0.3333333432674408)), repr(np.float32(0.3333333432674408))
    assert_eq!(scalar_str(Scalar::F32(0.33333334)), "0.33333334");
    assert_eq!(
        scalar_repr(Scalar::F32(0.33333334)),
        "np.float32(0.33333334)"
    );
    // python3: str(np.float32(1.0000000272564224e+16)), repr(np.float32(1.0000000272564224e+16))
    assert_eq!(scalar_str(Scalar::F32(1e+16)), "1e+16");
    assert_eq!(scalar_repr(Scalar::F32(1e+16)), "np.float32(1e+16)");
    // python3: str(np.float32(9998999545184256.0)), repr(np.float32(9998999545184256.0))
    assert_eq!(scalar_str(Scalar::F32(9.999e+15)), "9.999e+15");
    assert_eq!(scalar_repr(Scalar::F32(9.999e+15)), "np.float32(9.999e+15)");
    // python3: str(np.float32(9.999999747378752e-05)), repr(np.float32(9.999999747378752e-05))
    assert_eq!(scalar_str(Scalar::F32(1e-04)), "1e-04");
    assert_eq!(scalar_repr(Scalar::F32(1e-04)), "np.float32(1e-04)");
    // python3: str(np.float32(0.00011000000085914508)), repr(np.float32(0.00011000000085914508))
    assert_eq!(scalar_str(Scalar::F32(0.00011)), "0.00011");
    assert_eq!(scalar_repr(Scalar::F32(0.00011)), "np.float32(0.00011)");
    // python3: str(np.float32(9.999999747378752e-06)), repr(np.float32(9.999999747378752e-06))
    assert_eq!(scalar_str(Scalar::F32(1e-05)), "1e-05");
    assert_eq!(scalar_repr(Scalar::F32(1e-05)), "np.float32(1e-05)");
    // python3: str(np.float32(123456792.0)), repr(np.float32(123456792.0))
    assert_eq!(scalar_str(Scalar::F32(1.2345679e+08)), "1.2345679e+08");
    assert_eq!(
        scalar_repr(Scalar::F32(1.2345679e+08)),
        "np.float32(1.2345679e+08)"
    );
    // python3: str(np.float32(0.0)), repr(np.float32(0.0))
    assert_eq!(scalar_str(Scalar::F32(0.0)), "0.0");
    assert_eq!(scalar_repr(Scalar::F32(0.0)), "np.float32(0.0)");
    // python3: str(np.float32(9.999999778196308e+21)), repr(np.float32(9.999999778196308e+21))
    assert_eq!(scalar_str(Scalar::F32(1e+22)), "1e+22");
    assert_eq!(scalar_repr(Scalar::F32(1e+22)), "np.float32(1e+22)");
    // python3: str(np.float32(1.152921504606847e+18)), repr(np.float32(1.152921504606847e+18))
    assert_eq!(scalar_str(Scalar::F32(1.1529215e+18)), "1.1529215e+18");
    assert_eq!(
        scalar_repr(Scalar::F32(1.1529215e+18)),
        "np.float32(1.1529215e+18)"
    );
    // python3: str(np.float32(999999.875)), repr(np.float32(999999.875))
    assert_eq!(scalar_str(Scalar::F32(999999.9)), "999999.9");
    assert_eq!(scalar_repr(Scalar::F32(999999.9)), "np.float32(999999.9)");
    // python3: str(np.float32(1000000.0)), repr(np.float32(1000000.0))
    assert_eq!(scalar_str(Scalar::F32(1e+06)), "1e+06");
    assert_eq!(scalar_repr(Scalar::F32(1e+06)), "np.float32(1e+06)");
    // python3: str(np.float32(2.9999999242136255e-05)), repr(np.float32(2.9999999242136255e-05))
    assert_eq!(scalar_str(Scalar::F32(3e-05)), "3e-05");
    assert_eq!(scalar_repr(Scalar::F32(3e-05)), "np.float32(3e-05)");
    // python3: str(np.float32(float('nan'))), repr(np.float32(float('nan')))
    assert_eq!(scalar_str(Scalar::F32(f32::NAN)), "nan");
    assert_eq!(scalar_repr(Scalar::F32(f32::NAN)), "np.float32(nan)");
    // python3: str(np.float32(float('inf'))), repr(np.float32(float('inf')))
    assert_eq!(scalar_str(Scalar::F32(f32::INFINITY)), "inf");
    assert_eq!(scalar_repr(Scalar::F32(f32::INFINITY)), "np.float32(inf)");
    // python3: str(np.float32(float('-inf'))), repr(np.float32(float('-inf')))
    assert_eq!(scalar_str(Scalar::F32(f32::NEG_INFINITY)), "-inf");
    assert_eq!(
        scalar_repr(Scalar::F32(f32::NEG_INFINITY)),
        "np.float32(-inf)"
    );
    // python3: str(np.float32(-2.499999993688107e-07)), repr(np.float32(-2.499999993688107e-07))
    assert_eq!(scalar_str(Scalar::F32(-2.5e-07)), "-2.5e-07");
    assert_eq!(scalar_repr(Scalar::F32(-2.5e-07)), "np.float32(-2.5e-07)");
}

#[test]
fn complex128_scalars() {
    // python3: str(np.complex128(complex(float('0.0'), float('1.0')))), repr(np.complex128(complex(float('0.0'), float('1.0'))))
    assert_eq!(scalar_str(Scalar::C128(Complex64::new(0.0, 1.0))), "1j");
    assert_eq!(
        scalar_repr(Scalar::C128(Complex64::new(0.0, 1.0))),
        "np.complex128(1j)"
    );
    // python3: str(np.complex128(complex(float('-0.0'), float('1.0')))), repr(np.complex128(complex(float('-0.0'), float('1.0'))))
    assert_eq!(
        scalar_str(Scalar::C128(Complex64::new(-0.0, 1.0))),
        "(-0+1j)"
    );
    assert_eq!(
        scalar_repr(Scalar::C128(Complex64::new(-0.0, 1.0))),
        "np.complex128(-0+1j)"
    );
    // python3: str(np.complex128(complex(float('0.0'), float('-0.0')))), repr(np.complex128(complex(float('0.0'), float('-0.0'))))
    assert_eq!(scalar_str(Scalar::C128(Complex64::new(0.0, -0.0))), "-0j");
    assert_eq!(
        scalar_repr(Scalar::C128(Complex64::new(0.0, -0.0))),
        "np.complex128(-0j)"
    );
    // python3: str(np.complex128(complex(float('1.0'), float('-0.0')))), repr(np.complex128(complex(float('1.0'), float('-0.0'))))
    assert_eq!(
        scalar_str(Scalar::C128(Complex64::new(1.0, -0.0))),
        "(1-0j)"
    );
    assert_eq!(
        scalar_repr(Scalar::C128(Complex64::new(1.0, -0.0))),
        "np.complex128(1-0j)"
    );
    // python3: str(np.complex128(complex(float('nan'), float('nan')))), repr(np.complex128(complex(float('nan'), float('nan'))))
    assert_eq!(
        scalar_str(Scalar::C128(Complex64::new(f64::NAN, f64::NAN))),
        "(nan+nanj)"
    );
    assert_eq!(
        scalar_repr(Scalar::C128(Complex64::new(f64::NAN, f64::NAN))),
        "np.complex128(nan+nanj)"
    );
    // python3: str(np.complex128(complex(float('nan'), float('1.0')))), repr(np.complex128(complex(float('nan'), float('1.0'))))
    assert_eq!(
        scalar_str(Scalar::C128(Complex64::new(f64::NAN, 1.0))),
        "(nan+1j)"
    );
    assert_eq!(
        scalar_repr(Scalar::C128(Complex64::new(f64::NAN, 1.0))),
        "np.complex128(nan+1j)"
    );
    // python3: str(np.complex128(complex(float('1.0'), float('nan')))), repr(np.complex128(complex(float('1.0'), float('nan'))))
    assert_eq!(
        scalar_str(Scalar::C128(Complex64::new(1.0, f64::NAN))),
        "(1+nanj)"
    );
    assert_eq!(
        scalar_repr(Scalar::C128(Complex64::new(1.0, f64::NAN))),
        "np.complex128(1+nanj)"
    );
    // python3: str(np.complex128(complex(float('1.0'), float('inf')))), repr(np.complex128(complex(float('1.0'), float('inf'))))
    assert_eq!(
        scalar_str(Scalar::C128(Complex64::new(1.0, f64::INFINITY))),
        "(1+infj)"
    );
    assert_eq!(
        scalar_repr(Scalar::C128(Complex64::new(1.0, f64::INFINITY))),
        "np.complex128(1+infj)"
    );
    // python3: str(np.complex128(complex(float('1.0'), float('-inf')))), repr(np.complex128(complex(float('1.0'), float('-inf'))))
    assert_eq!(
        scalar_str(Scalar::C128(Complex64::new(1.0, f64::NEG_INFINITY))),
        "(1-infj)"
    );
    assert_eq!(
        scalar_repr(Scalar::C128(Complex64::new(1.0, f64::NEG_INFINITY))),
        "np.complex128(1-infj)"
    );
    // python3: str(np.complex128(complex(float('-inf'), float('1.0')))), repr(np.complex128(complex(float('-inf'), float('1.0'))))
    assert_eq!(
        scalar_str(Scalar::C128(Complex64::new(f64::NEG_INFINITY, 1.0))),
        "(-inf+1j)"
    );
    assert_eq!(
        scalar_repr(Scalar::C128(Complex64::new(f64::NEG_INFINITY, 1.0))),
        "np.complex128(-inf+1j)"
    );
    // python3: str(np.complex128(complex(float('1e+20'), float('1e-20')))), repr(np.complex128(complex(float('1e+20'), float('1e-20'))))
    assert_eq!(
        scalar_str(Scalar::C128(Complex64::new(1e+20, 1e-20))),
        "(1e+20+1e-20j)"
    );
    assert_eq!(
        scalar_repr(Scalar::C128(Complex64::new(1e+20, 1e-20))),
        "np.complex128(1e+20+1e-20j)"
    );
    // python3: str(np.complex128(complex(float('0.1'), float('0.2')))), repr(np.complex128(complex(float('0.1'), float('0.2'))))
    assert_eq!(
        scalar_str(Scalar::C128(Complex64::new(0.1, 0.2))),
        "(0.1+0.2j)"
    );
    assert_eq!(
        scalar_repr(Scalar::C128(Complex64::new(0.1, 0.2))),
        "np.complex128(0.1+0.2j)"
    );
    // python3: str(np.complex128(complex(float('1e+16'), float('1.0')))), repr(np.complex128(complex(float('1e+16'), float('1.0'))))
    assert_eq!(
        scalar_str(Scalar::C128(Complex64::new(1e+16, 1.0))),
        "(1e+16+1j)"
    );
    assert_eq!(
        scalar_repr(Scalar::C128(Complex64::new(1e+16, 1.0))),
        "np.complex128(1e+16+1j)"
    );
    // python3: str(np.complex128(complex(float('0.0'), float('0.0')))), repr(np.complex128(complex(float('0.0'), float('0.0'))))
    assert_eq!(scalar_str(Scalar::C128(Complex64::new(0.0, 0.0))), "0j");
    assert_eq!(
        scalar_repr(Scalar::C128(Complex64::new(0.0, 0.0))),
        "np.complex128(0j)"
    );
    // python3: str(np.complex128(complex(float('2.5'), float('-1e-07')))), repr(np.complex128(complex(float('2.5'), float('-1e-07'))))
    assert_eq!(
        scalar_str(Scalar::C128(Complex64::new(2.5, -1e-07))),
        "(2.5-1e-07j)"
    );
    assert_eq!(
        scalar_repr(Scalar::C128(Complex64::new(2.5, -1e-07))),
        "np.complex128(2.5-1e-07j)"
    );
}

#[test]
fn complex64_scalars() {
    // python3: str(np.complex64(complex(float('0.0'), float('1.0')))), repr(np.complex64(complex(float('0.0'), float('1.0'))))
    assert_eq!(scalar_str(Scalar::C64(Complex32::new(0.0, 1.0))), "1j");
    assert_eq!(
        scalar_repr(Scalar::C64(Complex32::new(0.0, 1.0))),
        "np.complex64(1j)"
    );
    // python3: str(np.complex64(complex(float('-0.0'), float('1.0')))), repr(np.complex64(complex(float('-0.0'), float('1.0'))))
    assert_eq!(
        scalar_str(Scalar::C64(Complex32::new(-0.0, 1.0))),
        "(-0+1j)"
    );
    assert_eq!(
        scalar_repr(Scalar::C64(Complex32::new(-0.0, 1.0))),
        "np.complex64(-0+1j)"
    );
    // python3: str(np.complex64(complex(float('0.0'), float('-0.0')))), repr(np.complex64(complex(float('0.0'), float('-0.0'))))
    assert_eq!(scalar_str(Scalar::C64(Complex32::new(0.0, -0.0))), "-0j");
    assert_eq!(
        scalar_repr(Scalar::C64(Complex32::new(0.0, -0.0))),
        "np.complex64(-0j)"
    );
    // python3: str(np.complex64(complex(float('1.0'), float('-0.0')))), repr(np.complex64(complex(float('1.0'), float('-0.0'))))
    assert_eq!(scalar_str(Scalar::C64(Complex32::new(1.0, -0.0))), "(1-0j)");
    assert_eq!(
        scalar_repr(Scalar::C64(Complex32::new(1.0, -0.0))),
        "np.complex64(1-0j)"
    );
    // python3: str(np.complex64(complex(float('nan'), float('nan')))), repr(np.complex64(complex(float('nan'), float('nan'))))
    assert_eq!(
        scalar_str(Scalar::C64(Complex32::new(f32::NAN, f32::NAN))),
        "(nan+nanj)"
    );
    assert_eq!(
        scalar_repr(Scalar::C64(Complex32::new(f32::NAN, f32::NAN))),
        "np.complex64(nan+nanj)"
    );
    // python3: str(np.complex64(complex(float('nan'), float('1.0')))), repr(np.complex64(complex(float('nan'), float('1.0'))))
    assert_eq!(
        scalar_str(Scalar::C64(Complex32::new(f32::NAN, 1.0))),
        "(nan+1j)"
    );
    assert_eq!(
        scalar_repr(Scalar::C64(Complex32::new(f32::NAN, 1.0))),
        "np.complex64(nan+1j)"
    );
    // python3: str(np.complex64(complex(float('1.0'), float('nan')))), repr(np.complex64(complex(float('1.0'), float('nan'))))
    assert_eq!(
        scalar_str(Scalar::C64(Complex32::new(1.0, f32::NAN))),
        "(1+nanj)"
    );
    assert_eq!(
        scalar_repr(Scalar::C64(Complex32::new(1.0, f32::NAN))),
        "np.complex64(1+nanj)"
    );
    // python3: str(np.complex64(complex(float('1.0'), float('inf')))), repr(np.complex64(complex(float('1.0'), float('inf'))))
    assert_eq!(
        scalar_str(Scalar::C64(Complex32::new(1.0, f32::INFINITY))),
        "(1+infj)"
    );
    assert_eq!(
        scalar_repr(Scalar::C64(Complex32::new(1.0, f32::INFINITY))),
        "np.complex64(1+infj)"
    );
    // python3: str(np.complex64(complex(float('1.0'), float('-inf')))), repr(np.complex64(complex(float('1.0'), float('-inf'))))
    assert_eq!(
        scalar_str(Scalar::C64(Complex32::new(1.0, f32::NEG_INFINITY))),
        "(1-infj)"
    );
    assert_eq!(
        scalar_repr(Scalar::C64(Complex32::new(1.0, f32::NEG_INFINITY))),
        "np.complex64(1-infj)"
    );
    // python3: str(np.complex64(complex(float('-inf'), float('1.0')))), repr(np.complex64(complex(float('-inf'), float('1.0'))))
    assert_eq!(
        scalar_str(Scalar::C64(Complex32::new(f32::NEG_INFINITY, 1.0))),
        "(-inf+1j)"
    );
    assert_eq!(
        scalar_repr(Scalar::C64(Complex32::new(f32::NEG_INFINITY, 1.0))),
        "np.complex64(-inf+1j)"
    );
    // python3: str(np.complex64(complex(float('1e+20'), float('1e-20')))), repr(np.complex64(complex(float('1e+20'), float('1e-20'))))
    assert_eq!(
        scalar_str(Scalar::C64(Complex32::new(1e+20, 1e-20))),
        "(1e+20+1e-20j)"
    );
    assert_eq!(
        scalar_repr(Scalar::C64(Complex32::new(1e+20, 1e-20))),
        "np.complex64(1e+20+1e-20j)"
    );
    // python3: str(np.complex64(complex(float('0.1'), float('0.2')))), repr(np.complex64(complex(float('0.1'), float('0.2'))))
    assert_eq!(
        scalar_str(Scalar::C64(Complex32::new(0.1, 0.2))),
        "(0.1+0.2j)"
    );
    assert_eq!(
        scalar_repr(Scalar::C64(Complex32::new(0.1, 0.2))),
        "np.complex64(0.1+0.2j)"
    );
    // python3: str(np.complex64(complex(float('1e+16'), float('1.0')))), repr(np.complex64(complex(float('1e+16'), float('1.0'))))
    assert_eq!(
        scalar_str(Scalar::C64(Complex32::new(1e+16, 1.0))),
        "(1e+16+1j)"
    );
    assert_eq!(
        scalar_repr(Scalar::C64(Complex32::new(1e+16, 1.0))),
        "np.complex64(1e+16+1j)"
    );
    // python3: str(np.complex64(complex(float('0.0'), float('0.0')))), repr(np.complex64(complex(float('0.0'), float('0.0'))))
    assert_eq!(scalar_str(Scalar::C64(Complex32::new(0.0, 0.0))), "0j");
    assert_eq!(
        scalar_repr(Scalar::C64(Complex32::new(0.0, 0.0))),
        "np.complex64(0j)"
    );
    // python3: str(np.complex64(complex(float('2.5'), float('-1e-07')))), repr(np.complex64(complex(float('2.5'), float('-1e-07'))))
    assert_eq!(
        scalar_str(Scalar::C64(Complex32::new(2.5, -1e-07))),
        "(2.5-1e-07j)"
    );
    assert_eq!(
        scalar_repr(Scalar::C64(Complex32::new(2.5, -1e-07))),
        "np.complex64(2.5-1e-07j)"
    );
}

#[test]
fn integer_and_bool_scalars() {
    // python3: str(np.int8(-128)), repr(np.int8(-128))
    assert_eq!(scalar_str(Scalar::I8(-128)), "-128");
    assert_eq!(scalar_repr(Scalar::I8(-128)), "np.int8(-128)");
    // python3: str(np.int16(300)), repr(np.int16(300))
    assert_eq!(scalar_str(Scalar::I16(300)), "300");
    assert_eq!(scalar_repr(Scalar::I16(300)), "np.int16(300)");
    // python3: str(np.int32(3)), repr(np.int32(3))
    assert_eq!(scalar_str(Scalar::I32(3)), "3");
    assert_eq!(scalar_repr(Scalar::I32(3)), "np.int32(3)");
    // python3: str(np.int64(-9223372036854775808)), repr(np.int64(-9223372036854775808))
    assert_eq!(scalar_str(Scalar::I64(i64::MIN)), "-9223372036854775808");
    assert_eq!(
        scalar_repr(Scalar::I64(i64::MIN)),
        "np.int64(-9223372036854775808)"
    );
    // python3: str(np.uint8(255)), repr(np.uint8(255))
    assert_eq!(scalar_str(Scalar::U8(255)), "255");
    assert_eq!(scalar_repr(Scalar::U8(255)), "np.uint8(255)");
    // python3: str(np.uint16(7)), repr(np.uint16(7))
    assert_eq!(scalar_str(Scalar::U16(7)), "7");
    assert_eq!(scalar_repr(Scalar::U16(7)), "np.uint16(7)");
    // python3: str(np.uint32(4294967295)), repr(np.uint32(4294967295))
    assert_eq!(scalar_str(Scalar::U32(u32::MAX)), "4294967295");
    assert_eq!(scalar_repr(Scalar::U32(u32::MAX)), "np.uint32(4294967295)");
    // python3: str(np.uint64(18446744073709551615)), repr(np.uint64(18446744073709551615))
    assert_eq!(scalar_str(Scalar::U64(u64::MAX)), "18446744073709551615");
    assert_eq!(
        scalar_repr(Scalar::U64(u64::MAX)),
        "np.uint64(18446744073709551615)"
    );
    // python3: str(np.True_), repr(np.True_)
    assert_eq!(scalar_str(Scalar::Bool(true)), "True");
    assert_eq!(scalar_repr(Scalar::Bool(true)), "np.True_");
    // python3: str(np.False_), repr(np.False_)
    assert_eq!(scalar_str(Scalar::Bool(false)), "False");
    assert_eq!(scalar_repr(Scalar::Bool(false)), "np.False_");
}
