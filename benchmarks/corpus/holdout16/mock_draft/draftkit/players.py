"""The player pool with season projections."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

DEFAULT_ROSTER = {"QB": 2, "RB": 5, "WR": 6, "TE": 2, "K": 1, "DST": 1}


@dataclass(frozen=True)
class Player:
    name: str
    position: str
    team: str
    projected: float  # season fantasy points
    adp: float  # average draft position on the public sites


def load_players(rows: Iterable[Mapping[str, str]]) -> list[Player]:
    """Players from the projections CSV (columns name, pos, team, points, adp)."""
    return [Player(row["name"], row["pos"].upper(), row["team"], float(row["points"]), float(row["adp"])) for row in rows]


def draft_rank(player: Player) -> tuple[float, float, str]:
    """Best first: most projected points, then earliest ADP, then name."""
    return (-player.projected, player.adp, player.name)
