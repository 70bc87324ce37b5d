import pytest

from taxlots.fifo import Trade, realized_gains


def test_oldest_lot_is_sold_first() -> None:
    trades = [Trade("ACME", "buy", 10, 100), Trade("ACME", "buy", 10, 200), Trade("ACME", "sell", 5, 300)]
    assert realized_gains(trades) == {"ACME": 5 * 200}


def test_a_sell_can_span_lots() -> None:
    trades = [Trade("X", "buy", 3, 10), Trade("X", "buy", 3, 20), Trade("X", "sell", 5, 15)]
    assert realized_gains(trades) == {"X": 3 * 5 + 2 * -5}


def test_symbols_are_separate() -> None:
    trades = [Trade("A", "buy", 1, 10), Trade("B", "buy", 1, 50), Trade("B", "sell", 1, 40), Trade("A", "sell", 1, 15)]
    assert list(realized_gains(trades).items()) == [("B", -10), ("A", 5)]


def test_no_sells() -> None:
    assert realized_gains([Trade("A", "buy", 1, 10)]) == {}
    assert realized_gains([]) == {}


def test_errors() -> None:
    with pytest.raises(ValueError):
        realized_gains([Trade("A", "buy", 1, 10), Trade("A", "sell", 2, 10)])
    with pytest.raises(ValueError):
        realized_gains([Trade("A", "hold", 1, 10)])
    with pytest.raises(ValueError):
        realized_gains([Trade("A", "buy", -1, 10)])
