"""The verifier's entry point: judge one candidate diff against the project as it is.

copy the project twice → apply the diff to one copy → tests in the sandbox →
interleaved A/B benchmark in the sandbox → statistics on the host → `Verdict`.
The user's project is only ever read.  Problems of the candidate end in a
rejected verdict whose reasons are sentences for the user; problems of the
machine (no Docker, no image) raise `SandboxUnavailable` with the fix.
"""

from __future__ import annotations

import math
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Self

import docker
from pydantic import BaseModel, ConfigDict, Field, model_validator

from wattlens.config import cache_dir
from wattlens.models import Benchmark, TestRun, Verdict
from wattlens.verify.audit import audit_reasons, new_records
from wattlens.verify.dependencies import sandbox_image_for
from wattlens.verify.engine import connect_engine
from wattlens.verify.harness import (
    BASELINE_DIR,
    CANDIDATE_DIR,
    BenchOutcome,
    ReplayOutcome,
    RunBounds,
    TestsOutcome,
    harness_command,
    pack_for_bench,
    pack_for_replay,
    pack_for_tests,
    parse_bench,
    parse_replay,
    parse_tests,
    split_output,
)
from wattlens.verify.patching import PatchError, apply_patches, check_scope, parse_diff, resolve_paths
from wattlens.verify.sandbox import SandboxLimits, SandboxRun, run_in_sandbox
from wattlens.verify.stats import compare_timings, median_ratio
from wattlens.verify.tampering import CandidateSyntaxError, tampering
from wattlens.verify.workspace import copy_project

Progress = Callable[[str], None]



def energy_method(ratio: str, cpu_readable: bool = True) -> str:
    """How an estimated energy ratio was made; `ratio` says what it divides by what."""
    measure = "CPU time (user + system)" if cpu_readable else "wall time (CPU time unreadable)"
    return (
        f"estimated: energy ≈ {measure} of the workload's process tree times a constant power "
        f"per busy thread; the constant cancels in the ratio, so {ratio} (no energy meter was read)"
    )


_CANDIDATE_RATIO = "the ratio is median candidate CPU time / median baseline CPU time"
_TAIL_CHARS = 3000
_TINY_CALL_S = 10e-6
_OUTPUT_DIFFERS = "The workload prints something different with the candidate."


