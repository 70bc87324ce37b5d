"""Fixtures shared by unit tests."""

from __future__ import annotations

import importlib.util
from importlib import resources
from types import ModuleType

import pytest


@pytest.fixture(scope="session")
def replay() -> ModuleType:
    """The sandbox's replayer script, loaded as the sandbox runs it (it is not a package module)."""
    source = resources.files("wattlens.verify").joinpath("replay.py.txt").read_text()
    spec = importlib.util.spec_from_loader("wattlens_replay_under_test", loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    exec(compile(source, "replay.py", "exec"), module.__dict__)
    return module
