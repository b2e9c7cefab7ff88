# Numba twin of mandelbrot.py: the same functions, compiled with @njit.
# The first call compiles them, outside the timed section of main().
import mandelbrot as workload
from numba import njit

workload.escape_count = njit(workload.escape_count)
workload.run = njit(workload.run)
workload.run(2)

if __name__ == "__main__":
    workload.main()
