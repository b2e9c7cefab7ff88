//! NumPy's baseline introsort (`npysort/quicksort.cpp`), written anew so that the order of
//! equal keys and of `-0.0`/`0.0` matches NumPy's default `kind='quicksort'` element for element:
//! median-of-three partitioning, an explicit stack that always keeps the larger part, insertion
//! sort for parts of at most 16 elements, and a heapsort fallback when the depth budget
//! (`2 * floor(log2(n))`) runs out.
//!
//! Both the value sort and the index sort (`argsort`) are driven by one routine over a
//! permutation: [`quicksort_by`] reorders a slice of items given a strict "less" predicate.

/// Parts longer than this many elements (minus one) are partitioned; shorter ones are
/// insertion-sorted (NumPy's `SMALL_QUICKSORT`).
const SMALL_QUICKSORT: usize = 15;

/// NumPy's `npy_get_msb`: the index of the most significant set bit (0 for 0 and 1).
fn msb(mut n: usize) -> i32 {
    let mut depth = 0;
    while n > 1 {
        n >>= 1;
        depth += 1;
    }
    depth
}

/// Sorts `items` in place with NumPy's introsort, using `less` as the strict order.
pub fn quicksort_by<T: Copy>(items: &mut [T], less: &impl Fn(&T, &T) -> bool) {
    let num = items.len();
    if num < 2 {
        return;
    }
    let mut stack: Vec<(usize, usize, i32)> = Vec::new();
    let (mut pl, mut pr) = (0usize, num - 1);
    let mut depth = msb(num) * 2;
    loop {
        if depth < 0 {
            heapsort_by(&mut items[pl..=pr], less);
        } else {
            while pr - pl > SMALL_QUICKSORT {
                let pm = pl + ((pr - pl) >> 1);
                if less(&items[pm], &items[pl]) {
                    items.swap(pm, pl);
                }
                if less(&items[pr], &items[pm]) {
                    items.swap(pr, pm);
                }
                if less(&items[pm], &items[pl]) {
                    items.swap(pm, pl);
                }
                let pivot = items[pm];
                let mut pi = pl;
                let mut pj = pr - 1;
                items.swap(pm, pj);
                loop {
                    pi += 1;
                    while less(&items[pi], &pivot) {
                        pi += 1;
                    }
                    pj -= 1;
                    while less(&pivot, &items[pj]) {
                        pj -= 1;
                    }
                    if pi >= pj {
                        break;
                    }
                    items.swap(pi, pj);
                }
                items.swap(pi, pr - 1);
                depth -= 1;
                if pi - pl < pr - pi {
                    stack.push((pi + 1, pr, depth));
                    pr = pi - 1;
                } else {
                    stack.push((pl, pi - 1, depth));
                    pl = pi + 1;
                }
            }
            insertion_sort_by(&mut items[pl..=pr], less);
        }
        match stack.pop() {
            Some((l, r, d)) => {
                pl = l;
                pr = r;
                depth = d;
            }
            None => break,
        }
    }
}

/// Straight insertion sort, shifting while the held item is strictly less.
fn insertion_sort_by<T: Copy>(items: &mut [T], less: &impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let held = items[i];
        let mut j = i;
        while j > 0 && less(&held, &items[j - 1]) {
            items[j] = items[j - 1];
            j -= 1;
        }
        items[j] = held;
    }
}

/// NumPy's heapsort (`heapsort_`), with its one-based sift-down.
pub fn heapsort_by<T: Copy>(items: &mut [T], less: &impl Fn(&T, &T) -> bool) {
    let mut n = items.len();
    if n < 2 {
        return;
    }
    // `at(k)` is NumPy's `a[k]` with `a = start - 1`.
    let sift = |items: &mut [T], start: usize, n: usize, held: T| {
        let (mut i, mut j) = (start, start * 2);
        while j <= n {
            if j < n && less(&items[j - 1], &items[j]) {
                j += 1;
            }
            if less(&held, &items[j - 1]) {
                items[i - 1] = items[j - 1];
                i = j;
                j += j;
            } else {
                break;
            }
        }
        items[i - 1] = held;
    };
    for l in (1..=n >> 1).rev() {
        let held = items[l - 1];
        sift(items, l, n, held);
    }
    while n > 1 {
        let held = items[n - 1];
        items[n - 1] = items[0];
        n -= 1;
        sift(items, 1, n, held);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_keeps_numpy_tie_order() {
        // python3 -c 'import numpy as np; y=(np.arange(100)*7919)%101; print(np.argsort(y)[:20])'
        let y: Vec<i64> = (0..100).map(|x| (x * 7919) % 101).collect();
        let mut idx: Vec<usize> = (0..100).collect();
        quicksort_by(&mut idx, &|&i, &j| y[i] < y[j]);
        let expect = [
            0, 69, 37, 5, 74, 42, 10, 79, 47, 15, 84, 52, 20, 89, 57, 25, 94, 62, 30, 99,
        ];
        assert_eq!(&idx[..20], &expect);
        let mut h: Vec<i32> = vec![5, 3, 9, 1, 1, 0, 7, -2, 4];
        heapsort_by(&mut h, &|a, b| a < b);
        assert_eq!(h, vec![-2, 0, 1, 1, 3, 4, 5, 7, 9]);
    }
}
