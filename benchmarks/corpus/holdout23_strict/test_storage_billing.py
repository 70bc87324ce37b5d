"""Strict equivalence tests for monthly_invoices (never shown to wattlens)."""

from __future__ import annotations

import calendar
import json
import random
from collections import namedtuple
from dataclasses import dataclass
from datetime import date

import pytest
from unitrent.accounts import Customer, Rental
from unitrent.invoicing import monthly_invoices
from strict_support import assert_same

TARGET = "unitrent/invoicing.py:monthly_invoices"


# --- verbatim copy of the original implementation and its helpers -------------------------

DEFAULTS = {"discount_percent": 0, "unit_discounts": {}, "insurance_cover": 0, "vat_exempt": False}


def load_settings(document):
    data = json.loads(document)
    if not isinstance(data, dict):
        raise ValueError("the settings document must be a JSON object")
    settings = dict(DEFAULTS)
    settings.update({key: data[key] for key in DEFAULTS if key in data})
    return settings


INSURANCE_PREMIUMS = {0: 0, 1000: 450, 2500: 900, 5000: 1500, 10000: 2500}
VAT_PERCENT = 20


def reference(rentals, customers, month):
    first = date.fromisoformat(month + "-01")
    days_in_month = calendar.monthrange(first.year, first.month)[1]
    last = first.replace(day=days_in_month)
    by_id = {customer.customer_id: customer for customer in customers}
    invoices = {}
    for rental in rentals:
        customer = by_id.get(rental.customer_id)
        if customer is None:
            raise ValueError(f"unit {rental.unit_id} is let to unknown customer {rental.customer_id!r}")
        let_from = max(date.fromisoformat(rental.start), first)
        let_to = min(date.fromisoformat(rental.end), last) if rental.end else last
        if let_to < let_from:
            continue
        days = (let_to - let_from).days + 1
        settings = load_settings(customer.settings)
        rent = rental.monthly_rate * days // days_in_month
        percent = settings["unit_discounts"].get(rental.unit_id, settings["discount_percent"])
        discount = rent * percent // 100
        insurance = INSURANCE_PREMIUMS[settings["insurance_cover"]] * days // days_in_month
        net = rent - discount + insurance
        vat = 0 if settings["vat_exempt"] else net * VAT_PERCENT // 100
        invoice = invoices.setdefault(customer.customer_id, {"units": 0, "rent": 0, "discount": 0, "insurance": 0,
                                                             "vat": 0, "total": 0})
        invoice["units"] += 1
        invoice["rent"] += rent
        invoice["discount"] += discount
        invoice["insurance"] += insurance
        invoice["vat"] += vat
        invoice["total"] += net + vat
    return dict(sorted(invoices.items()))


# --- cases -------------------------------------------------------------------------------

C, R = Customer, Rental


@dataclass
class Account:  # a look-alike record from the legacy billing database
    customer_id: object
    settings: object


@dataclass
class Let:  # a look-alike rental from the online booking system
    unit_id: object
    customer_id: object
    monthly_rate: object
    start: object
    end: object = None


Row = namedtuple("Row", "unit_id customer_id monthly_rate start end")


def doc(**settings):
    return json.dumps({"contacts": [{"name": "Ann", "email": "ann@example.co.uk"}], **settings})


ACME = C("C1", "Acme Ltd", doc(discount_percent=10, insurance_cover=2500))
CHARITY = C("C2", "Charity", doc(discount_percent=10, unit_discounts={"U7": 50}, vat_exempt=True))
PLAIN = C("C3", "Bob", "{}")
PEOPLE = [ACME, CHARITY, PLAIN]
LETS = [R("U101", "C1", 10000, "2023-11-15"), R("U102", "C1", 5000, "2024-01-01", "2024-04-30"),
        R("U7", "C2", 3100, "2024-05-17", None), R("U8", "C2", 3100, "2024-04-01", "2024-05-10"),
        R("U9", "C3", 2999, "2024-05-31"), R("U10", "C3", 2999, "2024-05-01", "2024-05-01"),
        R("U11", "C3", 4500, "2024-06-01"), R("U12", "C1", 7900, "2020-02-29", "2024-05-31")]


def solo(settings, rate=10000, start="2024-01-01", end=None, unit="U1", month="2024-05"):
    return [R(unit, "C1", rate, start, end)], [C("C1", "x", settings)], month


