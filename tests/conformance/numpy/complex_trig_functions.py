# Complex trigonometric and hyperbolic ufuncs and their inverses, complex128 and complex64,
# compared to the last bit (float.hex) on special values and on random values.
import numpy as np
vals = [0j, 1+2j, -1.5+0.5j, 3-4j, 1e-8+1e-8j, 700+1j, 1+700j, -0.0-0.0j, 2.0+0j, 0.5j, -3.7-2.2j, 1e300+1e300j,
        complex(float('inf'), 1), complex(1, float('inf')), complex(float('nan'), 0), complex(0, float('nan')), 1+1e-300j, 0.99999+0j, -1.00001+0j]
for dt in (np.complex128, np.complex64):
    a = np.array(vals, dtype=dt)
    for name in ["sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh"]:
        with np.errstate(all="ignore"):
            r = getattr(np, name)(a)
        print(name, dt.__name__, [(float(z.real).hex(), float(z.imag).hex()) for z in r.tolist()])
rng = np.random.default_rng(5)
z = rng.normal(size=2000) * 3 + 1j * rng.normal(size=2000) * 3
for name in ["sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh"]:
    r = getattr(np, name)(z)
    print(name, float(np.sum(r.real)).hex(), float(np.sum(r.imag)).hex(), r[:2])
print(np.sin(np.array([1+1j])), np.cos(np.complex128(1j)))
