"""The one place that chains profile → target → candidates → verdicts.

Both front doors (the CLI and the language server) call these functions; they
hold no state of their own.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from wattlens.analysis.target import extract_target
from wattlens.config import ConfigError, ProjectSettings, split_command
from wattlens.models import (
    Candidate,
    CandidateReport,
    OptimizeResult,
    Profile,
    ProfileMode,
    RegressionCheck,
    Target,
)
from wattlens.optimize.generator import GenerateOptions, generate_candidates
from wattlens.optimize.recipes import recipe_candidates
from wattlens.profiling.carbon import grid_intensity_for
from wattlens.profiling.profiler import profile_workload
from wattlens.store import AuditLog, History
from wattlens.verify.patching import apply_hunks, parse_diff
from wattlens.verify.regression import check_regression
from wattlens.verify.verifier import VerifyOptions, verify_patch

Progress = Callable[[str], None]


def _quiet(_message: str) -> None:
    pass


class OptimizeCancelled(Exception):
    """The user cancelled an optimization."""


class OptimizeOptions(BaseModel):
    """How hard to try, and with what model."""

    model_config = ConfigDict(frozen=True)

    generate: GenerateOptions = GenerateOptions()
    verify: VerifyOptions = VerifyOptions()
    stop_at_first_accepted: bool = True
    recipes: bool = True
    """Also try the deterministic recipes (optimize/recipes.py)."""


@dataclass(frozen=True)
class OptimizeOutcome:
    """An optimize result plus what a front door needs to offer the best patch."""

    result: OptimizeResult
    target: Target
    patched_module: str | None = None
    """The whole target module with the best candidate applied, if one was accepted."""
    log: list[str] = field(default_factory=list)


def profile_project(
    project: ProjectSettings,
    grid: tuple[float, str] | None = None,
    progress: Progress = _quiet,
    is_cancelled: Callable[[], bool] = lambda: False,
    mode: ProfileMode = "full",
) -> Profile:
    """Profile the project's configured workload (`fast` on save: py-spy only, ~no overhead).

    `grid` is (gCO2e/kWh, where it comes from), as `grid_intensity_for` gives it;
    None means the world average.
    """
    argv = split_command(project.require_workload())
    g_per_kwh, grid_source = grid or grid_intensity_for(None)
    profile = with_grid_source(
        profile_workload(argv, project.root, g_per_kwh, progress=progress, is_cancelled=is_cancelled, mode=mode),
        grid_source,
    )
    History.for_project(project.root).record_profile(profile)
    return profile


def with_grid_source(profile: Profile, grid_source: str) -> Profile:
    """The profile with its energy saying where the grid intensity came from."""
    return profile.model_copy(update={"energy": profile.energy.model_copy(update={"grid_source": grid_source})})


def parse_target(spec: str, project_dir: Path) -> tuple[Path, str]:
    """Split `FILE:QUALNAME` into a path relative to the project and a qualified name."""
    file, sep, qualname = spec.rpartition(":")
    if not sep or not file or not qualname:
        raise ConfigError(
            f"--target {spec!r} must look like FILE:QUALNAME, e.g. shop/orders.py:unknown_skus."
        )
    path = Path(file)
    absolute = path if path.is_absolute() else project_dir / path
    if not absolute.is_file():
        raise ConfigError(f"--target: {absolute} is not a file.")
    try:
        relative = absolute.resolve().relative_to(project_dir.resolve())
    except ValueError:
        raise ConfigError(
            f"--target: {absolute} is outside the project {project_dir}; run from the project "
            "folder or pass --project."
        ) from None
    return relative, qualname


def optimize_target(
    project: ProjectSettings,
    file: Path,
    qualname: str,
    options: OptimizeOptions = OptimizeOptions(),  # noqa: B008 - frozen, so sharing is safe
    profile: Profile | None = None,
    progress: Progress = _quiet,
    is_cancelled: Callable[[], bool] = lambda: False,
) -> OptimizeOutcome:
    """Generate candidates for one function and verify each; the best accepted one wins.

    Raises OptimizeCancelled at the next step (a model sample, a verification phase)
    once `is_cancelled()` is true; what runs in the sandbox then finishes and is removed.
    """
    workload, tests = project.require_workload(), project.require_tests()
    hot_lines, cpu = _profile_facts(profile, project.root / file, qualname)
    target = extract_target(project.root, file, qualname, hot_lines=hot_lines, cpu_percent=cpu)
    log: list[str] = []

    def note(message: str) -> None:
        # Every step reports here first, so this is where a cancel takes effect.
        if is_cancelled():
            raise OptimizeCancelled(f"the optimization of {qualname} was cancelled; no file was changed")
        log.append(message)
        progress(message)

    audit, history = AuditLog.for_project(project.root), History.for_project(project.root)
    spec = f"{file.as_posix()}:{qualname}"
    audit.write("optimize", target=spec, workload=workload, tests=tests, options=options.model_dump(mode="json"))
    note(f"generating candidates for {qualname}")
    candidates = generate_candidates(target, options.generate, note, partial(audit.write, target=spec))
    if options.recipes:
        # After the model's: the demo shows the model at work, and a recipe is the fallback
        # when the model's candidates fail.
        known = {c.diff for c in candidates}
        candidates += [c for c in recipe_candidates(target) if c.diff not in known]
    reports: list[tuple[Candidate, CandidateReport]] = []
    for index, candidate in enumerate(candidates, start=1):
        audit.write("candidate", target=spec, id=candidate.id, source=candidate.source, diff=candidate.diff)
        note(f"verifying candidate {index}/{len(candidates)} in the sandbox")
        verdict = verify_patch(
            project.root, candidate.diff, workload, tests, options.verify, note, (file.as_posix(), qualname)
        )
        report = CandidateReport.of(candidate, verdict)
        audit.write("verdict", target=spec, id=candidate.id, verdict=verdict.model_dump(mode="json"))
        history.record_verdict(spec, candidate, verdict, target.source, profile)
        reports.append((candidate, report))
        note(f"candidate {index}: {report.verdict} — {' '.join(report.reasons)}")
        if verdict.accepted and options.stop_at_first_accepted:
            break
    accepted = [(c, r) for c, r in reports if r.verdict == "accepted"]
    best = max(accepted, key=lambda pair: pair[1].speedup or 0.0, default=None)
    patched = _patched_module(target, best[0].diff) if best is not None else None
    result = OptimizeResult(
        target=f"{file.as_posix()}:{qualname}",
        candidates=[r for _, r in reports],
        best=best[1] if best else None,
    )
    return OptimizeOutcome(result=result, target=target, patched_module=patched, log=log)


def verify_given_patch(
    project: ProjectSettings,
    patch: str,
    file: Path,
    qualname: str,
    options: VerifyOptions = VerifyOptions(),  # noqa: B008 - frozen, so sharing is safe
    progress: Progress = _quiet,
) -> CandidateReport:
    """Verify a patch written by a person or another tool exactly as our own candidates."""
    target = extract_target(project.root, file, qualname)  # fails early, clearly, on a wrong target
    candidate = Candidate(id="given", source="given", diff=patch, rationale="patch given by the user")
    audit = AuditLog.for_project(project.root)
    spec = f"{file.as_posix()}:{qualname}"
    audit.write("candidate", target=spec, id=candidate.id, source=candidate.source, diff=patch)
    verdict = verify_patch(
        project.root, patch, project.require_workload(), project.require_tests(), options, progress,
        (file.as_posix(), qualname),
    )
    audit.write("verdict", target=spec, id=candidate.id, verdict=verdict.model_dump(mode="json"))
    History.for_project(project.root).record_verdict(spec, candidate, verdict, target.source, None)
    return CandidateReport.of(candidate, verdict)


def check_against(
    project: ProjectSettings,
    baseline: str,
    options: VerifyOptions = VerifyOptions(),  # noqa: B008 - frozen, so sharing is safe
    progress: Progress = _quiet,
) -> RegressionCheck:
    """Measure the project's workload on the working tree against git revision `baseline`."""
    check = check_regression(project.root, baseline, project.require_workload(), options, progress)
    History.for_project(project.root).record_check(check)
    return check


def write_atomically(path: Path, text: str) -> Path:
    """Replace `path` with `text` atomically, keeping the old file as `path.wattlens.bak`."""
    backup = path.with_name(path.name + ".wattlens.bak")
    shutil.copy2(path, backup)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        shutil.copymode(path, temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return backup


def _patched_module(target: Target, diff: str) -> str | None:
    """The target module with exactly the verified diff applied (imports included)."""
    wanted = target.file.as_posix()
    patch = next((p for p in parse_diff(diff) if p.path == wanted), None)
    if patch is None:
        return None
    return apply_hunks(target.module_source, patch.hunks, wanted)


def _profile_facts(profile: Profile | None, path: Path, qualname: str) -> tuple[list[int], float | None]:
    if profile is None:
        return [], None
    function = next((f for f in profile.functions_in(path) if f.name == qualname), None)
    if function is None:
        return [], None
    hot = [
        ln.line
        for ln in profile.lines_in(path)
        if function.line <= ln.line <= function.end_line and ln.cpu_percent >= 1.0
    ]
    return hot[:5], function.cpu_percent
