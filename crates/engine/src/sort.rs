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
/// (cheap to compare and to swap), see `rules::sort_findings`.
pub fn sort_keys(v: &mut [u128]) {
    heapsort(v.len(), &mut |i, j, swap| {
        if swap {
            v.swap(i, j);
            false
        } else {
            v[i] < v[j]
        }
    });
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
    }
}