class VerifyOptions(BaseModel):
    """How strictly and how long to verify a candidate."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    base_image: str | None = Field(
        default=None, description="A local image (Python 3 + pytest) instead of the built one."
    )
    tests_timeout_s: float = Field(
        default=180, gt=0, description="Hard limit for the tests, original and candidate together."
    )
    bench_timeout_s: float = Field(default=300, gt=0, description="Hard limit for the benchmark.")
    timeout_factor: float = Field(
        default=10,
        gt=1,
        description="A candidate's tests or workload run is stopped once it takes this many "
        "times as long as the original's.",
    )
    min_timeout_s: float = Field(
        default=15, gt=0, description="A candidate's run is never stopped sooner than this."
    )
    min_pairs: int = Field(default=6, ge=2, description="Timed A/B pairs always run.")
    max_pairs: int = Field(
        default=20,
        ge=2,
        description="Pairs run at most; the benchmark stops after min_pairs once every pair "
        "agrees by more than the noise floor, or too few pairs gain the floor for it to be reached "
        "(a sign test), or when 60% of bench_timeout_s is spent.",
    )
    noise_floor: float = Field(default=0.05, ge=0, description="Smallest gain worth offering.")
    alpha: float = Field(default=0.05, gt=0, lt=1, description="Significance level.")
    cpus: float = Field(default=1.0, gt=0, description="CPUs the sandbox may use.")
    memory: str = Field(default="1g", description="Memory limit of the sandbox (Docker syntax).")
    pids: int = Field(default=256, ge=16, description="Process limit of the sandbox.")
    cpuset: str | None = Field(
        default=None, description="Pin the sandbox to these CPUs, e.g. '1' (default: the engine's last CPU)."
    )
    seed: int = Field(default=0, description="Seed of the run order and the bootstrap.")
    instructions_max_s: float = Field(
        default=0.3,
        ge=0,
        description="Count instructions with callgrind (about 50x slower) when one run of the original "
        "takes at most this long; 0 turns it off.",
    )

    @model_validator(mode="after")
    def _pairs_in_order(self) -> Self:
        if self.max_pairs < self.min_pairs:
            raise ValueError("max_pairs must be at least min_pairs")
        return self

    @property
    def limits(self) -> SandboxLimits:
        """The container limits these options ask for."""
        return SandboxLimits(cpus=self.cpus, memory=self.memory, pids=self.pids, cpuset=self.cpuset)


def verify_patch(
    project_dir: Path,
    diff: str,
    workload: str,
    tests: str,
    options: VerifyOptions = VerifyOptions(),  # noqa: B008 - frozen, so sharing is safe
    progress: Progress | None = None,
    target: tuple[str, str] | None = None,
) -> Verdict:
    """Verify that `diff` keeps the tests green and makes `workload` measurably faster.

    `diff` is a unified diff relative to `project_dir`; `workload` and `tests`
    are shell commands run from the project folder inside the sandbox.  With
    `target` (file relative to the project, qualified name), the target's calls
    in the original's workload are recorded and replayed on the candidate too.
    Raises `SandboxUnavailable` when Docker or the sandbox image cannot be had.
    """
    say: Progress = progress or (lambda _message: None)
    project_dir = Path(project_dir).resolve()
    if not project_dir.is_dir():
        raise ValueError(f"the project folder {project_dir} does not exist")
    try:
        patches = resolve_paths(parse_diff(diff), project_dir)
        check_scope(patches)
    except PatchError as exc:
        return _rejected(str(exc))

    work_root = cache_dir() / "work"
    work_root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=work_root, prefix="verify-") as tmp:
        baseline, candidate = Path(tmp) / BASELINE_DIR, Path(tmp) / CANDIDATE_DIR
        say("copying the project…")
        copy_project(project_dir, baseline)
        copy_project(project_dir, candidate)
        try:
            written = apply_patches(patches, candidate)
            problems = _static_problems(written, candidate, baseline)
        except (PatchError, CandidateSyntaxError) as exc:
            return _rejected(str(exc))
        if problems:
            return Verdict(accepted=False, reasons=problems)

        client = connect_engine()
        image = sandbox_image_for(client, project_dir, options.base_image, say)
        options = with_pinned_core(client, options)

        say("running the tests on the original and on the candidate in the sandbox…")
        test_run, problems = _run_tests(client, image, baseline, candidate, tests, options)
        if problems:
            return Verdict(accepted=False, reasons=problems, tests=test_run)

        replay_note, replayed, replay = None, None, None
        inputs_seen: list[str] = []
        if target is not None:
            say(f"recording the calls of {target[1]} in the workload and replaying them on both…")
            ran = _run_replay(client, image, baseline, candidate, workload, target, options)
            replay = ran if isinstance(ran, ReplayOutcome) else None
            replayed = replay.compared if replay else None
            inputs_seen = replay.inputs_seen if replay else []
            problem, replay_note = _replay_judgement(ran, target[1])
            if problem:
                return Verdict(accepted=False, reasons=[problem], tests=test_run, replayed_calls=replayed,
                               inputs_seen=inputs_seen)

        floor_note = None
        if target is not None and replay is not None and replay.call_s is not None and replay.call_s < _TINY_CALL_S:
            # A call this short is dominated by timer and scheduling noise: ask for a larger gain.
            options = options.model_copy(update={"noise_floor": 3 * options.noise_floor})
            floor_note = (
                f"One call of {target[1]} takes {replay.call_s * 1e6:.1f} µs (under {_TINY_CALL_S * 1e6:.0f} µs), "
                f"so the noise floor was tripled to {options.noise_floor:.0%}."
            )
        say(
            f"benchmarking the workload: warm-up, then {options.min_pairs}-{options.max_pairs} "
            "interleaved A/B pairs…"
        )
        verdict = _run_benchmark(client, image, baseline, candidate, workload, options, test_run)
        # The replay backs an offer; the noise floor explains any verdict.
        notes = [n for n in (replay_note if verdict.accepted else None, floor_note) if n]
        return verdict.model_copy(
            update={"reasons": verdict.reasons + notes, "replayed_calls": replayed, "inputs_seen": inputs_seen})


def _run_replay(
    client: docker.DockerClient,
    image: str,
    baseline: Path,
    candidate: Path,
    workload: str,
    target: tuple[str, str],
    options: VerifyOptions,
) -> ReplayOutcome | str:
    """The replay's outcome, or why there is none."""
    archive = pack_for_replay(
        baseline, candidate, workload, target[0], target[1], run_bounds(options.bench_timeout_s, options)
    )
    run = run_in_sandbox(
        client, image, harness_command(), archive, options.bench_timeout_s, options.limits
    )
    _, payload = split_output(run.stdout)
    if payload is not None and not run.timed_out:
        return parse_replay(payload)
    if run.timed_out:
        return f"did not finish within {options.bench_timeout_s:g} s (the candidate may loop forever or be far slower)"
    if run.oom_killed:
        return f"ran out of memory in the sandbox (limit {options.memory})"
    last = (run.stderr.strip().splitlines() or [f"exit code {run.exit_code}"])[-1][:200]
    return f"stopped without a result ({last})"


