"""The SVG chart: per workload, one bar per runtime showing its time divided
by the reference runtime's (log scale), for whole-process and in-process
times, drawn with matplotlib."""

from __future__ import annotations

from pathlib import Path

from benchlib.report import reference_runtime, stats_for


class ChartUnavailable(Exception):
    """matplotlib is not installed."""


def ratio_series(results: list, runtimes: list, inner: bool) -> tuple:
    """(workload names, {runtime label: [ratio or None per workload]})."""
    reference = reference_runtime(runtimes)
    if reference is None:
        return [], {}
    names = []
    rows = []
    for result in results:
        base = stats_for(result, reference.key, inner)
        if result.failure or base is None or base.median <= 0:
            continue
        names.append(result.workload.name)
        rows.append((result, base.median))
    series = {}
    for rt in runtimes:
        if not rt.available or rt.key == reference.key:
            continue
        values = []
        for result, base in rows:
            stats = stats_for(result, rt.key, inner)
            values.append(stats.median / base if stats and stats.median > 0 else None)
        if any(v is not None for v in values):
            series[rt.label] = values
    return names, series


def draw_panel(axes, names: list, series: dict, title: str, reference_label: str):
    """One grouped, log-scale bar chart of ratios on `axes`."""
    axes.set_title(title, fontsize=11)
    axes.set_yscale("log")
    axes.axhline(1.0, color="black", linewidth=0.8)
    if not names or not series:
        axes.text(0.5, 0.5, "no ratios to show", ha="center", va="center", transform=axes.transAxes)
        axes.set_xticks([])
        return
    width = 0.8 / len(series)
    for index, (label, values) in enumerate(series.items()):
        positions = []
        heights = []
        for position, value in enumerate(values):
            if value is not None:
                positions.append(position - 0.4 + width * (index + 0.5))
                heights.append(value)
        # Bars grow from the line at 1, up when slower than the reference,
        # down when faster.
        bars = axes.bar(positions, [h - 1.0 for h in heights], bottom=1.0, width=width, label=label)
        axes.bar_label(bars, labels=[f"{h:.2g}" for h in heights], fontsize=7, padding=1)
    shown = [v for values in series.values() for v in values if v is not None] + [1.0]
    axes.set_ylim(min(shown) / 1.6, max(shown) * 1.6)
    axes.set_xticks(range(len(names)))
    axes.set_xticklabels(names, rotation=30, ha="right", fontsize=9)
    axes.set_ylabel(f"time / {reference_label} time")
    axes.legend(fontsize=8)
    axes.grid(axis="y", which="both", alpha=0.3)


def write_svg(path: Path, results: list, runtimes: list, title: str) -> str:
    """Draw the chart into `path`; raise ChartUnavailable without matplotlib."""
    try:
        import matplotlib
    except ImportError:
        raise ChartUnavailable("matplotlib is not installed (pip install matplotlib)") from None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    matplotlib.rcParams["svg.hashsalt"] = "mnpy-bench"
    reference = reference_runtime(runtimes)
    reference_label = reference.label if reference else "reference"
    figure, (top, bottom) = plt.subplots(2, 1, figsize=(11, 9))
    figure.suptitle(f"{title}: above 1 means {reference_label} is faster", fontsize=12)
    names, series = ratio_series(results, runtimes, inner=False)
    draw_panel(top, names, series, "Whole-process wall time", reference_label)
    names, series = ratio_series(results, runtimes, inner=True)
    draw_panel(bottom, names, series, "In-process time of the timed section", reference_label)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, format="svg", metadata={"Date": None})
    plt.close(figure)
    return str(path)
