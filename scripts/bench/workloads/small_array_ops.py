# bench: category=array quick=10000 full=120000
# Many operations on tiny arrays: a particle orbiting a fixed centre, its
# position and velocity as float64 arrays of 3 elements, advanced N steps.
# Per-call overhead dominates.  Usage: small_array_ops.py N.
import math
import sys
import time

import numpy as np


def orbit(pos, vel, center, steps, dt):
    for _ in range(steps):
        offset = center - pos
        r2 = (offset * offset).sum()
        accel = offset * (dt / (r2 * math.sqrt(r2)))
        vel = vel + accel
        pos = pos + vel * dt
    return pos, vel


def run(steps):
    pos = np.array([1.0, 0.0, 0.25])
    vel = np.array([0.0, 1.0, 0.0])
    center = np.zeros(3)
    pos, vel = orbit(pos, vel, center, steps, 0.001)
    return float(pos[0]), float(pos[1]), float(pos[2]), float(vel[0]), float(vel[1])


def main():
    steps = int(sys.argv[1])
    start = time.perf_counter()
    result = run(steps)
    elapsed = time.perf_counter() - start
    print(f"checksum: {result[0]} {result[1]} {result[2]} {result[3]} {result[4]}")
    print(f"inner_seconds: {elapsed:.6f}")


if __name__ == "__main__":
    main()
