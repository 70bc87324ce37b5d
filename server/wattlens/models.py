"""Domain models shared by every part of wattlens.

These are the only types that cross package boundaries: profiling produces a
`Profile`, analysis turns a hotspot into a `Target`, generators produce
`Candidate`s, the verifier produces a `Verdict`.  The JSON written by the CLI
is these models dumped as they are, so field names here are part of the
command-line contract in ARCHITECTURE.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EnergySource = Literal["rapl", "nvml", "rapl+nvml", "nvml+estimated", "estimated"]
"""Where a joule figure comes from.  Only `rapl` and `nvml` are measurements."""

ProfilerName = Literal["py-spy", "scalene"]
"""Which profiler a per-function or per-line share comes from."""
ProfileMode = Literal["fast", "full", "scalene"]
"""fast: py-spy without pausing; full: py-spy with native frames; scalene: scalene + py-spy lines."""

PROFILE_SCHEMA = "wattlens.profile/1"
OPTIMIZE_SCHEMA = "wattlens.optimize/1"
CHECK_SCHEMA = "wattlens.check/1"


class Frozen(BaseModel):
    """Base for value objects: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class EnergyMeasurement(Frozen):
    """Energy of one workload run, with its provenance and uncertainty."""

    joules: float = Field(ge=0)
    unit: Literal["J"] = Field(default="J", description="Unit of `joules` and `uncertainty_j`.")
    source: EnergySource = Field(
        description="`rapl`/`nvml` measured; `estimated` from CPU time; `nvml+estimated`: GPU measured, CPU estimated."
    )
    method: str = Field(description="How the figure was obtained, with any constants used.")
    window_s: float = Field(ge=0, description="Length of the measured window in seconds.")
    uncertainty_j: float | None = Field(
        default=None, description="Half-width of the plausible range, when known."
    )
    co2e_g: float = Field(ge=0)
    grid_g_per_kwh: float = Field(gt=0)
    grid_source: str | None = Field(
        default=None, description="Where the grid intensity comes from (region table, live source, user setting)."
    )

    @property
    def label(self) -> str:
        """Short provenance marker for display: '≈' for anything estimated, the meter otherwise."""
        return f"≈ {self.source}" if "estimated" in self.source else self.source


class FunctionProfile(Frozen):
    """One function's share of a profiled run."""

    file: str = Field(description="Absolute path of the source file.")
    name: str = Field(description="Qualified name, e.g. `Class.method`.")
    line: int
    end_line: int
    cpu_percent: float
    python_percent: float = 0.0
    native_percent: float = 0.0
    system_percent: float = 0.0
    energy_j: float
    co2e_g: float
    inclusive_percent: float | None = Field(
        default=None, description="Share of samples with this function anywhere on the stack."
    )
    source: ProfilerName = Field(default="scalene", description="Which profiler the shares come from.")
    samples: int = Field(default=0, description="Samples behind cpu_percent (sampling profilers).")
    runs: int = 1
    cpu_percent_stdev: float | None = Field(default=None, description="Spread over `runs` runs.")


class LineProfile(Frozen):
    """One source line's share of a profiled run."""

    file: str
    line: int
    cpu_percent: float
    python_percent: float = 0.0
    native_percent: float = 0.0
    system_percent: float = 0.0
    peak_mb: float = 0.0
    energy_j: float = 0.0
    source: ProfilerName = Field(default="scalene", description="Which profiler the shares come from.")
    samples: int = Field(default=0, description="Samples behind cpu_percent (sampling profilers).")
    runs: int = 1
    cpu_percent_stdev: float | None = Field(default=None, description="Spread over `runs` runs.")


