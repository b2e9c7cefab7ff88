# Numba twin of small_array_ops.py: the same kernel, compiled with @njit.
# The first call compiles it, outside the timed section of main().
import small_array_ops as workload
from numba import njit

workload.orbit = njit(workload.orbit)
workload.run(2)

if __name__ == "__main__":
    workload.main()
