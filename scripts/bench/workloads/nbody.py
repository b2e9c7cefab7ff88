# bench: category=python quick=15000 full=200000
# N-body: the five Jovian planets and the Sun, advanced with a symplectic
# Euler step.  Float arithmetic on flat lists, a double loop over pairs.
# Usage: nbody.py STEPS.  Prints the energy before and after.
import math
import sys
import time

PI = 3.14159265358979323
SOLAR_MASS = 4.0 * PI * PI
DAYS_PER_YEAR = 365.24


def initial_bodies():
    # Columns: x, y, z, vx, vy, vz, mass (Sun, Jupiter, Saturn, Uranus, Neptune).
    rows = [
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0],
        [
            4.84143144246472090e00,
            -1.16032004402742839e00,
            -1.03622044471123109e-01,
            1.66007664274403694e-03,
            7.69901118419740425e-03,
            -6.90460016972063023e-05,
            9.54791938424326609e-04,
        ],
        [
            8.34336671824457987e00,
            4.12479856412430479e00,
            -4.03523417114321381e-01,
            -2.76742510726862411e-03,
            4.99852801234917238e-03,
            2.30417297573763929e-05,
            2.85885980666130812e-04,
        ],
        [
            1.28943695621391310e01,
            -1.51111514016986312e01,
            -2.23307578892655734e-01,
            2.96460137564761618e-03,
            2.37847173959480950e-03,
            -2.96589568540237556e-05,
            4.36624404335156298e-05,
        ],
        [
            1.53796971148509165e01,
            -2.59193146099879641e01,
            1.79258772950371181e-01,
            2.68067772490389322e-03,
            1.62824170038242295e-03,
            -9.51592254519715870e-05,
            5.15138902046611451e-05,
        ],
    ]
    xs = []
    ys = []
    zs = []
    vxs = []
    vys = []
    vzs = []
    masses = []
    for row in rows:
        xs.append(row[0])
        ys.append(row[1])
        zs.append(row[2])
        vxs.append(row[3] * DAYS_PER_YEAR)
        vys.append(row[4] * DAYS_PER_YEAR)
        vzs.append(row[5] * DAYS_PER_YEAR)
        masses.append(row[6] * SOLAR_MASS)
    return xs, ys, zs, vxs, vys, vzs, masses


def offset_momentum(vxs, vys, vzs, masses):
    px = 0.0
    py = 0.0
    pz = 0.0
    for i in range(len(masses)):
        px += vxs[i] * masses[i]
        py += vys[i] * masses[i]
        pz += vzs[i] * masses[i]
    vxs[0] = -px / SOLAR_MASS
    vys[0] = -py / SOLAR_MASS
    vzs[0] = -pz / SOLAR_MASS


def energy(xs, ys, zs, vxs, vys, vzs, masses):
    e = 0.0
    n = len(masses)
    for i in range(n):
        e += 0.5 * masses[i] * (vxs[i] * vxs[i] + vys[i] * vys[i] + vzs[i] * vzs[i])
        for j in range(i + 1, n):
            dx = xs[i] - xs[j]
            dy = ys[i] - ys[j]
            dz = zs[i] - zs[j]
            e -= masses[i] * masses[j] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(xs, ys, zs, vxs, vys, vzs, masses, dt, steps):
    n = len(masses)
    for _ in range(steps):
        for i in range(n):
            for j in range(i + 1, n):
                dx = xs[i] - xs[j]
                dy = ys[i] - ys[j]
                dz = zs[i] - zs[j]
                dist2 = dx * dx + dy * dy + dz * dz
                mag = dt / (dist2 * math.sqrt(dist2))
                mi = masses[i] * mag
                mj = masses[j] * mag
                vxs[i] -= dx * mj
                vys[i] -= dy * mj
                vzs[i] -= dz * mj
                vxs[j] += dx * mi
                vys[j] += dy * mi
                vzs[j] += dz * mi
        for i in range(n):
            xs[i] += dt * vxs[i]
            ys[i] += dt * vys[i]
            zs[i] += dt * vzs[i]


def run(steps):
    xs, ys, zs, vxs, vys, vzs, masses = initial_bodies()
    offset_momentum(vxs, vys, vzs, masses)
    before = energy(xs, ys, zs, vxs, vys, vzs, masses)
    advance(xs, ys, zs, vxs, vys, vzs, masses, 0.01, steps)
    after = energy(xs, ys, zs, vxs, vys, vzs, masses)
    return before, after


def main():
    steps = int(sys.argv[1])
    start = time.perf_counter()
    before, after = run(steps)
    elapsed = time.perf_counter() - start
    print(f"checksum: {before} {after}")
    print(f"inner_seconds: {elapsed:.6f}")


if __name__ == "__main__":
    main()
