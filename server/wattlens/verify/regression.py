"""Regression check: the working tree against a git revision, in one sandbox, interleaved.

copy the revision and the working tree → interleaved A/B benchmark of the workload
in the sandbox (a: the revision, b: the working tree; outputs may differ on
purpose, so they are not compared) → one-sided tests of "the working tree takes
more" for wall time and for CPU time (the energy estimate) → `RegressionCheck`.
"""

from __future__ import annotations

import math
import tempfile
from collections.abc import Callable
from pathlib import Path

from wattlens.config import ConfigError, cache_dir
from wattlens.models import Change, ChangedLocation, RegressionCheck
from wattlens.verify.dependencies import sandbox_image_for
from wattlens.verify.engine import connect_engine
from wattlens.verify.harness import (
    BASELINE_DIR,
    CANDIDATE_DIR,
    BenchOutcome,
    WorkloadRun,
    parse_bench,
    split_output,
)
from wattlens.verify.revisions import Revision, changed_files, materialize, resolve_revision
from wattlens.verify.stats import compare_timings
from wattlens.verify.verifier import VerifyOptions, energy_method, run_ab_benchmark, with_pinned_core
from wattlens.verify.workspace import copy_project

Progress = Callable[[str], None]

_TREE_RATIO = "the energy ratio is median CPU time on the working tree / median CPU time at the baseline"


class RegressionError(Exception):
    """The check could not measure: the workload fails or hangs on one side."""


def check_regression(
    project_dir: Path,
    baseline: str,
    workload: str,
    options: VerifyOptions = VerifyOptions(),  # noqa: B008 - frozen, so sharing is safe
    progress: Progress | None = None,
) -> RegressionCheck:
    """Measure `workload` on the working tree and at git revision `baseline`, side by side.

    `options.noise_floor` is the threshold: a figure regresses when the working tree
    takes more than (1 + threshold) times the baseline's and the one-sided test is
    significant at `options.alpha`.
    """
    say: Progress = progress or (lambda _message: None)
    project_dir = Path(project_dir).resolve()
    if not project_dir.is_dir():
        raise ConfigError(f"The project folder {project_dir} does not exist.")
    revision = resolve_revision(project_dir, baseline)
    changed = [ChangedLocation(file=c.path, line=c.line) for c in changed_files(project_dir, revision)]

    work_root = cache_dir() / "work"
    work_root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=work_root, prefix="check-") as tmp:
        old, new = Path(tmp) / BASELINE_DIR, Path(tmp) / CANDIDATE_DIR
        say(f"copying the project at {baseline} ({revision.commit[:12]}) and the working tree…")
        materialize(project_dir, revision, old)
        copy_project(project_dir, new)

        client = connect_engine()
        image = sandbox_image_for(client, project_dir, options.base_image, say)
        options = with_pinned_core(client, options)
        say(
            f"benchmarking the workload: warm-up, then {options.min_pairs}-{options.max_pairs} "
            "interleaved pairs of baseline and working tree…"
        )
        # (No instruction counts: the check reports time and energy only.)
        unmetered = options.model_copy(update={"instructions_max_s": 0.0})
        run = run_ab_benchmark(client, image, old, new, workload, unmetered, compare_outputs=False)
    if run.timed_out:
        raise RegressionError(
            f"The benchmark did not finish within {options.bench_timeout_s:g} s and was stopped; "
            "choose a quicker workload or raise --timeout."
        )
    if run.oom_killed:
        raise RegressionError(
            f"The workload ran out of memory in the sandbox (limit {options.memory}); a workload for the "
            "check must fit in it — choose a smaller one."
        )
    _, payload = split_output(run.stdout)
    if payload is None:
        detail = (run.stderr or run.stdout).strip().splitlines()
        raise RegressionError(
            f"The benchmark ended without a result (exit {run.exit_code}): {detail[-1] if detail else ''}"
        )
    outcome = parse_bench(payload)
    _raise_on_failure(outcome, workload, baseline)
    return _decide(outcome, options, revision, workload, changed)