class Profile(Frozen):
    """Result of running a workload under the profiler (schema `wattlens.profile/1`)."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    schema_: str = Field(default=PROFILE_SCHEMA, alias="schema")
    command: list[str]
    cwd: str
    elapsed_s: float
    cpu_s: float = Field(description="CPU time of the workload's process tree, plain run.")
    energy: EnergyMeasurement
    profiler: str = Field(description="Which profiler produced the shares, with its version.")
    functions: list[FunctionProfile]
    lines: list[LineProfile]
    mode: ProfileMode = "full"
    function_source: ProfilerName = "scalene"
    line_source: ProfilerName = "scalene"
    runs: int = 1
    elapsed_s_stdev: float | None = None
    cpu_s_stdev: float | None = None
    energy_j_stdev: float | None = None
    max_rss_mb: float | None = Field(
        default=None, description="Peak resident memory of the workload's largest process."
    )

    def functions_in(self, file: Path) -> list[FunctionProfile]:
        """The profiled functions defined in `file`, hottest first."""
        wanted = str(file.resolve())
        return [f for f in self.functions if f.file == wanted]

    def lines_in(self, file: Path) -> list[LineProfile]:
        """The profiled lines of `file`, hottest first."""
        wanted = str(file.resolve())
        return [ln for ln in self.lines if ln.file == wanted]


class ContextItem(Frozen):
    """A project definition the target uses, shown to the model next to the target."""

    name: str
    kind: Literal["function", "class", "statement"]
    file: str = Field(description="Relative to the project, with forward slashes.")
    line: int
    source: str = Field(description="The definition (long ones cut, classes as signatures).")


class Target(Frozen):
    """A function chosen for optimization, with the context a generator needs."""

    project_dir: Path
    file: Path = Field(description="Path of the module, relative to project_dir.")
    qualname: str
    line: int
    end_line: int
    source: str = Field(description="The function's source text, as in the file.")
    module_source: str = Field(description="The whole module, as on disk.")
    hot_lines: list[int] = Field(default_factory=list)
    cpu_percent: float | None = None
    context: list[ContextItem] = Field(default_factory=list, description="Project definitions it uses.")
    inputs_seen: list[str] = Field(
        default_factory=list,
        description="Its arguments' types and sizes in the workload's biggest calls, once a replay recorded them.")

    def hot_line_texts(self) -> list[str]:
        """The source text of the hot lines, hottest first, stripped."""
        lines = self.module_source.splitlines()
        return [lines[n - 1].strip() for n in self.hot_lines if 0 < n <= len(lines) and lines[n - 1].strip()]


GeneratorKind = Literal["llm", "llm+retrieval", "llm+repair", "recipe", "given"]


class Candidate(Frozen):
    """A proposed rewrite, as a unified diff relative to the project directory."""

    id: str
    source: GeneratorKind
    diff: str
    rationale: str = ""
    new_source: str = Field(default="", description="The rewritten function, when known.")


class TestRun(Frozen):
    """Outcome of running the project's tests on one copy of the project."""

    __test__ = False  # not a pytest test class despite its name

    command: str
    passed: bool
    exit_code: int | None
    duration_s: float
    output_tail: str = ""


class Benchmark(Frozen):
    """Interleaved A/B timings of the workload on the original and the candidate."""

    n: int
    baseline_s: list[float]
    candidate_s: list[float]
    baseline_cpu_s: list[float] = Field(default_factory=list)
    candidate_cpu_s: list[float] = Field(default_factory=list)
    speedup: float = Field(description="Median baseline time / median candidate time.")
    ci95: tuple[float, float] = Field(description="95% bootstrap CI of the speedup.")
    p_value: float = Field(description="One-sided Mann–Whitney U: candidate faster.")
    energy_ratio: float = Field(description="Candidate energy / baseline energy.")
    energy_source: EnergySource
    energy_method: str
    baseline_instructions: int | None = Field(default=None, description="Callgrind count of one run.")
    candidate_instructions: int | None = None
    instructions_note: str | None = Field(default=None, description="Why instructions were not counted.")
    baseline_peak_kb: list[int] = Field(default_factory=list, description="Peak RSS of each timed run, KiB.")
    candidate_peak_kb: list[int] = Field(default_factory=list)
    memory_ratio: float | None = Field(default=None, description="Median candidate / median baseline peak RSS.")


class Verdict(Frozen):
    """The verifier's decision on one candidate, with the evidence."""

    accepted: bool
    reasons: list[str]
    tests: TestRun | None = None
    benchmark: Benchmark | None = None
    replayed_calls: int | None = None
    """Recorded calls of the target replayed on both and compared (None: no replay ran)."""
    inputs_seen: list[str] = Field(default_factory=list)
    """The target's arguments (types, sizes) in its biggest recorded calls, when a replay ran."""


class Assessment(Frozen):
    """The seed's output fields for one verified candidate (see `wattlens.assessment`)."""

    target_scope: str = Field(description="FILE:QUALNAME the patch rewrites.")
    estimated_kwh_delta: float | None = Field(description="kWh per workload run, candidate - original.")
    estimated_co2_delta_kg: float | None = Field(description="kg CO2e per workload run, candidate - original.")
    energy_basis: str | None = Field(description="How the two deltas were estimated, in words.")
    confidence: float = Field(ge=0, le=1, description="1 - p of the one-sided speed test; 0 if never timed.")
    risk_score: float = Field(ge=0, le=1, description="0 (well checked) to 1 (rests on little evidence).")
    required_tests: list[str] = Field(description="Test files naming the target, else the test command.")


