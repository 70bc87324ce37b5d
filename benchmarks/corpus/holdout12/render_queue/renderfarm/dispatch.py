"""Dispatch simulation for the render farm's priority queue.

Every node renders one job at a time. Whenever a node becomes free it takes, among the
jobs already submitted, the one with the highest priority; ties go to the job submitted
first, then to the smaller job id, then to the job listed first. When several nodes are
free at once, the node with the lowest number is served first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class Job:
    job_id: str
    submitted: float
    priority: int
    frames: int
    seconds_per_frame: float

    @property
    def duration(self) -> float:
        return self.frames * self.seconds_per_frame


@dataclass(frozen=True)
class Assignment:
    job_id: str
    node: int
    start: float
    finish: float
    waited: float


def simulate(jobs: Sequence[Job], nodes: int) -> list[Assignment]:
    """When and where every job runs, in dispatch order."""
    if nodes < 1:
        raise ValueError("the farm needs at least one node")
    for job in jobs:
        if job.frames < 0 or job.seconds_per_frame < 0:
            raise ValueError(f"job {job.job_id} has a negative size")
    waiting = list(jobs)
    free_at = [0.0] * nodes
    schedule: list[Assignment] = []
    while waiting:
        node = min(range(nodes), key=lambda number: free_at[number])
        now = max(free_at[node], min(job.submitted for job in waiting))
        ready = [job for job in waiting if job.submitted <= now]
        job = min(ready, key=lambda job: (-job.priority, job.submitted, job.job_id))
        waiting.remove(job)
        finish = now + job.duration
        free_at[node] = finish
        schedule.append(Assignment(job.job_id, node, now, finish, now - job.submitted))
    return schedule
