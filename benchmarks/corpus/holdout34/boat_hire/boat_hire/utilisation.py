"""How busy each boat was through the day, over the season."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Sequence

from .slips import SLIP_TIME_FORMAT


def utilisation_by_hour(slips: Sequence[dict], opening_hour: int = 9,
                        closing_hour: int = 18) -> dict[str, dict[int, float]]:
    """Percentage of each opening hour that each boat spent on hire, over the season.

    For every boat and every hour from ``opening_hour`` up to ``closing_hour``, the minutes
    of its hires falling in that clock hour (on the day each hire started) are added up and
    divided by the hour's minutes over all the days on which the kiosk took any hire.
    Boats are listed in name order; percentages are rounded to one decimal.
    """
    boats = sorted({slip["boat"] for slip in slips})
    days = len({slip["out"][:10] for slip in slips})
    table = {}
    for boat in boats:
        row = {}
        for hour in range(opening_hour, closing_hour):
            minutes = 0.0
            for slip in slips:
                if slip["boat"] != boat:
                    continue
                out = datetime.strptime(slip["out"], SLIP_TIME_FORMAT)
                back = datetime.strptime(slip["back"], SLIP_TIME_FORMAT)
                start = out.replace(hour=hour, minute=0)
                end = start + timedelta(hours=1)
                overlap = (min(back, end) - max(out, start)).total_seconds() / 60
                if overlap > 0:
                    minutes += overlap
            row[hour] = round(100 * minutes / (60 * days), 1)
        table[boat] = row
    return table
