"""Ships asking for a pilot, the pilots on the roster, and the resulting boardings."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PilotRequest:
    """A ship's request for a pilot.

    Times are minutes from the start of the replay: the ship is ready for the pilot at
    ``ready_at`` and must be boarded by ``deadline`` to make its tide window. ``size_class``
    (1 smallest) limits which pilots may take it; the act of pilotage takes ``duration`` minutes.
    """

    ship: str
    ready_at: int
    deadline: int
    size_class: int
    duration: int


@dataclass(frozen=True)
class Pilot:
    """A pilot on the roster, licensed for ships up to ``max_class``."""

    name: str
    max_class: int


@dataclass(frozen=True)
class Boarding:
    """Which pilot boarded a ship, at what time, after how long a wait, and whether the tide window was missed."""

    ship: str
    pilot: str
    boarded_at: int
    waited: int
    late: bool
