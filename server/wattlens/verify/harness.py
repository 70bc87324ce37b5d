"""The in-container harness: its files, the plan it follows, and the result it prints.

The harness script itself (`harness.py.txt`) and the audit hook it installs in
every child Python (`sitecustomize.py.txt`) ship as package data; they run
inside the sandbox only, under the image's Python, so they use the standard
library alone.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from wattlens.verify.sandbox import WORK_DIR
from wattlens.verify.workspace import pack_tree

MARKER = "@@wattlens-result@@ "
TOOLS_DIR = ".wattlens"
BASELINE_DIR = "a"
CANDIDATE_DIR = "b"
SANDBOX_UID = 1000


class _Result(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class TestsOutcome(_Result):
    """The harness's report of one tests run."""

    __test__ = False  # not a pytest test class despite its name

    exit_code: int
    duration_s: float
    network: list[str]


class WorkloadRun(_Result):
    """One timed run of the workload in one copy ("a" baseline, "b" candidate)."""

    variant: Literal["a", "b"]
    index: int
    wall_s: float
    cpu_s: float
    exit_code: int
    stderr_tail: str
    network: list[str]
    warmup: bool = False
    pair: int | None = None


class OutputSummary(_Result):
    """The stdout a variant printed: its first run, and whether all runs agreed."""

    first: str
    consistent: bool
    runs: int


class BenchOutcome(_Result):
    """The harness's report of an interleaved A/B benchmark."""

    runs: list[WorkloadRun]
    outputs: dict[str, OutputSummary]
    network: dict[str, list[str]]
    stop: Literal["clear", "max_pairs", "budget", "failed", "output_differs"]
    duration_s: float


def harness_command() -> list[str]:
    """The container command that runs the harness on the plan packed with it."""
    tools = f"{WORK_DIR}/{TOOLS_DIR}"
    # -I: the harness itself ignores PYTHONPATH and the user site; only children get the hook.
    return ["python3", "-I", f"{tools}/harness.py", f"{tools}/plan.json"]


def pack_for_tests(candidate: Path, command: str) -> bytes:
    """The volume content for running `command` (the tests) in the candidate copy."""
    plan = _plan("tests", command)
    return _pack({CANDIDATE_DIR: candidate}, plan)


def pack_for_bench(
    baseline: Path,
    candidate: Path,
    command: str,
    *,
    min_pairs: int,
    max_pairs: int,
    noise_floor: float,
    budget_s: float,
    seed: int,
) -> bytes:
    """The volume content for an interleaved A/B benchmark of `command` (the workload)."""
    plan = _plan(
        "bench",
        command,
        min_pairs=min_pairs,
        max_pairs=max_pairs,
        noise_floor=noise_floor,
        budget_s=budget_s,
        seed=seed,
    )
    return _pack({BASELINE_DIR: baseline, CANDIDATE_DIR: candidate}, plan)


def split_output(stdout: str) -> tuple[str, str | None]:
    """Separate what the commands printed from the harness's result line (None if absent)."""
    at = stdout.rfind(MARKER)
    if at < 0:
        return stdout, None
    payload = stdout[at + len(MARKER) :].strip()
    return stdout[:at].rstrip("\n"), payload


def parse_tests(payload: str) -> TestsOutcome:
    """The tests outcome from the harness's result line."""
    return TestsOutcome.model_validate_json(payload)


def parse_bench(payload: str) -> BenchOutcome:
    """The benchmark outcome from the harness's result line."""
    return BenchOutcome.model_validate_json(payload)


def _plan(mode: str, command: str, **settings: object) -> dict[str, object]:
    tools = f"{WORK_DIR}/{TOOLS_DIR}"
    return {
        "mode": mode,
        "command": command,
        "dirs": {
            BASELINE_DIR: f"{WORK_DIR}/{BASELINE_DIR}",
            CANDIDATE_DIR: f"{WORK_DIR}/{CANDIDATE_DIR}",
        },
        "site_dir": f"{tools}/site",
        "audit_dir": "/tmp/wattlens-audit",
        **settings,
    }


def _pack(copies: dict[str, Path], plan: dict[str, object]) -> bytes:
    package = resources.files("wattlens.verify")
    harness = package.joinpath("harness.py.txt").read_bytes()
    hook = package.joinpath("sitecustomize.py.txt").read_bytes()
    # Tools are root-owned and read-only to the sandbox user: a candidate cannot rewrite them.
    return pack_tree(
        copies,
        {
            f"{TOOLS_DIR}/harness.py": (harness, 0o644),
            f"{TOOLS_DIR}/plan.json": (json.dumps(plan).encode(), 0o644),
            f"{TOOLS_DIR}/site/sitecustomize.py": (hook, 0o644),
        },
        owner_uid=SANDBOX_UID,
    )
