"""What wattlens learns from outcomes: the generator order (UCB1) and the trade-off order of patches."""

from __future__ import annotations

import threading
from pathlib import Path

from wattlens.models import CandidateReport
from wattlens.optimize.bandit import GeneratorBandit
from wattlens.pipeline import pareto_front, trade_off_order


def test_untried_generators_keep_the_default_order(tmp_path: Path) -> None:
    bandit = GeneratorBandit(tmp_path)
    assert bandit.order(["llm+retrieval", "recipe"]) == ["llm+retrieval", "recipe"]
    assert not (tmp_path / "generators.sqlite").exists()  # asking writes nothing


def test_the_generator_that_wins_more_goes_first_and_state_persists(tmp_path: Path) -> None:
    bandit = GeneratorBandit(tmp_path)
    for accepted in (False, False, False, True):
        bandit.record("llm+retrieval", accepted)
    for accepted in (True, True, True, False):
        bandit.record("recipe", accepted)
    again = GeneratorBandit(tmp_path)  # a new process, the same user
    assert again.order(["llm+retrieval", "recipe"]) == ["recipe", "llm+retrieval"]
    stats = again.stats()
    assert (stats["recipe"].tried, stats["recipe"].accepted) == (4, 3)
    assert (stats["llm+retrieval"].tried, stats["llm+retrieval"].accepted) == (4, 1)


def test_an_arm_tried_rarely_is_explored_again(tmp_path: Path) -> None:
    bandit = GeneratorBandit(tmp_path)
    bandit.record("llm+retrieval", False)  # one unlucky try
    for _ in range(30):
        bandit.record("recipe", False)  # many failures
    # UCB1: 0 + sqrt(2 ln 31 / 1) > 0 + sqrt(2 ln 31 / 30)
    assert bandit.order(["recipe", "llm+retrieval"]) == ["llm+retrieval", "recipe"]


def test_concurrent_writers_lose_no_count(tmp_path: Path) -> None:
    def work() -> None:
        mine = GeneratorBandit(tmp_path)
        for _ in range(25):
            mine.record("recipe", True)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert GeneratorBandit(tmp_path).stats()["recipe"].tried == 100


def test_an_unreadable_store_is_logged_and_ignored(tmp_path: Path) -> None:
    (tmp_path / "generators.sqlite").write_bytes(b"not a database" * 100)
    bandit = GeneratorBandit(tmp_path)
    assert bandit.order(["llm", "recipe"]) == ["llm", "recipe"]
    bandit.record("llm", True)  # logged, not raised: learning never stops an optimization
    assert bandit.stats() == {}


def _report(id_: str, speedup: float, energy: float, memory: float | None) -> CandidateReport:
    return CandidateReport(
        id=id_, source="llm", diff="", rationale="", verdict="accepted", reasons=[], speedup=speedup,
        ci95=(speedup, speedup), energy_ratio=energy, energy_source="estimated", p_value=0.01, n=6,
        tests_passed=True, memory_ratio=memory,
    )  # fmt: skip


def test_pareto_front_keeps_each_trade_off_and_drops_the_dominated() -> None:
    fast_hungry = _report("fast", 6.0, 0.17, 1.40)
    lean = _report("lean", 4.0, 0.25, 0.95)
    dominated = _report("worse", 3.0, 0.30, 1.00)  # slower, hungrier and heavier than `lean`
    front = pareto_front([dominated, fast_hungry, lean])
    assert [r.id for r in front] == ["fast", "lean"]
    assert [r.id for r in trade_off_order([dominated, lean, fast_hungry])] == ["fast", "lean", "worse"]


def test_unknown_memory_counts_as_unchanged_and_equal_figures_do_not_dominate() -> None:
    a = _report("a", 2.0, 0.5, None)
    b = _report("b", 2.0, 0.5, 1.0)
    assert {r.id for r in pareto_front([a, b])} == {"a", "b"}
    assert trade_off_order([]) == []
