# median, percentile, average (weights), ptp, count_nonzero.
import numpy as np

a = np.array([[7, 1, 4, 9], [2, 8, 3, 5], [6, 6, 0, 1]])
print(repr(np.median(a)), repr(np.median(a, axis=0)), repr(np.median(a, axis=1)), repr(np.median(a, axis=1, keepdims=True)))
print(repr(np.median(np.array([3.5, 1.0, 2.0]))), repr(np.median(np.array([1, 2, 3, 4]))), repr(np.median([5])))
print(repr(np.median(np.array([1.0, np.nan, 3.0]))), repr(np.median(a, axis=(0, 1))))
for q in [0, 10, 25, 50, 62.5, 75, 90, 100]:
    print(q, repr(np.percentile(a, q)), repr(np.percentile(a, q, axis=0)), repr(np.percentile(np.arange(7) * 0.3, q)))
print(repr(np.percentile(a, [25, 75])), repr(np.percentile(a, [10, 50], axis=1)), repr(np.percentile(a, 50, axis=0, keepdims=True)))
print(repr(np.average(a)), repr(np.average(a, axis=0)), repr(np.average(a, axis=1, weights=[1, 2, 3, 4])))
print(repr(np.average(np.array([1.0, 2.0, 4.0]), weights=np.array([3, 1, 0]))), repr(np.average(a, weights=np.ones((3, 4)))))
r, s = np.average(np.array([1.0, 2.0, 3.0]), weights=[1, 1, 2], returned=True)
print(repr(r), repr(s))
print(repr(np.ptp(a)), repr(np.ptp(a, axis=0)), repr(np.ptp(a, axis=1)), repr(np.ptp(np.array([1.5, -2.5]))))
print(repr(np.ptp(np.array([3, 250], dtype=np.uint8))), repr(np.ptp(a, axis=1, keepdims=True)))
print(repr(np.count_nonzero(a)), repr(np.count_nonzero(a, axis=0)), repr(np.count_nonzero(a, axis=1)), repr(np.count_nonzero(np.array([0.0, -0.0, np.nan]))))
print(repr(np.count_nonzero(np.array([True, False, True]))), repr(np.count_nonzero(a > 4, axis=1)), repr(np.count_nonzero(a, axis=1, keepdims=True)))
try:
    np.average(np.array([1.0, 2.0]), weights=[0, 0])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.percentile(a, 101)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.average(a, axis=1, weights=[1, 2])
except Exception as e:
    print(type(e).__name__, e)
