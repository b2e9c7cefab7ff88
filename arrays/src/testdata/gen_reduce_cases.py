# Generates reduce_cases.txt: NumPy's float sums/means/vars over deterministic pseudo-random data.
# The data generator (an LCG and a scale table) is mirrored in reduce/tests.rs.
# Run: NPY_DISABLE_CPU_FEATURES="X86_V3 X86_V4 AVX512_ICL AVX512_SPR" python3 gen_reduce_cases.py
import numpy as np

SCALES = [1e-3, 1.0, 1e3, 7.5, 0.1, 123.456]

def data(n, seed):
    state = seed
    out = []
    for _ in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        mant = (state >> 11) / 2.0**53 * 2.0 - 1.0
        out.append(mant * SCALES[(state >> 5) % len(SCALES)])
    return np.array(out)

lines = []
for n in list(range(1, 300)) + list(range(300, 2001, 37)) + [4096, 8191, 8192, 8193, 20000]:
    a = data(n, n)
    lines.append(f"sum1d {n} {n} {float(np.sum(a))!r} {float(np.mean(a))!r} {float(np.var(a))!r} {float(np.std(a, ddof=1)) if n > 1 else 0.0!r} {float(np.sum(a.astype(np.float32)))!r}")
for (r, c) in [(3, 5), (17, 9), (130, 3), (5, 257), (64, 64), (1, 100), (100, 1), (33, 129)]:
    a = data(r * c, r * 1000 + c).reshape(r, c)
    for axis in [0, 1]:
        vals = ' '.join(repr(float(v)) for v in np.sum(a, axis=axis))
        lines.append(f"sum2d {r} {c} {axis} {vals}")
        vals = ' '.join(repr(float(v)) for v in np.var(a, axis=axis))
        lines.append(f"var2d {r} {c} {axis} {vals}")
for shape, axes in [((4, 5, 6), (0, 2)), ((4, 5, 6), (1, 2)), ((4, 5, 6), (0, 1)), ((3, 40, 7), (1,)), ((2, 3, 50), (0, 2))]:
    n = int(np.prod(shape))
    a = data(n, n + 7).reshape(shape)
    vals = ' '.join(repr(float(v)) for v in np.sum(a, axis=axes).ravel())
    lines.append("sum3d " + ','.join(map(str, shape)) + ' ' + ','.join(map(str, axes)) + ' ' + vals)
open('reduce_cases.txt', 'w').write('\n'.join(lines) + '\n')
print(len(lines))
