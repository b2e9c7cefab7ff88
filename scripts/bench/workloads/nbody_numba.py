# Numba twin of nbody.py: the same functions, compiled with @njit.
# The first call compiles them, outside the timed section of main().
import nbody as workload
from numba import njit

workload.initial_bodies = njit(workload.initial_bodies)
workload.offset_momentum = njit(workload.offset_momentum)
workload.energy = njit(workload.energy)
workload.advance = njit(workload.advance)
workload.run = njit(workload.run)
workload.run(1)

if __name__ == "__main__":
    workload.main()
