"""Running workloads and timing them: one warm-up run per runtime whose
checksums must all agree, then counted runs alternating between runtimes,
whole-process wall time plus the `inner_seconds:` a workload may print."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

CHECKSUM_PREFIX = "checksum:"
INNER_PREFIX = "inner_seconds:"


@dataclass
class RunOutcome:
    """What one process run produced."""

    wall: float
    checksum: str | None = None
    inner: float | None = None
    error: str | None = None


@dataclass
class Stats:
    """Median and spread of a list of seconds."""

    median: float
    low: float
    high: float

    @staticmethod
    def of(values: list) -> Stats | None:
        """Stats of the values, or None for an empty list."""
        if not values:
            return None
        return Stats(statistics.median(values), min(values), max(values))


@dataclass
class Cell:
    """One workload under one runtime."""

    checksum: str | None = None
    error: str | None = None
    walls: list = field(default_factory=list)
    inners: list = field(default_factory=list)

    def wall_stats(self) -> Stats | None:
        """Whole-process time of the counted runs."""
        return Stats.of(self.walls)

    def inner_stats(self) -> Stats | None:
        """In-process time, when every counted run reported one."""
        if not self.walls or len(self.inners) != len(self.walls):
            return None
        return Stats.of(self.inners)


@dataclass
class WorkloadResult:
    """A workload's cells, keyed by runtime key, and its failure if any."""

    workload: object
    size: int
    cells: dict = field(default_factory=dict)
    failure: str | None = None


def parse_output(stdout: str) -> tuple:
    """(checksum, inner seconds, error) from a workload's stdout."""
    checksums = []
    inner = None
    for line in stdout.splitlines():
        if line.startswith(CHECKSUM_PREFIX):
            checksums.append(line[len(CHECKSUM_PREFIX) :].strip())
        elif line.startswith(INNER_PREFIX):
            try:
                inner = float(line[len(INNER_PREFIX) :].strip())
            except ValueError:
                return None, None, f"bad line {line!r}"
    if len(checksums) != 1:
        return None, None, f"printed {len(checksums)} checksum lines, expected 1"
    return checksums[0], inner, None


def last_line(text: str) -> str:
    """The last non-empty line of a process's stderr, for error messages."""
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1].strip() if lines else "no output on stderr"


def run_once(argv: list, env: dict, timeout: float, cwd: Path) -> RunOutcome:
    """Run one process and time it from start to exit."""
    start = time.perf_counter()
    try:
        proc = subprocess.run(argv, capture_output=True, env=env, cwd=cwd, timeout=timeout)
    except subprocess.TimeoutExpired:
        return RunOutcome(time.perf_counter() - start, error=f"timed out after {timeout:g} s")
    except OSError as error:
        return RunOutcome(time.perf_counter() - start, error=str(error))
    wall = time.perf_counter() - start
    stdout = proc.stdout.decode("utf-8", "replace")
    if proc.returncode != 0:
        stderr = proc.stderr.decode("utf-8", "replace")
        return RunOutcome(wall, error=f"exit status {proc.returncode}: {last_line(stderr)}")
    checksum, inner, error = parse_output(stdout)
    return RunOutcome(wall, checksum=checksum, inner=inner, error=error)


class Progress:
    """Prints one line per run on stderr."""

    def __init__(self, total_workloads: int, stream=None):
        self.total = total_workloads
        self.stream = stream if stream is not None else sys.stderr

    def report(self, index: int, name: str, phase: str, label: str, outcome: RunOutcome):
        """Describe one finished run."""
        if outcome.error:
            status = f"ERROR {outcome.error}"
        else:
            status = f"checksum {outcome.checksum}"
            if outcome.inner is not None:
                status += f", inner {outcome.inner:.3f} s"
        print(
            f"[bench {index}/{self.total}] {name:<16} {phase:<9} {label:<15} "
            f"{outcome.wall:8.3f} s  {status}",
            file=self.stream,
            flush=True,
        )


def disagreement(result: WorkloadResult, labels: dict) -> str | None:
    """A failure message if any runtime erred or the checksums differ."""
    errors = [f"{labels[key]}: {cell.error}" for key, cell in result.cells.items() if cell.error]
    if errors:
        return "; ".join(errors)
    distinct = {cell.checksum for cell in result.cells.values()}
    if len(distinct) > 1:
        parts = [f"{labels[key]} `{cell.checksum}`" for key, cell in result.cells.items()]
        return "checksum mismatch: " + ", ".join(parts)
    return None


def measure_workload(
    workload,
    runtimes: list,
    quick: bool,
    runs: int,
    timeout: float,
    cwd: Path,
    progress: Progress,
    index: int,
) -> WorkloadResult:
    """Warm up every applicable runtime, compare checksums, then time `runs`
    rounds; in round r the runtimes start at position r of the list, so each
    runtime takes each place in the order in turn."""
    size = workload.size(quick)
    result = WorkloadResult(workload, size)
    active = [rt for rt in runtimes if rt.available and rt.applies_to(workload)]
    labels = {rt.key: rt.label for rt in active}
    if not active:
        print(
            f"[bench {index}/{progress.total}] {workload.name}: no available runtime runs it",
            file=progress.stream,
            flush=True,
        )
        return result
    for rt in active:
        outcome = run_once(rt.argv(workload, size), rt.environment(), timeout, cwd)
        progress.report(index, workload.name, "warm-up", rt.label, outcome)
        result.cells[rt.key] = Cell(checksum=outcome.checksum, error=outcome.error)
    result.failure = disagreement(result, labels)
    if result.failure:
        return result
    for round_index in range(runs):
        shift = round_index % len(active)
        for rt in active[shift:] + active[:shift]:
            outcome = run_once(rt.argv(workload, size), rt.environment(), timeout, cwd)
            progress.report(
                index, workload.name, f"run {round_index + 1}/{runs}", rt.label, outcome
            )
            cell = result.cells[rt.key]
            if outcome.error:
                cell.error = outcome.error
            elif outcome.checksum != cell.checksum:
                cell.error = f"checksum changed from `{cell.checksum}` to `{outcome.checksum}`"
            if cell.error:
                result.failure = f"{rt.label}: {cell.error}"
                for other in result.cells.values():
                    other.walls.clear()
                    other.inners.clear()
                return result
            cell.walls.append(outcome.wall)
            if outcome.inner is not None:
                cell.inners.append(outcome.inner)
    return result