def _replay_judgement(replay: ReplayOutcome | str, qualname: str) -> tuple[str | None, str | None]:
    """(reason to reject, note for an accepted verdict); `replay` is a reason when it gave no outcome."""
    if isinstance(replay, str):
        return f"The replay of recorded calls with the candidate {replay}.", None
    if replay.status == "differs" and replay.difference is not None:
        diff = replay.difference
        if diff.what == "arguments":
            change = "leaves its arguments in a different state than the original does"
        else:
            change = f"{diff.got}, where the original {diff.expected}"
        located = f" ({diff.where[0].upper()}{diff.where[1:]}.)" if diff.where else ""
        if diff.origin != "recorded":
            where = (f"an input made up from the type hints of {qualname}, {diff.input}" if diff.origin == "made_up"
                     else f"a variant of a recorded call of {qualname} (items removed from its lists, sets and "
                          f"dicts; in some variants, values in them set to 0, empty or equal to another), {diff.input}")
            return (f"The candidate behaves differently from the original on {where}: "
                    f"the candidate {change}.{located}"), None
        return (
            f"The candidate behaves differently on a real input: replaying recorded call "
            f"{diff.index + 1} of {qualname} with {diff.input}, the candidate {change}.{located}"
        ), None
    if replay.status == "ok" and replay.compared:
        skipped = f"; {replay.nondeterministic} nondeterministic not compared" if replay.nondeterministic else ""
        unpicklable = f"; {replay.skipped} could not be recorded" if replay.skipped else ""
        return None, (
            f"Replayed {replay.recorded} recorded call(s) of {qualname} from the workload, "
            f"{replay.derived} variant(s) of them (items removed, edge values, other types their hints allow) and "
            f"{replay.generated} made up from its type hints: the same results and argument effects "
            f"as the original ({replay.compared} compared{skipped}{unpicklable})."
        )
    if replay.status == "failed":
        return None, f"The replay check was skipped: recording or replaying failed on the original ({replay.detail})."
    return None, (
        f"The replay check was skipped: the workload made no call of {qualname} that could be "
        "recorded (it may run the module as a script, or its arguments cannot be pickled), and "
        "its type hints do not say how to make inputs up."
    )


def _static_problems(written: list[Path], candidate: Path, baseline: Path) -> list[str]:
    """Tampering that the patch adds to the Python files it writes (before anything runs)."""
    found: list[str] = []
    for path in written:
        if path.suffix != ".py" or not path.is_file():
            continue
        relative = path.relative_to(candidate)
        original = baseline / relative
        before = original.read_text(encoding="utf-8", errors="replace") if original.is_file() else ""
        found += tampering(before, path.read_text(encoding="utf-8"), relative.as_posix())
    if not found:
        return []
    return [
        f"The candidate tampers with timing, the interpreter or the harness, or games the benchmark: "
        f"{'; '.join(found[:3])} (a rewrite must do less work per call, not change how it is measured)."
    ]


def run_ab_benchmark(
    client: docker.DockerClient,
    image: str,
    a: Path,
    b: Path,
    workload: str,
    options: VerifyOptions,
    compare_outputs: bool = True,
) -> SandboxRun:
    """One sandbox run of the harness's interleaved benchmark of `workload` in copies a and b."""
    archive = pack_for_bench(
        a,
        b,
        workload,
        min_pairs=options.min_pairs,
        max_pairs=options.max_pairs,
        noise_floor=options.noise_floor,
        bounds=run_bounds(options.bench_timeout_s, options),
        seed=options.seed,
        compare_outputs=compare_outputs,
        instructions_max_s=options.instructions_max_s,
    )
    return run_in_sandbox(client, image, harness_command(), archive, options.bench_timeout_s, options.limits)


