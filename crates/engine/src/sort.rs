//! One small sort for the whole crate. The standard library's sorts are
//! fast but large: each element type costs the wasm 2–3 KB, and seven of them
//! cost 22 KB. This heapsort is O(n log n), in place, and its algorithm is
//! compiled once: each use adds only a small comparing closure.

/// Sorts `v` by `key`, ascending (not stable).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    heapsort(v.len(), &mut |i, j, swap| {
        if swap {
            v.swap(i, j);
            false
        } else {
            key(&v[i]) < key(&v[j])
        }
    });
}

/// Sorts plain keys, ascending: for a sort whose keys pack into one number
/// (cheap to compare and to copy), see `rules::sort_findings`. A merge
/// sort: runs of 16 by insertion, then merged pairwise (a pair already in
/// order is copied). The findings come nearly in order, block by block,
/// with a few document-wide ones after; the heapsort's indirect compares
/// and swaps cost the live check of 5 pages 6% of its instructions.
pub fn sort_keys(v: &mut [u128]) {
    const RUN: usize = 16;
    for run in v.chunks_mut(RUN) {
        for i in 1..run.len() {
            let key = run[i];
            let mut j = i;
            while j > 0 && run[j - 1] > key {
                run[j] = run[j - 1];
                j -= 1;
            }
            run[j] = key;
        }
    }
    let n = v.len();
    if n <= RUN {
        return;
    }
    let (mut from, mut to) = (v.to_vec(), vec![0; n]);
    let mut width = RUN;
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (a, b) = (&from[start..mid], &from[mid..end]);
            let out = &mut to[start..end];
            if b.is_empty() || a[a.len() - 1] <= b[0] {
                out[..a.len()].copy_from_slice(a);
                out[a.len()..].copy_from_slice(b);
                continue;
            }
            let (mut i, mut j) = (0, 0);
            for o in out {
                if j == b.len() || (i < a.len() && a[i] <= b[j]) {
                    *o = a[i];
                    i += 1;
                } else {
                    *o = b[j];
                    j += 1;
                }
            }
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    v.copy_from_slice(&from);
}

/// `op(i, j, false)` asks whether item i sorts before item j; `op(i, j, true)`
/// swaps them.
fn heapsort(len: usize, op: &mut dyn FnMut(usize, usize, bool) -> bool) {
    let sift = |op: &mut dyn FnMut(usize, usize, bool) -> bool, mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && op(child, child + 1, false) {
            child += 1;
        }
        if !op(root, child, false) {
            break;
        }
        op(root, child, true);
        root = child;
    };
    for start in (0..len / 2).rev() {
        sift(op, start, len);
    }
    for end in (1..len).rev() {
        op(0, end, true);
        sift(op, 0, end);
    }
}

// proptest is a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_like_the_standard_library(mut v in proptest::collection::vec((0u8..20, 0u16..500), 0..300)) {
            let mut want = v.clone();
            want.sort_by_key(|p| p.0);
            sort_by_key(&mut v, |p| p.0);
            let keys: Vec<u8> = v.iter().map(|p| p.0).collect();
            let want_keys: Vec<u8> = want.iter().map(|p| p.0).collect();
            prop_assert_eq!(keys, want_keys);
            let mut a = v.clone();
            a.sort();
            want.sort();
            prop_assert_eq!(a, want, "same elements");
        }

        /// Keys in any order: sorted but for one swap (most merges are
        /// copies), reversed, or at random; short (one run) or long.
        #[test]
        fn sorts_keys_like_the_standard_library(
            mut v in proptest::collection::vec(0u128..1000, 0..400),
            shuffled in 0usize..3,
        ) {
            match shuffled {
                0 => v.sort(),
                1 => v.reverse(),
                _ => {}
            }
            if shuffled == 0 && v.len() > 3 {
                let n = v.len();
                v.swap(1, n - 2);
            }
            let mut want = v.clone();
            want.sort();
            sort_keys(&mut v);
            prop_assert_eq!(v, want);
        }
    }
}
