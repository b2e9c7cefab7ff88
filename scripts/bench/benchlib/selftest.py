"""`python3 scripts/bench --self-test`: runs the real pipeline on the
workloads in scripts/bench/tests/workloads with two CPython variants that
print different checksums for `wrong_checksum.py`, and checks that the
driver reports it (and a crashing workload) as FAILED, still times the
workload that agrees, shows a missing runtime as missing, and writes a
report whose SVG parses as XML.  Ends with 'N passed, M failed'."""

from __future__ import annotations

import io
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from benchlib import catalog, pipeline, runtimes
from benchlib.measure import Stats, parse_output
from benchlib.report import format_ratio, format_seconds
from benchlib.runtimes import Runtime


class Checks:
    """Counts and prints named checks."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name: str, condition: bool, detail: str = ""):
        """Record one check."""
        if condition:
            self.passed += 1
            print(f"ok   {name}")
        else:
            self.failed += 1
            print(f"FAIL {name}" + (f": {detail}" if detail else ""))


def check_helpers(checks: Checks):
    """Output parsing and formatting, without running anything."""
    checks.check(
        "parse one checksum line",
        parse_output("checksum: 1 2\ninner_seconds: 0.5\n") == ("1 2", 0.5, None),
    )
    checks.check(
        "two checksum lines are an error", parse_output("checksum: 1\nchecksum: 1\n")[2] is not None
    )
    checks.check("no checksum line is an error", parse_output("hello\n")[2] is not None)
    checks.check("median and spread", Stats.of([3.0, 1.0, 2.0]) == Stats(2.0, 1.0, 3.0))
    checks.check("seconds format", format_seconds(1.23456) == "1.23 s", format_seconds(1.23456))
    checks.check("ratio format", format_ratio(2.0) == "2×", format_ratio(2.0))


def self_test_runtimes(python: str) -> list:
    """CPython, a CPython variant that changes wrong_checksum.py's output,
    and a runtime that does not exist."""
    return [
        Runtime("cpython", "CPython", [python], version="self-test"),
        Runtime(
            "variant",
            "CPython variant",
            [python],
            version="self-test",
            extra_env={"BENCH_SELFTEST_VARIANT": "-variant"},
        ),
        Runtime(
            "absent", "Absent", None, missing_reason="deliberately missing", install_hint="nothing"
        ),
    ]


def write_fake_mnpy(folder: Path, python: str) -> Path:
    """A stand-in for the mnpy binary: answers --version, accepts
    `--jit off`, and runs the script with CPython."""
    path = folder / "fake-mnpy"
    path.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = "--version" ]; then echo "mnpy 0.0.0-fake"; exit 0; fi\n'
        'if [ "$1" = "--jit" ]; then shift 2; fi\n'
        f'exec "{python}" "$@"\n',
        encoding="utf-8",
    )
    path.chmod(0o755)
    return path


def check_mnpy_reference(checks: Checks, bench_dir: Path, python: str):
    """With an mnpy present, both mnpy columns exist and ratios are to mnpy."""
    workloads = [
        w for w in catalog.discover(bench_dir / "tests" / "workloads") if w.name == "agree"
    ]
    with tempfile.TemporaryDirectory() as tmp:
        found = runtimes.find_mnpy(write_fake_mnpy(Path(tmp), python))
        checks.check(
            "mnpy found",
            all(rt.available for rt in found),
            "; ".join(rt.missing_reason for rt in found),
        )
        checks.check("mnpy version read", found[0].version == "mnpy 0.0.0-fake", found[0].version)
        chosen = found + [Runtime("cpython", "CPython", [python], version="self-test")]
        settings = pipeline.Settings(
            quick=True,
            runs=1,
            timeout=60.0,
            out_dir=Path(tmp) / "out",
            cwd=bench_dir,
            command="self-test",
        )
        markdown, results, _ = pipeline.run_session(
            workloads, chosen, settings, stream=io.StringIO()
        )
        checks.check("fake mnpy run passes", results[0].failure is None, results[0].failure)
        checks.check("ratios are against mnpy", "time / mnpy's time" in markdown)
        checks.check("a column for mnpy --jit off", "| mnpy --jit off |" in markdown)
    missing = runtimes.find_mnpy(bench_dir / "no-such-mnpy")
    checks.check("absent mnpy is missing", not any(rt.available for rt in missing))


def run(bench_dir: Path, python: str) -> int:
    """Run every check; 0 when all pass."""
    checks = Checks()
    check_helpers(checks)
    workloads = catalog.discover(bench_dir / "tests" / "workloads")
    by_name = {w.name: w for w in workloads}
    checks.check(
        "test workloads found",
        set(by_name) == {"agree", "wrong_checksum", "crash"},
        str(sorted(by_name)),
    )
    with tempfile.TemporaryDirectory() as tmp:
        settings = pipeline.Settings(
            quick=True, runs=2, timeout=60.0, out_dir=Path(tmp), cwd=bench_dir, command="self-test"
        )
        log = io.StringIO()
        markdown, results, outputs = pipeline.run_session(
            workloads, self_test_runtimes(python), settings, stream=log
        )
        result = {r.workload.name: r for r in results}
        agree = result.get("agree")
        checks.check(
            "agreeing workload passes",
            agree is not None and agree.failure is None,
            agree.failure if agree else "missing",
        )
        checks.check(
            "agreeing workload is timed twice per runtime",
            agree is not None and all(len(c.walls) == 2 for c in agree.cells.values()),
        )
        wrong = result.get("wrong_checksum")
        checks.check(
            "wrong checksum is reported",
            wrong is not None and (wrong.failure or "").startswith("checksum mismatch"),
            wrong.failure if wrong else "missing",
        )
        checks.check(
            "wrong checksum is not timed",
            wrong is not None and all(not c.walls for c in wrong.cells.values()),
        )
        crash = result.get("crash")
        checks.check(
            "crashing workload is reported",
            crash is not None and "deliberate failure" in (crash.failure or ""),
            crash.failure if crash else "missing",
        )
        checks.check("report marks failures", "wrong_checksum **FAILED**" in markdown)
        checks.check("report names the missing runtime", "Absent (deliberately missing" in markdown)
        checks.check(
            "ratios are against CPython without mnpy", "ratios are against CPython" in markdown
        )
        checks.check(
            "one progress line per run",
            log.getvalue().count("[bench ") == 6 + 2 + 2,
            log.getvalue(),
        )
        checks.check("report.md written", (Path(tmp) / "report.md").is_file())
        svg = Path(tmp) / "report.svg"
        if svg.is_file():
            try:
                root = ElementTree.parse(svg).getroot()
                checks.check("report.svg is SVG", root.tag.endswith("svg"), root.tag)
            except ElementTree.ParseError as error:
                checks.check("report.svg parses as XML", False, str(error))
        else:
            print(f"skip report.svg: {outputs.get('svg')}")
    check_mnpy_reference(checks, bench_dir, python)
    print(f"self-test: {checks.passed} passed, {checks.failed} failed")
    return 0 if checks.failed == 0 else 1