def with_pinned_core(client: docker.DockerClient, options: VerifyOptions) -> VerifyOptions:
    """The options with the sandbox pinned to the engine's last CPU, unless a cpuset is set.

    One fixed core for every run of both variants: no migration between cores with
    different caches or clocks in the middle of a comparison.  The engine's CPU count
    is asked of the engine itself, which may be another machine (DOCKER_HOST).
    """
    if options.cpuset is not None:
        return options
    try:
        cpus = int(client.info().get("NCPU", 1))
    except (docker.errors.DockerException, OSError, ValueError):
        return options
    return options.model_copy(update={"cpuset": str(cpus - 1)}) if cpus >= 2 else options


def run_bounds(hard_limit_s: float, options: VerifyOptions) -> RunBounds:
    """How long the harness may run commands under a container limit of `hard_limit_s`."""
    # The harness stops itself a little before the container is killed, so it can report.
    return RunBounds(
        budget_s=max(hard_limit_s - 15, 0.8 * hard_limit_s),
        timeout_factor=options.timeout_factor,
        min_timeout_s=options.min_timeout_s,
    )


def _run_tests(
    client: docker.DockerClient,
    image: str,
    baseline: Path,
    candidate: Path,
    tests: str,
    options: VerifyOptions,
) -> tuple[TestRun, list[str]]:
    run = run_in_sandbox(
        client,
        image,
        harness_command(),
        pack_for_tests(baseline, candidate, tests, run_bounds(options.tests_timeout_s, options)),
        options.tests_timeout_s,
        options.limits,
    )
    printed, payload = split_output(run.stdout)
    tail = _tail(printed + ("\n" + run.stderr if run.stderr.strip() else ""))
    outcome = parse_tests(payload) if payload is not None else None
    test_run = TestRun(
        command=tests,
        passed=bool(outcome and outcome.exit_code == 0 and not outcome.timed_out),
        exit_code=outcome.exit_code if outcome else run.exit_code,
        duration_s=outcome.duration_s if outcome else run.duration_s,
        output_tail=tail,
    )
    return test_run, _tests_problems(run, outcome, printed, tail, tests, options)


def _tests_problems(
    run: SandboxRun,
    outcome: TestsOutcome | None,
    printed: str,
    tail: str,
    tests: str,
    options: VerifyOptions,
) -> list[str]:
    if run.timed_out:
        return [
            f"The tests did not finish within {options.tests_timeout_s:g} s and were stopped "
            "(timed out; the candidate may loop forever)."
        ]
    if problem := _resource_problem(run, options, "tests"):
        return [problem]
    if outcome is None:
        return [f"The tests ended without a result (exit {run.exit_code}): {_last_line(tail)}"]
    original = outcome.original
    if original.timed_out:
        return [
            f"The tests did not finish on the original project within the time limit "
            f"({options.tests_timeout_s:g} s), so the candidate cannot be judged; raise "
            "the tests timeout or choose a quicker tests command."
        ]
    if original.exit_code != 0:
        return [
            f"The tests fail on the original project too (`{tests}` exited "
            f"{original.exit_code}: {_failure_summary(original.output_tail)}), so they cannot "
            "judge the candidate; fix the tests first."
        ]
    if outcome.timed_out:
        return [
            f"The tests with the candidate were stopped after {outcome.timeout_s or 0:.0f} s "
            f"(timed out; the original's take {original.duration_s:.1f} s — the candidate may "
            "loop forever or be far slower)."
        ]
    if problems := audit_reasons(outcome.audit, "during the tests"):
        return problems
    if outcome.exit_code != 0:
        return [
            f"The candidate breaks the tests (`{tests}` exited {outcome.exit_code}): "
            f"{_failure_summary(printed + chr(10) + run.stderr)}"
        ]
    return []


