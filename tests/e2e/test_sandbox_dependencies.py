"""A project with a third-party dependency (numpy) is verified in a sandbox image that has it.

The first run fetches numpy wheels for the sandbox's Python on the host and layers
them on the sandbox image (cached by a hash of the requirements); the candidate
is then judged like any other: tests, replay of the real call, A/B benchmark.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wattlens.verify import VerifyOptions, verify_patch
from wattlens.verify.dependencies import DEPS_REPOSITORY, project_requirements
from wattlens.verify.engine import connect_engine

pytestmark = pytest.mark.e2e

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_a_numpy_project_is_verified_with_its_dependency(tmp_path: Path) -> None:
    project = Path(shutil.copytree(FIXTURES / "projects" / "windows", tmp_path / "windows"))
    assert project_requirements(project).declared == ["numpy>=1.26"]
    messages: list[str] = []
    verdict = verify_patch(
        project, (FIXTURES / "projects" / "windows-cumsum.diff").read_text(), "python workload.py",
        "python -m pytest -q tests", VerifyOptions(), messages.append, ("windows/rolling.py", "moving_sum"),
    )
    print("\n".join([*messages, *verdict.reasons]))
    assert verdict.accepted, verdict.reasons
    assert verdict.tests is not None and verdict.tests.passed
    assert verdict.replayed_calls == 1
    assert verdict.benchmark is not None and verdict.benchmark.speedup > 1.5
    # The image with numpy was built (on first use, said so) and is kept for the next time.
    assert connect_engine().images.list(name=DEPS_REPOSITORY)
