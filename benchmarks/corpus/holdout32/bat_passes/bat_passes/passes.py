"""Grouping calls into bat passes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .calls import Call


@dataclass
class Pass:
    """A bat pass: calls of one species at one detector on one night, close together in time."""

    detector: str
    night: str
    species: str
    start: float
    end: float
    calls: int = 1

    @property
    def duration(self) -> float:
        return self.end - self.start


def group_passes(calls: Iterable[Call], max_gap: float = 5.0) -> list[Pass]:
    """Group calls into passes, in the order the passes start.

    Calls are taken by detector, night and time after sunset (calls at the same moment in the
    order given). A call joins the pass of the same species at the same detector and night that
    it follows by at most ``max_gap`` seconds; otherwise it starts a new pass.
    """
    passes: list[Pass] = []
    for call in sorted(calls, key=lambda call: (call.detector, call.night, call.seconds)):
        for bat_pass in passes:
            if (bat_pass.detector == call.detector and bat_pass.night == call.night
                    and bat_pass.species == call.species and call.seconds - bat_pass.end <= max_gap):
                bat_pass.end = call.seconds
                bat_pass.calls += 1
                break
        else:
            passes.append(Pass(call.detector, call.night, call.species, call.seconds, call.seconds))
    return passes
