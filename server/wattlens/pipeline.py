"""The one place that chains profile → target → candidates → verdicts.

Both front doors (the CLI and the language server) call these functions; they
hold no state of their own.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from wattlens.analysis.target import extract_target
from wattlens.assessment import assess
from wattlens.config import ConfigError, ProjectSettings, learning_dir, split_command
from wattlens.models import (
    Candidate,
    CandidateReport,
    GeneratorKind,
    OptimizeResult,
    Profile,
    ProfileMode,
    RegressionCheck,
    Target,
    Verdict,
)
from wattlens.optimize.bandit import GeneratorBandit
from wattlens.optimize.examples import Example
from wattlens.optimize.generator import GenerateOptions, generate_candidates, repair_candidate
from wattlens.optimize.memory import learn
from wattlens.optimize.model import ModelError, check_model_choice, resolve_model
from wattlens.optimize.recipes import recipe_candidates
from wattlens.optimize.remote import completions_endpoint
from wattlens.optimize.retrieval import RetrievalError
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
    """Stop verifying once one candidate is accepted, or, after a recipe accepted for a gain below
    `_MODEST_GAIN`, once `_MORE_RECIPES` more recipes were tried (False: verify all, for a choice of patches)."""
    model: bool = True
    """Ask the local model for candidates (False: recipes only)."""
    recipes: bool = True
    """Also try the deterministic recipes (optimize/recipes.py)."""
    repair_rounds: int = Field(default=1, ge=0, le=3)
    """Times a rejected model candidate goes back to the model with the verifier's evidence."""
    learning: bool = True
    """Learn from outcomes: accepted patches become examples, and past results order the generators."""


@dataclass(frozen=True)
class OptimizeOutcome:
    """An optimize result plus what a front door needs to offer the best patch."""

    result: OptimizeResult
    target: Target
    patched_modules: dict[str, str] = field(default_factory=dict)
    """The whole target module with each accepted candidate applied, by candidate id."""
    log: list[str] = field(default_factory=list)

    @property
    def patched_module(self) -> str | None:
        """The whole target module with the best candidate applied, if one was accepted."""
        best = self.result.best
        return self.patched_modules.get(best.id) if best is not None else None


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
    if options.model:
        check_model_choice(options.generate.model_path)  # bad input fails now, even if a recipe would win
        if options.generate.model_url:
            completions_endpoint(options.generate.model_url)
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
    record = partial(audit.write, target=spec)
    bandit = GeneratorBandit(learning_dir()) if options.learning else None
    arms = _generators(options)
    if bandit is not None and len(arms) > 1:
        arms = bandit.order(arms)
        note("generators in the order past outcomes suggest: " + ", ".join(arms))
    reports: list[tuple[Candidate, Verdict, CandidateReport]] = []
    # What the replay recorded of the target's real inputs; the model is shown it once known.
    inputs_seen: list[str] = []

    def informed() -> Target:
        return target.model_copy(update={"inputs_seen": list(inputs_seen)}) if inputs_seen else target

    def verify(candidate: Candidate, index: str) -> bool:
        audit.write("candidate", target=spec, id=candidate.id, source=candidate.source, diff=candidate.diff)
        note(f"verifying candidate {index} ({candidate.source}) in the sandbox")
        verdict = verify_patch(
            project.root, candidate.diff, workload, tests, options.verify, note, (file.as_posix(), qualname)
        )
        if is_cancelled():  # a phase that was already running finished; its verdict is not kept
            raise OptimizeCancelled(f"the optimization of {qualname} was cancelled; no file was changed")
        report = CandidateReport.of(candidate, verdict, assess(spec, verdict, candidate.diff, project.root, tests,
                                                                profile))
        audit.write("verdict", target=spec, id=candidate.id, verdict=verdict.model_dump(mode="json"))
        history.record_verdict(spec, candidate, verdict, target.source, profile)
        if bandit is not None:
            bandit.record(candidate.source, verdict.accepted)
        reports.append((candidate, verdict, report))
        if verdict.inputs_seen and not inputs_seen:
            inputs_seen.extend(verdict.inputs_seen)
            note("arguments in the workload's biggest calls: " + "; ".join(inputs_seen))
        note(f"candidate {index}: {report.verdict} — {' '.join(report.reasons)}")
        return verdict.accepted

    seen: set[str] = set()
    for arm in arms:
        note(f"generating candidates for {qualname} ({arm})")
        if arm == "recipe":
            produced = recipe_candidates(target)
        else:
            produced = generate_candidates(informed(), options.generate, note, record)
        fresh = [c for c in produced if c.diff not in seen]
        seen.update(c.diff for c in fresh)
        since_accepted = 0
        for number, candidate in enumerate(fresh, start=1):
            verify(candidate, f"{arm} {number}/{len(fresh)}")
            gains = [r.speedup or 0.0 for _, v, r in reports if v.accepted]
            if not options.stop_at_first_accepted or not gains:
                continue
            since_accepted += 1
            # A recipe accepted for a modest gain may leave the slow part to a later one (answers kept by
            # the function's own calls first, a copied helper keeping its table next): a few more are tried.
            if arm != "recipe" or max(gains) >= _MODEST_GAIN or since_accepted > _MORE_RECIPES:
                break
        if options.stop_at_first_accepted and any(v.accepted for _, v, _ in reports):
            break
    if not any(v.accepted for _, v, _ in reports):
        _repair(informed(), options, reports, verify, note, record)

    accepted = [(c, r) for c, v, r in reports if v.accepted]
    ordered = trade_off_order([r for _, r in accepted])
    best = next(((c, r) for c, r in accepted if r.id == ordered[0].id), None) if ordered else None
    if best is not None and options.learning and options.model and options.generate.use_retrieval:
        _learn(target, best[0], best[1], options, note)
    patched = {c.id: module for c, _ in accepted if (module := _patched_module(target, c.diff)) is not None}
    result = OptimizeResult(
        target=f"{file.as_posix()}:{qualname}",
        candidates=[r for _, _, r in reports],
        best=best[1] if best else None,
        choices=[r.id for r in ordered],
    )
    return OptimizeOutcome(result=result, target=target, patched_modules=patched, log=log)


