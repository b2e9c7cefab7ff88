# Module constants np.pi, np.e, np.inf, np.nan, np.newaxis and their use.
import numpy as np

print(np.pi, repr(np.pi), type(np.pi).__name__, np.e, repr(np.e))
print(np.inf, -np.inf, np.nan, type(np.inf).__name__, type(np.nan).__name__)
print(np.inf > 1e308, np.nan == np.nan, np.isnan(np.nan), np.isinf(-np.inf))
print(np.newaxis, np.newaxis is None)
print(repr(np.array([np.pi, np.e])), repr(np.array([np.inf, np.nan])), np.array([np.pi]).tolist())
print(repr(np.float32(np.pi)), repr(np.sin(np.pi / 2)), repr(np.cos(np.pi)), repr(np.log(np.e)))
print(repr(np.exp(1) == np.e), repr(np.pi * 2), repr(np.sqrt(np.pi)))
print(np.__name__, isinstance(np.ndarray, type), type(np.array([1])).__name__, isinstance(np.array([1]), np.ndarray))
print(type(np.float64(1)) is np.float64, np.dtype(np.float64).type is np.float64, np.bool_ is np.bool)
