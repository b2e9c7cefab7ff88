# Numba twin of fannkuch.py: the same functions, compiled with @njit.
# The first call compiles them, outside the timed section of main().
import fannkuch as workload
from numba import njit

workload.fannkuch = njit(workload.fannkuch)
workload.run = njit(workload.run)
workload.run(3)

if __name__ == "__main__":
    workload.main()
