//! One small sort for the whole crate. The standard library's sorts are
//! fast but large: each element type costs the wasm 2–3 KB, and seven of them
//! cost 22 KB. This heapsort is O(n log n), in place, and its algorithm is
//! compiled once: each use adds only a small comparing closure.

/// Sorts `v` by `key`, ascending; stable.
///
/// The keys are found once each and sorted with their places, then the
/// items are moved once: comparing a key and swapping it costs less than
/// finding two keys for every comparison and swapping whole items (a
/// finding is over a hundred bytes).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    // Already in order (hits found left to right often are): nothing to do.
    if v.windows(2).all(|w| key(&w[0]) <= key(&w[1])) {
        return;
    }
    let mut keyed: Vec<(K, usize)> = v.iter().map(key).zip(0..).collect();
    heapsort(keyed.len(), &mut |i, j, swap| {
        if swap {
            keyed.swap(i, j);
            false
        } else {
            keyed[i] < keyed[j]
        }
    });
    // v[i] takes the item that was at keyed[i].1, one cycle at a time.
    let mut from: Vec<usize> = keyed.into_iter().map(|(_, at)| at).collect();
    for start in 0..from.len() {
        let mut at = start;
        while from[at] != usize::MAX {
            let next = from[at];
            from[at] = usize::MAX;
            if next == start {
                break;
            }
            v.swap(at, next);
            at = next;
        }
    }
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
        fn sorts_like_the_standard_librarys_stable_sort(mut v in proptest::collection::vec((0u8..20, 0u16..500), 0..300)) {
            let mut want = v.clone();
            want.sort_by_key(|p| p.0);
            sort_by_key(&mut v, |p| p.0);
            prop_assert_eq!(v, want);
        }
    }
}
