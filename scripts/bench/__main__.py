"""mnpy's benchmark driver: runs every workload under mnpy, mnpy --jit off,
CPython (+ NumPy), PyPy and Numba twins, checks that they all print the same
checksum, times them and writes target/bench/report.{md,json,svg}.

Run `python3 scripts/bench --help`; see scripts/bench/README.md."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent.parent
if str(BENCH_DIR) not in sys.path:
    sys.path.insert(0, str(BENCH_DIR))

from benchlib import catalog, pipeline, runtimes, selftest  # noqa: E402


def parse_arguments(argv: list) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python3 scripts/bench",
        description="Time mnpy side by side with CPython (+ NumPy), PyPy and Numba.",
    )
    parser.add_argument("names", nargs="*", help="workloads to run (default: all pure-Python ones)")
    parser.add_argument(
        "--quick", action="store_true", help="small sizes and 1 counted run (under 2 minutes)"
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=None,
        help="counted runs per runtime (default 5, 1 with --quick)",
    )
    parser.add_argument("--array", action="store_true", help="also run the NumPy array workloads")
    parser.add_argument(
        "--only-array", action="store_true", help="run only the NumPy array workloads"
    )
    parser.add_argument(
        "--runtimes",
        default=None,
        help="comma-separated runtime keys to use: "
        "mnpy,mnpy-nojit,cpython,pypy,numba (default: all)",
    )
    parser.add_argument(
        "--mnpy",
        default=str(REPO_ROOT / "target" / "release" / "mnpy"),
        help="mnpy binary (default: target/release/mnpy)",
    )
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="CPython interpreter (default: the one running this script)",
    )
    parser.add_argument("--pypy", default="pypy3", help="PyPy interpreter (default: pypy3)")
    parser.add_argument(
        "--workloads",
        default=str(BENCH_DIR / "workloads"),
        help="folder of workload files (default: scripts/bench/workloads)",
    )
    parser.add_argument(
        "--out",
        default=str(REPO_ROOT / "target" / "bench"),
        help="folder for report.md, report.json, report.svg",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=None,
        help="seconds before a run is killed (default 300, 60 with --quick)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that the driver reports a wrong checksum, then exit",
    )
    arguments = parser.parse_args(argv)
    if arguments.runs is None:
        arguments.runs = 1 if arguments.quick else 5
    if arguments.runs < 1:
        parser.error("--runs must be at least 1")
    if arguments.timeout is None:
        arguments.timeout = 60.0 if arguments.quick else 300.0
    return arguments


def choose_runtimes(arguments: argparse.Namespace) -> list:
    """Discover the runtimes and keep those named by --runtimes."""
    found = runtimes.discover(Path(arguments.mnpy), arguments.python, arguments.pypy)
    if arguments.runtimes is None:
        return found
    wanted = [key.strip() for key in arguments.runtimes.split(",") if key.strip()]
    known = {rt.key for rt in found}
    unknown = [key for key in wanted if key not in known]
    if unknown:
        raise catalog.CatalogError(
            f"unknown runtime(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})"
        )
    return [rt for rt in found if rt.key in wanted]


def main(argv: list) -> int:
    """Run the benchmarks; 0 when every workload passed, 1 when any failed."""
    arguments = parse_arguments(argv)
    if arguments.self_test:
        return selftest.run(BENCH_DIR, arguments.python)
    if arguments.only_array:
        categories = ("array",)
    elif arguments.array:
        categories = ("python", "array")
    else:
        categories = ("python",)
    try:
        workloads = catalog.select(
            catalog.discover(Path(arguments.workloads)), categories, arguments.names
        )
        chosen = choose_runtimes(arguments)
    except catalog.CatalogError as error:
        print(f"bench: {error}", file=sys.stderr)
        return 2
    settings = pipeline.Settings(
        quick=arguments.quick,
        runs=arguments.runs,
        timeout=arguments.timeout,
        out_dir=Path(arguments.out),
        cwd=REPO_ROOT,
        command=" ".join(["python3", "scripts/bench"] + [shlex.quote(a) for a in argv]),
    )
    markdown, results, outputs = pipeline.run_session(workloads, chosen, settings)
    sys.stdout.write(markdown)
    for kind, where in outputs.items():
        print(f"[bench] {kind}: {where}", file=sys.stderr)
    failed = [r.workload.name for r in results if r.failure]
    if failed:
        print(f"[bench] FAILED: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        print("\n[bench] interrupted", file=sys.stderr)
        sys.exit(130)