def _raise_on_failure(outcome: BenchOutcome, workload: str, baseline: str) -> None:
    failed = next((r for r in outcome.runs if r.timed_out or r.exit_code != 0), None)
    if failed is None:
        return
    side = f"at {baseline}" if failed.variant == "a" else "on the working tree"
    if failed.timed_out:
        raise RegressionError(
            f"The workload `{workload}` {side} was stopped after {failed.timeout_s or 0:.0f} s "
            "(timed out); a regression this large needs no statistics — fix it, or raise --timeout."
        )
    lines = [ln for ln in failed.stderr_tail.strip().splitlines() if ln.strip()]
    raise RegressionError(
        f"The workload `{workload}` fails {side} (exit {failed.exit_code}: "
        f"{lines[-1].strip() if lines else 'no error output'}); fix it before comparing."
    )


def _decide(
    outcome: BenchOutcome,
    options: VerifyOptions,
    revision: Revision,
    workload: str,
    changed: list[ChangedLocation],
) -> RegressionCheck:
    timed = sorted((r for r in outcome.runs if not r.warmup), key=lambda r: r.index)
    old = [r for r in timed if r.variant == "a"]
    new = [r for r in timed if r.variant == "b"]
    if len(old) < 2 or len(new) < 2:
        raise RegressionError(
            "The benchmark ran out of time before two timed pairs; raise --timeout or choose a "
            "quicker workload."
        )
    time = _change([r.wall_s for r in new], [r.wall_s for r in old], options)
    cpu_readable = _readable_cpu(old) and _readable_cpu(new)
    # CPU time too small to read: fall back on wall time, and say so.
    energy = _change([r.cpu_s for r in new], [r.cpu_s for r in old], options) if cpu_readable else time
    method = energy_method(_TREE_RATIO, cpu_readable)
    reasons = [
        _sentence("Time", time, options, revision.name),
        _sentence("Estimated energy", energy, options, revision.name),
    ]
    return RegressionCheck(
        baseline=revision.name,
        baseline_commit=revision.commit,
        project_path=revision.prefix,
        workload=workload,
        threshold=options.noise_floor,
        alpha=options.alpha,
        n=min(len(old), len(new)),
        time=time,
        energy=energy,
        energy_source="estimated",
        energy_method=method,
        baseline_s=[r.wall_s for r in old],
        current_s=[r.wall_s for r in new],
        baseline_cpu_s=[r.cpu_s for r in old],
        current_cpu_s=[r.cpu_s for r in new],
        changed=changed,
        regressed=time.regressed or energy.regressed,
        reasons=reasons,
    )


def _change(current: list[float], baseline: list[float], options: VerifyOptions) -> Change:
    # compare_timings asks "is the second sample smaller?": here, "did the baseline take less?".
    comparison = compare_timings(current, baseline, seed=options.seed)
    return Change(
        ratio=comparison.speedup,
        ci95=comparison.ci95,
        p_value=comparison.p_value,
        regressed=comparison.p_value < options.alpha and comparison.speedup > 1 + options.noise_floor,
    )


def _readable_cpu(runs: list[WorkloadRun]) -> bool:
    return all(r.cpu_s > 0 and math.isfinite(r.cpu_s) for r in runs)


def _sentence(what: str, change: Change, options: VerifyOptions, baseline: str) -> str:
    figures = (
        f"{change.ratio:.3f}× the baseline's (95% CI {change.ci95[0]:.3f}–{change.ci95[1]:.3f}, "
        f"one-sided p = {change.p_value:.2g})"
    )
    if change.regressed:
        return f"{what} regressed against {baseline}: {figures}, beyond the {options.noise_floor:.0%} threshold."
    if change.ratio > 1 + options.noise_floor:
        return f"{what} looks worse than at {baseline} but not significantly: {figures}."
    if change.ratio < 1 - options.noise_floor:
        return f"{what} did not regress against {baseline}; it improved: {figures}."
    return f"{what} did not regress against {baseline}: {figures}."
