import pytest

from royaltyrun.contracts import Contract, parse_escalator
from royaltyrun.sales import RoyaltyLine, SaleLine, read_sales
from royaltyrun.statements import author_totals, royalty_lines

ESCALATOR = ((0, 0.075), (100, 0.10), (250, 0.125))


def contracts(units_to_date=0, advance=0.0):
    return {
        "9780000000001": Contract("9780000000001", "M. Reyes", "Salt Roads", ESCALATOR, units_to_date, advance),
        "9780000000002": Contract("9780000000002", "M. Reyes", "Tidewater", ((0, 0.1),)),
        "9780000000003": Contract("9780000000003", "J. Okafor", "The Long Field", ESCALATOR),
    }


def sale(isbn, units, receipts, date="2024-02-01", channel="trade"):
    return SaleLine(isbn, date, channel, units, receipts)


def test_parse_escalator() -> None:
    assert parse_escalator("0:7.5%, 5_000:10%, 10000:12.5%") == ((0, 0.075), (5000, 0.1), (10000, 0.125))
    with pytest.raises(ValueError):
        parse_escalator("100:10%")
    with pytest.raises(ValueError):
        parse_escalator("0:10%, 500:12%, 500:15%")


def test_rate_for() -> None:
    contract = contracts()["9780000000001"]
    assert contract.rate_for(0) == 0.075
    assert contract.rate_for(99) == 0.075
    assert contract.rate_for(100) == 0.10
    assert contract.rate_for(10_000) == 0.125
    assert contract.rate_for(-5) == 0.075


def test_first_line_uses_units_to_date() -> None:
    [line] = royalty_lines([sale("9780000000001", 10, 60.0)], contracts(units_to_date=120))
    assert line == RoyaltyLine("9780000000001", "2024-02-01", "trade", 10, 60.0, 0.10, 6.0)


def test_escalator_reached_within_period() -> None:
    sales = [sale("9780000000001", 60, 300.0), sale("9780000000003", 500, 2000.0),
             sale("9780000000001", 60, 300.0), sale("9780000000001", 5, 25.0)]
    rates = [line.rate for line in royalty_lines(sales, contracts())]
    assert rates == [0.075, 0.075, 0.075, 0.10]


def test_returns_take_units_back() -> None:
    sales = [sale("9780000000001", 110, 550.0), sale("9780000000001", -20, -100.0),
             sale("9780000000001", 5, 25.0)]
    lines = royalty_lines(sales, contracts())
    assert [line.rate for line in lines] == [0.075, 0.10, 0.075]
    assert lines[1].royalty == -10.0


def test_unknown_isbn() -> None:
    with pytest.raises(KeyError):
        royalty_lines([sale("9789999999999", 1, 5.0)], contracts())


def test_author_totals_recoup_advance() -> None:
    sales = [sale("9780000000001", 100, 1000.0), sale("9780000000002", 10, 80.0), sale("9780000000003", 4, 30.0)]
    book = contracts(advance=50.0)
    totals = author_totals(royalty_lines(sales, book), book)
    assert totals["M. Reyes"] == {"units": 110, "receipts": 1080.0, "earned": 83.0, "recouped": 50.0, "payable": 33.0}
    assert totals["J. Okafor"]["payable"] == 2.25


def test_read_sales() -> None:
    text = "isbn,date,channel,units,net_receipts\n978-0-00-000000-1,2024-01-03,online,3,17.97\n"
    assert read_sales(text) == [SaleLine("9780000000001", "2024-01-03", "online", 3, 17.97)]
