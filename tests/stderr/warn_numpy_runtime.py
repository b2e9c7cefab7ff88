# NumPy's RuntimeWarnings print as Python's default warning filter prints them: the file and
# line of the statement, the category and message, then the source line, once per line.
import numpy as np

for i in range(3):
    y = np.float64(1.0) / 0.0
print(np.array([1.0, 0.0]) / 0.0)
print(np.log(np.array([-1.0, 1.0])))


def f(v):
    return np.sqrt(v)


print(f(np.array([-4.0])), f(np.array([-9.0])))
with np.errstate(divide="ignore"):
    print(np.array([2.0]) / 0)
print(np.uint8(250) + np.uint8(10))
print("done")
