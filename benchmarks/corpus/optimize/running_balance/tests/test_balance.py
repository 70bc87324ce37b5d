from stockbook.balance import first_stockout, running_balances


def test_running() -> None:
    assert running_balances([5, -2, 3], opening=10) == [15, 13, 16]


def test_no_moves() -> None:
    assert running_balances([]) == []


def test_stockout() -> None:
    assert first_stockout([2, -3, 5]) == 1
    assert first_stockout([1, 1]) is None
