import pytest

from inventory.stock import Inventory, Product, ReorderLine


def make_inventory() -> Inventory:
    return Inventory([Product("BOLT-M6", "M6 bolt", 100), Product("NUT-M6", "M6 nut", 50), Product("WASHER", "Washer", 10)])


def test_on_hand_sums_movements() -> None:
    inventory = make_inventory()
    inventory.record("BOLT-M6", 500, "PO-1")
    inventory.record("BOLT-M6", -120, "SO-7")
    assert inventory.on_hand("BOLT-M6") == 380
    assert inventory.on_hand("NUT-M6") == 0


def test_low_stock_most_urgent_first() -> None:
    inventory = make_inventory()
    inventory.record("BOLT-M6", 90)
    inventory.record("NUT-M6", 5)
    inventory.record("WASHER", 400)
    assert inventory.low_stock() == [
        ReorderLine("NUT-M6", "M6 nut", 5, 45),
        ReorderLine("BOLT-M6", "M6 bolt", 90, 10),
    ]


def test_ties_are_sorted_by_sku() -> None:
    inventory = Inventory([Product("B", "b", 5), Product("A", "a", 5)])
    assert [line.sku for line in inventory.low_stock()] == ["A", "B"]


def test_unknown_sku_is_rejected() -> None:
    inventory = make_inventory()
    with pytest.raises(KeyError):
        inventory.record("SCREW", 1)


def test_duplicate_product() -> None:
    inventory = make_inventory()
    with pytest.raises(ValueError):
        inventory.add_product(Product("WASHER", "Another washer", 1))
