"""The order the pipeline tries generators in, the repair round and the choices (fakes for model and sandbox)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from wattlens import pipeline
from wattlens.config import ProjectSettings
from wattlens.models import Benchmark, Candidate, Target, TestRun, Verdict
from wattlens.optimize.bandit import GeneratorBandit
from wattlens.optimize.examples import Example
from wattlens.pipeline import OptimizeOptions, optimize_target

ORIGINAL = "    return [sku for sku in order_skus if sku not in catalog_skus]\n"


def _candidate(id_: str, source: Any, body: str) -> Candidate:
    diff = f"--- a/shop/orders.py\n+++ b/shop/orders.py\n@@ -1 +1 @@\n-{ORIGINAL}+{body}\n"
    return Candidate(id=id_, source=source, diff=diff, rationale=id_, new_source=f"def f():\n{body}")


def _verdict(accepted: bool, speedup: float = 3.0, reasons: tuple[str, ...] = ()) -> Verdict:
    bench = Benchmark(
        n=6, baseline_s=[1.0] * 6, candidate_s=[1 / speedup] * 6, speedup=speedup, ci95=(speedup, speedup),
        p_value=0.001 if accepted else 0.4, energy_ratio=1 / speedup, energy_source="estimated",
        energy_method="CPU time ratio",
    )  # fmt: skip
    tests = TestRun(command="pytest", passed=True, exit_code=0, duration_s=0.1)
    return Verdict(accepted=accepted, reasons=list(reasons) or ["judged"], tests=tests, benchmark=bench)


class Fakes:
    """Stands in for the model, the recipes and the sandbox; records what was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, verdicts: dict[str, Verdict]) -> None:
        self.verdicts = verdicts
        self.asked: list[str] = []
        self.shown_inputs: list[list[str]] = []
        self.repairs: list[tuple[str, list[str]]] = []
        self.repaired: list[Candidate] = []
        self.unrepairable: set[str] = set()  # candidates whose repair the model answers unusably
        self.model = [_candidate("llm-1", "llm+retrieval", "    return []  # llm\n")]
        self.recipes = [_candidate("recipe-1", "recipe", "    return []  # recipe\n")]
        monkeypatch.setattr(pipeline, "generate_candidates", self._generate)
        monkeypatch.setattr(pipeline, "recipe_candidates", self._recipes)
        monkeypatch.setattr(pipeline, "verify_patch", self._verify)
        monkeypatch.setattr(pipeline, "repair_candidate", self._repair)
        monkeypatch.setattr(pipeline, "_patched_module", lambda target, diff: target.module_source + "# patched\n")
        self.learned: list[Example] = []
        monkeypatch.setattr(pipeline, "resolve_model", lambda *_: Path("model.gguf"))
        monkeypatch.setattr(pipeline, "learn", self._learn)

    def _learn(self, example: Example, model_path: Path) -> Example:
        self.learned.append(example)
        return example.model_copy(update={"id": "learned-1", "family": "membership"})

    def _generate(self, target: Target, *_: Any) -> list[Candidate]:
        self.asked.append("model")
        self.shown_inputs.append(target.inputs_seen)
        return list(self.model)

    def _recipes(self, target: Target) -> list[Candidate]:
        self.asked.append("recipes")
        return list(self.recipes)

    def _verify(self, root: Path, diff: str, *_: Any) -> Verdict:
        found = next(c for c in [*self.model, *self.recipes, *self.repaired] if c.diff == diff)
        self.asked.append(f"verify {found.id}")
        return self.verdicts[found.id]

    def _repair(self, target: Target, rejected: Candidate, evidence: list[str], *_: Any) -> Candidate | None:
        self.shown_inputs.append(target.inputs_seen)
        self.repairs.append((rejected.id, evidence))
        if rejected.id in self.unrepairable:
            return None
        fixed = _candidate(f"repair-of-{rejected.id}", "llm+repair", f"    return []  # fixed {rejected.id}\n")
        self.repaired.append(fixed)
        return fixed


