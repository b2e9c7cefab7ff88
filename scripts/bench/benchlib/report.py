"""The Markdown report: a header saying when, where and with what the numbers
were taken, then whole-process and in-process tables (median and ratio to
the reference runtime), the min–max spread, and the failures in full."""

from __future__ import annotations

import datetime
import os
import platform
from dataclasses import dataclass

from benchlib.runtimes import BENCH_ENV

NOT_APPLICABLE = "—"


@dataclass
class RunInfo:
    """Facts about the run that the report's header states."""

    command: str
    quick: bool
    runs: int
    date: str
    machine: str
    load: str


def machine_description() -> str:
    """CPU model, core count and OS of this machine."""
    model = platform.processor() or "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


def current_run_info(command: str, quick: bool, runs: int) -> RunInfo:
    """RunInfo for a run starting now."""
    now = datetime.datetime.now(datetime.UTC)
    return RunInfo(
        command,
        quick,
        runs,
        now.strftime("%Y-%m-%d %H:%M UTC"),
        machine_description(),
        load_average(),
    )


def load_average() -> str:
    """The 1, 5 and 15 minute load averages: other work on the machine
    slows every runtime and widens the spread."""
    try:
        return " / ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def reference_runtime(runtimes: list):
    """mnpy when available, else CPython: the denominator of every ratio."""
    for key in ("mnpy", "cpython"):
        for rt in runtimes:
            if rt.key == key and rt.available:
                return rt
    return None


def format_seconds(seconds: float) -> str:
    """Seconds with three significant digits."""
    return f"{seconds:.3g} s" if seconds >= 0.001 else f"{seconds * 1000:.3g} ms"


def format_ratio(ratio: float) -> str:
    """A ratio such as 2.41×."""
    return f"{ratio:.3g}×"


def stats_for(result, key: str, inner: bool):
    """Wall or inner Stats of one cell, or None."""
    cell = result.cells.get(key)
    if cell is None:
        return None
    return cell.inner_stats() if inner else cell.wall_stats()


def time_cell(result, key: str, reference_key: str | None, inner: bool) -> str:
    """'median (ratio)' for a table cell."""
    if key not in result.cells:
        return NOT_APPLICABLE
    if result.failure:
        return "FAILED"
    stats = stats_for(result, key, inner)
    if stats is None:
        return NOT_APPLICABLE
    text = format_seconds(stats.median)
    reference = stats_for(result, reference_key, inner) if reference_key else None
    if reference is not None and reference.median > 0:
        text += f" ({format_ratio(stats.median / reference.median)})"
    return text


def spread_cell(result, key: str) -> str:
    """'min–max' of the whole-process runs."""
    if key not in result.cells:
        return NOT_APPLICABLE
    if result.failure:
        return "FAILED"
    stats = stats_for(result, key, False)
    if stats is None:
        return NOT_APPLICABLE
    return f"{stats.low:.3g}–{stats.high:.3g} s"


def table(results: list, columns: list, cell) -> list:
    """Markdown table lines: one row per workload, one column per runtime."""
    lines = [
        "| workload | size | " + " | ".join(rt.label for rt in columns) + " |",
        "| --- | ---: | " + " | ".join("---:" for _ in columns) + " |",
    ]
    for result in results:
        name = result.workload.name + (" **FAILED**" if result.failure else "")
        cells = [cell(result, rt.key) for rt in columns]
        lines.append(f"| {name} | {result.size} | " + " | ".join(cells) + " |")
    return lines


def ratio_sentence(reference, label_of_mnpy_path: str) -> str:
    """Explains what the ratios in brackets are relative to."""
    if reference is None:
        return "No reference runtime was available, so there are no ratios."
    if reference.key == "mnpy":
        return "In brackets: the runtime's time / mnpy's time (above 1 means mnpy is faster)."
    return (
        f"mnpy is missing ({label_of_mnpy_path}), so ratios are against CPython: "
        "in brackets, the runtime's time / CPython's time (above 1 means CPython is faster)."
    )


def render(info: RunInfo, runtimes: list, results: list) -> str:
    """The whole report as Markdown text."""
    columns = [rt for rt in runtimes if rt.available]
    reference = reference_runtime(runtimes)
    reference_key = reference.key if reference else None
    mnpy = next((rt for rt in runtimes if rt.key == "mnpy"), None)
    mnpy_note = mnpy.missing_reason if mnpy and not mnpy.available else ""
    mode = "quick (small sizes)" if info.quick else "full size"
    lines = [
        "# mnpy benchmarks",
        "",
        f"- Date: {info.date}",
        f"- Machine: {info.machine}",
        f"- Load average at start (1 / 5 / 15 min): {info.load}",
        f"- Command: `{info.command}`",
        f"- Mode: {mode}, 1 warm-up run then {info.runs} counted run(s) per runtime, "
        "alternating between runtimes",
        "- Environment: " + ", ".join(f"`{k}={v}`" for k, v in BENCH_ENV.items()),
    ]
    for rt in runtimes:
        if rt.available:
            lines.append(f"- {rt.label}: {rt.version or 'found'} (`{' '.join(rt.command)}`)")
    missing = [rt for rt in runtimes if not rt.available]
    if missing:
        lines.append(
            "- Missing: "
            + "; ".join(
                f"{rt.label} ({rt.missing_reason}; install: `{rt.install_hint}`)" for rt in missing
            )
        )
    sentence = ratio_sentence(reference, mnpy_note)
    lines += [
        "",
        "## Whole-process wall time",
        "",
        f"Median of the counted runs. {sentence} "
        f"{NOT_APPLICABLE} means the runtime does not run that workload.",
        "",
    ]
    lines += table(results, columns, lambda r, key: time_cell(r, key, reference_key, inner=False))
    lines += [
        "",
        "## In-process time of the timed section",
        "",
        "What each workload measured itself around its main computation (after "
        f"Numba's compile), median of the counted runs. {sentence}",
        "",
    ]
    lines += table(results, columns, lambda r, key: time_cell(r, key, reference_key, inner=True))
    lines += ["", "## Spread of whole-process wall time (min–max)", ""]
    lines += table(results, columns, spread_cell)
    failed = [r for r in results if r.failure]
    lines += ["", "## Failures", ""]
    if failed:
        for result in failed:
            lines.append(f"- **{result.workload.name}** (size {result.size}): {result.failure}")
    else:
        lines.append("None: every runtime printed the same checksum for every workload.")
    return "\n".join(lines) + "\n"
