# Numba twin of spectral_norm.py: the same functions, compiled with @njit.
# The first call compiles them, outside the timed section of main().
import spectral_norm as workload
from numba import njit

workload.eval_a = njit(workload.eval_a)
workload.times_u = njit(workload.times_u)
workload.times_transposed_u = njit(workload.times_transposed_u)
workload.times_ata_u = njit(workload.times_ata_u)
workload.run = njit(workload.run)
workload.run(2)

if __name__ == "__main__":
    workload.main()
