"""Feasible connections at the hub."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from hub_connections.schedule import Flight


@dataclass(frozen=True)
class Connection:
    inbound: str
    outbound: str
    origin: str
    destination: str
    minutes: int


def build_connections(flights: Sequence[Flight], hub: str, mct: Mapping[tuple[str, str], int],
                      default_mct: int = 60, max_connect: int = 300) -> list[Connection]:
    """Every feasible connection at ``hub``.

    A connection pairs a flight arriving at the hub with a flight leaving it such that the
    connecting time (departure minus arrival, in minutes) is at least the minimum connecting
    time for the two flights' hub terminals and at most ``max_connect``, and the second flight
    does not go back to where the first came from. ``mct`` gives the minimum connecting time
    per (arrival terminal, departure terminal); other pairs use ``default_mct``.

    Connections are listed by arriving flight, then departing flight, both in schedule order.
    """
    connections = []
    for inbound in flights:
        if inbound.destination != hub:
            continue
        for outbound in flights:
            if outbound.origin != hub or outbound.destination == inbound.origin:
                continue
            gap = outbound.departs - inbound.arrives
            minimum = mct.get((inbound.terminal, outbound.terminal), default_mct)
            if minimum <= gap <= max_connect:
                connections.append(Connection(inbound.number, outbound.number, inbound.origin,
                                              outbound.destination, gap))
    return connections
