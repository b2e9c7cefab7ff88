//! `LegacyRandomState` against NumPy's `np.random` (legacy `RandomState` on MT19937).

use super::{assert_bits_eq, float_stream_hash};
use crate::random::{LegacyRandomState, RandomErrorKind};

#[test]
fn randn_and_rand_after_seed() {
    // python3 -c "import numpy as np; np.random.seed(0); print(np.random.randn(10).tolist())"
    let mut state = LegacyRandomState::new(0);
    let mut values = [0.0; 10];
    state.fill_standard_normal(&mut values);
    assert_bits_eq(
        &values,
        &[
            1.764052345967664,
            0.4001572083672233,
            0.9787379841057392,
            2.240893199201458,
            1.8675579901499675,
            -0.977277879876411,
            0.9500884175255894,
            -0.1513572082976979,
            -0.10321885179355784,
            0.41059850193837233,
        ],
    );
    // python3 -c "import numpy as np; np.random.seed(0); print(np.random.rand(5).tolist())"
    let mut state = LegacyRandomState::new(0);
    let values: Vec<f64> = (0..5).map(|_| state.random_sample()).collect();
    assert_bits_eq(
        &values,
        &[
            0.5488135039273248,
            0.7151893663724195,
            0.6027633760716439,
            0.5448831829968969,
            0.4236547993389047,
        ],
    );
    // python3 -c "import numpy as np,struct; np.random.seed(0); x=0xcbf29ce484222325;
    //   [x:=((x^struct.unpack('<Q',struct.pack('<d',v))[0])*0x100000001b3)%2**64
    //    for v in np.random.randn(10001)]; print(x)"
    let mut state = LegacyRandomState::new(0);
    assert_eq!(
        float_stream_hash((0..10001).map(|_| state.standard_normal())),
        12907925072201141287
    );
}

#[test]
fn randint_masked_paths() {
    // python3 -c "import numpy as np; np.random.seed(12345); print(np.random.randint(0, 10, 10),
    //   np.random.randint(-2**40, 2**40, 3), np.random.randint(-2**63, 2**63-1))"
    let mut state = LegacyRandomState::new(12345);
    let mut small = [0i64; 10];
    state.fill_randint(0, Some(10), &mut small).unwrap();
    assert_eq!(small, [2, 5, 1, 4, 9, 5, 2, 1, 6, 1]);
    let mut wide = [0i64; 3];
    state
        .fill_randint(-(1 << 40), Some(1 << 40), &mut wide)
        .unwrap();
    assert_eq!(wide, [257370495630, -646934082469, -37989100170]);
    assert_eq!(
        state
            .randint(i128::from(i64::MIN), Some(i128::from(i64::MAX)))
            .unwrap(),
        4569531639804240754
    );
}

#[test]
fn randint_errors() {
    // python3 -c "import numpy as np; np.random.randint(5, 5)" -> ValueError: low >= high, and
    // likewise for randint(0), randint(-1, 2**63+1), normal(0, -1), uniform(-1e308, 1e308).
    let mut state = LegacyRandomState::new(0);
    assert_eq!(
        state.randint(5, Some(5)).unwrap_err().message,
        "low >= high"
    );
    assert_eq!(state.randint(0, None).unwrap_err().message, "high <= 0");
    assert_eq!(
        state
            .randint(-1, Some(i128::from(i64::MAX) + 2))
            .unwrap_err()
            .message,
        "high is out of bounds for int64"
    );
    assert_eq!(state.normal(0.0, -1.0).unwrap_err().message, "scale < 0");
    let error = state.uniform(-1e308, 1e308).unwrap_err();
    assert_eq!(error.kind, RandomErrorKind::Overflow);
    assert_eq!(error.message, "Range exceeds valid bounds");
    assert!(state.seed(1 << 32).is_err());
    assert!(state.seed(-1).is_err());
    // An empty request is not validated, as in NumPy.
    assert!(state.fill_randint(5, Some(5), &mut []).is_ok());
}

#[test]
fn normal_uniform_exponential() {
    // python3 -c "import numpy as np; np.random.seed(2**32-1); print(np.random.normal(1.0, 2.0),
    //   np.random.uniform(-3, 3), np.random.standard_exponential())"
    let mut state = LegacyRandomState::new(u32::MAX);
    let values = [
        state.normal(1.0, 2.0).unwrap(),
        state.uniform(-3.0, 3.0).unwrap(),
        state.standard_exponential(),
    ];
    assert_bits_eq(
        &values,
        &[2.2968173484613055, -2.8923619560795286, 3.490223113130467],
    );
}

#[test]
fn permutation_and_choice() {
    // python3 -c "import numpy as np; np.random.seed(42); print(np.random.permutation(10),
    //   np.random.choice(10, 5), np.random.choice(10, 5, replace=False))"
    let mut state = LegacyRandomState::new(42);
    assert_eq!(
        state.permutation(10).unwrap(),
        [8, 1, 5, 0, 7, 2, 9, 4, 3, 6]
    );
    assert_eq!(
        state.choice_indices(10, 5, true, None).unwrap(),
        [2, 6, 7, 4, 3]
    );
    assert_eq!(
        state.choice_indices(10, 5, false, None).unwrap(),
        [0, 8, 6, 3, 1]
    );
    // python3 -c "import numpy as np; np.random.seed(42); p=[0.1,0.2,0.3,0.4];
    //   print(np.random.choice(4, 6, p=p), np.random.choice(4, 3, replace=False, p=p))"
    let mut state = LegacyRandomState::new(42);
    let p = [0.1, 0.2, 0.3, 0.4];
    assert_eq!(
        state.choice_indices(4, 6, true, Some(&p)).unwrap(),
        [2, 3, 3, 2, 1, 1]
    );
    assert_eq!(
        state.choice_indices(4, 3, false, Some(&p)).unwrap(),
        [0, 3, 2]
    );
    assert_eq!(
        state.choice_indices(4, 5, false, None).unwrap_err().message,
        "Cannot take a larger sample than population when 'replace=False'"
    );
    assert_eq!(
        state
            .choice_indices(4, 1, true, Some(&[0.5, 0.5, 0.5, 0.5]))
            .unwrap_err()
            .message,
        "probabilities do not sum to 1"
    );
}

#[test]
fn array_seed_and_state_round_trip() {
    // python3 -c "import numpy as np; np.random.seed([1,2,3]); print(np.random.rand(3).tolist())"
    let mut state = LegacyRandomState::new(0);
    state.seed_array(&[1, 2, 3]).unwrap();
    let values: Vec<f64> = (0..3).map(|_| state.random_sample()).collect();
    assert_bits_eq(
        &values,
        &[0.6098612722867289, 0.8866970434146851, 0.47633673750662764],
    );
    state.standard_normal();
    let saved = state.state();
    assert!(saved.cached_gauss.is_some());
    let expected = state.standard_normal();
    let mut copy = LegacyRandomState::new(7);
    copy.set_state(&saved).unwrap();
    assert_eq!(copy.standard_normal().to_bits(), expected.to_bits());
}
