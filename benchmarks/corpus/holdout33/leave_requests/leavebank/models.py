"""Leave accounts, requests and decisions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class LeaveAccount:
    """One employee's annual-leave account.

    ``accrued_through`` is the last month whose accrual has been credited (any day of that
    month); ``history`` holds ("YYYY-MM-DD", kind, hours) entries, kind being "accrual",
    "forfeit" or "taken".
    """

    employee: str
    balance_hours: float
    accrued_through: date
    monthly_hours: float
    carryover_cap: float
    history: list[tuple[str, str, float]] = field(default_factory=list)


@dataclass(frozen=True)
class LeaveRequest:
    request_id: str
    employee: str
    submitted: date
    first_day: date
    last_day: date
    hours_per_day: float = 7.5


@dataclass(frozen=True)
class Decision:
    request_id: str
    approved: bool
    reason: str | None = None


class LeaveError(Exception):
    """A request that cannot be approved; the message is the reason given to the employee."""
