"""Customers pick the shortest checkout lane and are served first come, first served."""

from __future__ import annotations

from typing import Hashable, Sequence

DEPARTURE = 0
ARRIVAL = 1


def simulate(arrivals: Sequence[tuple[Hashable, float, float]], lanes: int) -> list[tuple[Hashable, int, float, float, float]]:
    """Run the checkout and return one record per customer in the order service starts.

    `arrivals` holds (customer_id, arrival_time, service_time). An arriving customer
    joins the lane with the fewest people (queued plus being served), the lowest lane
    number on a tie. When a departure and an arrival happen at the same moment the
    departure is handled first. Records are (customer_id, lane, arrived, started, finished).
    """
    if lanes < 1:
        raise ValueError("need at least one lane")
    events = []
    sequence = 0
    for customer_id, arrival, service in arrivals:
        if service < 0:
            raise ValueError(f"negative service time for {customer_id!r}")
        events.append((arrival, ARRIVAL, sequence, customer_id, service))
        sequence += 1
    queues = [[] for _ in range(lanes)]
    busy = [False] * lanes
    records = []
    while events:
        events.sort()
        now, kind, _, customer_id, payload = events.pop(0)
        if kind == ARRIVAL:
            lane = min(range(lanes), key=lambda i: len(queues[i]) + busy[i])
            queues[lane].append((customer_id, now, payload))
        else:
            lane = payload
            busy[lane] = False
        if not busy[lane] and queues[lane]:
            next_id, arrived, service = queues[lane].pop(0)
            busy[lane] = True
            records.append((next_id, lane, arrived, now, now + service))
            events.append((now + service, DEPARTURE, sequence, next_id, lane))
            sequence += 1
    return records


def summary(records: Sequence[tuple[Hashable, int, float, float, float]]) -> dict[str, float]:
    """Average and worst wait, and when the last customer left."""
    if not records:
        return {"average_wait": 0.0, "worst_wait": 0.0, "closing_time": 0.0}
    waits = [started - arrived for _, _, arrived, started, _ in records]
    return {
        "average_wait": sum(waits) / len(waits),
        "worst_wait": max(waits),
        "closing_time": max(finished for *_, finished in records),
    }
