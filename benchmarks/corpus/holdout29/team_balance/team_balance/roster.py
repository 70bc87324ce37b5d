"""Players and the weekly sign-up sheet."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Player:
    """A signed-up player and the organisers' rating of them (whole points, higher is stronger)."""

    name: str
    rating: int


def parse_signups(text: str, ratings: dict[str, int], default_rating: int = 5) -> list[Player]:
    """Players from the sign-up sheet, one name per line, in sign-up order.

    Lines may be numbered ("3. Sam") and may end with "(gk)"; blank lines are skipped. Names are
    matched to ``ratings`` case-insensitively; new players get ``default_rating``. A player who
    signs up twice keeps the first place.
    """
    by_key = {name.casefold(): rating for name, rating in ratings.items()}
    players: list[Player] = []
    seen: set[str] = set()
    for raw in text.splitlines():
        name = raw.strip()
        if not name:
            continue
        head, dot, rest = name.partition(".")
        if dot and head.strip().isdigit():
            name = rest.strip()
        if name.lower().endswith("(gk)"):
            name = name[:-4].strip()
        key = name.casefold()
        if not name or key in seen:
            continue
        seen.add(key)
        players.append(Player(name, by_key.get(key, default_rating)))
    return players
