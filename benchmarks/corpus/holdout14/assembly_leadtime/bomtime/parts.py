"""Part master records."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Part:
    """A part: bought in (no components) or made from components.

    ``lead_days`` is the supplier lead time of a bought part, or the days needed to make
    a made part once all its components are available. ``components`` lists
    ``(part number, quantity per)`` pairs.
    """

    number: str
    description: str
    lead_days: int
    components: tuple[tuple[str, int], ...] = field(default=())
