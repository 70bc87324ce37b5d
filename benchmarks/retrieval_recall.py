"""Retrieval recall: does the example store find the right pattern family for unseen code?

From every family of built-in examples with at least three examples, the one
whose id sorts first is held back (see `wattlens.optimize.retrieval_eval`); a
real LanceDB store is built in a temporary folder from the rest with the real
model's embeddings, and each held-back `before` is a query.  A query hits when
its family is among the top three retrieved examples.  Usage:

    python benchmarks/retrieval_recall.py [--k 3] [--ablation]

`--ablation` also prints, computed in memory from the same model, the recall of
the embedding alone (raw and centred), the structural signature alone and
their mixes, so the reasons for the centring and the mix stay checkable.  Prints the split, one line per query,
the store build time; the last line is recall@k.
"""

from __future__ import annotations

import argparse
import math
import tempfile
from collections.abc import Sequence
from pathlib import Path

from wattlens.optimize.code_features import code_shape
from wattlens.optimize.embeddings import embed_texts
from wattlens.optimize.model import ensure_default_model
from wattlens.optimize.retrieval import hybrid_vector, mean_embedding
from wattlens.optimize.retrieval_eval import RecallReport, Split, evaluate, held_back_split


def ablation(model_path: Path, split: Split, k: int) -> dict[str, float]:
    """Recall@k of variants of the vector: embedding share 0 (signature only) to 1, centred or not."""
    train, held = list(split.training), list(split.held_back)
    embeddings = embed_texts(model_path, [code_shape(e.before) for e in train + held])
    centre = mean_embedding(embeddings[: len(train)])
    variants = {"uncentred, embedding only": (1.0, None), "uncentred, share 0.50": (0.5, None)}
    variants |= {f"centred, share {w:.2f}": (w, centre) for w in (0.0, 0.25, 0.5, 0.75, 1.0)}
    recalls: dict[str, float] = {}
    for label, (weight, shift) in variants.items():
        vectors = [hybrid_vector(v, e.before, weight, shift) for v, e in zip(embeddings, train + held, strict=True)]
        stored, queries = vectors[: len(train)], vectors[len(train) :]
        hits = 0
        for query, example in zip(queries, held, strict=True):
            ranked = sorted(range(len(train)), key=lambda i, q=query: (-_dot(q, stored[i]), train[i].id))
            hits += any(train[i].family == example.family for i in ranked[:k])
        recalls[label] = hits / len(held)
    return recalls


def _dot(a: Sequence[float], b: Sequence[float]) -> float:
    return math.fsum(x * y for x, y in zip(a, b, strict=True))


def print_report(report: RecallReport) -> None:
    split = report.split
    print(f"split: {len(split.training)} training examples in the store, {len(split.held_back)} held back")
    print("held back: " + ", ".join(e.id for e in split.held_back))
    for result in report.results:
        mark = "hit " if result.hit else "MISS"
        found = ", ".join(f"{r.example.id} [{r.example.family}] ({1 - r.distance:.2f})" for r in result.found)
        print(f"{mark} {result.example.id} [{result.example.family}] -> {found}")
    print(
        f"store of {len(split.training)} examples built in {report.build_s:.1f} s; "
        f"{len(report.results)} queries in {report.query_s:.1f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--k", type=int, default=3)
    parser.add_argument("--ablation", action="store_true", help="also compare embedding, signature and mix")
    options = parser.parse_args()
    model_path = ensure_default_model()
    with tempfile.TemporaryDirectory(prefix="wattlens-recall-") as folder:
        report = evaluate(model_path, Path(folder), k=options.k, progress=print)
    print_report(report)
    if options.ablation:
        for label, recall in ablation(model_path, held_back_split(), options.k).items():
            print(f"ablation (in memory): {label:28} -> recall@{options.k} {recall:.2f}")
    hits, queries = sum(r.hit for r in report.results), len(report.results)
    print(f"recall@{options.k} of the right family: {report.recall:.2f} ({hits}/{queries} held-back queries)")


if __name__ == "__main__":
    main()
