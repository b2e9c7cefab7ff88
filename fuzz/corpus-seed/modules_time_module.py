# time: time(), perf_counter(), sleep(); only deterministic facts are printed.
import time
t0 = time.time()
p0 = time.perf_counter()
time.sleep(0.01)
t1 = time.time()
p1 = time.perf_counter()
print(type(t0).__name__, type(p0).__name__)
print(t0 > 1.6e9, t1 >= t0, p1 > p0, p1 - p0 >= 0.009, p1 - p0 < 5.0)
time.sleep(0)
print(time.sleep(0) is None)
elapsed = time.perf_counter() - p0
print(elapsed >= 0.0)
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
