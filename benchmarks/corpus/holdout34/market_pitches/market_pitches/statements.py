"""Pitch statements for the quarter."""

from __future__ import annotations

from typing import Mapping, Sequence

CASUAL_SURCHARGE = (5, 4)  # casual traders pay the daily rate plus a quarter


def pitch_statements(pitches: Sequence[Mapping], attendance: Sequence[Mapping],
                     stallholders: Sequence[Mapping]) -> list[dict]:
    """One statement per pitch (in tariff order): days let, fees due and the traders who used it.

    Each attendance row for the pitch is charged the pitch's daily rate, with the casual
    surcharge (rounded down to the penny) when the licence holder is a casual trader. The
    licence is looked up in the register (the first entry wins if a licence is listed twice);
    a row whose licence is not registered raises ``ValueError``. Traders are listed by name
    in order of first attendance. Rows for pitches not in the tariff are ignored.
    """
    statements = []
    for pitch in pitches:
        days = 0
        fees = 0
        traders = []
        for row in attendance:
            if row["pitch"] != pitch["number"]:
                continue
            holder = None
            for candidate in stallholders:
                if candidate["licence"] == row["licence"]:
                    holder = candidate
                    break
            if holder is None:
                raise ValueError(f"{row['date']} pitch {row['pitch']}: licence {row['licence']} is not registered")
            rate = pitch["rate_pence"]
            if holder["status"] == "casual":
                rate = rate * CASUAL_SURCHARGE[0] // CASUAL_SURCHARGE[1]
            days += 1
            fees += rate
            if holder["name"] not in traders:
                traders.append(holder["name"])
        statements.append({"pitch": pitch["number"], "days": days, "fees_pence": fees, "traders": traders})
    return statements
