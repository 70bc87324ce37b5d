"""Run a Python workload under scalene and read its per-function and per-line CPU shares."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from wattlens.profiling.runner import WorkloadError, run_measured

LAUNCHER = """\
import runpy, sys
kind, target, *args = sys.argv[1:]
sys.argv = [target, *args]
if kind == "module":
    runpy.run_module(target, run_name="__main__", alter_sys=True)
else:
    sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(target)))
    runpy.run_path(target, run_name="__main__")
"""
"""Runs a script or `-m` module the way `python` would, so scalene sees one entry file."""


LAUNCHER_NAME = "wattlens_launch.py"

_FLAGS_WITH_VALUE = frozenset({"-X", "-W", "--check-hash-based-pycs"})


@dataclass(frozen=True)
class Share:
    """CPU share of one function or line, in percent of the whole run."""

    file: str
    line: int
    name: str
    python_percent: float
    native_percent: float
    system_percent: float
    peak_mb: float = 0.0

    @property
    def cpu_percent(self) -> float:
        """Python + native + system CPU share."""
        return self.python_percent + self.native_percent + self.system_percent


@dataclass(frozen=True)
class ScaleneProfile:
    """What scalene attributed, by function and by line."""

    functions: list[Share]
    lines: list[Share]
    version: str


def python_entry(argv: list[str]) -> tuple[str, str, list[str]]:
    """Split a `python script.py …` or `python -m module …` command into (kind, target, args).

    Raises WorkloadError for commands that are not a Python program.
    """
    if not argv or not Path(argv[0]).name.startswith("python"):
        raise WorkloadError(
            f"The workload `{' '.join(argv)}` is not a Python command; profile a command "
            "of the form `python script.py ARGS` or `python -m module ARGS`."
        )
    rest = argv[1:]
    while rest and rest[0].startswith("-") and rest[0] not in ("-m", "-c"):
        # Interpreter flags such as -u or -X dev do not matter to the profile.
        rest = rest[2:] if rest[0] in _FLAGS_WITH_VALUE else rest[1:]
    if rest[:1] == ["-c"]:
        raise WorkloadError(
            "A `python -c` workload cannot be profiled per function; put the code in a "
            "script and configure `python script.py`."
        )
    if len(rest) >= 2 and rest[0] == "-m":
        return "module", rest[1], rest[2:]
    if rest:
        return "path", rest[0], rest[1:]
    raise WorkloadError(f"The workload `{' '.join(argv)}` names no script or module to run.")


def interpreter_for(argv0: str) -> str:
    """The interpreter to run the workload with.

    The workload's own `python` if it can import scalene (so the project's own
    packages are there), else the interpreter wattlens runs in.
    """
    found = shutil.which(argv0)
    if found and Path(found).resolve() != Path(sys.executable).resolve():
        probe = subprocess.run(
            [found, "-c", "import scalene"], capture_output=True, timeout=30, check=False
        )
        if probe.returncode == 0:
            return found
    return sys.executable


def run_scalene(
    argv: list[str],
    cwd: Path,
    env: dict[str, str],
    timeout_s: float,
    is_cancelled: Callable[[], bool] = lambda: False,
    on_start: Callable[[int], None] | None = None,
) -> ScaleneProfile:
    """Profile the Python command `argv` (run in `cwd`) with scalene, CPU only.

    `on_start` gets the pid of the scalene process (e.g. to attach py-spy for lines).
    """
    kind, target, args = python_entry(argv)
    python = interpreter_for(argv[0])
    with tempfile.TemporaryDirectory(prefix="wattlens-scalene-") as tmp:
        launcher = Path(tmp) / LAUNCHER_NAME
        launcher.write_text(LAUNCHER, encoding="utf-8")
        out = Path(tmp) / "profile.json"
        command = [
            python, "-m", "scalene", "run", "--cpu-only", "-o", str(out),
            # The launcher lives in a temp dir: tell scalene the program is the project.
            "--program-path", str(cwd),
            str(launcher), "---", kind, target, *args,
        ]  # fmt: skip
        run_env = dict(env)
        run_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(cwd), env.get("PYTHONPATH")]))
        run_measured(command, cwd, run_env, timeout_s, is_cancelled, on_start=on_start)
        if not out.is_file():
            raise WorkloadError(
                "scalene wrote no profile (the workload may have exited before Python ran "
                "any code); run the workload by hand to check it."
            )
        return parse_scalene_json(json.loads(out.read_text(encoding="utf-8")), cwd)


def parse_scalene_json(document: dict[str, object], cwd: Path) -> ScaleneProfile:
    """Read scalene 2.x JSON into shares; files outside real paths (exec'd code) are skipped."""
    functions: list[Share] = []
    lines: list[Share] = []
    files = document.get("files", {})
    if not isinstance(files, dict):
        raise WorkloadError("scalene's profile has no 'files' table; is scalene ≥ 2.4 installed?")
    for name, entry in files.items():
        path = Path(name) if Path(name).is_absolute() else cwd / name
        if not path.is_file() or path.name == LAUNCHER_NAME:
            continue
        file = str(path.resolve())
        for raw in entry.get("functions", []):
            functions.append(_share(file, raw, str(raw.get("line", ""))))
        for raw in entry.get("lines", []):
            share = _share(file, raw, "")
            if share.cpu_percent > 0:
                lines.append(share)
    try:
        version = metadata.version("scalene")
    except metadata.PackageNotFoundError:
        version = "?"
    return ScaleneProfile(functions, lines, version)


def _share(file: str, raw: dict[str, float | int | str], name: str) -> Share:
    return Share(
        file=file,
        line=int(raw.get("lineno", 0)),
        name=name,
        python_percent=float(raw.get("n_cpu_percent_python", 0.0)),
        native_percent=float(raw.get("n_cpu_percent_c", 0.0)),
        system_percent=float(raw.get("n_sys_percent", 0.0)),
        peak_mb=float(raw.get("n_peak_mb", 0.0)),
    )
