"""Ball-by-ball records from the scoring app's CSV export."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable


@dataclass
class Delivery:
    match_id: str
    innings: int
    over: int
    ball: int
    batter: str
    non_striker: str
    bowler: str
    runs_off_bat: int = 0
    extras: int = 0
    extra_type: str = ""  # "", "wide", "noball", "bye" or "legbye"
    wicket_kind: str = ""  # "", "bowled", "caught", "lbw", "run out", "retired hurt", ...
    player_out: str = ""


def _number(value: Any) -> int:
    return int(value) if value not in (None, "") else 0


def load_deliveries(rows: Iterable[dict[str, Any]]) -> list[Delivery]:
    """Deliveries from rows of the export; blank numbers count as zero."""
    return [
        Delivery(
            match_id=row["match"],
            innings=int(row["innings"]),
            over=int(row["over"]),
            ball=int(row["ball"]),
            batter=row["batter"].strip(),
            non_striker=row["non_striker"].strip(),
            bowler=row["bowler"].strip(),
            runs_off_bat=_number(row.get("runs")),
            extras=_number(row.get("extras")),
            extra_type=(row.get("extra_type") or "").strip().lower(),
            wicket_kind=(row.get("wicket") or "").strip().lower(),
            player_out=(row.get("player_out") or "").strip(),
        )
        for row in rows
    ]
