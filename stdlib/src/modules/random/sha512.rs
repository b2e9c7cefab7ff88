//! SHA-512 (FIPS 180-4), needed because CPython seeds `random.seed("text")` with the text's
//! UTF-8 bytes followed by their SHA-512 digest. The round constants and initial hash words are
//! derived at first use from their definitions (the first 64 fractional bits of the cube roots
//! of the first 80 primes, and of the square roots of the first 8 primes), by exact integer
//! roots.

use num_bigint::BigUint;
use num_traits::ToPrimitive;
use std::sync::OnceLock;

/// The first `n` primes.
fn primes(n: usize) -> Vec<u64> {
    let mut out: Vec<u64> = Vec::with_capacity(n);
    let mut candidate = 2u64;
    while out.len() < n {
        if out
            .iter()
            .take_while(|&&p| p * p <= candidate)
            .all(|&p| !candidate.is_multiple_of(p))
        {
            out.push(candidate);
        }
        candidate += 1;
    }
    out
}

/// The first 64 fractional bits of the `degree`-th root of `p`: `floor(root(p * 2^(64*degree)))`
/// modulo 2^64.
fn fractional_root_bits(p: u64, degree: u32) -> u64 {
    let scaled = BigUint::from(p) << (64 * degree as usize);
    let root = scaled.nth_root(degree);
    (root & BigUint::from(u64::MAX)).to_u64().unwrap_or(0)
}

/// The round constants and initial hash value.
fn constants() -> &'static ([u64; 80], [u64; 8]) {
    static TABLES: OnceLock<([u64; 80], [u64; 8])> = OnceLock::new();
    TABLES.get_or_init(|| {
        let ps = primes(80);
        let mut k = [0u64; 80];
        for (slot, &p) in k.iter_mut().zip(&ps) {
            *slot = fractional_root_bits(p, 3);
        }
        let mut h = [0u64; 8];
        for (slot, &p) in h.iter_mut().zip(&ps) {
            *slot = fractional_root_bits(p, 2);
        }
        (k, h)
    })
}

/// Processes one 128-byte block.
fn compress(state: &mut [u64; 8], block: &[u8], k: &[u64; 80]) {
    let mut w = [0u64; 80];
    for (i, chunk) in block.chunks_exact(8).enumerate() {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(chunk);
        w[i] = u64::from_be_bytes(bytes);
    }
    for t in 16..80 {
        let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
        let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16]
            .wrapping_add(s0)
            .wrapping_add(w[t - 7])
            .wrapping_add(s1);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = *state;
    for t in 0..80 {
        let big_s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
        let choose = (e & f) ^ (!e & g);
        let t1 = h
            .wrapping_add(big_s1)
            .wrapping_add(choose)
            .wrapping_add(k[t])
            .wrapping_add(w[t]);
        let big_s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
        let majority = (a & b) ^ (a & c) ^ (b & c);
        let t2 = big_s0.wrapping_add(majority);
        h = g;
        g = f;
        f = e;
        e = d.wrapping_add(t1);
        d = c;
        c = b;
        b = a;
        a = t1.wrapping_add(t2);
    }
    for (s, v) in state.iter_mut().zip([a, b, c, d, e, f, g, h]) {
        *s = s.wrapping_add(v);
    }
}

/// The SHA-512 digest of `data`.
pub fn sha512(data: &[u8]) -> [u8; 64] {
    let (k, h0) = constants();
    let mut state = *h0;
    let mut message = data.to_vec();
    let bit_len = (data.len() as u128).wrapping_mul(8);
    message.push(0x80);
    while message.len() % 128 != 112 {
        message.push(0);
    }
    message.extend_from_slice(&bit_len.to_be_bytes());
    for block in message.chunks_exact(128) {
        compress(&mut state, block, k);
    }
    let mut out = [0u8; 64];
    for (chunk, word) in out.chunks_exact_mut(8).zip(state) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::sha512;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{:02x}", b)).collect()
    }

    #[test]
    fn digests_match_hashlib() {
        // python3 -c "import hashlib; print(hashlib.sha512(b'').hexdigest())"
        assert_eq!(
            hex(&sha512(b"")),
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce\
             47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"
        );
        // python3 -c "import hashlib; print(hashlib.sha512(b'abc').hexdigest())"
        assert_eq!(
            hex(&sha512(b"abc")),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
             2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
        // python3 -c "import hashlib; print(hashlib.sha512(b'x' * 200).hexdigest())"
        assert_eq!(
            hex(&sha512(&[b'x'; 200])),
            "ef978e23dc520404ae16fd17bde9ee5945610d671551d6863a5ffbc99433fc72\
             6726e51f989b886191be9325b8f8b03b1a63fe3e5eff23d126c2f41f07d2bf87"
        );
    }
}
