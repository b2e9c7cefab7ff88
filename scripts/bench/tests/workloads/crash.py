# bench: category=python quick=10 full=10
# Self-test workload that raises: the driver must report it as FAILED.
import sys

raise RuntimeError(f"deliberate failure for size {sys.argv[1]}")
