"""Project settings (`[tool.wattlens]` in pyproject.toml) and the user cache dir."""

from __future__ import annotations

import os
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


def _read_pyproject(path: Path) -> dict[str, dict[str, object]]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path} is not valid TOML: {err}.") from err
    except OSError as err:
        raise ConfigError(f"Cannot read {path}: {err}.") from err
