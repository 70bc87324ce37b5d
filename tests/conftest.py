"""Shared fixtures: a fresh copy of the bundled example project."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

# What wattlens learns per user (generator order, learned examples) would make each
# test run depend on the runs before it: every test session learns from scratch.
os.environ.setdefault("WATTLENS_LEARNING_DIR", tempfile.mkdtemp(prefix="wattlens-learning-"))

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
