"""Strict equivalence tests for render_batch (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from labelprint.batch import render_batch

TARGET = "labelprint/batch.py:render_batch"

LABEL_WIDTH_MM = 102
LABEL_HEIGHT_MM = 152


def gs1_check_digit(digits):
    if not digits or not digits.isdigit():
        raise ValueError(f"not a digit string: {digits!r}")
    total = 0
    for position, char in enumerate(reversed(digits)):
        total += int(char) * (3 if position % 2 == 0 else 1)
    return (10 - total % 10) % 10


def sscc(company_prefix, serial, extension=0):
    if not 0 <= extension <= 9:
        raise ValueError("extension digit must be 0-9")
    serial_width = 16 - len(company_prefix)
    if serial_width < 1 or serial < 0 or serial >= 10 ** serial_width:
        raise ValueError("serial does not fit after the company prefix")
    body = f"{extension}{company_prefix}{serial:0{serial_width}d}"
    return body + str(gs1_check_digit(body))


def escape_field(value):
    return str(value).replace("_", "_5F").replace("^", "_5E").replace("~", "_7E")


class ZplWriter:
    def __init__(self, dpi=203):
        self.dpi = dpi
        self.data = ""

    def dots(self, mm):
        return round(mm * self.dpi / 25.4)

    def start_label(self, width_mm, height_mm):
        self.data += f"^XA^CI28^PW{self.dots(width_mm)}^LL{self.dots(height_mm)}\n"

    def text(self, x_mm, y_mm, value, size_mm=3.0):
        height = self.dots(size_mm)
        self.data += f"^FO{self.dots(x_mm)},{self.dots(y_mm)}^A0N,{height},{height}^FH^FD{escape_field(value)}^FS\n"

    def line(self, x_mm, y_mm, width_mm):
        self.data += f"^FO{self.dots(x_mm)},{self.dots(y_mm)}^GB{self.dots(width_mm)},0,2^FS\n"

    def code128(self, x_mm, y_mm, value, height_mm=15.0):
        self.data += f"^FO{self.dots(x_mm)},{self.dots(y_mm)}^BY2^BCN,{self.dots(height_mm)},Y,N,N^FD{value}^FS\n"

    def end_label(self, copies=1):
        self.data += f"^PQ{copies}^XZ\n"


def reference(shipments, company_prefix, dpi=203):
    writer = ZplWriter(dpi)
    for shipment in shipments:
        cartons = shipment["cartons"]
        if cartons < 1:
            raise ValueError(f"order {shipment['order']} has no cartons")
        carton_weight = shipment["weight_kg"] / cartons
        for number in range(1, cartons + 1):
            code = sscc(company_prefix, shipment["first_serial"] + number - 1)
            writer.start_label(LABEL_WIDTH_MM, LABEL_HEIGHT_MM)
            writer.text(5, 5, "SHIP TO:", 2.5)
            for row, address_line in enumerate(shipment["ship_to"][:5]):
                writer.text(5, 10 + row * 6, address_line, 4.5)
            writer.line(5, 44, 92)
            writer.text(5, 48, f"Order {shipment['order']}  Carrier {shipment['carrier']}")
            writer.text(5, 54, f"Carton {number} of {cartons}  {carton_weight:.2f} kg")
            writer.line(5, 60, 92)
            writer.text(5, 64, "SSCC", 2.5)
            writer.code128(10, 70, ">;>8" + "00" + code, 25)
            writer.text(10, 100, f"(00) {code}", 3.5)
            writer.end_label()
    return writer.data


def sh(order="SO-1", carrier="DHL", ship_to=("Jane Doe", "1 High St", "Leeds LS1 1AA"), cartons=1, first_serial=1,
       weight_kg=4.0, **extra):
    return {"order": order, "carrier": carrier, "ship_to": list(ship_to), "cartons": cartons,
            "first_serial": first_serial, "weight_kg": weight_kg, **extra}


P = "0614141"

CASES = [
    ([], P),
    ([], ""),
    ([], "bad"),
    ([], P, 300),
    ([sh()], P),
    ([sh()], P, 300),
    ([sh()], P, 600),
    ([sh()], P, 152),
    ([sh()], P, 203.0),
    ([sh()], P, 0),
    ([sh()], P, -203),
    ([sh()], P, 1),
    ([sh(cartons=3, weight_kg=10.0)], P),
    ([sh(cartons=3, weight_kg=10)], P),
    ([sh(cartons=7, weight_kg=0.01)], P),
    ([sh(cartons=2, weight_kg=-3.0)], P),
    ([sh(cartons=2, weight_kg=0)], P),
    ([sh(cartons=1, weight_kg=2.675)], P),
    ([sh(cartons=2, weight_kg=0.025)], P),
    ([sh(cartons=1, weight_kg=1e9)], P),
    ([sh(cartons=1, weight_kg=float("inf"))], P),
    ([sh(cartons=0)], P),
    ([sh(), sh(cartons=0)], P),
    ([sh(cartons=-1)], P),
    ([sh(cartons=2.0)], P),
    ([sh(cartons=True)], P),
    ([sh(cartons="2")], P),
    ([sh(weight_kg=None)], P),
    ([sh(weight_kg="4")], P),
    ([sh(ship_to=())], P),
    ([sh(ship_to=("a", "b", "c", "d", "e", "f", "g"))], P),
    ([sh(ship_to=("", "   ", "\n"))], P),
    ([sh(ship_to=("Müller_GmbH", "Gate ^7", "~home~", "Zoë O'Brien", "東京都"))], P),
    ([sh(ship_to=("_5E", "^^__~~", "^FS^XZ"))], P),
    ([sh(ship_to=(12, None, 3.5, ("x", 1)))], P),
    ([{**sh(), "ship_to": "ABCDEFG"}], P),
    ([{**sh(), "ship_to": None}], P),
    ([sh(order="SO_^1", carrier="UPS~Express")], P),
    ([sh(order=None, carrier=7)], P),
    ([sh(order="Ünïcødé 注文")], P),
    ([sh(first_serial=0)], P),
    ([sh(first_serial=999999999)], P),
    ([sh(first_serial=999999998, cartons=2)], P),
    ([sh(first_serial=999999999, cartons=2)], P),
    ([sh(), sh(first_serial=10 ** 9)], P),
    ([sh(first_serial=-1)], P),
    ([sh(first_serial=1.5)], P),
    ([sh(first_serial="1")], P),
    ([sh()], "5012345"),
    ([sh()], "0"),
    ([sh()], ""),
    ([sh()], "012345678901234"),
    ([sh()], "0123456789012345"),
    ([sh()], "12AB"),
    ([sh()], "٣٤٥"),
    ([sh()], None),
    ([sh(extra_field="ignored")], P),
    ([{"order": "SO-9", "cartons": 0}], P),
    ([{"order": "SO-9", "cartons": 1}], P),
    ([{"cartons": 0}], P),
    ([sh(cartons=2), sh(order="SO-2", cartons=1, first_serial=3)], P),
    ((sh(), sh(order="SO-2", first_serial=2)), P),
    ([sh(), sh()], P),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(render_batch, reference, *case)


def test_keyword_dpi() -> None:
    assert_same(render_batch, reference, [sh(cartons=2)], P, dpi=300)


def _random_cases():
    rng = random.Random(2718)
    words = ["Jane", "Doe", "1", "High St", "Leeds", "Bahnhofstraße", "_", "^", "~", "Zoë", "Unit 4", ""]
    for index in range(130):
        shipments = []
        serial = rng.randint(0, 5000)
        for number in range(rng.randint(0, 6)):
            cartons = rng.choice([1, 1, 2, 3, 5])
            lines = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 3))) for _ in range(rng.randint(0, 7))]
            weight = rng.choice([round(rng.uniform(0, 40), rng.choice([0, 1, 2, 3])), rng.randint(0, 50)])
            shipments.append(sh(f"SO-{rng.randint(1, 99)}", rng.choice(["DPD", "DHL", "UPS_X"]), lines, cartons, serial, weight))
            serial += cartons
        prefix = rng.choice([P, "5012345", "50123456789"])
        yield (shipments, prefix, rng.choice([203, 300, 600])) if index % 2 else (shipments, prefix)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(render_batch, reference, *case)


def test_large_job() -> None:
    rng = random.Random(9)
    shipments = [sh(f"SO-{n}", "DHL", [f"Customer {n}", f"{n} Mill Lane", "York YO1 7HH"], rng.randint(1, 4), 1000 + n * 5,
                    round(rng.uniform(1, 30), 2)) for n in range(300)]
    assert_same(render_batch, reference, shipments, "5012345")
