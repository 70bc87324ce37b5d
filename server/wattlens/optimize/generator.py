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
import textwrap
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from wattlens.models import Candidate, GeneratorKind, Target
from wattlens.optimize import llm, remote
from wattlens.optimize.companions import Patch, build_patch
from wattlens.optimize.examples import Example
from wattlens.optimize.llm import Message
from wattlens.optimize.model import resolve_model
from wattlens.optimize.parsing import Rejected, same_function
from wattlens.optimize.prompt import (
    ANSWER_PREFILL,
    ANSWER_STOP,
    build_messages,
    header_prefill,
    repair_request,
    unchanged_request,
)
from wattlens.optimize.retrieval import RetrievalError, retrieve

Progress = Callable[[str], None]

TEMPERATURES = (0.0, 0.5, 0.8, 1.0)
"""Temperature of the i-th sample; beyond the list the last one repeats."""
RETRIEVED_EXAMPLES = 3
EXTRA_ATTEMPTS = 2
"""Samples allowed beyond n_candidates to make up for rejected or duplicate replies."""
CUT_OFF_LIMIT = 2
"""Replies in a row cut off at max_tokens after which no more samples are asked for."""
REPAIR_ATTEMPTS = (0, 2)
"""The samples (indices into TEMPERATURES) a repair may take: greedy, then hotter if that was unusable."""


class GenerateOptions(BaseModel):
    """How many candidates to ask the model for, and how."""

    model_config = ConfigDict(frozen=True)

    model_path: str | None = None
    """A GGUF file or a known model's name (`wattlens fetch-model --list`); None: the default model."""
    model_url: str | None = None
    """An OpenAI-compatible completions server (e.g. llama.cpp's `llama-server`) that writes the
    rewrites instead of the local model; retrieval still embeds with the local model."""
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
    model_path = _local_model(options, progress)
    examples = _examples_for(target, model_path, options, progress)
    kind: GeneratorKind = "llm+retrieval" if examples else "llm"
    messages = build_messages(target.source, examples, target.hot_line_texts(), target.context, target.inputs_seen)
    writer = _writer(model_path, options, progress)
    record("prompt", model=writer.name, examples=[e.id for e in examples], messages=messages)
    candidates: list[Candidate] = []
    asking = messages
    hint = examples[0].explanation if examples else None
    # One lock over all samples: another request interleaving would change the
    # KV cache these samples share, and with it (slightly) their logits.
    cut_off = 0  # replies in a row that ran out of tokens
    with llm.model_lock():
        writer.reset()
        for attempt in range(options.n_candidates + EXTRA_ATTEMPTS):
            if len(candidates) == options.n_candidates:
                break
            if cut_off == CUT_OFF_LIMIT:
                # A function too long to be written out whole within the limit: every later sample would spend
                # its minute on a reply cut off again (holdout28/pilot_currency: five, 280 s, on a 2-core machine).
                progress(f"{cut_off} replies in a row were cut off at max_tokens={options.max_tokens}: no more "
                         "samples; a larger max_tokens lets the model write out a function this long")
                break
            sample = _Sample(attempt, options.seed + attempt)
            outcome = _one_candidate(target, writer, asking, sample, options, progress, record)
            if not isinstance(outcome, Rejected) and any(
                same_function(outcome.new_source, c.new_source) for c in candidates
            ):
                outcome = Rejected("it is the same as an earlier answer")
            cut_off = cut_off + 1 if isinstance(outcome, Rejected) and outcome.cut_off else 0
            if isinstance(outcome, Rejected):
                progress(f"{sample.label} skipped: {outcome.reason}")
                if outcome.unchanged and asking is messages:
                    # Later samples continue a conversation in which the copy was refused.
                    answer = unchanged_request(target.source, target.hot_line_texts(), hint)
                    asking = [*messages, {"role": "assistant", "content": _answer_text(target.source)},
                              {"role": "user", "content": answer}]
                    record("unchanged_prompt", messages=asking[-2:])
                    progress("the model handed the function back unchanged; asking again, saying so")
                continue
            candidates.append(_candidate(target, outcome, kind, sample, examples, len(candidates) + 1))
    progress(f"{len(candidates)} candidate(s) for {target.qualname}")
    return candidates


def repair_candidate(
    target: Target,
    rejected: Candidate,
    evidence: Sequence[str],
    options: GenerateOptions,
    progress: Progress,
    record: Callable[..., None] = lambda _event, **_fields: None,
    round_number: int = 1,
) -> Candidate | None:
    """The model's second try at `rejected`, shown why the verifier refused it.

    The conversation is the original one (same retrieved examples), then the
    rejected rewrite as the model's own answer, then the verifier's evidence
    (failing test output, the first call that behaved differently, or no
    measurable gain), answered greedily.  A greedy reply that is unusable or
    repeats the rejected rewrite is asked once more, hotter: greedy repairs of
    the small model often hand back what it was told was wrong, and a round
    lost to that costs a whole verification's chance.  None when both replies
    are unusable.
    """
    model_path = _local_model(options, progress)
    examples = _examples_for(target, model_path, options, progress)
    messages = build_messages(target.source, examples, target.hot_line_texts(), target.context, target.inputs_seen)
    messages.append({"role": "assistant", "content": _answer_text(rejected.new_source)})
    messages.append({"role": "user", "content": repair_request(evidence)})
    writer = _writer(model_path, options, progress)
    record("repair_prompt", model=writer.name, rejected=rejected.id, round=round_number, messages=messages)
    name = f"repair {round_number} of {rejected.id}"
    # No reset here: the conversation starts with the prompt the samples just used, and
    # llama.cpp reuses that prefix from its cache instead of evaluating ~2,000 tokens
    # again (minutes on a busy 2-core machine).  The cache then holds this run's own
    # samples, so the same run still repairs the same way.
    with llm.model_lock():
        for attempt in REPAIR_ATTEMPTS:
            sample = _Sample(attempt, options.seed + 1000 * round_number + attempt, name=name)
            outcome = _one_candidate(target, writer, messages, sample, options, progress, record)
            if not isinstance(outcome, Rejected) and same_function(outcome.new_source, rejected.new_source):
                outcome = Rejected("it repeats the rejected rewrite")
            if not isinstance(outcome, Rejected):
                break
            progress(f"{sample.label} skipped: {outcome.reason}")
    if isinstance(outcome, Rejected):
        return None
    candidate = _candidate(target, outcome, "llm+repair", sample, examples, round_number)
    rationale = f"{candidate.rationale[:-1]}; repaired after the verifier rejected {rejected.id}."
    return candidate.model_copy(update={"id": f"repair-{round_number}-{candidate.id.rsplit('-', 1)[1]}",
                                        "rationale": rationale})


