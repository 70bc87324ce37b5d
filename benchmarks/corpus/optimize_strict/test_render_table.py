"""Strict equivalence tests for render_table (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from reports.table import Row, render_table
from strict_support import assert_same

TARGET = "reports/table.py:render_table"


def reference(rows):
    out = ""
    for row in rows:
        name_width = max(len(r.name) for r in rows)
        region_width = max(len(r.region) for r in rows)
        out += row.name.ljust(name_width) + "  " + row.region.ljust(region_width) + "  "
        out += f"{row.amount:>14,.2f}\n"
    return out


CASES = [
    [],
    [Row("", "", 0.0)],
    [Row("A", "EU", 1.0)],
    [Row("A", "EU", 1.0), Row("A", "EU", 1.0)],
    [Row("Zoë", "Île-de-France", -0.004), Row("名前", "東京", 1e9)],
    [Row("long name here", "x", 12345678.915), Row("b", "longer region", -1.5)],
    [Row("tab\tname", "nl\n", 3.0)],
    [Row("a", "b", float("inf")), Row("c", "d", 2)],
]


def _random():
    rng = random.Random(4)
    for _ in range(30):
        yield [Row("n" * rng.randrange(0, 9), "r" * rng.randrange(0, 6), rng.uniform(-1e6, 1e6))
               for _ in range(rng.randrange(0, 12))]


@pytest.mark.parametrize("rows", CASES + list(_random()))
def test_same_as_reference(rows) -> None:
    assert_same(render_table, reference, rows)


def test_every_line_ends_with_a_newline() -> None:
    assert render_table([Row("a", "b", 1.0)]).endswith("\n")
