"""Strict equivalence tests for JobScheduler.run_all (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from batchrun.scheduler import Job, JobScheduler
from strict_support import assert_same

TARGET = "batchrun/scheduler.py:JobScheduler.run_all"


def reference(self, limit=None):
    ran = []
    while self._pending and (limit is None or len(ran) < limit):
        self._pending.sort(key=lambda job: job.priority)
        job = self._pending.pop(0)
        if job.action is not None:
            job.action(self)
        ran.append(job.name)
        self.history.append(job.name)
    return ran


class ReferenceScheduler(JobScheduler):
    run_all = reference


def play(cls, script):
    """Run a script of ("submit", name, priority, children, fail) / ("run", limit) steps; record what is observable."""
    scheduler = cls()
    log = []

    def action_for(name, children, fail):
        def action(s):
            log.append(("running", name, len(s), s.pending_names()))
            for child in children:
                s.submit(*child[:2], action_for(child[0], child[2] if len(child) > 2 else (), child[3] if len(child) > 3 else False))
            if fail:
                raise RuntimeError(name)
        return action

    for step in script:
        if step[0] == "submit":
            _, name, priority, children, fail = step
            scheduler.submit(name, priority, action_for(name, children, fail) if children or fail else None)
        elif step[0] == "plain":
            scheduler.submit(step[1], step[2])
        else:
            try:
                log.append(("ran", scheduler.run_all(*step[1:])))
            except Exception as error:  # noqa: BLE001
                log.append(("raised", type(error).__name__, str(error)))
        log.append(("state", len(scheduler), scheduler.pending_names(), list(scheduler.history)))
    return log


def check(script):
    assert_same(lambda s: play(JobScheduler, s), lambda s: play(ReferenceScheduler, s), script)


def sub(name, priority, children=(), fail=False):
    return ("submit", name, priority, tuple(children), fail)


CASES = [
    [("run",)],
    [("run", 0)],
    [("run", 5)],
    [sub("a", 1), ("run", 0), ("run", -1), ("run",)],
    [sub("a", 1), sub("b", 1), sub("c", 1), ("run",)],
    [sub("c", 3), sub("b", 2), sub("a", 1), ("run", 1), ("run", 1), ("run", 1), ("run", 1)],
    [sub("a", 5), sub("b", 1), sub("c", 5), sub("d", 1), ("run", 2), sub("e", 0), sub("f", 5), ("run",)],
    [sub("x", 1, [("y", 0), ("z", 1), ("w", 2)]), sub("v", 1), ("run",)],
    [sub("x", 1, [("y", 1), ("z", 1)]), sub("v", 1), sub("u", 2), ("run",)],
    [sub("x", 1, [("y", 0, [("yy", 0)]), ("z", 9)]), sub("v", 5), ("run", 2), ("run", 1), ("run",)],
    [sub("a", 1, fail=True), sub("b", 2), ("run",), ("run",)],
    [sub("a", 1, [("c", 0), ("d", 3)], fail=True), sub("b", 2), ("run",), ("run",)],
    [sub("a", 1), sub("b", 2, fail=True), sub("c", 3), ("run",), ("run",)],
    [sub("a", 1, [("b", 1, (), True)]), sub("c", 1), ("run",), ("run",)],
    [sub("a", -5), sub("b", 0), sub("c", 10**12), sub("d", -10**12), ("run",)],
    [sub("a", 1.5), sub("b", 1), sub("c", True), sub("d", 1.0), sub("e", 0.5), ("run",)],
    [sub("same", 1), sub("same", 1), sub("same", 0), ("run",)],
    [sub("zoë", 2), sub("ZOË", 1), sub("日本", 1), ("run",)],
    [("plain", "a", 3), ("plain", "b", 3), ("run", 1), ("plain", "c", 3), ("plain", "d", 2), ("run",)],
    [sub("a", 1), ("run", True), ("run", False), ("run",)],
]


@pytest.mark.parametrize("script", CASES)
def test_same_as_reference(script) -> None:
    check(script)


@pytest.mark.parametrize("seed", range(50))
def test_random_scripts(seed) -> None:
    rng = random.Random(seed)
    script = []
    counter = 0
    for _ in range(rng.randint(1, 12)):
        if rng.random() < 0.7:
            children = []
            for _ in range(rng.choice([0, 0, 1, 2])):
                counter += 1
                children.append((f"c{counter}", rng.randint(0, 3), (), rng.random() < 0.05))
            counter += 1
            script.append(sub(f"j{counter}", rng.randint(0, 3), children, rng.random() < 0.05))
        else:
            script.append(("run",) if rng.random() < 0.4 else ("run", rng.randint(0, 4)))
    script.append(("run",))
    check(script)


def test_a_long_night() -> None:
    rng = random.Random(1)
    script = [sub(f"etl{n}", rng.randint(0, 9), [(f"etl{n}.{k}", rng.randint(0, 9)) for k in range(rng.randint(0, 2))]) for n in range(300)]
    script += [("run", 250), ("run", 100), ("run",)]
    check(script)


def test_history_accumulates_over_calls() -> None:
    scheduler = JobScheduler()
    scheduler.submit("a", 1)
    scheduler.run_all()
    scheduler.submit("b", 1)
    assert scheduler.run_all() == ["b"]
    assert scheduler.history == ["a", "b"]
    assert scheduler.run_all() == []
