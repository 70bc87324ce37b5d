"""Reference-interval flagging for the laboratory information system's daily export.

The reference intervals come from the LIS as CSV text with the header

    test,sex,age_from,age_to,low,high,unit

`sex` is M, F or * (either); ages are whole years, inclusive; an empty `low` or `high`
means the interval is open on that side. Lines starting with # are comments. When
several rows fit a result, the first one in the file wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

COLUMNS = ["test", "sex", "age_from", "age_to", "low", "high", "unit"]


class IntervalTableError(ValueError):
    """The reference-interval table is malformed."""


@dataclass(frozen=True)
class Result:
    sample_id: str
    test: str
    sex: str
    age: int
    value: float


@dataclass(frozen=True)
class Flagged:
    sample_id: str
    test: str
    value: float
    low: float | None
    high: float | None
    unit: str
    flag: str


def _limit(text: str) -> float | None:
    text = text.strip()
    return float(text) if text else None


def parse_row(line: str, number: int) -> tuple[str, str, int, int, float | None, float | None, str]:
    """One data line of the table as (test, sex, age_from, age_to, low, high, unit)."""
    fields = [field.strip() for field in line.split(",")]
    if len(fields) != len(COLUMNS):
        raise IntervalTableError(f"line {number}: expected {len(COLUMNS)} fields, found {len(fields)}")
    test, sex, age_from, age_to, low, high, unit = fields
    if sex not in ("M", "F", "*"):
        raise IntervalTableError(f"line {number}: unknown sex {sex!r}")
    try:
        return test, sex, int(age_from), int(age_to), _limit(low), _limit(high), unit
    except ValueError as error:
        raise IntervalTableError(f"line {number}: {error}") from None


def find_interval(table: str, test: str, sex: str, age: int) -> tuple[float | None, float | None, str] | None:
    """(low, high, unit) of the first interval in the table that applies, or None."""
    lines = table.splitlines()
    if not lines or [field.strip() for field in lines[0].split(",")] != COLUMNS:
        raise IntervalTableError("missing or unexpected header line")
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        row_test, row_sex, age_from, age_to, low, high, unit = parse_row(line, number)
        if row_test == test and row_sex in ("*", sex) and age_from <= age <= age_to:
            return low, high, unit
    return None


def flag_results(results: Sequence[Result], table: str) -> list[Flagged]:
    """Flag each result L (below the interval), H (above), N (inside) or ? (no interval applies).

    Results are returned in the order given. Raises IntervalTableError if the table is
    malformed where it is read.
    """
    flagged = []
    for result in results:
        interval = find_interval(table, result.test, result.sex, result.age)
        if interval is None:
            flagged.append(Flagged(result.sample_id, result.test, result.value, None, None, "", "?"))
            continue
        low, high, unit = interval
        if low is not None and result.value < low:
            flag = "L"
        elif high is not None and result.value > high:
            flag = "H"
        else:
            flag = "N"
        flagged.append(Flagged(result.sample_id, result.test, result.value, low, high, unit, flag))
    return flagged