def _run_benchmark(
    client: docker.DockerClient,
    image: str,
    baseline: Path,
    candidate: Path,
    workload: str,
    options: VerifyOptions,
    test_run: TestRun,
) -> Verdict:
    run = run_ab_benchmark(client, image, baseline, candidate, workload, options)

    def rejected(reason: str) -> Verdict:
        return Verdict(accepted=False, reasons=[reason], tests=test_run)

    if run.timed_out:
        return rejected(
            f"The workload benchmark did not finish within {options.bench_timeout_s:g} s and "
            "was stopped (timed out; the candidate may run forever or far slower)."
        )
    if problem := _resource_problem(run, options, "workload"):
        return rejected(problem)
    _, payload = split_output(run.stdout)
    if payload is None:
        return rejected(
            f"The benchmark ended without a result (exit {run.exit_code}): "
            f"{_last_line(run.stderr or run.stdout)}"
        )
    outcome = parse_bench(payload)
    acts = new_records(outcome.audit.get("b", []), outcome.audit.get("a", []))
    if problems := audit_reasons(acts, "while running the workload"):
        return Verdict(accepted=False, reasons=problems, tests=test_run)
    if problem := _run_failure(outcome, workload):
        return rejected(problem)

    reasons: list[str] = []
    notes: list[str] = []
    output_problem, output_note = _compare_outputs(outcome)
    if output_problem:
        reasons.append(output_problem)
    if output_note:
        notes.append(output_note)

    if outcome.stop == "output_differs" or not any(not r.warmup for r in outcome.runs):
        # The harness stops before timing when the output already differs.
        return Verdict(accepted=False, reasons=reasons or [_OUTPUT_DIFFERS], tests=test_run)
    benchmark = _summarise(outcome, options)
    figures = (
        f"{benchmark.speedup:.2f}x the original speed (95% CI {benchmark.ci95[0]:.2f}-"
        f"{benchmark.ci95[1]:.2f}x, one-sided Mann-Whitney p = {benchmark.p_value:.2g}, "
        f"n = {benchmark.n} pairs)"
    )
    if benchmark.baseline_instructions and benchmark.candidate_instructions:
        notes.append(
            f"Instructions executed by one run (callgrind, deterministic): {benchmark.baseline_instructions:,} "
            f"→ {benchmark.candidate_instructions:,} "
            f"({benchmark.candidate_instructions / benchmark.baseline_instructions:.3f}×)."
        )
    significant = benchmark.p_value < options.alpha
    big_enough = benchmark.speedup >= 1 + options.noise_floor
    if not (significant and big_enough):
        if benchmark.speedup < 1:
            reasons.append(f"The candidate is slower: {figures}.")
        elif not big_enough:
            reasons.append(
                f"The gain is below the {options.noise_floor:.0%} noise floor: {figures}."
            )
        else:
            reasons.append(f"The gain is not statistically significant: {figures}.")
    if reasons:
        return Verdict(accepted=False, reasons=reasons + notes, tests=test_run, benchmark=benchmark)
    return Verdict(
        accepted=True,
        reasons=[
            f"The tests pass with the candidate (`{test_run.command}`, "
            f"{test_run.duration_s:.1f} s).",
            f"The workload runs faster: {figures}.",
            f"Estimated energy changes by a factor of {benchmark.energy_ratio:.2f} "
            "(ratio of CPU time; no energy meter was read).",
            *notes,
        ],
        tests=test_run,
        benchmark=benchmark,
    )


def _summarise(outcome: BenchOutcome, options: VerifyOptions) -> Benchmark:
    timed = sorted((r for r in outcome.runs if not r.warmup), key=lambda r: r.index)
    base = [r for r in timed if r.variant == "a"]
    cand = [r for r in timed if r.variant == "b"]
    comparison = compare_timings(
        [r.wall_s for r in base], [r.wall_s for r in cand], seed=options.seed
    )
    base_cpu = [r.cpu_s for r in base]
    cand_cpu = [r.cpu_s for r in cand]
    energy_ratio = median_ratio(cand_cpu, base_cpu)
    cpu_readable = not math.isnan(energy_ratio)
    if not cpu_readable:
        # CPU time too small to read: fall back on wall time, and say so.
        energy_ratio = 1 / comparison.speedup
    method = energy_method(_CANDIDATE_RATIO, cpu_readable)
    counts = outcome.instructions
    base_peak = [r.peak_kb for r in base if r.peak_kb]
    cand_peak = [r.peak_kb for r in cand if r.peak_kb]
    return Benchmark(
        baseline_peak_kb=base_peak,
        candidate_peak_kb=cand_peak,
        memory_ratio=_memory_ratio(base_peak, cand_peak),
        baseline_instructions=counts.a,
        candidate_instructions=counts.b,
        instructions_note=counts.note,
        n=min(len(base), len(cand)),
        baseline_s=[r.wall_s for r in base],
        candidate_s=[r.wall_s for r in cand],
        baseline_cpu_s=base_cpu,
        candidate_cpu_s=cand_cpu,
        speedup=comparison.speedup,
        ci95=comparison.ci95,
        p_value=comparison.p_value,
        energy_ratio=energy_ratio,
        energy_source="estimated",
        energy_method=method,
    )


