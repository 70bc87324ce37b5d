"""Settlement dates and the settlement instructions built from them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Sequence

from settlement_dates.blotter import Trade
from settlement_dates.calendars import WEEKDAYS


def settlement_dates(trades: Sequence[Trade], calendar_text: str, default_lag: int = 2) -> list[date]:
    """The contractual settlement date of each trade: its trade date plus the market's
    settlement lag, counted in the market's business days (days that are neither weekend days
    nor holidays of that market).

    ``calendar_text`` is the reference-data team's calendar file (see ``calendars``). Markets
    without a "lag" entry settle after ``default_lag`` business days; markets without a "weekend"
    entry have Saturday and Sunday off.

    Raises ``ValueError`` for a calendar line without three fields, an entry of a traded market
    with an unknown kind, a bad date, day name or lag, a traded market with no business days, or
    a negative lag.
    """
    results = []
    for trade in trades:
        holidays = set()
        weekend = {5, 6}
        lag = default_lag
        for number, raw in enumerate(calendar_text.splitlines(), start=1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            parts = [part.strip() for part in line.split(",")]
            if len(parts) != 3:
                raise ValueError(f"calendar line {number}: expected market, kind, value")
            market, kind, value = parts
            if market != trade.market:
                continue
            if kind == "holiday":
                holidays.add(date.fromisoformat(value))
            elif kind == "weekend":
                try:
                    weekend = {WEEKDAYS.index(name) for name in value.split()}
                except ValueError:
                    raise ValueError(f"calendar line {number}: unknown day in {value!r}") from None
            elif kind == "lag":
                lag = int(value)
            else:
                raise ValueError(f"calendar line {number}: unknown entry {kind!r}")
        if len(weekend) == 7:
            raise ValueError(f"market {trade.market}: every day is a weekend")
        if lag < 0:
            raise ValueError(f"market {trade.market}: negative settlement lag")
        day = trade.trade_date
        remaining = lag
        while remaining:
            day += timedelta(days=1)
            if day.weekday() not in weekend and day not in holidays:
                remaining -= 1
        results.append(day)
    return results


@dataclass(frozen=True)
class Instruction:
    """A settlement instruction: deliver (sell) or receive (buy) securities against payment."""

    trade_id: str
    kind: str
    isin: str
    quantity: int
    amount: Decimal
    settle_on: date


def instructions(trades: Sequence[Trade], calendar_text: str) -> list[Instruction]:
    """DVP/RVP instructions for the blotter, in blotter order."""
    return [Instruction(trade.trade_id, "DVP" if trade.side == "S" else "RVP", trade.isin, trade.quantity,
                        (trade.price * trade.quantity).quantize(Decimal("0.01")), settle_on)
            for trade, settle_on in zip(trades, settlement_dates(trades, calendar_text))]
