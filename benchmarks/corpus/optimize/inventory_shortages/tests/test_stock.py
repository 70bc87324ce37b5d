from warehouse.stock import Inventory, OrderLine


def test_unknown_and_insufficient() -> None:
    inventory = Inventory(["A", "B"], {"A": 5, "B": 1})
    lines = [OrderLine(1, "A", 2), OrderLine(2, "C", 1), OrderLine(3, "B", 2)]
    assert inventory.shortages(lines) == [(2, "C", "not carried"), (3, "B", "insufficient")]


def test_everything_ships() -> None:
    inventory = Inventory(["A"], {"A": 10})
    assert inventory.shortages([OrderLine(1, "A", 10)]) == []


def test_carries() -> None:
    assert Inventory(["A"]).carries("A")
    assert not Inventory(["A"]).carries("B")
