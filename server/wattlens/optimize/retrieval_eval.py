"""How well retrieval finds the right pattern family for code it has not seen.

The built-in examples are split deterministically: from every family with at
least three examples, the one whose id sorts first is held back; the store is
built from the rest, and each held-back example's `before` is a query.  A hit
is a query whose family is among the top `k` retrieved examples (recall@k).
The rule looks only at ids, never at how well an example is retrieved, so the
split cannot be tuned to the figure.  Used by `benchmarks/retrieval_recall.py`
and the end-to-end retrieval test.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from wattlens.optimize.examples import EXAMPLES, Example
from wattlens.optimize.retrieval import Retrieved, open_store, retrieve

MIN_FAMILY_SIZE = 3
"""A family keeps at least two training examples after one is held back."""


@dataclass(frozen=True)
class Split:
    """Training examples (the store) and held-back examples (the queries)."""

    training: tuple[Example, ...]
    held_back: tuple[Example, ...]


@dataclass(frozen=True)
class QueryResult:
    """One held-back query: its family and the families retrieved for it, nearest first."""

    example: Example
    found: tuple[Retrieved, ...]

    @property
    def hit(self) -> bool:
        return any(r.example.family == self.example.family for r in self.found)


@dataclass(frozen=True)
class RecallReport:
    """Per-query results of one evaluation, with the store build time."""

    split: Split
    results: tuple[QueryResult, ...]
    k: int
    build_s: float
    query_s: float

    @property
    def recall(self) -> float:
        return sum(r.hit for r in self.results) / len(self.results) if self.results else 0.0


def held_back_split(examples: Sequence[Example] = EXAMPLES) -> Split:
    """Hold back the first example (by id) of every family that has at least three."""
    families: dict[str, list[Example]] = defaultdict(list)
    for example in examples:
        families[example.family].append(example)
    held = {
        min(members, key=lambda e: e.id).id for members in families.values() if len(members) >= MIN_FAMILY_SIZE
    }
    return Split(
        training=tuple(e for e in examples if e.id not in held),
        held_back=tuple(sorted((e for e in examples if e.id in held), key=lambda e: e.id)),
    )


def evaluate(
    model_path: Path,
    folder: Path,
    examples: Sequence[Example] = EXAMPLES,
    k: int = 3,
    progress: Callable[[str], None] = lambda _: None,
) -> RecallReport:
    """Recall@k of the right family for the held-back examples, with a store built in `folder`.

    `folder` should be empty (a temporary folder): the real LanceDB store is
    built there from the training examples with the real model's embeddings.
    """
    split = held_back_split(examples)
    started = time.perf_counter()
    open_store(model_path, split.training, progress, folder)
    build_s = time.perf_counter() - started
    results = []
    started = time.perf_counter()
    for example in split.held_back:
        found = retrieve(example.before, model_path, k, progress, split.training, folder)
        results.append(QueryResult(example=example, found=tuple(found)))
    return RecallReport(
        split=split, results=tuple(results), k=k, build_s=build_s, query_s=time.perf_counter() - started
    )
