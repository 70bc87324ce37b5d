from decimal import Decimal

import pytest

from shipping.quotes import Rate, Shipment, parse_rate_card, quote_shipments

CARD = "zone,max_kg,price\nEU,1,5.00\nEU,5,9.50\neu,30,21.00\nUS,2,12.00\n"


def test_parse() -> None:
    assert parse_rate_card(CARD)[2] == Rate("EU", 30.0, Decimal("21.00"))


def test_smallest_bracket_that_fits() -> None:
    quotes = quote_shipments([Shipment("A1", "eu", 0.4), Shipment("A2", "EU", 5), Shipment("A3", "US", 1.2)], CARD, Decimal("0"))
    assert quotes == [("A1", Decimal("5.00")), ("A2", Decimal("9.50")), ("A3", Decimal("12.00"))]


def test_surcharge_rounded_to_cent() -> None:
    assert quote_shipments([Shipment("A1", "EU", 1)], CARD, Decimal("0.085")) == [("A1", Decimal("5.42"))]


def test_too_heavy() -> None:
    with pytest.raises(LookupError):
        quote_shipments([Shipment("A1", "US", 3)], CARD)


def test_malformed_card() -> None:
    with pytest.raises(ValueError, match="line 3"):
        parse_rate_card("zone,max_kg,price\nEU,1,5\nEU,heavy,9\n")
