//! `Generator` (PCG64 through `SeedSequence`) against NumPy's `np.random.default_rng`.

use super::{assert_bits_eq, float_stream_hash, int_stream_hash};
use crate::random::Generator;

#[test]
fn normal_by_ziggurat() {
    // python3 -c "import numpy as np; print(np.random.default_rng(42).normal(size=5).tolist())"
    let mut generator = Generator::from_seed(42).unwrap();
    let mut values = [0.0; 5];
    generator.fill_normal(0.0, 1.0, &mut values).unwrap();
    assert_bits_eq(
        &values,
        &[
            0.30471707975443135,
            -1.0399841062404955,
            0.7504511958064572,
            0.9405647163912139,
            -1.9510351886538364,
        ],
    );
    // python3 -c "import numpy as np,struct; x=0xcbf29ce484222325;
    //   [x:=((x^struct.unpack('<Q',struct.pack('<d',v))[0])*0x100000001b3)%2**64
    //    for v in np.random.default_rng(42).normal(size=1000)]; print(x)"
    let mut generator = Generator::from_seed(42).unwrap();
    assert_eq!(
        float_stream_hash((0..1000).map(|_| generator.standard_normal())),
        2649645447561943873
    );
    // 200000 draws reach the tail and wedge branches of every layer:
    // same one-liner over np.random.default_rng(2**70+5).standard_normal(200000)
    let mut generator = Generator::from_seed((1 << 70) + 5).unwrap();
    assert_eq!(
        float_stream_hash((0..200_000).map(|_| generator.standard_normal())),
        15538454836875464080
    );
}

#[test]
fn exponential_by_ziggurat() {
    // same one-liner over np.random.default_rng(7).standard_exponential(100000)
    let mut generator = Generator::from_seed(7).unwrap();
    assert_eq!(
        float_stream_hash((0..100_000).map(|_| generator.standard_exponential())),
        8334133754207123676
    );
}

#[test]
fn random_and_integers() {
    // python3 -c "import numpy as np; rng=np.random.default_rng(42); print(rng.random(3).tolist(),
    //   rng.integers(0, 10, 10), rng.integers(-2**40, 2**40, 3), rng.integers(-2**63, 2**63),
    //   rng.integers(1, 6, 5, endpoint=True))"
    let mut generator = Generator::from_seed(42).unwrap();
    let values: Vec<f64> = (0..3).map(|_| generator.random()).collect();
    assert_bits_eq(
        &values,
        &[0.7739560485559633, 0.4388784397520523, 0.8585979199113825],
    );
    let mut small = [0i64; 10];
    generator
        .fill_integers(0, Some(10), false, &mut small)
        .unwrap();
    assert_eq!(small, [0, 6, 2, 0, 5, 9, 7, 7, 7, 7]);
    let mut wide = [0i64; 3];
    generator
        .fill_integers(-(1 << 40), Some(1 << 40), false, &mut wide)
        .unwrap();
    assert_eq!(wide, [-817786770170, -109102476371, -284118149376]);
    assert_eq!(
        generator
            .integers(i128::from(i64::MIN), Some(1 << 63), false)
            .unwrap(),
        7872424528909669039
    );
    let mut closed = [0i64; 5];
    generator
        .fill_integers(1, Some(6), true, &mut closed)
        .unwrap();
    assert_eq!(closed, [5, 4, 3, 5, 4]);
}

#[test]
fn buffered_half_words_survive_other_draws() {
    // python3 -c "import numpy as np; rng=np.random.default_rng(0); print(rng.random(),
    //   rng.integers(10), rng.random(), rng.integers(10), rng.integers(10))"
    let mut generator = Generator::from_seed(0).unwrap();
    assert_eq!(
        generator.random().to_bits(),
        0.6369616873214543f64.to_bits()
    );
    assert_eq!(generator.integers(10, None, false).unwrap(), 5);
    assert_eq!(
        generator.random().to_bits(),
        0.04097352393619469f64.to_bits()
    );
    assert_eq!(generator.integers(10, None, false).unwrap(), 2);
    assert_eq!(generator.integers(10, None, false).unwrap(), 0);
}

#[test]
fn choice_and_permutation() {
    // python3 -c "import numpy as np; rng=np.random.default_rng(1); print(rng.choice(10, 5),
    //   rng.choice(100, 5, replace=False), rng.choice(100, 5, replace=False, shuffle=False))"
    // then the hash one-liner over rng.choice(50000, 2000, replace=False), then rng.permutation(8)
    let mut generator = Generator::from_seed(1).unwrap();
    assert_eq!(
        generator.choice_indices(10, 5, true, None, true).unwrap(),
        [4, 5, 7, 9, 0]
    );
    assert_eq!(
        generator.choice_indices(100, 5, false, None, true).unwrap(),
        [92, 24, 13, 79, 31]
    );
    assert_eq!(
        generator
            .choice_indices(100, 5, false, None, false)
            .unwrap(),
        [24, 39, 63, 54, 8]
    );
    let tail = generator
        .choice_indices(50_000, 2000, false, None, true)
        .unwrap();
    assert_eq!(int_stream_hash(tail), 17247824803561362591);
    assert_eq!(generator.permutation(8).unwrap(), [2, 3, 1, 5, 6, 4, 0, 7]);
    // python3 -c "import numpy as np; rng=np.random.default_rng(1); p=[0.1,0.2,0.3,0.4];
    //   print(rng.choice(4, 6, p=p), rng.choice(4, 3, replace=False, p=p))"
    let mut generator = Generator::from_seed(1).unwrap();
    let p = [0.1, 0.2, 0.3, 0.4];
    assert_eq!(
        generator
            .choice_indices(4, 6, true, Some(&p), true)
            .unwrap(),
        [2, 3, 1, 3, 2, 2]
    );
    assert_eq!(
        generator
            .choice_indices(4, 3, false, Some(&p), true)
            .unwrap(),
        [3, 2, 0]
    );
}

#[test]
fn uniform_normal_exponential_with_parameters() {
    // python3 -c "import numpy as np; rng=np.random.default_rng(3); print(rng.uniform(-2, 2),
    //   rng.normal(10, 0.5), rng.exponential(2.0))"
    let mut generator = Generator::from_seed(3).unwrap();
    let values = [
        generator.uniform(-2.0, 2.0).unwrap(),
        generator.normal(10.0, 0.5).unwrap(),
        generator.exponential(2.0).unwrap(),
    ];
    assert_bits_eq(
        &values,
        &[-1.6574033314255026, 8.72216748434291, 2.799081916238477],
    );
    assert_eq!(
        Generator::from_seed(-1).unwrap_err().message,
        "expected non-negative integer"
    );
    assert_eq!(
        generator.integers(3, Some(1), true).unwrap_err().message,
        "low > high"
    );
}
