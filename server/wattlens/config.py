"""Project settings (`[tool.wattlens]` in pyproject.toml) and the user cache dir."""

from __future__ import annotations

import os
import re
import shlex
import sys
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


class ConfigError(Exception):
    """A setting is missing or malformed; the message says how to fix it."""


class ProjectSettings(BaseModel):
    """What wattlens needs to know about one project."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    root: Path
    workload: str | None = None
    tests: str | None = None

    def require_workload(self) -> str:
        """The workload command, or a ConfigError that says where to set it."""
        if not self.workload:
            raise ConfigError(
                f"No workload is configured for {self.root}: add "
                '`[tool.wattlens]\\nworkload = "python your_script.py"` to its '
                "pyproject.toml, or pass --workload."
            )
        return self.workload

    def require_tests(self) -> str:
        """The test command, or a ConfigError that says where to set it."""
        if not self.tests:
            raise ConfigError(
                f"No test command is configured for {self.root}: add "
                '`tests = "python -m pytest -q"` under [tool.wattlens] in its '
                "pyproject.toml, or pass --tests."
            )
        return self.tests


def find_project_root(start: Path) -> Path:
    """The nearest folder at or above `start` whose pyproject.toml has [tool.wattlens].

    Falls back to the nearest folder with any pyproject.toml, then to `start`'s folder.
    """
    start = start.resolve()
    folder = start if start.is_dir() else start.parent
    any_pyproject: Path | None = None
    for candidate in [folder, *folder.parents]:
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file():
            any_pyproject = any_pyproject or candidate
            if "wattlens" in _read_pyproject(pyproject).get("tool", {}):
                return candidate
    return any_pyproject or folder


def load_project(root: Path, workload: str | None = None, tests: str | None = None) -> ProjectSettings:
    """Settings for the project at `root`; explicit arguments override the file."""
    pyproject = root / "pyproject.toml"
    section: dict[str, object] = {}
    if pyproject.is_file():
        raw = _read_pyproject(pyproject).get("tool", {}).get("wattlens", {})
        if not isinstance(raw, dict):
            raise ConfigError(f"{pyproject}: [tool.wattlens] must be a table.")
        section = raw
    known = {"workload", "tests"}
    unknown = sorted(set(section) - known)
    if unknown:
        raise ConfigError(
            f"{pyproject}: unknown key(s) under [tool.wattlens]: {', '.join(unknown)}; "
            f"known keys are {', '.join(sorted(known))}."
        )
    try:
        settings = ProjectSettings(root=root.resolve(), **section)  # type: ignore[arg-type]
    except ValidationError as err:
        first = err.errors()[0]
        raise ConfigError(
            f"{pyproject}: [tool.wattlens] {'.'.join(map(str, first['loc']))}: {first['msg']}"
        ) from err
    return settings.model_copy(
        update={k: v for k, v in {"workload": workload, "tests": tests}.items() if v}
    )


MAIN_BLOCK = re.compile(r"""^if\s+(__name__\s*==\s*['"]__main__['"]|['"]__main__['"]\s*==\s*__name__)\s*:""", re.M)
"""A module-level `if __name__ == "__main__":` block: the file is meant to be run."""

SKIPPED_DIRS = frozenset(
    {".git", ".hg", ".venv", "venv", "env", ".tox", ".nox", "node_modules", "__pycache__", "build", "dist",
     "site-packages", ".mypy_cache", ".pytest_cache", ".ruff_cache"}
)  # fmt: skip
MAX_SCANNED_FILES = 5000
MAX_SCANNED_BYTES = 1_000_000


class Discovery(BaseModel):
    """A workload (and test command) chosen for a project without `[tool.wattlens]`, and why."""

    model_config = ConfigDict(frozen=True)

    workload: str
    tests: str | None = None
    reason: str

    def note(self) -> str:
        """One line for diagnostics and hovers: what ran, why, and how to choose."""
        return (
            f"workload `{self.workload}` was chosen because {self.reason}; "
            "set `workload` under [tool.wattlens] in pyproject.toml to choose another"
        )

    def message(self, root: Path) -> str:
        """What was chosen and how to choose otherwise, for the user."""
        return (
            f"wattlens: no workload is configured for {root}, so it profiles `{self.workload}` "
            f'({self.reason}). To choose another, add `workload = "python your_script.py"` under '
            "[tool.wattlens] in pyproject.toml, or set the `wattlens.workload` setting."
        )


def discover_workload(root: Path, file: Path) -> Discovery:
    """The workload a user would expect when saving `file` in a project without a configured one.

    In order: `python FILE` when the file has an `if __name__ == "__main__":` block;
    `python -m pytest -q` on the file when it is a test; else on the test files that
    import its module; else a script of the project with a main block that imports it.
    Raises ConfigError, saying how to configure one, when nothing fits.
    """
    root, file = root.resolve(), file.resolve()
    try:
        relative = file.relative_to(root)
    except ValueError:
        raise ConfigError(f"{file} is outside the project {root}; open the project folder.") from None
    text = _read_small(file) or ""
    scripts, tests = _project_python_files(root)
    importers = [t for t in tests if t != file and _imports_module(_read_small(t) or "", relative)]
    tests_command = _pytest_command(root, importers) if importers else None
    if MAIN_BLOCK.search(text):
        return Discovery(
            workload=f"python {shlex.quote(relative.as_posix())}",
            tests=tests_command,
            reason=f'{relative.as_posix()} has an `if __name__ == "__main__":` block',
        )
    if file in tests:
        command = _pytest_command(root, [file])
        return Discovery(workload=command, tests=command, reason=f"{relative.as_posix()} is a test file")
    if tests_command:
        names = ", ".join(t.relative_to(root).as_posix() for t in importers[:3])
        more = f" and {len(importers) - 3} more" if len(importers) > 3 else ""
        return Discovery(
            workload=tests_command, tests=tests_command, reason=f"the tests {names}{more} import {relative.as_posix()}"
        )
    for script in scripts:
        content = _read_small(script) or ""
        if script != file and MAIN_BLOCK.search(content) and _imports_module(content, relative):
            name = script.relative_to(root).as_posix()
            return Discovery(
                workload=f"python {shlex.quote(name)}",
                reason=f"{name} imports {relative.as_posix()} and has a main block",
            )
    raise ConfigError(
        f"wattlens found no workload for {relative.as_posix()}: it has no "
        '`if __name__ == "__main__":` block and no test or script of the project imports it. '
        f'Add `workload = "python your_script.py"` under [tool.wattlens] in {root / "pyproject.toml"}, '
        "or set the `wattlens.workload` setting."
    )


def resolve_project(
    root: Path, file: Path, workload: str | None = None, tests: str | None = None
) -> tuple[ProjectSettings, Discovery | None]:
    """The project's settings, with a discovered workload (see `discover_workload`) when none is set."""
    project = load_project(root, workload, tests)
    if project.workload:
        return project, None
    found = discover_workload(project.root, file)
    update = {"workload": found.workload, "tests": project.tests or found.tests}
    return project.model_copy(update=update), found


def module_name(relative: Path) -> str:
    """The dotted module name of a file given relative to its project (`src/` layouts included)."""
    parts = list(relative.with_suffix("").parts)
    if len(parts) > 1 and parts[0] == "src":
        parts = parts[1:]
    if len(parts) > 1 and parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _imports_module(text: str, relative: Path) -> bool:
    name = module_name(relative)
    parent, _, stem = name.rpartition(".")
    dotted = re.escape(name)
    patterns = [rf"^\s*import\s+(?:[\w.]+\s*,\s*)*{dotted}\b", rf"^\s*from\s+{dotted}\s+import\b"]
    if parent:
        patterns.append(rf"^\s*from\s+{re.escape(parent)}\s+import\s+(?:\([^)]*|[^\n]*)\b{re.escape(stem)}\b")
    return any(re.search(p, text, re.M) for p in patterns)


def _is_test_file(path: Path) -> bool:
    return path.name.startswith("test_") or path.name.endswith("_test.py")


def _project_python_files(root: Path) -> tuple[list[Path], list[Path]]:
    """(scripts, test files) of the project, sorted, skipping environments and caches."""
    scripts: list[Path] = []
    tests: list[Path] = []
    seen = 0
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS and not d.startswith("."))
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            seen += 1
            if seen > MAX_SCANNED_FILES:
                return scripts, tests
            path = Path(folder) / name
            (tests if _is_test_file(path) else scripts).append(path)
    return scripts, tests


def _pytest_command(root: Path, files: list[Path]) -> str:
    names = " ".join(shlex.quote(f.relative_to(root).as_posix()) for f in files)
    return f"python -m pytest -q {names}"


def _read_small(path: Path) -> str | None:
    try:
        if path.stat().st_size > MAX_SCANNED_BYTES:
            return None
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def split_command(command: str) -> list[str]:
    """Split a configured command line the way a POSIX shell would."""
    try:
        argv = shlex.split(command)
    except ValueError as err:
        raise ConfigError(f"Cannot parse the command {command!r}: {err}.") from err
    if not argv:
        raise ConfigError("The command is empty.")
    return argv


def cache_dir() -> Path:
    """The per-user cache folder (`$XDG_CACHE_HOME/wattlens`, else `~/.cache/wattlens`)."""
    base = os.environ.get("WATTLENS_CACHE_DIR")
    if base:
        path = Path(base)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        path = (Path(xdg) if xdg else Path.home() / ".cache") / "wattlens"
    path.mkdir(parents=True, exist_ok=True)
    return path


def learning_dir() -> Path:
    """What wattlens learns per user (generator outcomes, learned examples).

    `$WATTLENS_LEARNING_DIR` when set (tests and benchmarks keep their runs apart
    with it), else `learning/` in the cache folder.
    """
    base = os.environ.get("WATTLENS_LEARNING_DIR")
    path = Path(base) if base else cache_dir() / "learning"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _read_pyproject(path: Path) -> dict[str, dict[str, object]]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path} is not valid TOML: {err}.") from err
    except OSError as err:
        raise ConfigError(f"Cannot read {path}: {err}.") from err
