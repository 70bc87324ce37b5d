import pytest

from paystub.tax import tax_on
from paystub.ytd import pay_statements

BRACKETS = [(1_000_00, 0), (5_000_00, 20), (None, 40)]


def slip(employee: str, period: int, gross: int) -> dict:
    return {"employee": employee, "period": period, "gross_cents": gross}


def test_tax_bands() -> None:
    assert tax_on(500_00, BRACKETS) == 0
    assert tax_on(2_000_00, BRACKETS) == 200_00
    assert tax_on(6_000_00, BRACKETS) == 800_00 + 400_00


def test_tax_rounds_down_per_band() -> None:
    assert tax_on(1_000_07, BRACKETS) == 1


def test_single_period() -> None:
    [statement] = pay_statements([slip("E1", 1, 2_000_00)], 0, BRACKETS)
    assert statement["pension_cents"] == 100_00
    assert statement["tax_cents"] == tax_on(1_900_00, BRACKETS)
    assert statement["net_cents"] == 2_000_00 - 100_00 - statement["tax_cents"]


def test_cumulative_withholding_sums_to_ytd_tax() -> None:
    statements = pay_statements([slip("E1", p, 1_500_00 + 300_00 * p) for p in range(1, 7)], 200_00, BRACKETS)
    assert sum(s["tax_cents"] for s in statements) == statements[-1]["ytd_tax_cents"]


def test_low_period_gives_refund() -> None:
    statements = pay_statements([slip("E1", 1, 8_000_00), slip("E1", 2, 0)], 1_000_00, BRACKETS)
    assert statements[1]["tax_cents"] < 0


def test_employees_are_independent() -> None:
    mixed = pay_statements([slip("A", 1, 3_000_00), slip("B", 1, 900_00), slip("A", 2, 3_000_00)], 0, BRACKETS)
    alone = pay_statements([slip("A", 1, 3_000_00), slip("A", 2, 3_000_00)], 0, BRACKETS)
    assert [s["tax_cents"] for s in mixed if s["employee"] == "A"] == [s["tax_cents"] for s in alone]


def test_empty() -> None:
    assert pay_statements([], 0, BRACKETS) == []


def test_missing_gross() -> None:
    with pytest.raises(KeyError):
        pay_statements([{"employee": "A", "period": 1}], 0, BRACKETS)
