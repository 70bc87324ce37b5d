from datetime import date

import pytest

from reserving.claims import Payment, read_payments
from reserving.periods import development_quarter, origin_quarter, quarters_between
from reserving.triangle import chain_ladder, link_ratios, paid_triangle


def p(loss: str, paid: str, amount: float, claim: str = "C1") -> Payment:
    return Payment(claim, date.fromisoformat(loss), date.fromisoformat(paid), amount)


def test_read_payments() -> None:
    rows = ["claim_id,loss_date,paid_date,amount", " C9 ,2021-02-03, 2021-05-01,125.50"]
    assert read_payments(rows) == [p("2021-02-03", "2021-05-01", 125.5, "C9")]


def test_periods() -> None:
    assert origin_quarter(date(2021, 3, 31)) == "2021Q1"
    assert origin_quarter(date(2021, 10, 1)) == "2021Q4"
    assert development_quarter(date(2021, 3, 31), date(2021, 4, 1)) == 1
    assert development_quarter(date(2021, 11, 5), date(2022, 1, 2)) == 1
    assert quarters_between("2021Q4", date(2022, 12, 31)) == 4


def test_triangle_shape_and_cumulation() -> None:
    payments = [p("2022-01-10", "2022-02-01", 100), p("2022-01-10", "2022-08-01", 50),
                p("2022-05-01", "2022-05-02", 10), p("2022-05-01", "2022-07-15", -2.5)]
    triangle = paid_triangle(payments, as_of=date(2022, 9, 30))
    assert triangle == {"2022Q1": [100.0, 100.0, 150.0], "2022Q2": [10.0, 7.5]}


def test_default_as_of_is_latest_payment() -> None:
    payments = [p("2022-01-10", "2022-02-01", 100), p("2022-02-10", "2022-04-01", 20)]
    assert paid_triangle(payments) == {"2022Q1": [100.0, 120.0]}


def test_payments_after_as_of_are_ignored() -> None:
    payments = [p("2022-01-10", "2022-02-01", 100), p("2022-01-10", "2023-02-01", 999)]
    assert paid_triangle(payments, as_of=date(2022, 6, 30)) == {"2022Q1": [100.0, 100.0]}


def test_empty_listing() -> None:
    assert paid_triangle([], as_of=date(2022, 1, 1)) == {}
    with pytest.raises(ValueError):
        paid_triangle([])


def test_chain_ladder() -> None:
    triangle = {"A": [100.0, 150.0, 165.0], "B": [200.0, 300.0], "C": [120.0]}
    assert link_ratios(triangle) == pytest.approx([1.5, 1.1])
    result = chain_ladder(triangle)
    assert result["A"] == {"paid": 165.0, "ultimate": 165.0, "reserve": 0.0}
    assert result["B"]["ultimate"] == 330.0
    assert result["C"] == {"paid": 120.0, "ultimate": 198.0, "reserve": 78.0}