_MODEST_GAIN = 2.0
"""an accepted recipe candidate at most this much faster leaves `_MORE_RECIPES` more recipes to try"""
_MORE_RECIPES = 2


def _generators(options: OptimizeOptions) -> list[GeneratorKind]:
    """The generators options allow, in the default order: recipes, then the model.

    A recipe costs milliseconds and applies or not; the model costs a minute or more
    of sampling.  On the corpus the same recipe patch was verified after 795 s behind
    the model and after 10 s alone, so recipes go first until past outcomes say otherwise.
    """
    arms: list[GeneratorKind] = []
    if options.recipes:
        arms.append("recipe")
    if options.model:
        arms.append("llm+retrieval" if options.generate.use_retrieval else "llm")
    return arms


def _repair(
    target: Target,
    options: OptimizeOptions,
    reports: list[tuple[Candidate, Verdict, CandidateReport]],
    verify: Callable[[Candidate, str], bool],
    note: Progress,
    record: Callable[..., None],
) -> None:
    """Send rejected model candidates back to the model with the evidence, for up to N rounds.

    Only a candidate the sandbox actually judged is repaired (not one that failed to
    apply).  Each round repairs the previous round's rejected repair; when the model
    gives no usable repair of a candidate, the round goes to the next rejected one
    instead of ending the repairs (on the corpus the first candidate's repair was
    often an echo while a later candidate's was the fix).
    """
    pending = [(c, v) for c, v, _ in reports if c.source in ("llm", "llm+retrieval") and v.reasons and c.new_source]
    round_number = 1
    while pending and round_number <= options.repair_rounds and options.model:
        candidate, verdict = pending.pop(0)
        note(f"asking the model to repair {candidate.id} (round {round_number})")
        repaired = repair_candidate(target, candidate, repair_evidence(verdict), options.generate, note, record,
                                    round_number)
        if repaired is None or any(c.diff == repaired.diff for c, _, _ in reports):
            note(f"no new repair of {candidate.id}")
            continue
        if verify(repaired, f"repair {round_number}"):
            return
        pending.insert(0, (repaired, reports[-1][1]))
        round_number += 1


def _learn(target: Target, candidate: Candidate, report: CandidateReport, options: OptimizeOptions,
           note: Progress) -> None:
    """Keep the accepted rewrite as an example that primes later prompts for similar code.

    The lesson is optional: a store or model problem is reported and the verified
    patch stays offered.
    """
    if not candidate.new_source:
        return
    explanation = (
        f"{candidate.rationale.rstrip('.')}. Verified on this project: the tests pass, replayed calls "
        f"behave the same, {report.speedup or 1.0:.1f}x faster."
    )
    lesson = Example(id="", family="", explanation=explanation, before=textwrap.dedent(target.source),
                     after=textwrap.dedent(candidate.new_source), speedup=report.speedup)
    try:
        stored = learn(lesson, resolve_model(options.generate.model_path, note))
    except (RetrievalError, ModelError) as err:
        note(f"could not remember this rewrite as an example: {err}")
        return
    note(f"remembered as example {stored.id} ({stored.family})")


def repair_evidence(verdict: Verdict) -> list[str]:
    """What the model is told about a rejection: the reasons, then the tests' output when they failed."""
    evidence = list(verdict.reasons)
    if verdict.tests is not None and not verdict.tests.passed and verdict.tests.output_tail.strip():
        evidence.append("Test output (end): " + " ".join(verdict.tests.output_tail.split()[-120:]))
    return evidence


def trade_off_order(accepted: list[CandidateReport]) -> list[CandidateReport]:
    """Accepted candidates, Pareto-optimal ones first (time, energy, memory), each group fastest first.

    The fastest candidate is always on the front, so it leads.
    """
    front = {r.id for r in pareto_front(accepted)}
    return sorted(accepted, key=lambda r: (r.id not in front, -(r.speedup or 0.0), r.id))


def pareto_front(accepted: list[CandidateReport]) -> list[CandidateReport]:
    """The candidates no other one dominates.

    One dominates another when it is at least as good on all three figures (speedup
    up; energy and memory ratios down; an unknown memory counts as unchanged) and
    better on one.
    """

    def figures(r: CandidateReport) -> tuple[float, float, float]:
        return (-(r.speedup or 0.0), r.energy_ratio or 1.0, r.memory_ratio or 1.0)

    def dominated(r: CandidateReport) -> bool:
        mine = figures(r)
        return any(
            theirs != mine and all(t <= m for t, m in zip(theirs, mine, strict=True))
            for theirs in map(figures, accepted)
        )

    return [r for r in accepted if not dominated(r)]


def verify_given_patch(
    project: ProjectSettings,
    patch: str,
    file: Path,
    qualname: str,
    options: VerifyOptions = VerifyOptions(),  # noqa: B008 - frozen, so sharing is safe
    progress: Progress = _quiet,
) -> CandidateReport:
    """Verify a patch written by a person or another tool exactly as our own candidates."""
    # Fails early, clearly, on a wrong target; no model reads it, so no context is gathered.
    target = extract_target(project.root, file, qualname, with_context=False)
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
    return CandidateReport.of(candidate, verdict, assess(spec, verdict, patch, project.root,
                                                         project.require_tests()))


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
