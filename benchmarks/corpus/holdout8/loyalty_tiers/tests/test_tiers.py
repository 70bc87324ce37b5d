import pytest

from loyalty.tiers import Purchase, TierChange, summary, tier_changes, tier_for


def test_tier_for() -> None:
    assert tier_for(0) == "bronze"
    assert tier_for(-5) == "bronze"
    assert tier_for(50_000) == "silver"
    assert tier_for(600_000) == "platinum"


def test_upgrade_and_expiry() -> None:
    purchases = [Purchase(1, "ann", 60_000), Purchase(300, "ann", 1_000), Purchase(400, "ann", 1_000)]
    assert list(tier_changes(purchases)) == [
        TierChange(1, "ann", "bronze", "silver"),
        TierChange(400, "ann", "silver", "bronze"),
    ]


def test_refund_downgrades() -> None:
    purchases = [Purchase(1, "bo", 210_000), Purchase(2, "bo", -20_000)]
    assert [c.new for c in tier_changes(purchases)] == ["gold", "silver"]


def test_out_of_order() -> None:
    with pytest.raises(ValueError):
        list(tier_changes([Purchase(5, "a", 1), Purchase(4, "a", 1)]))


def test_summary() -> None:
    changes = tier_changes([Purchase(1, "a", 60_000), Purchase(1, "b", 250_000)])
    assert summary(changes) == {"a": "silver", "b": "gold"}
