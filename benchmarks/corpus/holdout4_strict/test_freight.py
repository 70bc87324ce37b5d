"""Strict equivalence tests for quote_shipments (never shown to wattlens)."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from shipping.quotes import CENT, Shipment, parse_rate_card, quote_shipments
from strict_support import assert_same

TARGET = "shipping/quotes.py:quote_shipments"


def reference(shipments, rate_card, fuel_surcharge=Decimal("0.085")):
    quotes = []
    for shipment in shipments:
        rates = parse_rate_card(rate_card)
        zone = shipment.zone.strip().upper()
        candidates = [rate for rate in rates if rate.zone == zone and rate.max_kg >= shipment.weight_kg]
        if not candidates:
            raise LookupError(f"no rate for {shipment.weight_kg} kg to zone {zone}")
        best = min(candidates, key=lambda rate: rate.max_kg)
        quotes.append((shipment.reference, (best.price * (1 + fuel_surcharge)).quantize(CENT)))
    return quotes


S = Shipment
CARD = "zone,max_kg,price\nEU,1,5.00\nEU,5,9.50\neu,30,21.00\nUS,2,12.00\nUS,2,99.00\nUS,10,20\n"
UNSORTED = "zone,max_kg,price\nEU,30,21.00\nEU,1,5.00\nEU,5,9.50\nEU,1.0,4.00\n"
BROKEN = "zone,max_kg,price\nEU,1,5.00\nEU,heavy,9.50\n"

CASES = [
    ([], CARD),
    ([], BROKEN),
    ([], ""),
    ([], "not,a,card\n1,2\n"),
    ([S("a", "EU", 1)], BROKEN),
    ([S("a", "EU", 1)], ""),
    ([S("a", "EU", 1)], "zone,max_kg,price\n"),
    ([S("a", "EU", 1)], "zone,max_kg\nEU,1\n"),
    ([S("a", "EU", 1)], "zone,max_kg,price\nEU,1\n"),
    ([S("a", "EU", 1)], "zone,max_kg,price\nEU,1,5.00,extra,more\n"),
    ([S("a", "EU", 1)], "zone,max_kg,price\nEU,1,five\n"),
    ([S("a", "EU", 1)], "zone,max_kg,price\r\nEU,1,5.00\r\n"),
    ([S("a", "EU", 1)], "zone,max_kg,price\n EU ,1, 5.00 \n"),
    ([S("a", "EU", 1)], "price,zone,max_kg\n5.00,EU,1\n"),
    ([S("a", "EU", 0.5), S("b", "eu", 1), S("c", " Eu ", 1.0001), S("d", "EU", 30), S("e", "EU", 0)], CARD),
    ([S("a", "US", 2), S("b", "US", 1.5), S("c", "US", 9.99)], CARD),
    ([S("a", "EU", 1), S("b", "EU", 0.2), S("c", "EU", 29)], UNSORTED),
    ([S("a", "EU", -1)], CARD),
    ([S("a", "EU", 31)], CARD),
    ([S("a", "EU", 1), S("b", "XX", 1), S("c", "EU", 1)], CARD),
    ([S("a", "EU", 1), S("b", "EU", 100)], CARD),
    ([S("a", "EU", float("nan"))], CARD),
    ([S("a", "EU", float("inf"))], CARD),
    ([S("a", "EU", float("inf"))], CARD + "EU,inf,500\n"),
    ([S("a", "EU", 3)], "zone,max_kg,price\nEU,nan,1\nEU,5,2\n"),
    ([S("a", "EU", 1)], "zone,max_kg,price\nEU,1,sNaN\n"),
    ([S("a", "EU", 1)], "zone,max_kg,price\nEU,1,1e3\n"),
    ([S("a", "EU", True)], CARD),
    ([S("a", "EU", 1)], CARD, Decimal("0")),
    ([S("a", "EU", 1)], CARD, Decimal("-1")),
    ([S("a", "EU", 1)], CARD, Decimal("0.005")),
    ([S("a", "EU", 1), S("b", "EU", 5)], CARD, 0),
    ([S("a", "EU", 1)], CARD, 0.1),
    ([], CARD, 0.1),
    ([S("a", "EU", 1)], "zone,max_kg,price\nEU,1,0.015\nEU,2,0.025\n", Decimal("0")),
    ([S("a", "EU", 2)], "zone,max_kg,price\nEU,1,0.015\nEU,2,0.025\n", Decimal("0")),
    ([S("a", "zürich", 1), S("b", "STRASSE", 1)], "zone,max_kg,price\nZürich,1,3\nstraße,1,4\n"),
    ([S("a", None, 1)], CARD),
    ([S("a", "", 1)], "zone,max_kg,price\n,1,2\n"),
    ([S("same", "EU", 1), S("same", "EU", 1)], CARD),
]


def _random():
    rng = random.Random(31)
    for _ in range(60):
        lines = ["zone,max_kg,price"]
        for _ in range(rng.randint(0, 8)):
            lines.append(f"{rng.choice(['A', 'a', 'B'])},{rng.choice([1, 2, 2.5, 5])},{rng.choice(['1', '2.50', '3.333', '0'])}")
        card = "\n".join(lines) + rng.choice(["", "\n"])
        shipments = [S(f"r{n}", rng.choice(["A", "b", " a"]), rng.choice([0, 1, 2, 2.5, 3])) for n in range(rng.randint(0, 5))]
        yield shipments, card, rng.choice([Decimal("0"), Decimal("0.085"), Decimal("0.2")])


@pytest.mark.parametrize("args", CASES + list(_random()))
def test_same_as_reference(args) -> None:
    assert_same(quote_shipments, reference, *args)


def test_surcharge_by_keyword() -> None:
    shipments = [S("a", "EU", 1), S("b", "US", 3)]
    for surcharge in (Decimal("0"), Decimal("0.1"), Decimal("0.125")):
        assert_same(lambda s, c, f=surcharge: quote_shipments(s, c, fuel_surcharge=f),
                    lambda s, c, f=surcharge: reference(s, c, fuel_surcharge=f), shipments, CARD)


def test_a_day_of_parcels() -> None:
    rng = random.Random(8)
    lines = ["zone,max_kg,price"] + [f"{z},{b},{rng.uniform(2, 40):.2f}" for z in ("DE", "FR", "US") for b in (1, 2, 5, 10, 31.5)]
    card = "\n".join(lines)
    shipments = [S(f"p{n}", rng.choice(["de", "FR", "US "]), round(rng.uniform(0, 31.5), 2)) for n in range(400)]
    assert_same(quote_shipments, reference, shipments, card)


def test_error_messages() -> None:
    with pytest.raises(LookupError, match="no rate for 3 kg to zone US"):
        quote_shipments([S("ok", "EU", 1), S("a", "us", 3)], "zone,max_kg,price\nEU,1,1\n")
    with pytest.raises(ValueError, match="line 3"):
        quote_shipments([S("a", "EU", 1)], BROKEN)


def test_shipments_may_be_a_generator() -> None:
    shipments = [S("a", "EU", 1), S("b", "US", 1)]
    assert quote_shipments(iter(shipments), CARD) == reference(shipments, CARD)