def _memory_ratio(base_peak_kb: list[int], cand_peak_kb: list[int]) -> float | None:
    if not base_peak_kb or not cand_peak_kb:
        return None  # a harness that reports no peak (an older image's Python) leaves it unknown
    ratio = median_ratio([float(k) for k in cand_peak_kb], [float(k) for k in base_peak_kb])
    return None if math.isnan(ratio) else ratio


def _run_failure(outcome: BenchOutcome, workload: str) -> str | None:
    failed = next((r for r in outcome.runs if r.timed_out or r.exit_code != 0), None)
    if failed is None:
        return None
    if failed.timed_out:
        if failed.variant == "a":
            return (
                f"The workload `{workload}` on the original project did not finish within the "
                "benchmark's time limit, so nothing can be compared; raise the benchmark "
                "timeout or choose a quicker workload."
            )
        originals = sorted(r.wall_s for r in outcome.runs if r.variant == "a" and not r.timed_out)
        usual = f"; the original takes {originals[len(originals) // 2]:.2f} s" if originals else ""
        return (
            f"The workload `{workload}` with the candidate was stopped after "
            f"{failed.timeout_s or 0:.0f} s (timed out{usual} — the candidate may loop forever "
            "or be far slower)."
        )
    detail = _last_line(failed.stderr_tail) or "no error output"
    if failed.variant == "a":
        return (
            f"The workload `{workload}` fails on the original project too (exit "
            f"{failed.exit_code}: {detail}), so nothing can be compared; fix the workload first."
        )
    return f"The workload `{workload}` fails with the candidate (exit {failed.exit_code}): {detail}"


def _compare_outputs(outcome: BenchOutcome) -> tuple[str | None, str | None]:
    """(reason to reject, note) from comparing what the two variants printed."""
    base = outcome.outputs.get("a")
    cand = outcome.outputs.get("b")
    if base is None or cand is None:
        return None, None
    if not base.consistent:
        return (
            None,
            "The output check was skipped: the original workload's output varies between runs.",
        )
    if cand.digest != base.digest:
        old_lines, new_lines = base.first.splitlines(), cand.first.splitlines()
        for number in range(max(len(old_lines), len(new_lines))):
            old = old_lines[number] if number < len(old_lines) else "<end of output>"
            new = new_lines[number] if number < len(new_lines) else "<end of output>"
            if old != new:
                old, new = _around_difference(old, new)
                return (
                    f"The workload prints something different with the candidate: line "
                    f"{number + 1} was {old!r} and is now {new!r}.",
                    None,
                )
        return (
            "The workload's output differs with the candidate (line endings or whitespace).",
            None,
        )
    if not cand.consistent:
        return (
            "The candidate's workload output varies between runs while the original's does not.",
            None,
        )
    return None, None


def _resource_problem(run: SandboxRun, options: VerifyOptions, what: str) -> str | None:
    if run.oom_killed:
        return (
            f"The {what} ran out of memory in the sandbox (limit {options.memory}) with the "
            "candidate."
        )
    return None


def _rejected(reason: str) -> Verdict:
    return Verdict(accepted=False, reasons=[_sentence(reason)])


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


_PYTEST_FAILURE = re.compile(r"^(FAILED|ERROR) .+", re.MULTILINE)


def _failure_summary(output: str) -> str:
    lines = [m.group(0) for m in _PYTEST_FAILURE.finditer(output)]
    if lines:
        shown = "; ".join(_clip(line, 200) for line in lines[:2])
        more = f" (and {len(lines) - 2} more)" if len(lines) > 2 else ""
        return _sentence(f"{shown}{more}")
    return _sentence(_clip(_last_line(output), 200))


def _tail(text: str) -> str:
    return text.strip()[-_TAIL_CHARS:]


def _last_line(text: str) -> str:
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    return lines[-1] if lines else ""


def _around_difference(old: str, new: str, width: int = 80) -> tuple[str, str]:
    """Both lines clipped to a window that starts a little before their first difference."""
    if len(old) <= width and len(new) <= width:
        return old, new
    first = next(
        (i for i, (x, y) in enumerate(zip(old, new, strict=False)) if x != y),
        min(len(old), len(new)),
    )
    start = max(first - 20, 0)

    def window(text: str) -> str:
        part = text[start : start + width]
        return ("…" if start else "") + part + ("…" if start + width < len(text) else "")

    return window(old), window(new)


def _clip(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
