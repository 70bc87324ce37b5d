"""Shared fixtures: a fresh copy of the bundled example project."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

# What wattlens learns per user (generator order, learned examples) would make each
# test depend on the tests before it (after `make demo` learns the shop's fix, the model
# simply repeats it): every test learns from scratch, and so does anything started at
# import or module scope.
os.environ.setdefault("WATTLENS_LEARNING_DIR", tempfile.mkdtemp(prefix="wattlens-learning-"))


@pytest.fixture(autouse=True)
def private_learning(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh learning folder for this test and every process it starts."""
    folder = tmp_path_factory.mktemp("learning")
    monkeypatch.setenv("WATTLENS_LEARNING_DIR", str(folder))
    return folder

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "shop"


def copy_example(destination: Path) -> Path:
    """Copy examples/shop (without caches) to `destination` and return it."""
    shutil.copytree(
        EXAMPLE, destination, ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache", "*.bak")
    )
    return destination


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """A private, writable copy of the example project."""
    return copy_example(tmp_path / "shop")
