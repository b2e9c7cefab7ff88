# Numba twin of jacobi.py: the same kernel, compiled with @njit.
# The first call compiles it, outside the timed section of main().
import jacobi as workload
from numba import njit

workload.relax = njit(workload.relax)
workload.run(4)

if __name__ == "__main__":
    workload.main()
