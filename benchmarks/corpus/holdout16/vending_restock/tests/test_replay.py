import pytest

from vending.replay import replay_day
from vending.state import apply_event, new_slot


def fleet():
    return {("M1", "A1"): new_slot("Cola", 8, 150, qty=2), ("M1", "A2"): new_slot("Water", 10, 100, qty=10),
            ("M2", "A1"): new_slot("Crisps", 12, 120, qty=0)}


def ev(kind, machine="M1", slot="A1", time="08:00", **extra):
    return {"type": kind, "machine": machine, "slot": slot, "time": time, **extra}


def test_apply_event_returns_new_stock() -> None:
    stock = fleet()
    after = apply_event(stock, ev("sale"))
    assert after[("M1", "A1")]["qty"] == 1 and stock[("M1", "A1")]["qty"] == 2
    assert after[("M1", "A1")]["revenue"] == 150


def test_restock_caps_at_capacity_and_rejects_negative() -> None:
    assert apply_event(fleet(), ev("restock", qty=20))[("M1", "A1")]["qty"] == 8
    with pytest.raises(ValueError):
        apply_event(fleet(), ev("restock", qty=-1))


def test_unknown_slot_and_type() -> None:
    with pytest.raises(KeyError):
        apply_event(fleet(), ev("sale", slot="Z9"))
    with pytest.raises(ValueError):
        apply_event(fleet(), ev("refund"))


def test_stockout_and_failed_vend() -> None:
    result = replay_day(fleet(), [ev("sale", time="08:00"), ev("sale", time="09:00"), ev("sale", time="10:00")])
    assert result["stockouts"] == [("09:00", "M1", "A1", "Cola")]
    assert result["stock"][("M1", "A1")]["failed"] == 1
    assert result["revenue"] == {"M1": 300, "M2": 0}


def test_price_change_applies_to_later_sales() -> None:
    result = replay_day(fleet(), [ev("price", slot="A2", price=120), ev("sale", slot="A2")])
    assert result["revenue"]["M1"] == 120


def test_pick_list() -> None:
    result = replay_day(fleet(), [ev("audit", slot="A2", qty=1)], low_water=2)
    assert result["pick_list"] == [("M1", "A1", "Cola", 6), ("M1", "A2", "Water", 9), ("M2", "A1", "Crisps", 12)]


def test_input_stock_untouched() -> None:
    stock = fleet()
    replay_day(stock, [ev("sale"), ev("restock", slot="A2", qty=5)])
    assert stock == fleet()
