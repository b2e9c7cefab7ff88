# Numba twin of matmul_loops.py: the same kernel, compiled with @njit.
# The first call compiles it, outside the timed section of main().
import matmul_loops as workload
from numba import njit

workload.matmul_loops = njit(workload.matmul_loops)
workload.run(2)

if __name__ == "__main__":
    workload.main()
