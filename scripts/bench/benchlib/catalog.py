"""Workload discovery: every `NAME.py` in a workloads folder is a workload,
`NAME_numba.py` beside it is its Numba twin.

A workload's first line is its header, for example

    # bench: category=python quick=15000 full=200000

`category` is `python` (pure Python: runs under mnpy, CPython and PyPy) or
`array` (uses NumPy: runs under mnpy and CPython + NumPy); `quick` and `full`
are the size arguments (`sys.argv[1]`) for `--quick` and normal runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HEADER_PREFIX = "# bench:"
TWIN_SUFFIX = "_numba"
CATEGORIES = ("python", "array")


class CatalogError(Exception):
    """A workload file whose header is missing or malformed."""


@dataclass(frozen=True)
class Workload:
    """One benchmark program and how to size it."""

    name: str
    path: Path
    category: str
    quick_size: int
    full_size: int
    numba_twin: Path | None

    def size(self, quick: bool) -> int:
        """The size argument for a quick or a full run."""
        return self.quick_size if quick else self.full_size


def parse_header(line: str, path: Path) -> dict:
    """Read the `key=value` pairs of a `# bench:` header line."""
    if not line.startswith(HEADER_PREFIX):
        raise CatalogError(f"{path}: first line must start with {HEADER_PREFIX!r}")
    fields = {}
    for item in line[len(HEADER_PREFIX) :].split():
        key, sep, value = item.partition("=")
        if not sep or not key or not value:
            raise CatalogError(f"{path}: header item {item!r} is not key=value")
        fields[key] = value
    return fields


def load_workload(path: Path) -> Workload:
    """Build a Workload from its file, checking the header."""
    with path.open(encoding="utf-8") as handle:
        first = handle.readline().strip()
    fields = parse_header(first, path)
    category = fields.get("category", "")
    if category not in CATEGORIES:
        raise CatalogError(f"{path}: category must be one of {', '.join(CATEGORIES)}")
    sizes = {}
    for key in ("quick", "full"):
        try:
            sizes[key] = int(fields[key])
        except (KeyError, ValueError):
            raise CatalogError(f"{path}: header needs an integer {key}=N") from None
    twin = path.with_name(path.stem + TWIN_SUFFIX + ".py")
    return Workload(
        name=path.stem,
        path=path,
        category=category,
        quick_size=sizes["quick"],
        full_size=sizes["full"],
        numba_twin=twin if twin.is_file() else None,
    )


def discover(folder: Path) -> list:
    """All workloads in `folder`, sorted by category then name."""
    if not folder.is_dir():
        raise CatalogError(f"workloads folder {folder} does not exist")
    workloads = []
    for path in sorted(folder.glob("*.py")):
        if path.stem.endswith(TWIN_SUFFIX) or path.name.startswith("_"):
            continue
        workloads.append(load_workload(path))
    workloads.sort(key=lambda w: (CATEGORIES.index(w.category), w.name))
    return workloads


def select(workloads: list, categories: tuple, names: list) -> list:
    """Keep the workloads of the given categories and, if any names are
    given, only those; an unknown name is an error."""
    known = {w.name for w in workloads}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise CatalogError(
            f"unknown workload(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})"
        )
    if names:
        return [w for w in workloads if w.name in names]
    return [w for w in workloads if w.category in categories]
