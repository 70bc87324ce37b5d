import pytest

from renderfarm.dispatch import Assignment, Job, simulate


def job(job_id: str, submitted: float, priority: int = 1, frames: int = 10, spf: float = 1.0) -> Job:
    return Job(job_id, submitted, priority, frames, spf)


def test_single_node_runs_in_submission_order() -> None:
    schedule = simulate([job("b", 5), job("a", 0)], nodes=1)
    assert [(a.job_id, a.start, a.finish) for a in schedule] == [("a", 0, 10.0), ("b", 10.0, 20.0)]


def test_priority_wins_when_both_waiting() -> None:
    jobs = [job("first", 0, frames=100), job("low", 1, priority=1), job("high", 2, priority=5)]
    schedule = simulate(jobs, nodes=1)
    assert [a.job_id for a in schedule] == ["first", "high", "low"]


def test_idle_node_waits_for_submission() -> None:
    (only,) = simulate([job("late", 50)], nodes=2)
    assert only == Assignment("late", 0, 50, 60.0, 0)


def test_parallel_nodes() -> None:
    schedule = simulate([job("a", 0), job("b", 0), job("c", 0)], nodes=2)
    assert [(a.job_id, a.node, a.start) for a in schedule] == [("a", 0, 0), ("b", 1, 0), ("c", 0, 10.0)]


def test_waited_time() -> None:
    schedule = simulate([job("a", 0, frames=30), job("b", 5)], nodes=1)
    assert schedule[1].waited == 25.0


def test_tie_on_priority_and_time_uses_job_id() -> None:
    schedule = simulate([job("z", 0), job("m", 0)], nodes=1)
    assert [a.job_id for a in schedule] == ["m", "z"]


def test_invalid() -> None:
    with pytest.raises(ValueError):
        simulate([job("a", 0)], nodes=0)
    with pytest.raises(ValueError):
        simulate([job("a", 0, frames=-1)], nodes=1)


def test_empty() -> None:
    assert simulate([], nodes=4) == []


def test_duration() -> None:
    assert job("a", 0, frames=4, spf=2.5).duration == 10.0
