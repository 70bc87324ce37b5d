import pytest

from payments.duplicates import Charge, find_duplicate_charges


def charge(charge_id, card="fp1", amount=1999, at=0.0, currency="EUR"):
    return Charge(charge_id, card, amount, currency, at)


def test_double_submission_is_found() -> None:
    charges = [charge("ch_1", at=0), charge("ch_2", at=30), charge("ch_3", at=400)]
    assert find_duplicate_charges(charges) == [("ch_1", "ch_2")]


def test_different_card_or_amount_is_not_a_duplicate() -> None:
    charges = [charge("ch_1"), charge("ch_2", card="fp2"), charge("ch_3", amount=2000), charge("ch_4", currency="USD")]
    assert find_duplicate_charges(charges) == []


def test_window_is_inclusive_and_order_independent() -> None:
    charges = [charge("late", at=100), charge("early", at=40)]
    assert find_duplicate_charges(charges, window=60) == [("late", "early")]
    assert find_duplicate_charges(charges, window=59) == []


def test_triple_gives_three_pairs() -> None:
    charges = [charge("a"), charge("b", at=1), charge("c", at=2)]
    assert find_duplicate_charges(charges) == [("a", "b"), ("a", "c"), ("b", "c")]


def test_negative_window() -> None:
    with pytest.raises(ValueError):
        find_duplicate_charges([], window=-1)
