"""Strict equivalence tests for simulate (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from renderfarm.dispatch import Assignment, Job, simulate
from strict_support import assert_same

TARGET = "renderfarm/dispatch.py:simulate"


def reference(jobs, nodes):
    if nodes < 1:
        raise ValueError("the farm needs at least one node")
    for job in jobs:
        if job.frames < 0 or job.seconds_per_frame < 0:
            raise ValueError(f"job {job.job_id} has a negative size")
    waiting = list(jobs)
    free_at = [0.0] * nodes
    schedule = []
    while waiting:
        node = min(range(nodes), key=lambda number: free_at[number])
        now = max(free_at[node], min(job.submitted for job in waiting))
        ready = [job for job in waiting if job.submitted <= now]
        job = min(ready, key=lambda job: (-job.priority, job.submitted, job.job_id))
        waiting.remove(job)
        finish = now + job.frames * job.seconds_per_frame
        free_at[node] = finish
        schedule.append(Assignment(job.job_id, node, now, finish, now - job.submitted))
    return schedule


def J(job_id, submitted, priority=1, frames=10, spf=1.0):
    return Job(job_id, submitted, priority, frames, spf)


BASE = [J("a", 0), J("b", 0), J("c", 0)]
CASES = [
    ([], 1),
    ([], 3),
    ((), 2),
    ([J("a", 0)], 1),
    ([J("a", 0)], 5),
    ([J("a", 7)], 1),
    ([J("a", 7.5)], 2),
    ([J("a", -3)], 1),
    ([J("a", 0, frames=0)], 1),
    ([J("a", 0, spf=0)], 1),
    ([J("a", 0, frames=0), J("b", 0, frames=0), J("c", 0)], 1),
    (BASE, 1),
    (BASE, 2),
    (BASE, 3),
    (BASE, 10),
    (BASE[::-1], 2),
    ([J("z", 0), J("m", 0)], 1),
    ([J("same", 0, frames=1), J("same", 0, frames=2), J("same", 0, frames=3)], 1),
    ([J("same", 0, frames=3), J("same", 0, frames=1), J("same", 0, frames=2)], 2),
    ([J("dup", 0), J("dup", 0), J("dup", 0)], 2),
    ([J("first", 0, frames=100), J("low", 1, 1), J("high", 2, 5)], 1),
    ([J("first", 0, frames=100), J("low", 1, 1), J("high", 2, 5)], 2),
    ([J("late", 50), J("early", 10, 9)], 2),
    ([J("a", 0, frames=30), J("b", 5), J("c", 5, 2), J("d", 31, 9)], 1),
    ([J("x", 10, 1), J("y", 10, 3)], 2),
    ([J("x", 10, 1), J("y", 10, 3), J("w", 0, 0, 5)], 2),
    ([J("a", 0, frames=5), J("b", 0, frames=5), J("c", 3), J("d", 3, 4), J("e", 20, 0), J("f", 20, 0)], 2),
    ([J("int", 5), J("flt", 5.0)], 1),
    ([J("a", 0, -1), J("b", 0, -5), J("c", 0, 0)], 1),
    ([J("B", 0), J("a", 0), J("_", 0), J("é", 0), J("10", 0), J("9", 0)], 1),
    ([J("a", 0, frames=1, spf=0.1), J("b", 0, frames=1, spf=0.2), J("c", 0.30000000000000004, 2)], 1),
    ([J("a", 0)], 0),
    ([J("a", 0)], -1),
    ([], 0),
    ([J("a", 0, frames=-1)], 1),
    ([J("a", 0, spf=-0.5)], 3),
    ([J("a", 0), J("b", 0, frames=-2)], 1),
    ([J("a", 0)], 2.0),
    ([J("a", 0)], "2"),
    ([J("a", 1), None], 1),
    ([J(f"j{i}", i % 3, i % 4, i % 5 + 1) for i in range(20)], 3),
    ([J(f"j{i}", 100 - i, 1, 1) for i in range(20)], 2),
    ([J(f"j{i}", 0, 1, 1) for i in range(12)], 12),
    ([J(f"j{i}", 0, 1, 1) for i in range(12)], 13),
]


def _random():
    rng = random.Random(8080)
    for _ in range(160):
        count = rng.randint(0, 25)
        jobs = []
        for number in range(count):
            jobs.append(J(rng.choice([f"j{number}", f"j{rng.randint(0, 5)}", f"k{number:02d}"]),
                          rng.choice([rng.randint(0, 40), float(rng.randint(0, 40)), round(rng.uniform(0, 40), 2)]),
                          rng.randint(-1, 3), rng.randint(0, 12), rng.choice([1.0, 0.5, 2, round(rng.uniform(0, 3), 2)])))
        if rng.random() < 0.03 and jobs:
            jobs.append(J("neg", 0, 1, -1))
        yield jobs, rng.choice([1, 1, 2, 3, 4, 8])


@pytest.mark.parametrize("case", CASES + list(_random()))
def test_same_as_reference(case) -> None:
    assert_same(simulate, reference, *case)


def test_busy_week() -> None:
    rng = random.Random(99)
    jobs = [J(f"job-{n:04d}", float(rng.randint(0, 20_000)), rng.randint(1, 5), rng.randint(1, 200), rng.choice([2.0, 15.5, 60.0]))
            for n in range(900)]
    assert_same(simulate, reference, jobs, 6)
    assert_same(simulate, reference, jobs, 40)


def test_jobs_not_modified() -> None:
    jobs = list(BASE)
    simulate(jobs, 2)
    assert jobs == BASE


def test_result_types() -> None:
    out = simulate([J("a", 5)], 1)
    assert type(out) is list and type(out[0]) is Assignment
    assert type(out[0].start) is int
    assert type(simulate([J("a", 0)], 1)[0].start) is float
