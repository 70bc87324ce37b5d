import pytest

from repair_quotes.catalogue import LabourOperation, Part, parse_labour_guide, parse_parts_extract
from repair_quotes.orders import RepairOrder, parse_repair_order
from repair_quotes.quote import quote_orders, quote_with_vat


def quote_order(order, parts, operations, rate):
    [quote] = quote_orders([order], parts, operations, rate)
    return quote


PARTS = [
    Part("1K0698151A", "Brake pads, front", 8950, "1K0698151B"),
    Part("1K0698151B", "Brake pads, front", 9420),
    Part("06J115403Q", "Oil filter", 1480),
    Part("5Q0129620B", "Air filter", 2690),
]
OPERATIONS = [LabourOperation("0101", "Inspection service", 1.2), LabourOperation("4620", "Front brake pads", 0.9)]


def test_simple_quote() -> None:
    order = RepairOrder("40012", "VIN1", [("06J115403Q", 1)], ["0101"])
    quote = quote_order(order, PARTS, OPERATIONS, 12500)
    assert quote.parts_cents == 1480
    assert quote.labour_cents == 15000
    assert [line.kind for line in quote.lines] == ["part", "labour"]


def test_superseded_part_is_replaced() -> None:
    quote = quote_order(RepairOrder("1", "V", [("1K0698151A", 2)]), PARTS, OPERATIONS, 12500)
    assert quote.lines[0].code == "1K0698151B"
    assert quote.parts_cents == 2 * 9420


def test_missing_successor_keeps_last_part() -> None:
    parts = [Part("A", "old", 100, "B")]
    quote = quote_order(RepairOrder("1", "V", [("A", 1)]), parts, [], 10000)
    assert quote.lines[0].code == "A"


def test_unknown_codes() -> None:
    order = RepairOrder("1", "V", [("NOPE", 1), ("5Q0129620B", 1)], ["9999"])
    quote = quote_order(order, PARTS, OPERATIONS, 12500)
    assert quote.unknown == ["NOPE", "9999"]
    assert quote.parts_cents == 2690 and quote.labour_cents == 0


def test_errors() -> None:
    with pytest.raises(ValueError):
        quote_order(RepairOrder("1", "V", [("06J115403Q", 0)]), PARTS, OPERATIONS, 12500)
    loop = [Part("A", "a", 1, "B"), Part("B", "b", 1, "A")]
    with pytest.raises(ValueError):
        quote_order(RepairOrder("1", "V", [("A", 1)]), loop, [], 100)


def test_batch_keeps_order_and_stops_at_bad_order() -> None:
    orders = [RepairOrder("1", "V", [("5Q0129620B", 1)]), RepairOrder("2", "V", [], ["4620"])]
    assert [quote.ro_number for quote in quote_orders(orders, PARTS, OPERATIONS, 100)] == ["1", "2"]
    assert quote_orders([], PARTS, OPERATIONS, 100) == []
    with pytest.raises(ValueError):
        quote_orders(orders + [RepairOrder("3", "V", [("5Q0129620B", 0)])], PARTS, OPERATIONS, 100)


def test_vat() -> None:
    quote = quote_order(RepairOrder("1", "V", [("06J115403Q", 1)]), PARTS, OPERATIONS, 12500)
    assert quote_with_vat(quote) == 1776


def test_parse_extracts() -> None:
    parts = parse_parts_extract("1K0698151A|Brake pads, front|89.5|1K0698151B\n06J115403Q|Oil filter|14.80|\n")
    assert parts == [Part("1K0698151A", "Brake pads, front", 8950, "1K0698151B"), Part("06J115403Q", "Oil filter", 1480, "")]
    with pytest.raises(ValueError):
        parse_parts_extract("X|y|12,50|\n")
    assert parse_labour_guide("0101|Inspection service|1.2\n") == OPERATIONS[:1]
    with pytest.raises(ValueError):
        parse_labour_guide("0101|Inspection|-1\n")


def test_parse_repair_order() -> None:
    order = parse_repair_order("RO 40012 VIN WVW1\nP 1K0698151A x2\nP 06J115403Q\nL 0101\n")
    assert order == RepairOrder("40012", "WVW1", [("1K0698151A", 2), ("06J115403Q", 1)], ["0101"])
    with pytest.raises(ValueError):
        parse_repair_order("P 1K0698151A\n")
    with pytest.raises(ValueError):
        parse_repair_order("RO 1 VIN X\nP A xx\n")
    with pytest.raises(ValueError):
        parse_repair_order("")
