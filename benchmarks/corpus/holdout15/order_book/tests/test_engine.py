import pytest

from matching.engine import replay
from matching.orders import Cancel, Order


def test_simple_cross() -> None:
    result = replay([Order("S1", "sell", 101, 5), Order("B1", "buy", 102, 3)])
    assert result["trades"] == [("B1", "S1", 101, 3)]
    assert result["asks"] == [(101, 2, "S1")] and result["bids"] == []


def test_price_time_priority() -> None:
    msgs = [Order("S1", "sell", 101, 2), Order("S2", "sell", 100, 2), Order("S3", "sell", 100, 2), Order("B1", "buy", 101, 5)]
    assert replay(msgs)["trades"] == [("B1", "S2", 100, 2), ("B1", "S3", 100, 2), ("B1", "S1", 101, 1)]


def test_no_cross_rests() -> None:
    result = replay([Order("B1", "buy", 99, 4), Order("S1", "sell", 100, 4)])
    assert result["trades"] == []
    assert result["bids"] == [(99, 4, "B1")] and result["asks"] == [(100, 4, "S1")]


def test_cancel() -> None:
    result = replay([Order("B1", "buy", 99, 4), Cancel("B1"), Cancel("B1"), Order("S1", "sell", 99, 1)])
    assert result["unknown_cancels"] == 1
    assert result["trades"] == [] and result["asks"] == [(99, 1, "S1")]


def test_duplicate_id_rejected() -> None:
    with pytest.raises(ValueError):
        replay([Order("X", "buy", 1, 1), Order("X", "sell", 5, 1)])


def test_sell_into_bids() -> None:
    result = replay([Order("B1", "buy", 99, 1), Order("B2", "buy", 100, 1), Order("S1", "sell", 98, 3)])
    assert result["trades"] == [("B2", "S1", 100, 1), ("B1", "S1", 99, 1)]
    assert result["asks"] == [(98, 1, "S1")]
