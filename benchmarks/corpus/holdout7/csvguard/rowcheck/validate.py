"""Validate the rows of an uploaded CSV file against a simple column schema."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from typing import Iterable, Sequence


@dataclass(frozen=True)
class Column:
    """Rules for one column, found in the header by name."""

    name: str
    required: bool = False
    pattern: str | None = None
    choices: tuple[str, ...] | None = None
    unique: bool = False


@dataclass(frozen=True)
class Problem:
    """One validation failure; `row` is the 1-based data row (0 for the header)."""

    row: int
    column: str
    message: str


class RowValidator:
    """Checks rows against a schema and keeps a running count of rows checked."""

    def __init__(self, columns: Sequence[Column]) -> None:
        self.columns = list(columns)
        self.rows_checked = 0

    def validate(self, header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[Problem]:
        """Every problem found, in row order and, within a row, in schema order.

        Schema columns missing from the header are reported once (row 0) and not checked
        further. A row with the wrong number of fields gets a single problem. Values are
        stripped of surrounding whitespace; an empty value is only a problem for a
        required column. Patterns must match the whole value; `unique` columns report each
        repeat of an earlier value (columns with the same name share their seen values).
        """
        problems: list[Problem] = []
        for column in self.columns:
            if column.name not in header:
                problems.append(Problem(0, column.name, "missing column"))
        seen: dict[str, list[str]] = {column.name: [] for column in self.columns if column.unique}
        for number, row in enumerate(rows, start=1):
            self.rows_checked += 1
            if len(row) != len(header):
                problems.append(Problem(number, "", f"expected {len(header)} fields, got {len(row)}"))
                continue
            for column in self.columns:
                if column.name not in header:
                    continue
                value = row[list(header).index(column.name)].strip()
                if not value:
                    if column.required:
                        problems.append(Problem(number, column.name, "value required"))
                    continue
                if column.pattern is not None and not re.compile(column.pattern).fullmatch(value):
                    problems.append(Problem(number, column.name, f"{value!r} does not match {column.pattern}"))
                if column.choices is not None and value not in column.choices:
                    problems.append(Problem(number, column.name, f"{value!r} is not one of {', '.join(column.choices)}"))
                if column.unique:
                    if value in seen[column.name]:
                        problems.append(Problem(number, column.name, f"duplicate value {value!r}"))
                    else:
                        seen[column.name].append(value)
        return problems


def validate_text(validator: RowValidator, text: str) -> list[Problem]:
    """Validate CSV text whose first line is the header."""
    reader = csv.reader(io.StringIO(text))
    header = next(reader, [])
    return validator.validate(header, reader)
