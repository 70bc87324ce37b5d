"""Replay a busy Monday morning of the support line."""

import random

from callcenter.routing import Agent, Call, route_calls


def main() -> None:
    rng = random.Random(71)
    agents = [Agent(agent_id) for agent_id in rng.sample(range(1000, 9999), 300)]
    calls = []
    clock = 0.0
    for call_id in range(15000):
        clock += rng.expovariate(1 / 0.95)
        calls.append(Call(call_id, round(clock, 1), round(rng.lognormvariate(5.5, 0.6), 1)))
    plan = route_calls(calls, agents)
    waits = [start - calls[call_id].arrival for call_id, _agent, start in plan]
    print(len(plan), round(max(waits), 1), max(a.handled for a in agents))


if __name__ == "__main__":
    main()
