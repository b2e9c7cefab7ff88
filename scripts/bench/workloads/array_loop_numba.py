# Numba twin of array_loop.py: the same kernel, compiled with @njit.
# The first call compiles it, outside the timed section of main().
import array_loop as workload
from numba import njit

workload.hypot_loop = njit(workload.hypot_loop)
workload.run(4)

if __name__ == "__main__":
    workload.main()
