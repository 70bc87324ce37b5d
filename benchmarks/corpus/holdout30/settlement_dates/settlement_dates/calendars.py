"""The market calendar file maintained by the reference-data team.

One entry per line, "MARKET, kind, value", with # starting a comment:

* ``MARKET, holiday, 2024-12-25``: a day the market is closed for settlement,
* ``MARKET, weekend, Fri Sat``: the market's weekend days (default Sat Sun),
* ``MARKET, lag, 1``: the settlement cycle in business days (T+1).
"""

from __future__ import annotations

from datetime import date

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def calendar_lines(market: str, holidays: list[date], weekend: tuple[str, ...] = ("Sat", "Sun"),
                   lag: int | None = None, note: str = "") -> list[str]:
    """The calendar-file lines describing one market."""
    lines = [f"# {market}{' - ' + note if note else ''}"]
    if weekend != ("Sat", "Sun"):
        lines.append(f"{market}, weekend, {' '.join(weekend)}")
    if lag is not None:
        lines.append(f"{market}, lag, {lag}")
    lines.extend(f"{market}, holiday, {day.isoformat()}" for day in sorted(holidays))
    return lines


def markets_in(calendar_text: str) -> list[str]:
    """The markets the calendar file mentions, in order of first mention."""
    markets: list[str] = []
    for raw in calendar_text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            market = line.split(",", 1)[0].strip()
            if market not in markets:
                markets.append(market)
    return markets
