"""In-process priority job scheduler used by the nightly batch runner."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional


@dataclass
class Job:
    name: str
    priority: int  # lower values run first
    action: Optional[Callable[["JobScheduler"], None]] = None


class JobScheduler:
    """Jobs wait until `run_all` runs them; a running job may submit further jobs."""

    def __init__(self) -> None:
        self._pending: list[Job] = []
        self.history: list[str] = []

    def submit(self, name: str, priority: int = 5, action: Optional[Callable[["JobScheduler"], None]] = None) -> None:
        if not name:
            raise ValueError("a job needs a name")
        self._pending.append(Job(name, priority, action))

    def pending_names(self) -> list[str]:
        """Names of the waiting jobs, in the order they would run."""
        return [job.name for job in sorted(self._pending, key=lambda job: job.priority)]

    def __len__(self) -> int:
        return len(self._pending)

    def run_all(self, limit: int | None = None) -> list[str]:
        """Run waiting jobs, lowest priority value first and equal priorities in submission order.

        Jobs submitted by a running job join the queue and run in the same call. Stops
        after `limit` jobs if given; the rest keep waiting. Returns the names of the jobs
        run, which are also appended to `history`. If a job's action raises, the job
        counts as not run and the exception propagates; the other jobs keep waiting.
        """
        ran: list[str] = []
        while self._pending and (limit is None or len(ran) < limit):
            self._pending.sort(key=lambda job: job.priority)
            job = self._pending.pop(0)
            if job.action is not None:
                job.action(self)
            ran.append(job.name)
            self.history.append(job.name)
        return ran
