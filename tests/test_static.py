"""The style gate of the project: ruff, mypy --strict and tsc --strict must be clean."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(argv: list[str]) -> None:
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff() -> None:
    _run([sys.executable, "-m", "ruff", "check", "server", "tests", "benchmarks"])


def test_mypy_strict() -> None:
    _run([sys.executable, "-m", "mypy"])


def test_tsc_strict() -> None:
    if not (ROOT / "node_modules" / ".bin" / "tsc").exists():
        pytest.skip("node_modules missing: run scripts/setup-editor.sh (make test does)")
    npm = shutil.which("npm")
    assert npm, "npm is needed for the TypeScript check"
    _run([npm, "run", "--silent", "typecheck"])
