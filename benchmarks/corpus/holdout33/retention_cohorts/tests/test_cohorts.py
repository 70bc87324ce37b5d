import pytest

from cohortgrid.charges import read_charges
from cohortgrid.cohorts import add_months, retention_table
from cohortgrid.render import format_triangle, retention_rates


def charge(customer, charged_at, status="paid", amount=39.0):
    return {"charge_id": f"ch_{customer}_{charged_at}", "customer": customer, "charged_at": charged_at,
            "amount": amount, "status": status}


CHARGES = [
    charge("ann", "2024-01-03 09:00:00"), charge("bob", "2024-01-20 18:30:00"),
    charge("ann", "2024-02-03 09:00:00"), charge("cat", "2024-02-11 07:15:00"),
    charge("bob", "2024-02-20 18:30:00", "failed"), charge("ann", "2024-03-03 09:00:00"),
    charge("cat", "2024-03-11 07:15:00"), charge("bob", "2024-03-21 08:00:00"),
]


def test_add_months() -> None:
    assert add_months((2024, 11), 3) == (2025, 2)
    assert add_months((2024, 1), 0) == (2024, 1)
    assert add_months((2024, 1), -1) == (2023, 12)


def test_cohort_sizes_and_activity() -> None:
    table = retention_table(CHARGES, horizon=3)
    assert table == {"2024-01": {"size": 2, "active": [2, 1, 2]}, "2024-02": {"size": 1, "active": [1, 1, 0]}}


def test_failed_charges_do_not_count() -> None:
    table = retention_table([charge("dan", "2024-04-01 10:00:00", "failed"),
                             charge("dan", "2024-05-01 10:00:00")], horizon=2)
    assert table == {"2024-05": {"size": 1, "active": [1, 0]}}


def test_export_order_does_not_matter() -> None:
    assert retention_table(list(reversed(CHARGES)), 3) == retention_table(CHARGES, 3)


def test_year_boundary() -> None:
    table = retention_table([charge("eve", "2023-12-31 23:59:59"), charge("eve", "2024-01-01 00:00:00")], 2)
    assert table == {"2023-12": {"size": 1, "active": [1, 1]}}


def test_empty_and_bad_timestamp() -> None:
    assert retention_table([], 12) == {}
    with pytest.raises(ValueError):
        retention_table([charge("fay", "2024-01-03T09:00:00Z")])


def test_rates_and_triangle() -> None:
    table = retention_table(CHARGES, horizon=3)
    assert retention_rates(table) == {"2024-01": [100.0, 50.0, 100.0], "2024-02": [100.0, 100.0, 0.0]}
    text = format_triangle(table, "2024-03")
    assert text.splitlines()[1] == "2024-02       1  100.0% 100.0%"


def test_read_charges() -> None:
    text = "charge_id,customer,charged_at,amount,status\nch_1, cus_9 ,2024-01-03 09:00:00,39.99,PAID\n"
    assert read_charges(text) == [charge("cus_9", "2024-01-03 09:00:00", amount=39.99) | {"charge_id": "ch_1"}]
    with pytest.raises(ValueError):
        read_charges("charge_id,customer,charged_at,amount,status\nch_2,c,2024-01-03 09:00:00,1,lost\n")
