//! The bit generators and seeding on their own: MT19937, `SeedSequence`, PCG64, and the
//! provenance of the ziggurat tables.

use crate::random::ziggurat::{NORMAL_F, NORMAL_K, NORMAL_R, NORMAL_W};
use crate::random::{Mt19937, Pcg64, SeedSequence};

#[test]
fn mt19937_reference_outputs() {
    // python3 -c "import numpy as np;
    //   print(np.random.RandomState(5489)._bit_generator.random_raw(5))"
    let mut generator = Mt19937::new(5489);
    let outputs: Vec<u32> = (0..5).map(|_| generator.next_u32()).collect();
    assert_eq!(
        outputs,
        [3499211612, 581869302, 3890346734, 3586334585, 545404204]
    );
}

#[test]
fn seed_sequence_pool_and_state() {
    // python3 -c "from numpy.random import SeedSequence as S; import numpy as np;
    //   print(S(42).pool, S(42).generate_state(4), S(42).generate_state(2, np.uint64),
    //   S([1, 2**40]).pool, S(0).pool)"
    let sequence = SeedSequence::from_int(42);
    assert_eq!(
        sequence.pool(),
        [1662858758, 128880814, 1875164712, 753753205]
    );
    assert_eq!(
        sequence.generate_state_u32(4),
        [3444837047, 2669555309, 2046530742, 3581440988]
    );
    assert_eq!(
        sequence.generate_state_u64(2),
        [11465652750463011511, 15382171918060459190]
    );
    assert_eq!(
        SeedSequence::new(&[1, 0, 256]).pool(),
        [809057319, 1156428706, 3048935000, 2747800784]
    );
    assert_eq!(
        SeedSequence::from_int(0).pool(),
        [4265667335, 1328953910, 1320288413, 3365567143]
    );
    // python3 -c "from numpy.random import SeedSequence as S;
    //   print([k.generate_state(2) for k in S(42).spawn(2)])"
    let mut parent = SeedSequence::from_int(42);
    let children: Vec<Vec<u32>> = parent
        .spawn(2)
        .iter()
        .map(|child| child.generate_state_u32(2))
        .collect();
    assert_eq!(
        children,
        [vec![2684470948, 3757501821], vec![4091952314, 31242083]]
    );
}

#[test]
fn pcg64_seeding_output_and_advance() {
    // python3 -c "from numpy.random import PCG64; print(PCG64(42).state['state'],
    //   PCG64(42).random_raw(3)); p=PCG64(42); p.advance(1000); print(p.random_raw(2))"
    let generator = Pcg64::from_int(42);
    let state = generator.state();
    assert_eq!(state.state, 274674114334540486603088602300644985544);
    assert_eq!(state.increment, 332724090758049132448979897138935081983);
    let mut generator = Pcg64::from_int(42);
    let raw: Vec<u64> = (0..3).map(|_| generator.next_u64()).collect();
    assert_eq!(
        raw,
        [
            14276969152011380360,
            8095878257575067585,
            15838336090824644132
        ]
    );
    let mut generator = Pcg64::from_int(42);
    generator.advance(1000);
    let raw: Vec<u64> = (0..2).map(|_| generator.next_u64()).collect();
    assert_eq!(raw, [1144862242765613434, 8453442598919729770]);
}

/// The published normal tables follow Marsaglia and Tsang's recurrence (see
/// `ziggurat/tables.rs`): re-derive every entry from its neighbour with glibc's `exp`/`log`
/// and check that only the two documented entries differ. (The check mirrors one done in
/// Python over NumPy's `ziggurat_constants.h`; it depends on a correctly rounded libm.)
#[test]
fn normal_tables_follow_the_recurrence() {
    let scale = 2f64.powi(52);
    let area = 0.004928673233974652;
    let x: Vec<f64> = NORMAL_W.iter().map(|w| w * scale).collect();
    assert_eq!(x[255], NORMAL_R);
    let q = area / (-0.5 * NORMAL_R * NORMAL_R).exp();
    assert_eq!(NORMAL_W[0], q / scale);
    assert_eq!(NORMAL_K[0], ((NORMAL_R / q) * scale) as u64);
    assert_eq!(NORMAL_K[1], 0);
    assert_eq!(NORMAL_F[0], 1.0);
    let mut recurrence_misses = Vec::new();
    for i in 1..255 {
        let next = x[i + 1];
        let derived = (-2.0 * (area / next + (-0.5 * next * next).exp()).ln()).sqrt();
        if derived != x[i] {
            recurrence_misses.push(i);
        }
    }
    assert_eq!(recurrence_misses, [37]);
    let density_misses: Vec<usize> = (1..256)
        .filter(|&i| NORMAL_F[i] != (-0.5 * x[i] * x[i]).exp())
        .collect();
    assert_eq!(density_misses, [38]);
    for i in 2..256 {
        let ratio = (x[i - 1] / x[i]) * scale;
        assert!((NORMAL_K[i] as f64 - ratio).abs() <= 1.0, "k[{i}]");
    }
}
