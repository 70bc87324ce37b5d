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
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from wattlens.analysis.target import TargetError, add_imports, replace_function, unified_diff
from wattlens.models import Candidate, GeneratorKind, Target
from wattlens.optimize import llm
from wattlens.optimize.examples import Example
from wattlens.optimize.model import resolve_model
from wattlens.optimize.parsing import Rejected, Rewrite, parse_rewrite, same_function
from wattlens.optimize.prompt import ANSWER_PREFILL, ANSWER_STOP, build_messages
from wattlens.optimize.retrieval import RetrievalError, retrieve

Progress = Callable[[str], None]

TEMPERATURES = (0.0, 0.5, 0.8, 1.0)
"""Temperature of the i-th sample; beyond the list the last one repeats."""
RETRIEVED_EXAMPLES = 3
EXTRA_ATTEMPTS = 1
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
    target: Target, options: GenerateOptions, progress: Progress
) -> list[Candidate]:
    """Up to `options.n_candidates` distinct, well-formed rewrites of `target`.

    Raises ModelError (with the fix in its message) when the model cannot be
    found or loaded.  Retrieval problems only cost the examples: generation
    goes on unprimed and says so.
    """
    model_path = resolve_model(options.model_path, progress)
    examples = _examples_for(target, model_path, options, progress)
    kind: GeneratorKind = "llm+retrieval" if examples else "llm"
    messages = build_messages(target.source, examples)

    started = time.perf_counter()
    llm.load_model(model_path)
    loaded = time.perf_counter() - started
    if loaded > 0.5:
        progress(f"Loaded {model_path.name} in {loaded:.1f} s.")
    # One lock over all samples: another request interleaving would change the
    # KV cache these samples share, and with it (slightly) their logits.
    with llm.model_lock():
        llm.reset_context(model_path)
        candidates: list[Candidate] = []
        seen: list[str] = []
        for attempt in range(options.n_candidates + EXTRA_ATTEMPTS):
            if len(candidates) == options.n_candidates:
                break
            temperature = TEMPERATURES[min(attempt, len(TEMPERATURES) - 1)]
            seed = options.seed + attempt
            completion = llm.chat(
                model_path,
                messages,
                temperature=temperature,
                seed=seed,
                max_tokens=options.max_tokens,
                prefill=ANSWER_PREFILL,
                stop=ANSWER_STOP,
            )
            label = f"sample {attempt + 1} (temperature {temperature}, seed {seed})"
            progress(
                f"{label}: {completion.completion_tokens} tokens in {completion.seconds:.1f} s"
            )
            if completion.finish_reason == "length":
                progress(
                    f"{label} skipped: the reply was cut off at max_tokens={options.max_tokens}"
                )
                continue
            reply = ANSWER_PREFILL + completion.text + "\n```\n"
            parsed = parse_rewrite(reply, target.source, target.qualname, target.module_source)
            if isinstance(parsed, Rejected):
                progress(f"{label} skipped: {parsed.reason}")
                continue
            if any(same_function(parsed.source, earlier) for earlier in seen):
                progress(f"{label} skipped: same rewrite as an earlier candidate")
                continue
            candidate = _candidate(target, parsed, kind, temperature, seed, examples, len(seen) + 1)
            if isinstance(candidate, Rejected):
                progress(f"{label} skipped: {candidate.reason}")
                continue
            seen.append(parsed.source)
            candidates.append(candidate)
    progress(f"{len(candidates)} candidate(s) for {target.qualname}")
    return candidates


def _examples_for(
    target: Target, model_path: Path, options: GenerateOptions, progress: Progress
) -> list[Example]:
    if not options.use_retrieval:
        return []
    try:
        found = retrieve(target.source, model_path, RETRIEVED_EXAMPLES, progress)
    except RetrievalError as err:
        progress(f"Retrieval unavailable, asking the model without examples: {err}")
        return []
    progress(
        "Similar examples: " + ", ".join(f"{r.example.id} ({1 - r.distance:.2f})" for r in found)
    )
    return [r.example for r in found]


def _candidate(
    target: Target,
    rewrite: Rewrite,
    kind: GeneratorKind,
    temperature: float,
    seed: int,
    examples: list[Example],
    number: int,
) -> Candidate | Rejected:
    try:
        module = replace_function(target.module_source, target.qualname, rewrite.source)
        if rewrite.imports:
            module = add_imports(module, rewrite.imports)
    except TargetError as err:
        return Rejected(f"cannot splice the rewrite into {target.file}: {err}")
    diff = unified_diff(target.file.as_posix(), target.module_source, module)
    if not diff:
        return Rejected("the rewrite leaves the module unchanged")
    how = "greedy decoding" if temperature == 0 else f"temperature {temperature}, seed {seed}"
    rationale = f"Rewritten by the local model ({how})"
    if examples:
        families = ", ".join(dict.fromkeys(e.family for e in examples))
        rationale += f", primed with similar examples ({families})"
    if rewrite.imports:
        rationale += "; adds " + "; ".join(rewrite.imports)
    digest = hashlib.sha256(diff.encode("utf-8")).hexdigest()[:8]
    return Candidate(
        id=f"llm-{number}-{digest}",
        source=kind,
        diff=diff,
        rationale=rationale + ".",
        new_source=rewrite.source,
    )
