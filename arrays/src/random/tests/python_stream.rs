//! `PyRandom` against CPython 3.11's `random` module.

use super::{assert_bits_eq, float_stream_hash};
use crate::random::{PyRandom, RandomErrorKind};

#[test]
fn random_after_int_seed() {
    // python3 -c "import random; random.seed(12345); print([random.random() for _ in range(10)])"
    let mut random = PyRandom::from_seed(12345);
    let values: Vec<f64> = (0..10).map(|_| random.random()).collect();
    assert_bits_eq(
        &values,
        &[
            0.41661987254534116,
            0.010169169457068361,
            0.8252065092537432,
            0.2986398551995928,
            0.3684116894884757,
            0.19366134904507426,
            0.5660081687288613,
            0.1616878239293682,
            0.12426688428353017,
            0.4329362680099159,
        ],
    );
    // python3 -c "import random,struct; random.seed(12345); x=0xcbf29ce484222325;
    //   [x:=((x^struct.unpack('<Q',struct.pack('<d',random.random()))[0])*0x100000001b3)%2**64
    //    for _ in range(2000)]; print(x)"
    let mut random = PyRandom::from_seed(12345);
    assert_eq!(
        float_stream_hash((0..2000).map(|_| random.random())),
        6694897404378349932
    );
}

#[test]
fn big_and_negative_seeds() {
    // python3 -c "import random; random.seed(2**100+3); print([random.random() for _ in range(3)])"
    let mut random = PyRandom::from_seed(0);
    random.seed_magnitude_words(&[3, 0, 0, 16, 0]);
    let values: Vec<f64> = (0..3).map(|_| random.random()).collect();
    assert_bits_eq(
        &values,
        &[0.3567616365770526, 0.9714727250299201, 0.8878281370584883],
    );
    // python3 -c "import random; random.seed(-42); print([random.random() for _ in range(3)])"
    let mut random = PyRandom::from_seed(-42);
    let values: Vec<f64> = (0..3).map(|_| random.random()).collect();
    assert_bits_eq(
        &values,
        &[
            0.6394267984578837,
            0.025010755222666936,
            0.27502931836911926,
        ],
    );
}

#[test]
fn getrandbits_small_and_wide() {
    // python3 -c "import random; random.seed(7); print([random.getrandbits(k) for k in
    //   (1, 8, 32, 33, 64)], random.getrandbits(100))"
    let mut random = PyRandom::from_seed(7);
    let small: Vec<u64> = [1, 8, 32, 33, 64]
        .iter()
        .map(|&k| random.getrandbits(k).unwrap())
        .collect();
    assert_eq!(small, [0, 242, 647892279, 5990721294, 1336213610742710224]);
    let words = random.getrandbits_words(100).unwrap();
    let wide = words
        .iter()
        .enumerate()
        .fold(0u128, |acc, (i, &w)| acc | (u128::from(w) << (32 * i)));
    assert_eq!(wide, 403598562939208673953046267940);
    assert!(random.getrandbits(65).is_err());
    assert_eq!(random.getrandbits(0).unwrap(), 0);
}

#[test]
fn randrange_and_randint() {
    // python3 -c "import random; random.seed(7); print([random.randrange(10) for _ in range(10)],
    //   [random.randrange(-50, 50, 7) for _ in range(5)], [random.randrange(10, -10, -3) for _ in
    //   range(5)], random.randint(-2**63, 2**63-1), random.randrange(2**62))"
    let mut random = PyRandom::from_seed(7);
    let first: Vec<i64> = (0..10)
        .map(|_| random.randrange(10, None, 1).unwrap())
        .collect();
    assert_eq!(first, [5, 2, 6, 0, 1, 8, 1, 5, 9, 0]);
    let stepped: Vec<i64> = (0..5)
        .map(|_| random.randrange(-50, Some(50), 7).unwrap())
        .collect();
    assert_eq!(stepped, [48, 6, -29, -50, -43]);
    let negative: Vec<i64> = (0..5)
        .map(|_| random.randrange(10, Some(-10), -3).unwrap())
        .collect();
    assert_eq!(negative, [1, 1, 10, 7, 10]);
    assert_eq!(
        random.randint(i64::MIN, i64::MAX).unwrap(),
        -1392375180351672626
    );
    assert_eq!(
        random.randrange(1 << 62, None, 1).unwrap(),
        570576685538020777
    );
}

#[test]
fn randbelow_for_big_ints() {
    // python3 -c "import random; random.seed(9); print(random.randrange(2**100),
    //   random.randrange(3*2**64+5))"
    let mut random = PyRandom::from_seed(9);
    let words = random.randbelow_words(&[0, 0, 0, 16]).unwrap();
    let value = words
        .iter()
        .enumerate()
        .fold(0u128, |acc, (i, &w)| acc | (u128::from(w) << (32 * i)));
    assert_eq!(value, 663402118631966395423986787950);
    assert_eq!(
        random.randbelow(3 * (1u128 << 64) + 5).unwrap(),
        18565449894571049822
    );
    assert!(random.randbelow_words(&[0, 0]).is_err());
}

