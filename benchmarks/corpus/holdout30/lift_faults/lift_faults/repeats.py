"""Repeat call-outs: a lift that faults again soon after the previous fault."""

from __future__ import annotations

from datetime import datetime
from typing import Mapping, Sequence

from lift_faults.faultlog import STAMP


def repeat_callouts(events: Sequence[Mapping[str, str]], window_hours: float = 72) -> list[tuple[int, int, float]]:
    """The calls that came in within ``window_hours`` of the previous call on the same lift.

    ``events`` are calls with a "lift" id and a "raised" time ("YYYY-MM-DD HH:MM"), in any
    order (the log merges several help desks). The previous call of a lift is its latest call
    raised before this one; of two calls raised in the same minute, the one listed first counts
    as the earlier. Returns (index, index of the previous call, hours between them) in the
    order of ``events``.

    Raises ``ValueError`` for a negative window or a malformed time.
    """
    if window_hours < 0:
        raise ValueError("the repeat window cannot be negative")
    repeats = []
    for index, event in enumerate(events):
        raised = datetime.strptime(event["raised"], STAMP)
        previous = None
        previous_at = None
        for other_index, other in enumerate(events):
            if other_index == index or other["lift"] != event["lift"]:
                continue
            other_at = datetime.strptime(other["raised"], STAMP)
            if other_at < raised or (other_at == raised and other_index < index):
                if previous_at is None or other_at >= previous_at:
                    previous, previous_at = other_index, other_at
        if previous is not None:
            hours = (raised - previous_at).total_seconds() / 3600
            if hours <= window_hours:
                repeats.append((index, previous, hours))
    return repeats
