"""Course and tee data from the national association's course-rating export."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Sequence


@dataclass(frozen=True)
class Tee:
    course: str
    name: str
    rating: float
    slope: int
    par: int


def load_tees(rows: Iterable[dict[str, Any]]) -> list[Tee]:
    """Tees from rows of the rating export (course, tee, rating, slope, par)."""
    return [Tee(row["course"], row["tee"], float(row["rating"]), int(row["slope"]), int(row["par"])) for row in rows]


def find_tee(tees: Sequence[Tee], course: str, name: str) -> Tee:
    """The rated tee of ``course`` called ``name``; names are matched case-insensitively."""
    wanted = (course.strip().casefold(), name.strip().casefold())
    for tee in tees:
        if (tee.course.casefold(), tee.name.casefold()) == wanted:
            return tee
    raise KeyError(f"no rating for the {name} tees at {course}")
