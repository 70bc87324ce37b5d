"""Strict equivalence tests for review_applications (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from strict_support import assert_same
from rebates.review import review_applications

TARGET = "rebates/review.py:review_applications"

_NOT_ALNUM = re.compile(r"[^0-9A-Z]")


def normalise_model(text):
    return _NOT_ALNUM.sub("", text.upper())


def normalise_serial(text):
    return text.strip().upper()


def reference(applications, certified, installers):
    decisions = {}
    paid = {}
    claimed = []
    approved = 0
    for application in applications:
        reasons = []
        product = None
        for listing in certified:
            if (normalise_model(listing["model"]) == normalise_model(application["model"])
                    and listing["category"] == application["category"]
                    and listing["valid_from"] <= application["install_date"]
                    and (listing["valid_to"] is None or application["install_date"] <= listing["valid_to"])):
                product = listing
                break
        if product is None:
            reasons.append("model not certified")
        installer = None
        for entry in installers:
            if entry["licence"] == application["installer"].strip().upper():
                installer = entry
                break
        if installer is None:
            reasons.append("unknown installer")
        elif installer["status"] != "active":
            reasons.append(f"installer {installer['status']}")
        claim = (normalise_model(application["model"]), normalise_serial(application["serial"]))
        if claim in claimed:
            reasons.append("duplicate serial")
        else:
            claimed.append(claim)
        if reasons:
            decisions[application["id"]] = ("rejected", reasons, 0)
            continue
        approved += 1
        decisions[application["id"]] = ("approved", reasons, product["rebate"])
        paid[application["category"]] = paid.get(application["category"], 0) + product["rebate"]
    return {"decisions": decisions, "paid": paid, "approved": approved, "rejected": len(applications) - approved}


def listing(model, category="heat pump", rebate=2000, valid_from="2023-01-01", valid_to=None, brand="Aira"):
    return {"brand": brand, "model": model, "category": category, "rebate": rebate, "valid_from": valid_from, "valid_to": valid_to}


def app(ident, model="hp 12a", category="heat pump", date="2024-03-01", installer="lic-001", serial="S1"):
    return {"id": ident, "model": model, "category": category, "install_date": date, "installer": installer, "serial": serial}


def inst(licence, status="active"):
    return {"licence": licence, "name": f"Firm {licence}", "status": status}


CERT = [listing("HP-12/A", rebate=2500, valid_to="2023-12-31"), listing("HP12A", rebate=2000, valid_from="2024-01-01"),
        listing("MV 300", "ventilation", 400, "2022-01-01")]
INST = [inst("LIC-001"), inst("LIC-002", "suspended"), inst("LIC-003", "lapsed")]

CASES = [
    ([], [], []),
    ([], CERT, INST),
    ([], [listing(None)], [inst(None)]),
    ([], [{"model": "x"}], [{}]),
    ([app(1)], [], []),
    ([app(1)], CERT, []),
    ([app(1)], [], INST),
    ([app(1)], CERT, INST),
    ([app(1, date="2023-06-01"), app(2, serial="S2")], CERT, INST),
    ([app(1, date="2023-12-31")], CERT, INST),
    ([app(1, date="2024-01-01")], CERT, INST),
    ([app(1, date="2022-12-31")], CERT, INST),
    ([app(1, date="2023-01-01")], CERT, INST),
    ([app(1, date="2024-3-1")], CERT, INST),
    ([app(1, date=None)], CERT, INST),
    ([app(1, date=None, model="nothing")], CERT, INST),
    ([app(1, date=20240301)], CERT, INST),
    ([app(1, category="Heat Pump")], CERT, INST),
    ([app(1, category="ventilation", model="mv-300")], CERT, INST),
    ([app(1, category=None)], CERT, INST),
    ([app(1, category=None)], [listing("HP12A", None)], INST),
    ([app(1, installer="LIC-002")], CERT, INST),
    ([app(1, installer="LIC-003")], CERT, INST),
    ([app(1, installer=" lic-001\n")], CERT, INST),
    ([app(1, installer="LIC-999")], CERT, INST),
    ([app(1, installer="")], CERT, INST),
    ([app(1, installer=None)], CERT, INST),
    ([app(1, installer=1)], CERT, INST),
    ([app(1)], CERT, [inst("LIC-001", "suspended"), inst("LIC-001")]),
    ([app(1)], CERT, [inst("LIC-001"), inst("LIC-001", "suspended")]),
    ([app(1)], CERT, [inst("lic-001")]),
    ([app(1)], CERT, [inst("LIC-001", "Active")]),
    ([app(1)], CERT, [inst("LIC-001", None)]),
    ([app(1)], CERT, [{"licence": "LIC-001"}]),
    ([app(1)], CERT, [{"name": "no licence"}]),
    ([app(1), app(2)], CERT, INST),
    ([app(1), app(2, model="HP-12A", serial=" s1 ")], CERT, INST),
    ([app(1), app(2, model="MV300", category="ventilation")], CERT, INST),
    ([app(1, model="XX-1"), app(2, model="xx 1")], CERT, INST),
    ([app(1, installer="bad"), app(2)], CERT, INST),
    ([app(1), app(1, serial="S2"), app(1, serial="S3", model="nope")], CERT, INST),
    ([app(None), app((1, 2), serial="S2"), app(3.5, serial="S3")], CERT, INST),
    ([app([1])], CERT, INST),
    ([app(1, serial=None)], CERT, INST),
    ([app(1, serial=42)], CERT, INST),
    ([app(1, serial="")], CERT, INST),
    ([app(1, serial=""), app(2, serial="  ")], CERT, INST),
    ([app(1, model=None)], CERT, INST),
    ([app(1, model=None)], [], INST),
    ([app(1, model="---")], [listing("//")], INST),
    ([app(1, model="")], [listing(" ")], INST),
    ([app(1, model="ﬁ-9")], [listing("FI9")], INST),
    ([app(1, model="straße-1")], [listing("STRASSE1")], INST),
    ([app(1, model="ＨＰ１２Ａ")], [listing("HP12A"), listing("")], INST),
    ([app(1, model="hp12a\n")], CERT, INST),
    ([app(1, model="hp_12a")], CERT, INST),
    ([app(1)], [listing(None)], INST),
    ([app(1)], [listing(12)], INST),
    ([app(1)], [listing("HP12A", valid_from=None)], INST),
    ([app(1)], [listing("HP12A", valid_to="2024-02-01"), listing("HP12A", rebate=1)], INST),
    ([app(1)], [listing("HP12A", valid_to="2024-03-01")], INST),
    ([app(1)], [listing("HP12A", valid_from="2024-03-01")], INST),
    ([app(1)], [listing("HP12A", valid_from="2024-03-02"), listing("hp-12a", rebate=7)], INST),
    ([app(1)], [listing("HP12A", "boiler"), listing("HP12A", rebate=9)], INST),
    ([app(1)], [listing("HP12A", rebate=None)], INST),
    ([app(1)], [listing("HP12A", rebate=99.5)], INST),
    ([app(1), app(2, serial="S2")], [listing("HP12A", rebate=0.1)], INST),
    ([app(1), app(2, serial="S2"), app(3, serial="S3")], [listing("HP12A", rebate=0.1)], INST),
    ([app(1), app(2, serial="S2")], [listing("HP12A", rebate="100")], INST),
    ([app(1)], [{"model": "HP12A", "category": "heat pump", "valid_from": "2023-01-01", "valid_to": None}], INST),
    ([app(1)], [{"model": "HP12A", "category": "heat pump", "valid_from": "2023-01-01"}], INST),
    ([app(1)], [{"model": "HP12A", "category": "boiler"}], INST),
    ([app(1)], [{"model": "XX"}], INST),
    ([app(1)], [{"category": "heat pump"}], INST),
    ([{"id": 1, "model": "HP12A", "category": "heat pump", "install_date": "2024-03-01", "installer": "LIC-001"}], CERT, INST),
    ([{"model": "HP12A", "category": "heat pump", "install_date": "2024-03-01", "installer": "LIC-001", "serial": "1"}], CERT, INST),
    ((app(1), app(2, serial="S2")), tuple(CERT), tuple(INST)),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(review_applications, reference, *case)


def _random_cases():
    rng = random.Random(3131)
    models = ["HP-12/A", "hp12a", "MV 300", "mv-300", "TS.1", "ts1", "X9"]
    categories = ["heat pump", "ventilation", "thermostat"]
    for _ in range(140):
        certified = []
        for _ in range(rng.randint(0, 9)):
            start = f"2024-{rng.randint(1, 12):02d}-01"
            end = rng.choice([None, None, f"2024-{rng.randint(1, 12):02d}-15"])
            certified.append(listing(rng.choice(models), rng.choice(categories), rng.choice([100, 250, 99.5, 2000]), start, end))
        installers = [inst(f"LIC-{rng.randint(1, 5):03d}", rng.choice(["active", "active", "suspended", "lapsed"]))
                      for _ in range(rng.randint(0, 5))]
        applications = [app(rng.randint(0, 12), rng.choice(models + ["ZZ-1"]), rng.choice(categories),
                            f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                            rng.choice(["lic-001", "LIC-002", " lic-003 ", "LIC-004", "lic-005", "x"]),
                            rng.choice(["S1", "s1", "S2", " S3", "S4"]))
                        for _ in range(rng.randint(0, 9))]
        yield applications, certified, installers


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(review_applications, reference, *case)


def test_large_batch() -> None:
    rng = random.Random(8)
    certified = [listing(f"{rng.choice('ABC')}{rng.choice('XYZ')}-{rng.randint(1, 60)}", rng.choice(["hp", "vent"]),
                         rng.choice([100, 400, 2500]), f"202{rng.randint(2, 4)}-0{rng.randint(1, 9)}-01",
                         None if rng.random() < 0.8 else "2024-06-30") for _ in range(200)]
    installers = [inst(f"LIC-{n:03d}", "active" if rng.random() < 0.9 else "lapsed") for n in range(100)]
    applications = []
    for number in range(250):
        chosen = rng.choice(certified)
        model = chosen["model"] if rng.random() < 0.8 else "QQ-1"
        applications.append(app(number, model.lower() if rng.random() < 0.5 else model, chosen["category"],
                                f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", f"lic-{rng.randint(0, 110):03d}",
                                f"SN{rng.randint(1, 300)}"))
    assert_same(review_applications, reference, applications, certified, installers)
