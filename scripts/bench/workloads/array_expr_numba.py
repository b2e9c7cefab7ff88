# Numba twin of array_expr.py: the same kernel, compiled with @njit.
# The first call compiles it, outside the timed section of main().
import array_expr as workload
from numba import njit

workload.expression_loop = njit(workload.expression_loop)
workload.run(4)

if __name__ == "__main__":
    workload.main()
