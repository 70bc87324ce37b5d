import pytest

from batchrun.scheduler import JobScheduler


def test_priority_then_submission_order() -> None:
    scheduler = JobScheduler()
    for name, priority in [("backup", 5), ("index", 1), ("email", 5), ("cleanup", 9)]:
        scheduler.submit(name, priority)
    assert scheduler.run_all() == ["index", "backup", "email", "cleanup"]
    assert len(scheduler) == 0


def test_jobs_can_submit_jobs() -> None:
    scheduler = JobScheduler()
    scheduler.submit("extract", 1, lambda s: s.submit("load", 0))
    scheduler.submit("report", 2)
    assert scheduler.run_all() == ["extract", "load", "report"]


def test_limit_leaves_the_rest_waiting() -> None:
    scheduler = JobScheduler()
    for n in range(5):
        scheduler.submit(f"job{n}", 5 - n)
    assert scheduler.run_all(limit=2) == ["job4", "job3"]
    assert scheduler.pending_names() == ["job2", "job1", "job0"]
    assert scheduler.history == ["job4", "job3"]


def test_failing_job_propagates() -> None:
    scheduler = JobScheduler()

    def boom(_):
        raise RuntimeError("disk full")

    scheduler.submit("bad", 1, boom)
    scheduler.submit("good", 2)
    with pytest.raises(RuntimeError):
        scheduler.run_all()
    assert scheduler.pending_names() == ["good"]


def test_job_needs_a_name() -> None:
    with pytest.raises(ValueError):
        JobScheduler().submit("")
