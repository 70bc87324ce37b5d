import datetime as dt

import pytest

from bankrec.matching import Txn, parse_amount, reconcile

D = dt.date


def test_exact_match() -> None:
    result = reconcile([Txn("b1", D(2024, 3, 1), 500)], [Txn("l1", D(2024, 3, 2), 500)])
    assert result.matched == [("b1", "l1")]
    assert result.unmatched_statement == [] and result.unmatched_ledger == []


def test_date_window() -> None:
    result = reconcile([Txn("b1", D(2024, 3, 10), 500)], [Txn("l1", D(2024, 3, 1), 500)], window_days=3)
    assert result.matched == [] and result.unmatched_statement == ["b1"] and result.unmatched_ledger == ["l1"]


def test_each_entry_used_once() -> None:
    ledger = [Txn("l1", D(2024, 1, 1), 100), Txn("l2", D(2024, 1, 1), 100)]
    statement = [Txn("b1", D(2024, 1, 1), 100)] * 3
    result = reconcile(statement, ledger)
    assert result.matched == [("b1", "l1"), ("b1", "l2")]
    assert result.unmatched_statement == ["b1"]


def test_negative_window() -> None:
    with pytest.raises(ValueError):
        reconcile([], [], window_days=-1)


def test_parse_amount() -> None:
    assert parse_amount("-1,234.5") == -123450
    assert parse_amount("7") == 700
    with pytest.raises(ValueError):
        parse_amount("1.234")
