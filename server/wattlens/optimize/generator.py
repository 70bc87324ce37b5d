"""Candidate rewrites of a target function from the local model.

One conversation is built per target (retrieved examples, then the target)
and sampled several times: first greedily, then at fixed, rising
temperatures with seeds derived from `GenerateOptions.seed`, so the same
target, model and options always give the same candidates.  Every reply goes
through `parsing`; replies that yield nothing usable, or repeat an earlier
candidate, are logged and dropped.  Whether a candidate is *correct* is not
decided here: the verifier judges each one in the sandbox.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from wattlens.analysis.target import TargetError, add_imports, replace_function, unified_diff
from wattlens.models import Candidate, GeneratorKind, Target
from wattlens.optimize import llm
from wattlens.optimize.examples import Example
from wattlens.optimize.llm import Message
from wattlens.optimize.model import resolve_model
from wattlens.optimize.parsing import Rejected, parse_rewrite, same_function
from wattlens.optimize.prompt import ANSWER_PREFILL, ANSWER_STOP, build_messages
from wattlens.optimize.retrieval import RetrievalError, retrieve

Progress = Callable[[str], None]

TEMPERATURES = (0.0, 0.5, 0.8, 1.0)
"""Temperature of the i-th sample; beyond the list the last one repeats."""
RETRIEVED_EXAMPLES = 3
EXTRA_ATTEMPTS = 2
"""Samples allowed beyond n_candidates to make up for rejected or duplicate replies."""


class GenerateOptions(BaseModel):
    """How many candidates to ask the model for, and how."""

    model_config = ConfigDict(frozen=True)

    model_path: str | None = None
    """A GGUF file; None uses the default model (fetched on first use)."""
    n_candidates: int = Field(default=3, ge=1, le=10)
    seed: int = 1234
    use_retrieval: bool = True
    max_tokens: int = Field(default=512, ge=16, le=4096)


def generate_candidates(
    target: Target,
    options: GenerateOptions,
    progress: Progress,
    record: Callable[..., None] = lambda _event, **_fields: None,
) -> list[Candidate]:
    """Up to `options.n_candidates` distinct, well-formed rewrites of `target`.

    `record(event, **fields)` receives the prompt and every model reply (for the
    audit log).  Raises ModelError (with the fix in its message) when the model
    cannot be found or loaded.  Retrieval problems only cost the examples:
    generation goes on unprimed and says so.
    """
    model_path = resolve_model(options.model_path, progress)
    examples = _examples_for(target, model_path, options, progress)
    kind: GeneratorKind = "llm+retrieval" if examples else "llm"
    messages = build_messages(target.source, examples)
    record("prompt", model=str(model_path), examples=[e.id for e in examples], messages=messages)

    started = time.perf_counter()
    llm.load_model(model_path)
    loaded = time.perf_counter() - started
    if loaded > 0.5:
        progress(f"Loaded {model_path.name} in {loaded:.1f} s.")
    candidates: list[Candidate] = []
    # One lock over all samples: another request interleaving would change the
    # KV cache these samples share, and with it (slightly) their logits.
    with llm.model_lock():
        llm.reset_context(model_path)
        for attempt in range(options.n_candidates + EXTRA_ATTEMPTS):
            if len(candidates) == options.n_candidates:
                break
            sample = _Sample(attempt, options.seed + attempt)
            outcome = _one_candidate(target, model_path, messages, sample, options, progress, record)
            if not isinstance(outcome, Rejected) and any(
                same_function(outcome.new_source, c.new_source) for c in candidates
            ):
                outcome = Rejected("it is the same as an earlier answer")
            if isinstance(outcome, Rejected):
                progress(f"{sample.label} skipped: {outcome.reason}")
                continue
            candidates.append(_candidate(target, outcome, kind, sample, examples, len(candidates) + 1))
    progress(f"{len(candidates)} candidate(s) for {target.qualname}")
    return candidates


def _examples_for(target: Target, model_path: Path, options: GenerateOptions, progress: Progress) -> list[Example]:
    if not options.use_retrieval:
        return []
    try:
        found = retrieve(target.source, model_path, RETRIEVED_EXAMPLES, progress)
    except RetrievalError as err:
        progress(f"Retrieval unavailable, asking the model without examples: {err}")
        return []
    progress("Similar examples: " + ", ".join(f"{r.example.id} ({1 - r.distance:.2f})" for r in found))
    return [r.example for r in found]


@dataclass(frozen=True)
class _Sample:
    """The i-th request to the model: greedy first, then hotter, each with its own seed."""

    attempt: int
    seed: int

    @property
    def temperature(self) -> float:
        return TEMPERATURES[min(self.attempt, len(TEMPERATURES) - 1)]

    @property
    def label(self) -> str:
        return f"sample {self.attempt + 1} (temperature {self.temperature}, seed {self.seed})"


@dataclass(frozen=True)
class _Patched:
    new_source: str
    imports: tuple[str, ...]
    diff: str


def _one_candidate(
    target: Target,
    model_path: Path,
    messages: list[Message],
    sample: _Sample,
    options: GenerateOptions,
    progress: Progress,
    record: Callable[..., None],
) -> _Patched | Rejected:
    """One sample turned into a patch, or why not."""
    completion = llm.chat(
        model_path,
        messages,
        temperature=sample.temperature,
        seed=sample.seed,
        max_tokens=options.max_tokens,
        prefill=ANSWER_PREFILL,
        stop=ANSWER_STOP,
    )
    progress(f"{sample.label}: {completion.completion_tokens} tokens in {completion.seconds:.1f} s")
    record("model_reply", sample=sample.label, temperature=sample.temperature, seed=sample.seed,
           reply=completion.text, finish_reason=completion.finish_reason, tokens=completion.completion_tokens)
    if completion.finish_reason == "length":
        return Rejected(f"the reply was cut off at max_tokens={options.max_tokens}")
    reply = ANSWER_PREFILL + completion.text + "\n```\n"
    rewrite = parse_rewrite(reply, target.source, target.qualname, target.module_source)
    if isinstance(rewrite, Rejected):
        return rewrite
    try:
        module = replace_function(target.module_source, target.qualname, rewrite.source)
        if rewrite.imports:
            module = add_imports(module, rewrite.imports)
    except TargetError as err:
        return Rejected(f"cannot splice the rewrite into {target.file}: {err}")
    diff = unified_diff(target.file.as_posix(), target.module_source, module)
    if not diff:
        return Rejected("the rewrite leaves the module unchanged")
    return _Patched(new_source=rewrite.source, imports=rewrite.imports, diff=diff)


def _candidate(
    target: Target,
    patched: _Patched,
    kind: GeneratorKind,
    sample: _Sample,
    examples: list[Example],
    number: int,
) -> Candidate:
    how = "greedy decoding" if sample.temperature == 0 else f"temperature {sample.temperature}, seed {sample.seed}"
    rationale = f"Rewritten by the local model ({how})"
    if examples:
        families = ", ".join(dict.fromkeys(e.family for e in examples))
        rationale += f", primed with similar examples ({families})"
    if patched.imports:
        rationale += "; adds " + "; ".join(patched.imports)
    digest = hashlib.sha256(patched.diff.encode("utf-8")).hexdigest()[:8]
    return Candidate(
        id=f"llm-{number}-{digest}",
        source=kind,
        diff=patched.diff,
        rationale=rationale + ".",
        new_source=patched.new_source,
    )