@pytest.fixture
def run(shop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Any]:
    monkeypatch.setenv("WATTLENS_LEARNING_DIR", str(tmp_path / "learning"))
    monkeypatch.setenv("WATTLENS_CACHE_DIR", str(tmp_path / "cache"))  # the audit log and history
    project = ProjectSettings(root=shop, workload="python workload.py", tests="pytest")

    def go(options: OptimizeOptions = OptimizeOptions()) -> Any:  # noqa: B008 - frozen
        return optimize_target(project, Path("shop/orders.py"), "unknown_skus", options)

    return go


def test_recipes_go_first_then_it_stops_at_the_first_accepted(run: Callable[..., Any],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    fakes = Fakes(monkeypatch, {"llm-1": _verdict(True), "recipe-1": _verdict(True)})
    outcome = run()
    assert fakes.asked == ["recipes", "verify recipe-1"]  # the model was never loaded
    assert outcome.result.best.id == "recipe-1" and outcome.result.choices == ["recipe-1"]
    assert outcome.patched_module is not None and outcome.patched_module.endswith("# patched\n")


def test_a_recipe_accepted_for_a_modest_gain_lets_a_few_more_recipes_be_tried(
        run: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    verdicts = {"llm-1": _verdict(True), "recipe-1": _verdict(True, speedup=1.3), "recipe-2": _verdict(False),
                "recipe-3": _verdict(True, speedup=4.0), "recipe-4": _verdict(True, speedup=9.0)}
    fakes = Fakes(monkeypatch, verdicts)
    fakes.recipes = [_candidate(f"recipe-{n}", "recipe", f"    return []  # recipe {n}\n") for n in range(1, 5)]
    outcome = run(OptimizeOptions(learning=False))
    # two more after the modest one; the model is never asked once a recipe is accepted
    assert fakes.asked == ["recipes", "verify recipe-1", "verify recipe-2", "verify recipe-3"]
    assert outcome.result.best.id == "recipe-3" and outcome.result.choices == ["recipe-3", "recipe-1"]
    verdicts["recipe-3"] = _verdict(False)
    fakes.asked.clear()
    run(OptimizeOptions(learning=False))
    assert fakes.asked == ["recipes", "verify recipe-1", "verify recipe-2", "verify recipe-3"]  # no more than two


def test_past_outcomes_put_the_model_first(run: Callable[..., Any], monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    bandit = GeneratorBandit(tmp_path / "learning")
    for _ in range(5):
        bandit.record("llm+retrieval", True)
        bandit.record("recipe", False)
    fakes = Fakes(monkeypatch, {"llm-1": _verdict(True), "recipe-1": _verdict(True)})
    run()
    assert fakes.asked == ["model", "verify llm-1"]
    assert GeneratorBandit(tmp_path / "learning").stats()["llm+retrieval"].tried == 6


def test_without_learning_the_default_order_holds_and_nothing_is_counted(
    run: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bandit = GeneratorBandit(tmp_path / "learning")
    for _ in range(5):
        bandit.record("recipe", False)
        bandit.record("llm+retrieval", True)
    fakes = Fakes(monkeypatch, {"llm-1": _verdict(True), "recipe-1": _verdict(True)})
    run(OptimizeOptions(learning=False))
    assert fakes.asked == ["recipes", "verify recipe-1"]
    assert GeneratorBandit(tmp_path / "learning").stats()["recipe"].tried == 5


def test_a_rejected_model_candidate_is_repaired_with_the_evidence(run: Callable[..., Any],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    fakes = Fakes(monkeypatch, {
        "llm-1": _verdict(False, reasons=("Replay: call 2 returned ['a'] instead of ['a', 'a'].",)),
        "recipe-1": _verdict(False, 1.0, ("No measurable gain.",)),
        "repair-of-llm-1": _verdict(True, 4.0),
    })  # fmt: skip
    outcome = run(OptimizeOptions(repair_rounds=2))
    assert fakes.asked == ["recipes", "verify recipe-1", "model", "verify llm-1", "verify repair-of-llm-1"]
    assert fakes.repairs == [("llm-1", ["Replay: call 2 returned ['a'] instead of ['a', 'a']."])]
    assert outcome.result.best.id == "repair-of-llm-1"


def test_the_inputs_a_replay_recorded_are_shown_to_the_model_and_its_repair(
        run: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    seen = ["order_skus=list[5000 × str], catalog_skus=list[800 × str]"]
    fakes = Fakes(monkeypatch, {
        "recipe-1": _verdict(False, 1.0).model_copy(update={"inputs_seen": seen}),
        "llm-1": _verdict(False), "repair-of-llm-1": _verdict(True, 4.0),
    })  # fmt: skip
    outcome = run(OptimizeOptions(repair_rounds=1))
    assert fakes.shown_inputs == [seen, seen]
    assert "arguments in the workload's biggest calls: " + seen[0] in outcome.log


def test_repair_rounds_chain_and_stop_at_the_limit(run: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    fakes = Fakes(monkeypatch, {
        "llm-1": _verdict(False), "recipe-1": _verdict(False),
        "repair-of-llm-1": _verdict(False), "repair-of-repair-of-llm-1": _verdict(False),
    })  # fmt: skip
    outcome = run(OptimizeOptions(repair_rounds=2))
    assert [r for r, _ in fakes.repairs] == ["llm-1", "repair-of-llm-1"]
    assert outcome.result.best is None and outcome.result.choices == []
    fakes.repairs.clear()
    run(OptimizeOptions(repair_rounds=0))
    assert fakes.repairs == []


def test_all_candidates_are_verified_and_ordered_by_the_trade_off(run: Callable[..., Any],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    fakes = Fakes(monkeypatch, {"llm-1": _verdict(True, 2.0), "recipe-1": _verdict(True, 5.0)})
    outcome = run(OptimizeOptions(stop_at_first_accepted=False))
    assert fakes.asked == ["recipes", "verify recipe-1", "model", "verify llm-1"]
    assert outcome.result.choices == ["recipe-1", "llm-1"] and outcome.result.best.id == "recipe-1"
    assert set(outcome.patched_modules) == {"llm-1", "recipe-1"}


def test_the_accepted_rewrite_is_learned_as_an_example_unless_learning_is_off(
    run: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    fakes = Fakes(monkeypatch, {"llm-1": _verdict(True, 4.0), "recipe-1": _verdict(False)})
    run()
    [lesson] = fakes.learned
    assert lesson.before.startswith("def unknown_skus(") and lesson.after == "def f():\n    return []  # llm\n"
    assert lesson.speedup == 4.0 and "4.0x faster" in lesson.explanation
    fakes.learned.clear()
    run(OptimizeOptions(learning=False))
    assert fakes.learned == []


def test_when_a_candidate_gets_no_usable_repair_the_round_goes_to_the_next_rejected_one(
    run: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    fakes = Fakes(monkeypatch, {
        "recipe-1": _verdict(False), "llm-1": _verdict(False), "llm-2": _verdict(False),
        "repair-of-llm-2": _verdict(True, 3.0),
    })  # fmt: skip
    fakes.model.append(_candidate("llm-2", "llm+retrieval", "    return []  # llm 2\n"))
    fakes.unrepairable.add("llm-1")
    outcome = run(OptimizeOptions(repair_rounds=1))
    assert [r for r, _ in fakes.repairs] == ["llm-1", "llm-2"]
    assert fakes.asked[-1] == "verify repair-of-llm-2" and outcome.result.best.id == "repair-of-llm-2"
    # Without a usable repair of any candidate, the repairs end there.
    fakes.repairs.clear()
    fakes.unrepairable.add("llm-2")
    outcome = run(OptimizeOptions(repair_rounds=2))
    assert [r for r, _ in fakes.repairs] == ["llm-1", "llm-2"] and outcome.result.best is None
