import pytest

from silentauction.replay import high_bid, replay_auction, standings


def bid(lot: str, bidder: str, amount: int) -> dict:
    return {"lot": lot, "bidder": bidder, "amount": amount}


def test_high_bid() -> None:
    accepted = [bid("L1", "ann", 50), bid("L2", "bob", 90), bid("L1", "cat", 70)]
    assert high_bid(accepted, "L1") == 70
    assert high_bid(accepted, "L3") == 0


def test_standings_use_each_bidders_best() -> None:
    accepted = [bid("L1", "ann", 50), bid("L1", "bob", 60), bid("L1", "ann", 80)]
    assert standings(accepted, "L1", 3) == [("ann", 80), ("bob", 60)]


def test_reserve_and_increment() -> None:
    result = replay_auction([bid("L1", "ann", 20), bid("L1", "bob", 40), bid("L1", "cat", 43), bid("L1", "dan", 45)], {"L1": 30})
    assert result["rejected"] == [0, 2]
    assert result["winners"] == {"L1": ("dan", 45)}


def test_timeline_shows_leaders_after_each_bid() -> None:
    result = replay_auction([bid("L1", "ann", 30), bid("L1", "bob", 40), bid("L2", "ann", 10)], {"L1": 30, "L2": 10})
    assert result["timeline"] == [("L1", (("ann", 30),)), ("L1", (("bob", 40), ("ann", 30))), ("L2", (("ann", 10),))]


def test_unknown_lot_is_rejected() -> None:
    assert replay_auction([bid("X", "ann", 100)], {"L1": 10})["rejected"] == [0]


def test_top_limits_leaders() -> None:
    bids = [bid("L1", name, 10 + 10 * n) for n, name in enumerate(["a", "b", "c", "d"])]
    assert replay_auction(bids, {"L1": 10}, top=2)["timeline"][-1] == ("L1", (("d", 40), ("c", 30)))


def test_empty() -> None:
    assert replay_auction([], {}) == {"timeline": [], "rejected": [], "winners": {}}


def test_missing_amount() -> None:
    with pytest.raises(KeyError):
        replay_auction([{"lot": "L1", "bidder": "ann"}], {"L1": 10})
