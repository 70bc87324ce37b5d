"""Replay the term's container movements against the storage limits.

The barcode system records movements as they are scanned; the safety office replays them
to find the ones that should have been refused because they took a lab over its limit.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping

from chemstore.limits import DEFAULT_LIMITS, lab_breaches
from chemstore.movements import Holdings, Movement, apply_movement

Outcome = tuple[str, str, tuple[tuple[str, float], ...]]


def replay(movements: Iterable[Movement], initial: Holdings,
           limits: Mapping[str, float] = DEFAULT_LIMITS) -> tuple[list[Outcome], Holdings]:
    """The outcome of every movement in order, and the holdings after the last one.

    Each movement is applied to the holdings as they stand; unless it is a disposal, the
    receiving lab is then checked with lab_breaches. A movement that leaves the lab over a
    limit is "refused", one that apply_movement rejects with ValueError (a container that
    is not where the scan says) is "invalid"; either way the holdings stay as they were
    before it. Outcomes are (movement id, "accepted", "refused" or "invalid", breaches),
    the breaches being empty unless refused. ``initial`` is not modified.
    """
    holdings = copy.deepcopy(initial)
    outcomes: list[Outcome] = []
    for movement in movements:
        trial = copy.deepcopy(holdings)
        try:
            apply_movement(trial, movement)
        except ValueError:
            outcomes.append((movement.movement_id, "invalid", ()))
            continue
        over = () if movement.kind == "dispose" else lab_breaches(trial[movement.to_lab], limits)
        if over:
            outcomes.append((movement.movement_id, "refused", over))
        else:
            holdings = trial
            outcomes.append((movement.movement_id, "accepted", ()))
    return outcomes, holdings
