# Transcendental ufuncs on float64 and float32; tolist() shows every bit of the float64 results.
import numpy as np

x = np.array([0.0, 0.1, 0.5, 1.0, 2.0, 3.7, 10.0, 123.456])
u = np.array([-1.0, -0.9, -0.5, -0.1, 0.0, 0.3, 0.75, 1.0])
big = np.array([1.0, 1.5, 2.0, 10.0, 100.0])
funcs = [('sqrt', np.sqrt, x), ('square', np.square, x), ('cbrt', np.cbrt, x), ('exp', np.exp, x),
         ('exp2', np.exp2, x), ('expm1', np.expm1, u), ('log', np.log, big), ('log2', np.log2, big),
         ('log10', np.log10, big), ('log1p', np.log1p, u[1:]), ('sin', np.sin, x), ('cos', np.cos, x),
         ('tan', np.tan, x), ('arcsin', np.arcsin, u), ('arccos', np.arccos, u), ('arctan', np.arctan, x),
         ('sinh', np.sinh, u), ('cosh', np.cosh, u), ('tanh', np.tanh, x), ('arcsinh', np.arcsinh, x),
         ('arccosh', np.arccosh, big), ('arctanh', np.arctanh, u[1:-1])]
for name, f, v in funcs:
    r = f(v)
    print(name, r.dtype)
    print(repr(r))
    print(r.tolist())
    r32 = f(v.astype(np.float32))
    print(repr(r32))
print(repr(np.arctan2(np.array([1.0, -1.0, 0.0, -0.0, 2.0]), np.array([1.0, -1.0, -1.0, -1.0, 0.0]))))
print(np.arctan2(np.array([0.3, 5.0]), np.array([0.7, -2.0])).tolist())
print(repr(np.hypot(np.array([3.0, 5.0, 1e200]), np.array([4.0, 12.0, 1e200]))))
print(np.hypot(np.array([0.1, 2.5]), np.array([0.2, 7.1])).tolist())
print(repr(np.sqrt(np.arange(5))), repr(np.exp(np.arange(3))), repr(np.sin(np.array([1, 2], dtype=np.int32))))
print(repr(np.sqrt(np.array([4], dtype=np.int16))), repr(np.log(np.array([1, 2], dtype=np.uint16))))
print(repr(np.sqrt(2)), repr(np.exp(1.0)), repr(np.sin(np.pi)), repr(np.cos(np.float32(0.5))))
print(repr(np.square(np.array([3, -4]))), repr(np.square(np.array([2], dtype=np.uint8) * 20)))
print(repr(np.cbrt(np.array([-27.0, 8.0]))), repr(np.exp2(np.array([-1, 10]))))
print(repr(np.arccosh(np.array([0.5]))), repr(np.arctanh(np.array([1.0, -1.0]))))
