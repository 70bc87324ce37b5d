import json

import pytest

from unitrent.accounts import Customer, Rental
from unitrent.invoicing import monthly_invoices
from unitrent.settings import load_settings
from unitrent.statements import pounds, summary_lines


def test_load_settings() -> None:
    settings = load_settings('{"discount_percent": 10, "contacts": [{"name": "Ann"}]}')
    assert settings == {"discount_percent": 10, "unit_discounts": {}, "insurance_cover": 0, "vat_exempt": False}
    with pytest.raises(ValueError):
        load_settings("[1, 2]")
    with pytest.raises(ValueError):
        load_settings("{not json")


def test_full_month_with_discount_and_insurance() -> None:
    customers = [Customer("C1", "Acme Ltd", json.dumps({"discount_percent": 10, "insurance_cover": 2500}))]
    rentals = [Rental("U101", "C1", 10000, "2023-11-15"), Rental("U102", "C1", 5000, "2024-01-01", "2024-04-30")]
    assert monthly_invoices(rentals, customers, "2024-05") == {
        "C1": {"units": 1, "rent": 10000, "discount": 1000, "insurance": 900, "vat": 1980, "total": 11880}}


def test_part_month_unit_discount_and_vat_exempt() -> None:
    settings = {"discount_percent": 10, "unit_discounts": {"U7": 50}, "vat_exempt": True}
    customers = [Customer("C2", "Charity", json.dumps(settings))]
    rentals = [Rental("U7", "C2", 3100, "2024-05-17", None), Rental("U8", "C2", 3100, "2024-04-01", "2024-05-10")]
    assert monthly_invoices(rentals, customers, "2024-05") == {
        "C2": {"units": 2, "rent": 2500, "discount": 850, "insurance": 0, "vat": 0, "total": 1650}}


def test_unknown_customer_and_cover() -> None:
    with pytest.raises(ValueError):
        monthly_invoices([Rental("U1", "C9", 100, "2024-01-01")], [], "2024-05")
    with pytest.raises(KeyError):
        monthly_invoices([Rental("U1", "C1", 100, "2024-01-01")], [Customer("C1", "x", '{"insurance_cover": 7}')], "2024-05")


def test_statements() -> None:
    assert pounds(123456) == "£1,234.56" and pounds(-5) == "-£0.05"
    invoices = {"A": {"units": 1, "total": 500}, "B": {"units": 2, "total": 900}}
    assert summary_lines(invoices, top=1) == ["2 invoices, £14.00", "B: £9.00 (2 units)"]