class CandidateReport(Frozen):
    """A candidate with its verdict, as printed by `optimize` and `verify`.

    It carries the seed's candidate schema too: `patch` (the same text as `diff`),
    and the `Assessment` fields.
    """

    id: str
    source: GeneratorKind
    diff: str
    rationale: str
    verdict: Literal["accepted", "rejected"]
    reasons: list[str]
    speedup: float | None
    ci95: tuple[float, float] | None
    energy_ratio: float | None
    energy_source: EnergySource | None
    p_value: float | None
    n: int | None
    tests_passed: bool | None
    replayed_calls: int | None = None
    baseline_instructions: int | None = None
    candidate_instructions: int | None = None
    memory_ratio: float | None = Field(default=None, description="Candidate / original median peak RSS.")
    patch: str = ""
    target_scope: str | None = None
    estimated_kwh_delta: float | None = None
    estimated_co2_delta_kg: float | None = None
    energy_basis: str | None = None
    confidence: float | None = None
    risk_score: float | None = None
    required_tests: list[str] = Field(default_factory=list)

    @classmethod
    def of(cls, candidate: Candidate, verdict: Verdict, assessment: Assessment | None = None) -> CandidateReport:
        """Flatten a candidate, its verdict and their assessment into the contract's candidate object."""
        bench = verdict.benchmark
        return cls(
            **(assessment.model_dump() if assessment is not None else {}),
            patch=candidate.diff,
            memory_ratio=bench.memory_ratio if bench else None,
            id=candidate.id,
            source=candidate.source,
            diff=candidate.diff,
            rationale=candidate.rationale,
            verdict="accepted" if verdict.accepted else "rejected",
            reasons=verdict.reasons,
            speedup=bench.speedup if bench else None,
            ci95=bench.ci95 if bench else None,
            energy_ratio=bench.energy_ratio if bench else None,
            energy_source=bench.energy_source if bench else None,
            p_value=bench.p_value if bench else None,
            n=bench.n if bench else None,
            tests_passed=verdict.tests.passed if verdict.tests else None,
            replayed_calls=verdict.replayed_calls,
            baseline_instructions=bench.baseline_instructions if bench else None,
            candidate_instructions=bench.candidate_instructions if bench else None,
        )


class OptimizeResult(Frozen):
    """Everything `optimize` found for one target (schema `wattlens.optimize/1`)."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    schema_: str = Field(default=OPTIMIZE_SCHEMA, alias="schema")
    target: str = Field(description="FILE:QUALNAME as given.")
    candidates: list[CandidateReport]
    best: CandidateReport | None
    choices: list[str] = Field(
        default_factory=list,
        description="Ids of the accepted candidates, Pareto-optimal (time, energy, memory) first; best first.",
    )
    applied: bool = False


class Change(Frozen):
    """How one figure of the workload moved from the baseline revision to the working tree."""

    ratio: float = Field(description="Median on the working tree / median at the baseline (>1: worse).")
    ci95: tuple[float, float] = Field(description="95% bootstrap CI of the ratio.")
    p_value: float = Field(description="One-sided Mann–Whitney U: the working tree takes more.")
    regressed: bool = Field(description="Significant and beyond the threshold.")


class ChangedLocation(Frozen):
    """A file that changed since the baseline, and its first changed line (for SARIF)."""

    file: str = Field(description="Relative to the repository's top, with forward slashes.")
    line: int


class RegressionCheck(Frozen):
    """`wattlens check`: the working tree against a baseline revision, measured side by side."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    schema_: str = Field(default=CHECK_SCHEMA, alias="schema")
    baseline: str
    baseline_commit: str
    project_path: str = Field(description="The project folder relative to the repository's top ('' or 'dir/').")
    workload: str
    threshold: float
    alpha: float
    n: int
    time: Change
    energy: Change
    energy_source: EnergySource
    energy_method: str
    baseline_s: list[float]
    current_s: list[float]
    baseline_cpu_s: list[float]
    current_cpu_s: list[float]
    changed: list[ChangedLocation]
    regressed: bool
    reasons: list[str]
