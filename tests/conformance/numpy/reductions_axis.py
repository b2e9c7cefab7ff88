# sum prod mean min max argmin argmax all any with axis (int, tuple, negative), keepdims, dtype.
import numpy as np

a = np.array([[3, 1, 4, 1], [5, 9, 2, 6], [5, 3, 5, 8]])
for name in ['sum', 'prod', 'mean', 'min', 'max', 'argmin', 'argmax', 'all', 'any']:
    f = getattr(np, name)
    print(name, repr(f(a)), repr(f(a, axis=0)), repr(f(a, axis=1)), repr(f(a, axis=-1)))
    print(' ', repr(getattr(a, name)()), repr(getattr(a, name)(axis=0)))
for name in ['sum', 'prod', 'mean', 'min', 'max', 'all', 'any']:
    f = getattr(np, name)
    print(name, repr(f(a, axis=(0, 1))), repr(f(a, keepdims=True)), repr(f(a, axis=1, keepdims=True)), repr(f(a, axis=(0, -1), keepdims=True)))
t = np.arange(24).reshape(2, 3, 4) - 10
print(repr(t.sum(axis=(0, 2))), repr(t.max(axis=(1, 2))), repr(t.mean(axis=(0, 1))), repr(t.min(axis=-2)))
print(repr(t.argmax(axis=1)), repr(t.argmin(axis=-1)), repr(t.argmax()), repr(np.argmin(t, axis=0)))
print(repr(t.sum(axis=1, keepdims=True).shape), repr(t.argmax(axis=2, keepdims=True)))
print(repr(a.sum(dtype=np.float32)), repr(a.mean(dtype=np.float32)), repr(a.prod(axis=1, dtype=np.int8)))
print(repr(np.sum(np.array([1, 2], dtype=np.int8))), repr(np.sum(np.array([1, 2], dtype=np.uint16))), repr(np.sum(np.array([1, 2], dtype=np.int32))))
print(repr(np.prod(np.array([1, 2], dtype=np.uint8))), repr(np.sum(np.array([True, True, False]))), repr(np.mean(np.array([True, False]))))
print(repr(np.sum(np.array([0.5, 0.25], dtype=np.float32))), repr(np.mean(np.array([1, 2], dtype=np.float32))))
print(repr(np.mean(np.array([1, 2, 4], dtype=np.int8))), repr(np.max(np.array([1.5, np.nan, 3.0]))), repr(np.argmax(np.array([1.5, np.nan, np.nan]))))
print(repr(np.min(np.array([2, 7], dtype=np.uint8))), repr(np.max(np.array([-1.0, -0.0]))))
print(repr(np.all(np.array([1.0, 0.5]))), repr(np.any(np.array([0, 0]))), repr(np.all(np.zeros(0))), repr(np.any(np.zeros(0))))
print(repr(np.sum(np.zeros((0, 3)), axis=0)), repr(np.prod(np.zeros((2, 0)), axis=1)), repr(np.sum(np.zeros((3, 0)))))
print(repr(np.argmax(np.array([1, 3, 3, 2]))), repr(np.argmin(np.array([[2, 1], [1, 2]]))))
c = np.array([1 + 2j, 3 - 1j])
print(repr(c.sum()), repr(c.prod()), repr(c.mean()))
print(repr(np.sum([1, 2, 3])), repr(np.max([1.5, 0.5])), repr(np.sum(5)), repr(np.mean([[1, 2], [3, 4]], axis=0)))
for bad in [lambda: a.sum(axis=2), lambda: a.sum(axis=(0, 0)), lambda: np.zeros(0).max(), lambda: np.zeros(0).argmin(),
            lambda: np.zeros((0, 2)).min(axis=0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(repr(np.mean(np.zeros(0))))
