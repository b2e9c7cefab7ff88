"""One benchmark session from workloads and runtimes to report files, shared
by the command line and the self-test."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from benchlib import chart, measure, report


@dataclass
class Settings:
    """How to run: sizes, counted runs, per-run timeout, output folder."""

    quick: bool
    runs: int
    timeout: float
    out_dir: Path
    cwd: Path
    command: str


def run_session(workloads: list, runtimes: list, settings: Settings, stream=None) -> tuple:
    """Measure every workload, write report.md, report.json and report.svg.
    Returns (Markdown text, results, {file kind: path or problem})."""
    stream = stream if stream is not None else sys.stderr
    for rt in runtimes:
        if not rt.available:
            print(
                f"[bench] {rt.label}: missing ({rt.missing_reason}; install: {rt.install_hint})",
                file=stream,
                flush=True,
            )
    progress = measure.Progress(len(workloads), stream)
    results = []
    for index, workload in enumerate(workloads, start=1):
        results.append(
            measure.measure_workload(
                workload,
                runtimes,
                settings.quick,
                settings.runs,
                settings.timeout,
                settings.cwd,
                progress,
                index,
            )
        )
    info = report.current_run_info(settings.command, settings.quick, settings.runs)
    markdown = report.render(info, runtimes, results)
    settings.out_dir.mkdir(parents=True, exist_ok=True)
    outputs = {}
    md_path = settings.out_dir / "report.md"
    md_path.write_text(markdown, encoding="utf-8")
    outputs["markdown"] = str(md_path)
    json_path = settings.out_dir / "report.json"
    json_path.write_text(
        json.dumps(to_json(info, runtimes, results), indent=2) + "\n", encoding="utf-8"
    )
    outputs["json"] = str(json_path)
    try:
        outputs["svg"] = chart.write_svg(
            settings.out_dir / "report.svg",
            results,
            runtimes,
            "mnpy benchmarks" + (" (quick)" if settings.quick else ""),
        )
    except chart.ChartUnavailable as problem:
        outputs["svg"] = f"not written: {problem}"
    return markdown, results, outputs


def to_json(info, runtimes: list, results: list) -> dict:
    """Raw numbers, for later comparison between runs."""
    return {
        "date": info.date,
        "machine": info.machine,
        "load_average": info.load,
        "command": info.command,
        "quick": info.quick,
        "runs": info.runs,
        "runtimes": [
            {
                "key": rt.key,
                "label": rt.label,
                "version": rt.version,
                "command": rt.command,
                "missing": rt.missing_reason or None,
            }
            for rt in runtimes
        ],
        "results": [
            {
                "workload": r.workload.name,
                "category": r.workload.category,
                "size": r.size,
                "failure": r.failure,
                "cells": {
                    key: {
                        "checksum": c.checksum,
                        "error": c.error,
                        "wall_seconds": c.walls,
                        "inner_seconds": c.inners,
                    }
                    for key, c in r.cells.items()
                },
            }
            for r in results
        ],
    }