def _answer_text(source: str) -> str:
    """`source` as the model's own answer turn (the prefilled fence, the code, the closing fence)."""
    return ANSWER_PREFILL + textwrap.dedent(source).strip() + "\n```"


def _local_model(options: GenerateOptions, progress: Progress) -> Path | None:
    """The local GGUF file, unless a completions server writes and nothing needs embedding."""
    if options.model_url and not options.use_retrieval:
        return None
    return resolve_model(options.model_path, progress)


def _examples_for(
    target: Target, model_path: Path | None, options: GenerateOptions, progress: Progress
) -> list[Example]:
    if not options.use_retrieval or model_path is None:
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
    name: str = ""

    @property
    def temperature(self) -> float:
        return TEMPERATURES[min(self.attempt, len(TEMPERATURES) - 1)]

    @property
    def label(self) -> str:
        what = self.name or f"sample {self.attempt + 1}"
        return f"{what} (temperature {self.temperature}, seed {self.seed})"


class _Writer:
    """Whatever writes the replies: the local GGUF model, or a completions server."""

    def __init__(self, model_path: Path | None, url: str | None) -> None:
        self.model_path = model_path
        self.url = url
        self.name = url or str(model_path)

    def reset(self) -> None:
        if self.model_path is not None and self.url is None:
            llm.reset_context(self.model_path)

    def chat(self, messages: list[Message], sample: _Sample, max_tokens: int, prefill: str = ANSWER_PREFILL
             ) -> llm.Completion:
        if self.url is not None:
            return remote.complete(self.url, llm.render_chat(messages, prefill),
                                   temperature=sample.temperature, seed=sample.seed, max_tokens=max_tokens,
                                   stop=["<|im_end|>", "<|endoftext|>", *ANSWER_STOP])
        assert self.model_path is not None  # _writer gives a local writer a model
        return llm.chat(self.model_path, messages, temperature=sample.temperature, seed=sample.seed,
                        max_tokens=max_tokens, prefill=prefill, stop=ANSWER_STOP)


def _writer(model_path: Path | None, options: GenerateOptions, progress: Progress) -> _Writer:
    if options.model_url:
        progress(f"Asking the completions server at {options.model_url}.")
        return _Writer(model_path, options.model_url)
    if model_path is None:
        model_path = resolve_model(options.model_path, progress)
    started = time.perf_counter()
    llm.load_model(model_path)
    loaded = time.perf_counter() - started
    if loaded > 0.5:
        progress(f"Loaded {model_path.name} in {loaded:.1f} s.")
    return _Writer(model_path, None)


@dataclass(frozen=True)
class _Patched:
    new_source: str
    imports: tuple[str, ...]
    diff: str
    notes: tuple[str, ...] = ()


def _one_candidate(
    target: Target,
    writer: _Writer,
    messages: list[Message],
    sample: _Sample,
    options: GenerateOptions,
    progress: Progress,
    record: Callable[..., None],
) -> _Patched | Rejected:
    """One sample turned into a patch, or why not.

    A reply that defines other functions but not the target is asked once more, with the
    answer started on the target's header (same sample): the model then writes the target."""

    def ask(prefill: str) -> Patch | Rejected:
        completion = writer.chat(messages, sample, options.max_tokens, prefill)
        progress(f"{sample.label}: {completion.completion_tokens} tokens in {completion.seconds:.1f} s")
        record("model_reply", sample=sample.label, temperature=sample.temperature, seed=sample.seed,
               reply=completion.text, finish_reason=completion.finish_reason, tokens=completion.completion_tokens,
               prefill=prefill)
        if completion.finish_reason == "length":
            return Rejected(f"the reply was cut off at max_tokens={options.max_tokens}", cut_off=True)
        return build_patch(target, prefill + completion.text + "\n```\n")

    patch = ask(ANSWER_PREFILL)
    if isinstance(patch, Rejected) and patch.missing and (prefill := header_prefill(target.source)):
        progress(f"{sample.label}: {patch.reason}; asking again with the answer started on its header")
        patch = ask(prefill)
    if isinstance(patch, Rejected):
        return patch
    return _Patched(new_source=patch.new_source, imports=tuple(dict.fromkeys(patch.imports)), diff=patch.diff(),
                    notes=tuple(patch.notes))


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
    if patched.notes:
        rationale += "; " + "; ".join(patched.notes)
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
