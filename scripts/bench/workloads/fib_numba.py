# Numba twin of fib.py: the same functions, compiled with @njit.
# The first call compiles them, outside the timed section of main().
import fib as workload
from numba import njit

workload.fib = njit(workload.fib)
workload.run = njit(workload.run)
workload.run(2)

if __name__ == "__main__":
    workload.main()
