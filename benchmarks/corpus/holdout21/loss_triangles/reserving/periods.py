"""Accident quarters and development quarters."""

from __future__ import annotations

from datetime import date


def origin_quarter(day: date) -> str:
    """Accident quarter label, e.g. '2021Q3'."""
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


def development_quarter(loss_date: date, paid_date: date) -> int:
    """Development age of a payment in quarters: 0 for payments in the accident quarter itself."""
    return (paid_date.year - loss_date.year) * 4 + (paid_date.month - 1) // 3 - (loss_date.month - 1) // 3


def quarters_between(origin: str, as_of: date) -> int:
    """Number of whole quarters from an accident-quarter label to the quarter containing ``as_of``."""
    year, quarter = origin.split("Q")
    return (as_of.year - int(year)) * 4 + (as_of.month - 1) // 3 - (int(quarter) - 1)
