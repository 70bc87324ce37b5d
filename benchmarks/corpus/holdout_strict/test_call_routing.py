"""Strict equivalence tests for route_calls (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from callcenter.routing import Agent, Call, route_calls
from strict_support import assert_same

TARGET = "callcenter/routing.py:route_calls"


def reference(calls, agents):
    plan = []
    for call in sorted(calls, key=lambda c: c.arrival):
        agent = sorted(agents, key=lambda a: (a.free_at, a.agent_id))[0]
        start = max(agent.free_at, call.arrival)
        agent.free_at = start + call.duration
        agent.handled += 1
        plan.append((call.call_id, agent.agent_id, start))
    return plan


A, C = Agent, Call
CASES = [
    ([], []),
    ([], [A(1)]),
    ([C(1, 0.0, 1.0)], []),
    ([C(1, 0.0, 1.0)], [A(1)]),
    ([C(1, 0.0, 1.0), C(2, 0.0, 1.0), C(3, 0.0, 1.0)], [A(1)]),
    ([C(1, 0.0, 1.0), C(2, 0.0, 1.0), C(3, 0.0, 1.0)], [A(3), A(1), A(2)]),
    ([C(3, 5.0, 1.0), C(1, 5.0, 2.0), C(2, 1.0, 3.0)], [A(1), A(2)]),
    ([C(1, 0.0, 10.0), C(2, 1.0, 10.0), C(3, 2.0, 1.0)], [A(2), A(1)]),
    ([C(1, 0.0, 5.0), C(2, 0.0, 5.0)], [A(7), A(7)]),
    ([C(1, 0.0, 5.0), C(2, 6.0, 5.0), C(3, 6.0, 1.0)], [A(7, 2.0), A(7, 1.0), A(3, 9.0)]),
    ([C(1, 0, 5), C(2, 3, 5)], [A(1, 0), A(2, 0)]),
    ([C(1, 0.0, 5), C(2, 0, 5.0)], [A(1, 0), A(2, 0.0)]),
    ([C(1, 4, 1)], [A(1, 4.0)]),
    ([C(1, 4.0, 1)], [A(1, 4)]),
    ([C(1, -10.0, 1.0), C(2, -20.0, 1.0)], [A(1)]),
    ([C(1, 0.0, float("inf")), C(2, 1.0, 1.0)], [A(1), A(2)]),
    ([C(1, 0.0, float("inf")), C(2, 1.0, 1.0)], [A(1)]),
    ([C(1, 1e300, 1e300), C(2, 1e300, 1.0)], [A(1), A(2)]),
    ([C(1, 5e-324, 5e-324), C(2, 0.0, 0.0)], [A(1), A(2)]),
    ([C(1, 0.1, 0.2), C(2, 0.3, 0.1)], [A(1, 0.1)]),
    ([C(1, 0.0, 0.0), C(2, 0.0, 0.0), C(3, 0.0, 0.0)], [A(2), A(1)]),
    ([C(1, 0.0, 1.0)], [A(1, 5.0, 3), A(2, 5.0, 0)]),
    ([C(1, 0.0, -3.0), C(2, 1.0, 1.0)], [A(1), A(2)]),
    ([C(9, 1.0, 1.0), C(9, 1.0, 2.0)], [A(1), A(2)]),
    ([C(i, float(i % 3), 2.0) for i in range(12)], [A(4), A(2), A(9)]),
]


def _random():
    rng = random.Random(53)
    for _ in range(45):
        agents = [A(rng.randrange(6), rng.choice([0.0, 1.0, 2.5, 4]), rng.randrange(3))
                  for _ in range(rng.randrange(1, 6))]
        calls = [C(i, rng.choice([0.0, 1.0, 2.0, 2.5, 7]), rng.choice([0.5, 1.0, 3.0, 4]))
                 for i in range(rng.randrange(0, 15))]
        yield calls, agents


@pytest.mark.parametrize(("calls", "agents"), CASES + list(_random()))
def test_same_as_reference(calls, agents) -> None:
    assert_same(route_calls, reference, calls, agents)


def test_agents_are_updated_in_place() -> None:
    agents = [Agent(2), Agent(1)]
    first, second = agents
    route_calls([Call(1, 0.0, 3.0), Call(2, 0.0, 1.0), Call(3, 0.0, 1.0)], agents)
    assert agents[0] is first and agents[1] is second
    assert (second.free_at, second.handled, first.free_at, first.handled) == (3.0, 1, 2.0, 2)


def test_a_second_batch_continues_from_the_first() -> None:
    agents = [Agent(1), Agent(2)]
    route_calls([Call(1, 0.0, 10.0)], agents)
    assert route_calls([Call(2, 1.0, 1.0), Call(3, 1.0, 1.0)], agents) == [(2, 2, 1.0), (3, 2, 2.0)]
