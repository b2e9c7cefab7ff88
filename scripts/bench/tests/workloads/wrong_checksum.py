# bench: category=python quick=10 full=10
# Self-test workload whose checksum depends on the runtime: the interpreter's
# name (cpython, pypy, ...) and the variable BENCH_SELFTEST_VARIANT.  Any two
# different runtimes, or the self-test's two CPython variants, disagree, and
# the driver must report the workload as FAILED and exit non-zero.
import os
import sys

print(f"checksum: {sys.implementation.name}{os.environ.get('BENCH_SELFTEST_VARIANT', '')}")
