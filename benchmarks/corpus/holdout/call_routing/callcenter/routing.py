"""Route incoming support calls to agents."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Agent:
    agent_id: int
    free_at: float = 0.0  # seconds into the shift
    handled: int = 0


@dataclass(frozen=True)
class Call:
    call_id: int
    arrival: float
    duration: float


def route_calls(calls: list[Call], agents: list[Agent]) -> list[tuple[int, int, float]]:
    """Hand each call, in order of arrival, to the agent who is free soonest.

    Ties go to the lowest agent id. Returns (call id, agent id, answer time) per call;
    the agents' `free_at` and `handled` are updated as the calls are taken.
    """
    plan = []
    for call in sorted(calls, key=lambda c: c.arrival):
        agent = sorted(agents, key=lambda a: (a.free_at, a.agent_id))[0]
        start = max(agent.free_at, call.arrival)
        agent.free_at = start + call.duration
        agent.handled += 1
        plan.append((call.call_id, agent.agent_id, start))
    return plan


def average_wait(calls: list[Call], agents: list[Agent]) -> float:
    """Mean seconds between a call's arrival and its answer."""
    arrival = {call.call_id: call.arrival for call in calls}
    plan = route_calls(calls, agents)
    return sum(start - arrival[call_id] for call_id, _agent, start in plan) / len(plan) if plan else 0.0
