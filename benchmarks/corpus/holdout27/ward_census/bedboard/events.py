"""ADT events as the patient-administration system sends them, and the replay's results."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AdtEvent:
    """One admission (``admit``), transfer (``transfer``) or discharge (``discharge``) message.

    ``ward`` and ``bed`` give the destination for admissions and transfers and are ignored
    for discharges; ``sent_at`` is the message timestamp as text.
    """

    kind: str
    patient: str
    ward: str | None = None
    bed: int | None = None
    sent_at: str = ""


@dataclass(frozen=True)
class Rejection:
    """A message the bed board could not apply, with its position in the feed and the reason."""

    index: int
    patient: str
    reason: str


@dataclass
class Census:
    """The replay: occupied beds per ward after every message, the rejected messages, and the final bed board."""

    occupancy: list[dict[str, int]]
    rejected: list[Rejection]
    beds: dict[str, dict[int, str]]