CASES = [
    ([], [], "2024-05"),
    ([], PEOPLE, "2024-05"),
    (LETS, PEOPLE, "2024-05"),
    (LETS, PEOPLE, "2024-04"),
    (LETS, PEOPLE, "2024-06"),
    (LETS, PEOPLE, "2024-02"),
    (LETS, PEOPLE, "2023-02"),
    (LETS, PEOPLE, "2020-02"),
    (LETS, PEOPLE, "2023-12"),
    (LETS[::-1], PEOPLE[::-1], "2024-05"),
    (tuple(LETS), tuple(PEOPLE), "2024-05"),
    (LETS + LETS, PEOPLE, "2024-05"),
    (LETS, PEOPLE + [C("C1", "Acme again", "{}")], "2024-05"),
    (LETS, [C("C1", "Acme again", "{}")] + PEOPLE, "2024-05"),
    (LETS, PEOPLE[:2], "2024-05"),
    (LETS, PEOPLE[:2], "2024-07"),
    (LETS[:2], PEOPLE, "2024-13"),
    (LETS[:2], PEOPLE, "2024-5"),
    (LETS[:2], PEOPLE, "2024-05-01"),
    (LETS[:2], PEOPLE, "2024-W18"),
    (LETS[:2], PEOPLE, "202405"),
    (LETS[:2], PEOPLE, ""),
    (LETS[:2], PEOPLE, None),
    (LETS[:2], PEOPLE, 202405),
    (LETS[:2], PEOPLE, "2024-05 "),
    (LETS[:2], PEOPLE, "0001-01"),
    (LETS[:2], PEOPLE, "9999-12"),
    ([R("U1", "C1", 100, "2024-06-01")], [C("C1", "x", "{broken")], "2024-05"),
    ([R("U1", "C1", 100, "2024-04-01", "2024-04-30")], [C("C1", "x", "{broken")], "2024-05"),
    ([R("U1", "C1", 100, "2024-05-01")], [C("C1", "x", "{broken")], "2024-05"),
    ([R("U1", "C9", 100, "2024-06-01")], PEOPLE, "2024-05"),
    ([R("U1", "C1", 100, "2024-05-20", "2024-05-10")], PEOPLE, "2024-05"),
    ([R("U1", "C1", 100, "2024-05-10", "")], PEOPLE, "2024-05"),
    ([R("U1", "C1", 100, "2024-05-10", "2024-5-20")], PEOPLE, "2024-05"),
    ([R("U1", "C1", 100, "2024-05-10T00:00", None)], PEOPLE, "2024-05"),
    ([R("U1", "C1", 100, "20240510", None)], PEOPLE, "2024-05"),
    ([R("U1", "C1", 100, None, None)], PEOPLE, "2024-05"),
    ([R("U1", "C1", 100, date(2024, 5, 10), None)], PEOPLE, "2024-05"),
    (*solo("{}"),),
    (*solo("{}", rate=0),),
    (*solo("{}", rate=-3100),),
    (*solo("{}", rate=3100.5),),
    (*solo("{}", rate=True),),
    (*solo("{}", rate=10 ** 25),),
    (*solo("{}", rate=None),),
    (*solo("{}", rate="100"),),
    (*solo("{}", start="2024-05-31"),),
    (*solo("{}", start="2024-05-02", end="2024-05-30"),),
    (*solo("{}", start="2024-02-29", month="2024-02"),),
    (*solo(doc(discount_percent=12.5)),),
    (*solo(doc(discount_percent=100)),),
    (*solo(doc(discount_percent=150)),),
    (*solo(doc(discount_percent=-10)),),
    (*solo(doc(discount_percent=True)),),
    (*solo(doc(discount_percent=None)),),
    (*solo(doc(discount_percent="10")),),
    (*solo(doc(discount_percent=1e300)),),
    (*solo(doc(unit_discounts={"U1": 25}, discount_percent=5)),),
    (*solo(doc(unit_discounts={"U2": 25}, discount_percent=5)),),
    (*solo(doc(unit_discounts={"u1": 25})),),
    (*solo(doc(unit_discounts={"1": 25}), unit=1),),
    (*solo(doc(unit_discounts=[["U1", 25]])),),
    (*solo(doc(unit_discounts=None)),),
    (*solo(doc(insurance_cover=1000)),),
    (*solo(doc(insurance_cover=1000.0)),),
    (*solo(doc(insurance_cover=10000), start="2024-05-16"),),
    (*solo(doc(insurance_cover=750)),),
    (*solo(doc(insurance_cover="1000")),),
    (*solo(doc(insurance_cover=True)),),
    (*solo(doc(insurance_cover=False)),),
    (*solo(doc(insurance_cover=None)),),
    (*solo(doc(insurance_cover=[1000])),),
    (*solo(doc(vat_exempt=True)),),
    (*solo(doc(vat_exempt="false")),),
    (*solo(doc(vat_exempt=0)),),
    (*solo(doc(vat_exempt=[])),),
    (*solo('{"discount_percent": 10, "discount_percent": 30}'),),
    (*solo('{"Discount_Percent": 10}'),),
    (*solo(' {"discount_percent": 10}\n'),),
    (*solo('{"discount_percent": 1e2}'),),
    (*solo('{"discount_percent": 10, "notes": "caf\\u00e9 über 😀 \\ud83d\\ude00"}'),),
    (*solo(b'{"discount_percent": 10}'),),
    (*solo(bytearray(b'{"discount_percent": 20}')),),
    (*solo("null"),),
    (*solo("[]"),),
    (*solo('"{}"'),),
    (*solo(""),),
    (*solo("{'discount_percent': 10}"),),
    (*solo(None),),
    (*solo(12),),
    ([R("U1", 1, 100, "2024-05-01"), R("U2", 1.0, 100, "2024-05-01"), R("U3", True, 100, "2024-05-01")],
     [C(1, "x", "{}"), C(True, "y", doc(vat_exempt=True))], "2024-05"),
    ([R("U1", 2, 100, "2024-05-01"), R("U2", "1", 100, "2024-05-01")], [C(2, "x", "{}"), C("1", "y", "{}")], "2024-05"),
    ([R("U1", None, 100, "2024-05-01")], [C(None, "x", "{}")], "2024-05"),
    ([R("U1", "C1 ", 100, "2024-05-01")], [C("C1", "x", "{}")], "2024-05"),
    ([R("U1", "c1", 100, "2024-05-01")], [C("C1", "x", "{}"), C("c1", "y", "{}")], "2024-05"),
    ([Let("U1", "C1", 100, "2024-05-01"), Row("U2", "C1", 200, "2024-05-10", None)], [Account("C1", "{}")], "2024-05"),
    ([R("U1", "C1", 100, "2024-05-01")], [Account("C1", doc(discount_percent=10))], "2024-05"),
    ([None], PEOPLE, "2024-05"),
    (LETS, [None], "2024-05"),
    (LETS + [None], PEOPLE, "2024-05"),
    (None, PEOPLE, "2024-05"),
    (LETS, None, "2024-05"),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(monthly_invoices, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(monthly_invoices, reference, month="2024-05", customers=PEOPLE, rentals=LETS)


def _random_settings(rng, units):
    settings = {"notes": [{"text": "called " * rng.randint(0, 3)}] * rng.randint(0, 3)}
    if rng.random() < 0.6:
        settings["discount_percent"] = rng.choice([0, 5, 10, 12.5, 100])
    if rng.random() < 0.4 and units:
        settings["unit_discounts"] = {rng.choice(units): rng.choice([20, 50])}
    if rng.random() < 0.6:
        settings["insurance_cover"] = rng.choice([0, 1000, 2500, 5000, 10000])
    if rng.random() < 0.2:
        settings["vat_exempt"] = rng.choice([True, False])
    return json.dumps(settings)


def _random_cases():
    rng = random.Random(4242)
    for _ in range(230):
        units = [f"U{n}" for n in range(rng.choice([0, 1, 3, 8, 20]))]
        ids = [f"C{n}" for n in range(rng.choice([1, 2, 4]))]
        customers = [C(cid, cid, _random_settings(rng, units)) for cid in ids]
        if rng.random() < 0.04:
            customers.append(C(rng.choice(ids), "broken", rng.choice(["{", "[]", doc(insurance_cover=300)])))
        rentals = []
        for unit in units:
            start = date(2024, rng.randint(1, 8), rng.randint(1, 28))
            end = None if rng.random() < 0.6 else date(2024, rng.randint(1, 8), rng.randint(1, 28))
            rentals.append(R(unit, rng.choice(ids + (["C9"] if rng.random() < 0.03 else [])),
                             rng.choice([2500, 4500, 7900, 0, 3333]), start.isoformat(), end and end.isoformat()))
        yield rentals, customers, f"2024-{rng.randint(2, 7):02d}"


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(monthly_invoices, reference, *case)


def test_site_month_end() -> None:
    rng = random.Random(12)
    customers, rentals = [], []
    for number in range(120):
        units = [f"U{number:03d}{n:02d}" for n in range(rng.randint(1, 15))]
        customers.append(C(f"CU{number:04d}", f"Customer {number}", _random_settings(rng, units)))
        rentals += [R(unit, f"CU{number:04d}", rng.choice([2500, 7900, 12900]), f"20{rng.randint(19, 24)}-{rng.randint(1, 12):02d}-01",
                      None if rng.random() < 0.8 else f"2024-{rng.randint(1, 12):02d}-15") for unit in units]
    assert_same(monthly_invoices, reference, rentals, customers, "2024-06")
