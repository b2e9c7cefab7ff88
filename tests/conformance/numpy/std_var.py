# std and var with axis, ddof, keepdims, dtype; tolist() shows every bit.
import numpy as np

a = np.array([[2.0, 4.0, 4.0, 4.0], [5.0, 5.0, 7.0, 9.0], [0.1, 0.2, 0.3, 0.4]])
for ddof in [0, 1, 2]:
    print(ddof, repr(np.std(a, ddof=ddof)), repr(np.var(a, ddof=ddof)))
    print(' ', np.std(a, axis=0, ddof=ddof).tolist(), np.var(a, axis=1, ddof=ddof).tolist())
print(repr(a.std(axis=1, keepdims=True)), repr(a.var(axis=(0, 1))), repr(a.std(axis=-1)))
i = np.array([1, 2, 3, 4, 10])
print(repr(i.std()), repr(i.var()), repr(np.var(i, ddof=1)), repr(np.std(i.astype(np.float32))))
print(repr(np.var(np.array([1, 2, 3], dtype=np.int8))), repr(np.std(np.array([True, False, True]))))
print(repr(np.var(np.array([1.0, 2.0]), ddof=2)), repr(np.std(np.array([7.0]))))
print(repr(np.var(np.array([1 + 1j, 2 - 1j, -1j]))), repr(np.std(np.array([1 + 1j, 2 - 1j]))))
print(repr(np.std(np.arange(10) * 0.1)), np.var(np.linspace(0, 1, 11)).tolist())
print(repr(np.var(a, axis=0, dtype=np.float32)))
t = np.arange(24).reshape(2, 3, 4) * 0.5
print(repr(t.std(axis=(0, 2))), repr(t.var(axis=1, ddof=1)))
print(repr(np.mean(np.arange(10) * 0.1)), repr(np.mean(a, axis=1)))
