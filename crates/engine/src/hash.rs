//! A small, fast hasher for the engine's word maps. The standard SipHash
//! resists hash flooding, which a local word list does not need, and costs
//! several times more per lookup, which a check on every keystroke does.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The multiply-rotate hash used by rustc (FxHash), eight bytes at a time.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        // Most words are shorter than eight bytes: four, two, then one at a
        // time, not a multiply per byte.
        let mut rest = chunks.remainder();
        if let [a, b, c, d, tail @ ..] = rest {
            self.add(u64::from(u32::from_le_bytes([*a, *b, *c, *d])));
            rest = tail;
        }
        if let [a, b, tail @ ..] = rest {
            self.add(u64::from(u16::from_le_bytes([*a, *b])));
            rest = tail;
        }
        if let [b] = rest {
            self.add(u64::from(*b));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_work_with_the_fast_hasher() {
        let mut m: FastMap<String, usize> = FastMap::default();
        for (i, w) in ["latency", "throughput", "p99", "a", ""].iter().enumerate() {
            m.insert(w.to_string(), i);
        }
        assert_eq!(m.get("p99"), Some(&2));
        assert_eq!(m.get(""), Some(&4));
        assert_eq!(m.get("latencies"), None);
    }
}
