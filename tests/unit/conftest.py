"""Fixtures shared by unit tests."""

from __future__ import annotations

import importlib.util
from importlib import resources
from types import ModuleType

import pytest


@pytest.fixture(scope="session")
def replay() -> ModuleType:
    """The sandbox's replayer script, loaded as the sandbox runs it (it is not a package module)."""
    return _sandbox_script("replay")


@pytest.fixture(scope="session")
def harness() -> ModuleType:
    """The sandbox's harness script, loaded the same way."""
    return _sandbox_script("harness")


def _sandbox_script(name: str) -> ModuleType:
    source = resources.files("wattlens.verify").joinpath(f"{name}.py.txt").read_text()
    spec = importlib.util.spec_from_loader(f"wattlens_{name}_under_test", loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    exec(compile(source, f"{name}.py", "exec"), module.__dict__)
    return module
