"""Bank holidays (England and Wales rules); the motorway charges off-peak rates on them."""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday (Monday is 0) of a month; n = -1 is the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month, monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _substitute(day: date, taken: set[date]) -> date:
    """Move a holiday that falls on a weekend (or on another holiday) to the next free weekday."""
    while day.weekday() >= 5 or day in taken:
        day += timedelta(days=1)
    return day


def public_holidays(year: int) -> set[date]:
    holidays: set[date] = set()
    holidays.add(_substitute(date(year, 1, 1), holidays))
    easter = easter_sunday(year)
    holidays.add(easter - timedelta(days=2))  # Good Friday
    holidays.add(easter + timedelta(days=1))  # Easter Monday
    holidays.add(nth_weekday(year, 5, 0, 1))  # early May bank holiday
    holidays.add(nth_weekday(year, 5, 0, -1))  # spring bank holiday
    holidays.add(nth_weekday(year, 8, 0, -1))  # summer bank holiday
    holidays.add(_substitute(date(year, 12, 25), holidays))
    holidays.add(_substitute(date(year, 12, 26), holidays))
    return holidays


def is_off_peak_day(day: date) -> bool:
    """Weekends and bank holidays are charged at the off-peak rate all day."""
    return day.weekday() >= 5 or day in public_holidays(day.year)
