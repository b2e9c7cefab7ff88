"""The runtimes a workload is measured under, how each is found, and which
workloads each one runs.  A runtime that is not installed is kept, marked
missing with the reason and how to install it, so the report can say so."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

# Every process the driver starts gets this environment on top of its own:
# NumPy's portable baseline loops (results reproducible across machines, as
# the conformance tests use) and single-threaded BLAS, so that every runtime
# uses one core (a busy second core makes multi-threaded OpenBLAS many times
# slower and the numbers meaningless).
BENCH_ENV = {
    "NPY_DISABLE_CPU_FEATURES": "X86_V3 X86_V4 AVX512_ICL AVX512_SPR",
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "NUMBA_NUM_THREADS": "1",
    "PYTHONHASHSEED": "0",
}

PROBE_TIMEOUT = 60.0


@dataclass
class Runtime:
    """A column of the report: a command that runs a workload file."""

    key: str
    label: str
    command: list | None
    version: str = ""
    missing_reason: str = ""
    install_hint: str = ""
    categories: tuple = ("python", "array")
    twin_only: bool = False
    extra_env: dict = field(default_factory=dict)

    @property
    def available(self) -> bool:
        """True when the runtime was found and works."""
        return self.command is not None

    def applies_to(self, workload) -> bool:
        """Whether this runtime runs the workload at all (PyPy skips NumPy
        workloads, Numba runs only workloads that have a twin)."""
        if workload.category not in self.categories:
            return False
        if self.twin_only and workload.numba_twin is None:
            return False
        return True

    def argv(self, workload, size: int) -> list:
        """The full command line for one run of the workload."""
        script = workload.numba_twin if self.twin_only else workload.path
        return list(self.command) + [str(script), str(size)]

    def environment(self) -> dict:
        """The process environment for a run."""
        env = dict(os.environ)
        env.update(BENCH_ENV)
        env.update(self.extra_env)
        return env


def probe(argv: list, env: dict | None = None) -> tuple:
    """Run a short command; return (ok, first line of output or error)."""
    full_env = dict(os.environ)
    full_env.update(BENCH_ENV)
    if env:
        full_env.update(env)
    try:
        proc = subprocess.run(
            argv,
            capture_output=True,
            env=full_env,
            timeout=PROBE_TIMEOUT,
        )
    except (OSError, subprocess.SubprocessError) as error:
        return False, str(error)
    text = (proc.stdout + proc.stderr).decode("utf-8", "replace").strip()
    first = text.splitlines()[0] if text else ""
    return proc.returncode == 0, first


def python_module_version(python: str, module: str) -> str | None:
    """The version of `module` importable by `python`, or None."""
    ok, out = probe([python, "-c", f"import {module}; print({module}.__version__)"])
    return out if ok else None


def find_mnpy(path: Path) -> list:
    """mnpy (JIT on) and `mnpy --jit off`, each present or missing."""
    hint = "cargo build --release -p mnpy-interp (or pass --mnpy PATH)"
    if not (path.is_file() and os.access(path, os.X_OK)):
        reason = f"not found at {path}"
        return [
            Runtime("mnpy", "mnpy", None, missing_reason=reason, install_hint=hint),
            Runtime("mnpy-nojit", "mnpy --jit off", None, missing_reason=reason, install_hint=hint),
        ]
    ok, version = probe([str(path), "--version"])
    version = version if ok and version else "version unknown"
    mnpy = Runtime("mnpy", "mnpy", [str(path)], version=version)
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "probe.py"
        script.write_text('print("checksum: 1")\n', encoding="utf-8")
        ok, out = probe([str(path), "--jit", "off", str(script)])
    if ok and out == "checksum: 1":
        nojit = Runtime(
            "mnpy-nojit", "mnpy --jit off", [str(path), "--jit", "off"], version=version
        )
    else:
        nojit = Runtime(
            "mnpy-nojit",
            "mnpy --jit off",
            None,
            missing_reason="this mnpy does not accept `--jit off` yet",
            install_hint="rebuild mnpy once the JIT lands",
        )
    return [mnpy, nojit]


def find_cpython(python: str) -> Runtime:
    """CPython (the interpreter running the driver unless --python says),
    with NumPy for the array workloads when NumPy is importable."""
    ok, out = probe([python, "-c", "import sys; print(sys.version.split()[0])"])
    if not ok:
        return Runtime(
            "cpython",
            "CPython",
            None,
            missing_reason=f"{python}: {out}",
            install_hint="install Python 3.11",
        )
    numpy_version = python_module_version(python, "numpy")
    categories = ("python", "array") if numpy_version else ("python",)
    version = f"CPython {out}"
    version += f", NumPy {numpy_version}" if numpy_version else ", NumPy not installed"
    return Runtime("cpython", "CPython", [python], version=version, categories=categories)


def find_pypy(pypy: str) -> Runtime:
    """PyPy 3, for the pure-Python workloads only."""
    hint = "apt-get install pypy3"
    resolved = shutil.which(pypy)
    if resolved is None:
        return Runtime(
            "pypy",
            "PyPy",
            None,
            missing_reason=f"{pypy} not found",
            install_hint=hint,
            categories=("python",),
        )
    ok, _ = probe([resolved, "-c", "pass"])
    if not ok:
        return Runtime(
            "pypy",
            "PyPy",
            None,
            missing_reason=f"{resolved} does not run",
            install_hint=hint,
            categories=("python",),
        )
    ok, out = probe(
        [
            resolved,
            "-c",
            "import sys, platform; v = sys.pypy_version_info; "
            "print(f'PyPy {v.major}.{v.minor}.{v.micro} "
            "(Python {platform.python_version()})')",
        ]
    )
    return Runtime(
        "pypy", "PyPy", [resolved], version=out if ok else "PyPy", categories=("python",)
    )


def find_numba(python: str) -> Runtime:
    """Numba twins (`NAME_numba.py`), run by the same CPython."""
    version = python_module_version(python, "numba")
    if version is None:
        return Runtime(
            "numba",
            "Numba",
            None,
            missing_reason="numba is not importable",
            install_hint="pip install numba",
            twin_only=True,
        )
    return Runtime("numba", "Numba", [python], version=f"Numba {version}", twin_only=True)


def discover(mnpy_path: Path, python: str, pypy: str) -> list:
    """Every runtime in report column order, found or missing."""
    runtimes = find_mnpy(mnpy_path)
    runtimes.append(find_cpython(python))
    runtimes.append(find_pypy(pypy))
    runtimes.append(find_numba(python))
    return runtimes
