import pytest

from stock_shrinkage.counts import CountLine, parse_count_file
from stock_shrinkage.report import shrinkage_report
from stock_shrinkage.summary import department_table, flagged_by_store

LINES = [
    CountLine("ST001", "BWS1", "BWS", 100, 60, 10.0),   # lost 400 of 1000
    CountLine("ST001", "BWS2", "BWS", 100, 98, 10.0),   # lost 20 of 1000
    CountLine("ST002", "BWS1", "BWS", 100, 100, 10.0),  # nothing lost
    CountLine("ST001", "BAK1", "BAKERY", 50, 55, 1.0),  # found 5 more
]


def test_line_values() -> None:
    assert LINES[0].book_value == 1000.0
    assert LINES[0].shrink_value == 400.0
    assert LINES[3].shrink_value == -5.0


def test_rates_and_department_rate() -> None:
    rows = shrinkage_report(LINES)
    assert rows[0]["rate"] == pytest.approx(0.4)
    assert rows[0]["department_rate"] == pytest.approx(420 / 3000)
    assert rows[3]["department_rate"] == pytest.approx(-0.1)


def test_flags() -> None:
    rows = shrinkage_report(LINES)
    assert [row["flag"] for row in rows] == [True, False, False, False]
    assert [row["flag"] for row in shrinkage_report(LINES, min_value=500.0)] == [False] * 4
    assert [row["flag"] for row in shrinkage_report(LINES, factor=3.0)] == [False] * 4


def test_ranks_within_department() -> None:
    rows = shrinkage_report(LINES + [CountLine("ST003", "BWS3", "BWS", 10, 8, 10.0)])
    assert [row["rank"] for row in rows] == [1, 2, 4, 1, 2]


def test_zero_book_value() -> None:
    rows = shrinkage_report([CountLine("ST001", "X", "HOUSEHOLD", 0, 2, 3.0)])
    assert rows[0]["rate"] is None and rows[0]["department_rate"] is None
    assert rows[0]["flag"] is False


def test_order_and_empty() -> None:
    rows = shrinkage_report(LINES)
    assert [(row["store"], row["sku"]) for row in rows] == [(line.store, line.sku) for line in LINES]
    assert shrinkage_report([]) == []


def test_parse_count_file() -> None:
    text = "# sku|dept|book|counted|cost\nBWS1|bws|100|60|10.00\n\nBAK1|Bakery|50|55|1\n"
    assert parse_count_file(text, "ST001") == [CountLine("ST001", "BWS1", "BWS", 100, 60, 10.0),
                                               CountLine("ST001", "BAK1", "BAKERY", 50, 55, 1.0)]
    with pytest.raises(ValueError):
        parse_count_file("BWS1|BWS|100|60\n", "ST001")


def test_summaries() -> None:
    rows = shrinkage_report(LINES)
    assert flagged_by_store(rows) == {"ST001": ["BWS1"]}
    table = department_table(rows)
    assert [name for name, _, _ in table] == ["BWS", "BAKERY"]
    assert table[0][1] == 420.0
