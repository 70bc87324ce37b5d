"""Retrieval quality and learned examples with the real model and a real LanceDB store.

Needs llama-cpp-python and the default GGUF model (`wattlens fetch-model`);
skipped with the reason otherwise.  About 50 embeddings for the recall check
(a second each on two idle cores) and a handful for the learned examples.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wattlens.optimize.examples import EXAMPLES, Example
from wattlens.optimize.memory import LEARNED_FAMILY, learn, learned_id
from wattlens.optimize.model import default_model_path, resolve_model
from wattlens.optimize.retrieval import LEARNED_PREFIX, connect, learned_table_name, retrieve
from wattlens.optimize.retrieval_eval import evaluate

pytestmark = pytest.mark.e2e

MEMBERSHIP = "membership test against a list in a loop"
FEW = tuple(e for e in EXAMPLES if e.id in {"membership-filter-emails", "queue-pop-front", "sort-for-min"})

ACCEPTED = Example(
    id="",
    family="",
    explanation="Verified: 3.1× faster (median of 40 interleaved runs), same results on 12 replayed calls.",
    before="""\
    def unknown_skus(self, order_skus: list[str]) -> list[str]:
        unknown = []
        for sku in order_skus:
            if sku not in self.catalog:
                unknown.append(sku)
        return unknown
""",
    after="""\
    def unknown_skus(self, order_skus: list[str]) -> list[str]:
        catalog = set(self.catalog)
        return [sku for sku in order_skus if sku not in catalog]
""",
    speedup=3.1,
)


@pytest.fixture(scope="module")
def model() -> Path:
    pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed")
    pytest.importorskip("lancedb", reason="lancedb is not installed")
    if not default_model_path().is_file():
        pytest.skip("the default model is not fetched: run `wattlens fetch-model`")
    return resolve_model(None)


def test_held_back_examples_find_their_family_in_the_top_three(model: Path, tmp_path: Path) -> None:
    report = evaluate(model, tmp_path, k=3)
    for result in report.results:
        print(result.hit, result.example.id, [r.example.id for r in result.found])
    assert len(report.results) >= 12
    assert report.recall >= 0.8, f"recall@3 {report.recall:.2f}"


def test_a_learned_example_is_stored_once_and_retrieved_first(model: Path, tmp_path: Path) -> None:
    stored = learn(ACCEPTED, model, tmp_path, examples=FEW)
    again = learn(ACCEPTED.model_copy(update={"explanation": "learned twice"}), model, tmp_path, examples=FEW)
    assert stored.id == again.id == learned_id(ACCEPTED.before, ACCEPTED.after)
    assert again.explanation == ACCEPTED.explanation  # the first record stays
    # No family given: the nearest built-in example's family is taken.
    assert stored.family == MEMBERSHIP and stored.origin == "learned" and stored.speedup == 3.1
    table = connect(tmp_path).open_table(learned_table_name(model, FEW))
    assert table.count_rows() == 1

    found = retrieve(ACCEPTED.before, model, k=3, examples=FEW, folder=tmp_path)
    assert found[0].example == stored
    assert found[0].distance < 1e-3
    assert len(found) == 3 and {r.example.origin for r in found[1:]} == {"builtin"}


def test_learned_examples_survive_a_model_change(model: Path, tmp_path: Path) -> None:
    learn(ACCEPTED.model_copy(update={"family": LEARNED_FAMILY}), model, tmp_path, examples=FEW)
    db = connect(tmp_path)
    current = learned_table_name(model, FEW)
    # What a table written by another model (or vector layout) looks like: another key.
    stale = LEARNED_PREFIX + "0" * 20
    db.create_table(stale, data=db.open_table(current).to_arrow())
    db.drop_table(current)

    found = retrieve(ACCEPTED.before, model, k=1, examples=FEW, folder=tmp_path)
    assert found[0].example.origin == "learned" and found[0].example.family == LEARNED_FAMILY
    # Re-embedded under the current key; the other key's table stays for whoever uses it.
    assert sorted(t for t in db.list_tables().tables if t.startswith(LEARNED_PREFIX)) == sorted([current, stale])
