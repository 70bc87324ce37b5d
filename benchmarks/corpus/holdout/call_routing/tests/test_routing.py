import pytest

from callcenter.routing import Agent, Call, average_wait, route_calls


def test_free_agents_take_calls_in_id_order() -> None:
    agents = [Agent(2), Agent(1)]
    plan = route_calls([Call(10, 0.0, 30.0), Call(11, 5.0, 30.0)], agents)
    assert plan == [(10, 1, 0.0), (11, 2, 5.0)]


def test_busy_agents_make_callers_wait() -> None:
    agents = [Agent(1)]
    plan = route_calls([Call(2, 10.0, 5.0), Call(1, 0.0, 20.0)], agents)
    assert plan == [(1, 1, 0.0), (2, 1, 20.0)]
    assert agents == [Agent(1, 25.0, 2)]


def test_no_calls() -> None:
    assert route_calls([], [Agent(1)]) == []


def test_average_wait() -> None:
    calls = [Call(1, 0.0, 60.0), Call(2, 0.0, 60.0)]
    assert average_wait(calls, [Agent(1)]) == pytest.approx(30.0)