#[test]
fn randrange_errors() {
    // Messages as python3 -c "import random; random.randrange(5, 5)" etc. print them.
    let mut random = PyRandom::from_seed(1);
    let error = random.randrange(5, Some(5), 1).unwrap_err();
    assert_eq!(error.message, "empty range for randrange() (5, 5, 0)");
    let error = random.randrange(0, Some(10), 0).unwrap_err();
    assert_eq!(error.message, "zero step for randrange()");
    let error = random.randrange(0, Some(10), -1).unwrap_err();
    assert_eq!(error.message, "empty range for randrange()");
    let error = random.randrange(0, None, 1).unwrap_err();
    assert_eq!(error.message, "empty range for randrange()");
    let error = random.randint(3, 1).unwrap_err();
    assert_eq!(error.message, "empty range for randrange() (3, 2, -1)");
    let error = random.choice_index(0).unwrap_err();
    assert_eq!(error.kind, RandomErrorKind::Index);
    assert_eq!(error.message, "Cannot choose from an empty sequence");
    let error = random.sample_indices(3, 4).unwrap_err();
    assert_eq!(
        error.message,
        "Sample larger than population or is negative"
    );
}

#[test]
fn shuffle_choice_and_sample() {
    // python3 -c "import random; random.seed(3); x=list(range(10)); random.shuffle(x);
    //   print(x, [random.choice(range(5)) for _ in range(8)])"
    let mut random = PyRandom::from_seed(3);
    let mut items: Vec<i32> = (0..10).collect();
    random.shuffle(&mut items);
    assert_eq!(items, [1, 5, 6, 0, 9, 4, 7, 2, 8, 3]);
    let picks: Vec<usize> = (0..8).map(|_| random.choice_index(5).unwrap()).collect();
    assert_eq!(picks, [3, 2, 4, 1, 1, 3, 4, 4]);
    // python3 -c "import random; random.seed(11); print(random.sample(range(10), 4),
    //   random.sample(range(1000), 6), random.sample(range(100000), 5))"
    let mut random = PyRandom::from_seed(11);
    assert_eq!(random.sample_indices(10, 4).unwrap(), [7, 8, 9, 3]);
    assert_eq!(
        random.sample_indices(1000, 6).unwrap(),
        [520, 875, 601, 194, 189, 823]
    );
    assert_eq!(
        random.sample_indices(100_000, 5).unwrap(),
        [67096, 62359, 82559, 80472, 24402]
    );
}

#[test]
fn gauss_caches_second_value() {
    // python3 -c "import random; random.seed(1);
    //   print([random.gauss(0.0, 1.0) for _ in range(5)])"
    let mut random = PyRandom::from_seed(1);
    let values: Vec<f64> = (0..5).map(|_| random.gauss(0.0, 1.0)).collect();
    assert_bits_eq(
        &values,
        &[
            1.2881847531554629,
            1.449445608699771,
            0.06633580893826191,
            -0.7645436509716318,
            -1.0921732151041414,
        ],
    );
    // python3 -c "import random,struct; random.seed(1); x=0xcbf29ce484222325;
    //   [x:=((x^struct.unpack('<Q',struct.pack('<d',random.gauss(2.0, 3.0)))[0])*0x100000001b3)
    //    %2**64 for _ in range(1001)]; print(x)"
    let mut random = PyRandom::from_seed(1);
    assert_eq!(
        float_stream_hash((0..1001).map(|_| random.gauss(2.0, 3.0))),
        8845959557521302324
    );
    // Reseeding drops the cached value.
    let mut random = PyRandom::from_seed(1);
    random.gauss(0.0, 1.0);
    random.seed(1);
    assert_eq!(
        random.gauss(0.0, 1.0).to_bits(),
        1.2881847531554629f64.to_bits()
    );
}

#[test]
fn real_distributions() {
    // python3 -c "import random; random.seed(1); print(random.normalvariate(0,1),
    //   random.expovariate(2.0), random.uniform(-1, 5), random.triangular(0, 10, 2),
    //   random.gammavariate(2.5, 1.0), random.gammavariate(0.5, 1.0),
    //   random.betavariate(2.0, 3.0))"
    let mut random = PyRandom::from_seed(1);
    let values = [
        random.normalvariate(0.0, 1.0),
        random.expovariate(2.0).unwrap(),
        random.uniform(-1.0, 5.0),
        random.triangular(0.0, 10.0, Some(2.0)),
        random.gammavariate(2.5, 1.0).unwrap(),
        random.gammavariate(0.5, 1.0).unwrap(),
        random.betavariate(2.0, 3.0).unwrap(),
    ];
    assert_bits_eq(
        &values,
        &[
            0.6074558576437062,
            0.34202938982980013,
            1.696946388732429,
            4.7205528526010445,
            0.4270136120129215,
            0.2625231413590026,
            0.012270379372964865,
        ],
    );
    assert_eq!(
        random.expovariate(0.0).unwrap_err().kind,
        RandomErrorKind::ZeroDivision
    );
    assert_eq!(
        random.gammavariate(-1.0, 1.0).unwrap_err().message,
        "gammavariate: alpha and beta must be > 0.0"
    );
}

#[test]
fn randbytes_and_state_round_trip() {
    // python3 -c "import random; random.seed(5); print(list(random.randbytes(7)))"
    let mut random = PyRandom::from_seed(5);
    assert_eq!(
        random.randbytes(7).unwrap(),
        [69, 124, 118, 159, 216, 100, 65]
    );
    let (words, index, cached) = random.state();
    let (words, index) = (words.to_vec(), index);
    let mut copy = PyRandom::from_seed(0);
    copy.set_state(&words, index, cached).unwrap();
    assert_eq!(copy.random().to_bits(), random.random().to_bits());
    assert!(copy.set_state(&words[..10], 0, None).is_err());
    assert!(copy.set_state(&words, 625, None).is_err());
}
