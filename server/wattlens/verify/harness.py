"""The in-container harness: its files, the plan it follows, and the result it prints.

The harness script itself (`harness.py.txt`) and the audit hook it installs in
every child Python (`sitecustomize.py.txt`) ship as package data; they run
inside the sandbox only, under the image's Python, so they use the standard
library alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path, PurePosixPath
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


class OriginalTests(_Result):
    """How the tests went on the original project (the reference for the candidate's)."""

    exit_code: int | None
    duration_s: float
    timed_out: bool
    output_tail: str


class TestsOutcome(_Result):
    """The harness's report of the tests: on the original, then on the candidate.

    The candidate's fields are empty (`exit_code` None) when the original failed.
    """

    __test__ = False  # not a pytest test class despite its name

    original: OriginalTests
    exit_code: int | None
    duration_s: float
    timed_out: bool
    timeout_s: float | None
    audit: list[str]
    """Audit records of the candidate's tests that the original's lack."""


class WorkloadRun(_Result):
    """One timed run of the workload in one copy ("a" baseline, "b" candidate)."""

    variant: Literal["a", "b"]
    index: int
    wall_s: float
    cpu_s: float
    peak_kb: int | None = None
    """Peak resident memory of the run's process tree (ru_maxrss, KiB)."""
    exit_code: int | None
    timed_out: bool = False
    timeout_s: float | None = None
    stderr_tail: str
    audit: list[str]
    warmup: bool = False
    pair: int | None = None


class OutputSummary(_Result):
    """The stdout a variant printed: its first run, and whether all runs agreed."""

    first: str
    """The head of the first run's stdout (enough to show a difference)."""
    digest: str
    """SHA-256 of the first run's whole stdout."""
    consistent: bool
    runs: int


class InstructionCounts(_Result):
    """Instructions one run of each copy executed under callgrind, or why they were not counted."""

    a: int | None = None
    b: int | None = None
    note: str | None = None


class BenchOutcome(_Result):
    """The harness's report of an interleaved A/B benchmark."""

    runs: list[WorkloadRun]
    instructions: InstructionCounts = InstructionCounts()
    outputs: dict[str, OutputSummary]
    audit: dict[str, list[str]]
    stop: Literal["clear", "max_pairs", "budget", "failed", "timeout", "output_differs"]
    duration_s: float


class ReplayDifference(_Result):
    """The first recorded call on which the candidate behaves differently."""

    index: int
    input: str
    expected: str
    got: str
    what: Literal["outcome", "arguments"]
    origin: Literal["recorded", "derived", "made_up"] = "recorded"
    """Recorded in the workload, a variant of a recorded call (items removed, edge values, other
    types their hints allow; see replay.py.txt), or made up from the type hints."""
    where: str | None = None
    """Where the two first part, e.g. "at result[3]['total'], the original has 12, the
    candidate 13": shortened big values often look the same."""


class ReplayOutcome(_Result):
    """The harness's report of recording the target's calls and replaying them."""

    status: Literal["ok", "no_calls", "failed", "differs"]
    recorded: int
    derived: int = 0
    """Variants of recorded calls (items removed from their containers, some with edge values)."""
    generated: int = 0
    call_s: float | None = None
    """Median time of one recorded call of the original (in the replay)."""
    inputs_seen: list[str] = []
    """The arguments' types and sizes in the biggest recorded calls, e.g. `rows=list[500 × tuple]`."""
    skipped: int
    compared: int
    nondeterministic: int
    difference: ReplayDifference | None
    detail: str


def harness_command() -> list[str]:
    """The container command that runs the harness on the plan packed with it."""
    tools = f"{WORK_DIR}/{TOOLS_DIR}"
    # -I: the harness itself ignores PYTHONPATH and the user site; only children get the hook.
    return ["python3", "-I", f"{tools}/harness.py", f"{tools}/plan.json"]


@dataclass(frozen=True)
class RunBounds:
    """How long the harness lets commands run before it kills them."""

    budget_s: float
    """Time for the whole plan; the container's hard timeout comes a little later."""
    timeout_factor: float
    """A candidate's run may take this many times the original's time, ..."""
    min_timeout_s: float
    """... but is never stopped sooner than this."""


def pack_for_tests(baseline: Path, candidate: Path, command: str, bounds: RunBounds) -> bytes:
    """The volume content for running `command` (the tests) on the original, then the
    candidate."""
    plan = _plan("tests", command, **_bounds(bounds))
    return _pack({BASELINE_DIR: baseline, CANDIDATE_DIR: candidate}, plan)


def pack_for_bench(
    baseline: Path,
    candidate: Path,
    command: str,
    *,
    min_pairs: int,
    max_pairs: int,
    noise_floor: float,
    bounds: RunBounds,
    seed: int,
    compare_outputs: bool = True,
    instructions_max_s: float = 0.0,
) -> bytes:
    """The volume content for an interleaved A/B benchmark of `command` (the workload).

    With `compare_outputs`, the harness stops before timing when the candidate's
    output differs from the original's.  When one run of the original takes at most
    `instructions_max_s`, each copy also runs once under callgrind.
    """
    plan = _plan(
        "bench",
        command,
        min_pairs=min_pairs,
        max_pairs=max_pairs,
        noise_floor=noise_floor,
        seed=seed,
        compare_outputs=compare_outputs,
        instructions_max_s=instructions_max_s,
        **_bounds(bounds),
    )
    return _pack({BASELINE_DIR: baseline, CANDIDATE_DIR: candidate}, plan)


def pack_for_replay(
    baseline: Path, candidate: Path, workload: str, target_file: str, qualname: str, bounds: RunBounds
) -> bytes:
    """The volume content for recording calls of `qualname` in `target_file` (relative to
    the project) during the original's workload, and replaying them on both copies."""
    plan = _plan(
        "replay",
        workload,
        target_file=target_file,
        qualname=qualname,
        **_module_guess(target_file),
        replayer=f"{WORK_DIR}/{TOOLS_DIR}/replay.py",
        **_bounds(bounds),
    )
    return _pack({BASELINE_DIR: baseline, CANDIDATE_DIR: candidate}, plan)


def _module_guess(target_file: str) -> dict[str, object]:
    """How to import `target_file` when no recorded import says so: from the project
    folder, or from src/ in a src layout."""
    parts = list(PurePosixPath(target_file).with_suffix("").parts)
    paths = ["."]
    if parts[0] == "src" and len(parts) > 1:
        paths, parts = ["src"], parts[1:]
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1]
    return {"module_guess": ".".join(parts), "paths_guess": paths}


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


def parse_replay(payload: str) -> ReplayOutcome:
    """The replay outcome from the harness's result line."""
    return ReplayOutcome.model_validate_json(payload)


def _bounds(bounds: RunBounds) -> dict[str, float]:
    return {
        "budget_s": bounds.budget_s,
        "timeout_factor": bounds.timeout_factor,
        "min_timeout_s": bounds.min_timeout_s,
    }


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
    replayer = package.joinpath("replay.py.txt").read_bytes()
    # Tools are root-owned and read-only to the sandbox user: a candidate cannot rewrite them.
    return pack_tree(
        copies,
        {
            f"{TOOLS_DIR}/harness.py": (harness, 0o644),
            f"{TOOLS_DIR}/plan.json": (json.dumps(plan).encode(), 0o644),
            f"{TOOLS_DIR}/site/sitecustomize.py": (hook, 0o644),
            f"{TOOLS_DIR}/replay.py": (replayer, 0o644),
        },
        owner_uid=SANDBOX_UID,
    )
