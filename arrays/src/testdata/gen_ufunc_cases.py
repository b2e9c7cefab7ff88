# Generates ufunc_cases.txt: NumPy 2.4's results for ufuncs over many dtypes and values.
# Run: NPY_DISABLE_CPU_FEATURES="X86_V3 X86_V4 AVX512_ICL AVX512_SPR" python3 gen_ufunc_cases.py
import numpy as np, warnings

T = ['bool','int8','int16','int32','int64','uint8','uint16','uint32','uint64','float32','float64','complex64','complex128']
INTS = [0, 1, -1, 5, -7, 127, -128, 100, 3, 2, 64, -3]
FLOATS = [0.0, -0.0, 1.5, -2.25, 3.0, 1e300, -1e-310, float('nan'), float('inf'), -float('inf'), 0.5, 7.0, -1.0, 2.0, 100.0, 0.3]
CPLX = [0j, 1+2j, -3.5+0.25j, complex(0, -1), 2-2j, 1e300+1j, complex('nan+1j'), 0.5+0j]
BIN = ['add','subtract','multiply','divide','floor_divide','remainder','power','maximum','minimum','fmax','fmin',
       'arctan2','hypot','logical_and','logical_or','logical_xor','bitwise_and','bitwise_or','bitwise_xor',
       'left_shift','right_shift','equal','not_equal','less','less_equal','greater','greater_equal']
UN = ['negative','positive','absolute','sqrt','square','cbrt','exp','exp2','expm1','log','log2','log10','log1p','sin','cos',
      'tan','arcsin','arccos','arctan','sinh','cosh','tanh','arcsinh','arccosh','arctanh','floor','ceil','trunc','rint',
      'sign','isnan','isinf','isfinite','deg2rad','rad2deg','logical_not','invert','conjugate','reciprocal']

def values(dt):
    k = np.dtype(dt).kind
    with np.errstate(all='ignore'):
        if k == 'b': return np.array([v % 2 == 1 for v in INTS], dtype=dt)
        if k in 'iu': return np.array(INTS).astype(dt)
        if k == 'f': return np.array(FLOATS, dtype=dt)
        return np.array(CPLX, dtype=dt)

def fmt_val(v):
    if isinstance(v, (complex, np.complexfloating)): return repr(float(v.real)) + '/' + repr(float(v.imag))
    if isinstance(v, (float, np.floating)): return repr(float(v))
    return str(int(v))

def fmt_arr(a):
    return a.dtype.name + ':' + ','.join(fmt_val(v) for v in a.ravel())

def run(f, *args):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = f(*args)
        except Exception as e:
            if 'float16' in str(getattr(e, 'args', [''])) : pass
            return 'err:' + type(e).__name__ + ':' + str(e)
        flags = sorted(str(x.message).split(' encountered')[0] for x in w if 'encountered' in str(x.message))
    r = np.asarray(r)
    if r.dtype == np.float16: return 'half'
    return 'ok:' + fmt_arr(r) + ':' + ';'.join(flags)

lines = []
for op in BIN:
    f = getattr(np, op)
    for dt in T:
        a = values(dt); b = np.roll(values(dt), 3)
        lines.append('|'.join([op, 'arr:' + fmt_arr(a), 'arr:' + fmt_arr(b), run(f, a, b)]))
    for da, db in [('int8','uint8'),('int16','float32'),('uint64','int64'),('bool','int8'),('int32','float32'),('float32','complex64'),('uint32','int8')]:
        a = values(da); b = np.roll(values(db), 5)[:len(a)]
        n = min(len(a), len(b)); a = a[:n]; b = b[:n]
        lines.append('|'.join([op, 'arr:' + fmt_arr(a), 'arr:' + fmt_arr(b), run(f, a, b)]))
    for dt in ['int8','uint8','float32','bool','int64']:
        a = values(dt)
        for s in [3, 300, -1, 2.5, True]:
            lines.append('|'.join([op, 'arr:' + fmt_arr(a), 'py:' + repr(s), run(f, a, s)]))
for op in UN:
    f = getattr(np, op)
    for dt in T:
        a = values(dt)
        lines.append('|'.join([op, 'arr:' + fmt_arr(a), '', run(f, a)]))
    for s in [3, 2.5, True]:
        lines.append('|'.join([op, 'py:' + repr(s), '', run(f, s)]))
open('ufunc_cases.txt', 'w').write('\n'.join(lines) + '\n')
print(len(lines))
