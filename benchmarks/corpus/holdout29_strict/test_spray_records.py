"""Strict equivalence tests for check_spray_diary (never shown to wattlens)."""

from __future__ import annotations

import random
import re
from collections import OrderedDict
from datetime import date, datetime, timedelta
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from spray_records.compliance import Issue, check_spray_diary
from spray_records.diary import SprayRecord
from spray_records.labels import ProductLimits

TARGET = "spray_records/compliance.py:check_spray_diary"


# --- verbatim copy of the original implementation and its helpers -----------------------------

_REF_DOSE = re.compile(r"^(\d+(?:\.\d+)?)\s*(l|ml|kg|g)\s*/\s*ha$", re.IGNORECASE)
_REF_INTERVAL = re.compile(r"^(\d+)\s*days?$", re.IGNORECASE)


def _ref_product_key(name):
    return " ".join(name.split()).casefold()


def _ref_parse_dose(text):
    match = _REF_DOSE.match(text.strip())
    if match is None:
        raise ValueError(f"unreadable dose {text!r}")
    amount, unit = float(match.group(1)), match.group(2).lower()
    return amount / 1000 if unit in ("ml", "g") else amount


def _ref_parse_label_table(text):
    table = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        cells = [cell.strip() for cell in line.split("|")]
        if len(cells) != 4 or not cells[0]:
            raise ValueError(f"label table line {number}: expected 4 cells")
        name, dose, applications, interval = cells
        if not applications.isdigit():
            raise ValueError(f"label table line {number}: bad application count {applications!r}")
        if interval.lower() in ("-", "none"):
            days = 0
        else:
            match = _REF_INTERVAL.match(interval)
            if match is None:
                raise ValueError(f"label table line {number}: bad harvest interval {interval!r}")
            days = int(match.group(1))
        key = _ref_product_key(name)
        if key in table:
            raise ValueError(f"label table line {number}: {name} is listed twice")
        table[key] = ProductLimits(name, _ref_parse_dose(dose), int(applications), days)
    return table


def _ref_product_limits(label_table, product):
    return _ref_parse_label_table(label_table).get(_ref_product_key(product))


def reference(records, label_table, harvest_dates):
    issues = []
    applications = {}
    for index, record in enumerate(records):
        limits = _ref_product_limits(label_table, record.product)
        if limits is None:
            issues.append(Issue(index, record.field, record.product, "not approved",
                                f"{record.product} is not on the approved product list"))
            continue
        if record.dose > limits.max_dose:
            issues.append(Issue(index, record.field, record.product, "overdose",
                                f"{record.dose:g} per ha is over the label maximum of {limits.max_dose:g}"))
        key = (record.field, _ref_product_key(record.product))
        applications[key] = applications.get(key, 0) + 1
        if applications[key] > limits.max_applications:
            issues.append(Issue(index, record.field, record.product, "too many applications",
                                f"application {applications[key]} of at most {limits.max_applications}"))
        harvest = harvest_dates.get(record.field)
        if harvest is not None and (harvest - record.applied).days < limits.harvest_interval_days:
            issues.append(Issue(index, record.field, record.product, "harvest interval",
                                f"applied {(harvest - record.applied).days} days before harvest, "
                                f"label requires {limits.harvest_interval_days}"))
    return issues


# --- cases -------------------------------------------------------------------------------

TABLE = """# product | max dose | max applications | harvest interval
Amistar | 1.0 l/ha | 2 | 36 days
Karate  Zeon | 75 ml/ha | 3 | 7 days
Roundup Flex | 2.88 l/ha | 1 | none
Proline 275 | 0.72 l/ha | 2 | -
Cyflamid | 0.5 l/ha | 2 | 1 day
"""
S = SprayRecord
D = date(2024, 5, 2)
HARVEST = {"Long Acre": date(2024, 8, 1), "Top Field": date(2024, 7, 20)}
BASIC = [
    S("Long Acre", "Amistar", date(2024, 5, 2), 0.8),
    S("Long Acre", "amistar", date(2024, 6, 1), 1.2),
    S("Long Acre", "Amistar", date(2024, 7, 20), 1.0),
    S("Top Field", "Mystery Mix", date(2024, 5, 2), 1.0),
    S("Top Field", "Karate Zeon", date(2024, 7, 14), 0.075),
    S("Top Field", "KARATE ZEON", date(2024, 7, 15), 0.0751),
]

CASES = [
    ([], TABLE, {}),
    ((), TABLE, HARVEST),
    ([], "this is | not a table", {}),
    ([], "", {}),
    ([], None, None),
    (BASIC, TABLE, HARVEST),
    (tuple(BASIC), TABLE, HARVEST),
    (BASIC, TABLE, {}),
    (list(reversed(BASIC)), TABLE, HARVEST),
    (BASIC, "", HARVEST),
    (BASIC, "# nothing approved yet\n\n", HARVEST),
    (BASIC, TABLE.replace("\n", "\r\n"), HARVEST),
    (BASIC, TABLE.replace("\n", "  \n"), HARVEST),
    (BASIC, TABLE.rstrip("\n"), HARVEST),
    (BASIC, TABLE + "amistar | 1 l/ha | 1 | 1 day\n", HARVEST),
    (BASIC, TABLE + "AMISTAR | 1 l/ha | 1 | 1 day\n", HARVEST),
    (BASIC, TABLE + "Amistar  | 1 l/ha | 1 | 1 day\n", HARVEST),
    (BASIC, TABLE + "Amistar Top | 1 l/ha | 1 | 1 day\n", HARVEST),
    (BASIC, TABLE + "Bad | lots | 1 | 1 day\n", HARVEST),
    (BASIC, TABLE + "Bad | 1 l/ha | one | 1 day\n", HARVEST),
    (BASIC, TABLE + "Bad | 1 l/ha | 1 | soon\n", HARVEST),
    (BASIC, TABLE + "Bad | 1 l/ha | 1\n", HARVEST),
    (BASIC, TABLE + "Bad | 1 l/ha | 1 | 1 day | extra\n", HARVEST),
    (BASIC, TABLE + " | 1 l/ha | 1 | 1 day\n", HARVEST),
    (BASIC, TABLE + "Odd | 1 l/ha | \u00b2 | 1 day\n", HARVEST),
    (BASIC, TABLE + "Odd | 1 l/ha | \u0663 | 1 day\n", HARVEST),
    (BASIC, TABLE + "Odd | 1 l/ha | -1 | 1 day\n", HARVEST),
    (BASIC, TABLE + "Odd | 1 l/ha | 1 | -1 days\n", HARVEST),
    (BASIC, TABLE + "Odd | 1 l/ha | 1 | 0 days\n", HARVEST),
    (BASIC, TABLE + "Odd | 1 l/ha | 1 | NONE\n", HARVEST),
    (BASIC, TABLE + "Odd | 1 l/ha | 1 | 7DAYS\n", HARVEST),
    (BASIC, TABLE + "Odd | 1 l/ha | 1 | 7 dayss\n", HARVEST),
    (BASIC, TABLE + "Odd | 1 l/ha | 1 | 7 days # until 2025\n", HARVEST),
    (BASIC, TABLE + "Odd # retired | 1 l/ha | 1 | 7 days\n", HARVEST),
    (BASIC, TABLE + "Odd | 1. l/ha | 1 | 7 days\n", HARVEST),
    (BASIC, TABLE + "Odd | .5 l/ha | 1 | 7 days\n", HARVEST),
    (BASIC, TABLE + "Odd | 1,5 l/ha | 1 | 7 days\n", HARVEST),
    (BASIC, TABLE + "Odd | 1e3 ml/ha | 1 | 7 days\n", HARVEST),
    (BASIC, TABLE + "Odd | 250G / HA | 1 | 7 days\n", HARVEST),
    (BASIC, TABLE + "Odd | 0 l/ha | 1 | 7 days\n", HARVEST),
    (BASIC, TABLE + "Odd | \u0661 l/ha | 1 | 7 days\n", HARVEST),
    (BASIC, TABLE + "Odd | 1 l/ha\u00a0| 1 | 7 days\n", HARVEST),
    (BASIC, TABLE.replace("|", "\u00a6"), HARVEST),
    ([S("Long Acre", "Stra\u00dfe Pro", D, 1.0), S("Long Acre", "STRASSE PRO", D, 1.0)],
     "Strasse Pro | 1 l/ha | 1 | 7 days\n", {}),
    ([S("Long Acre", "Stra\u00dfe Pro", D, 1.0)], "Strasse Pro | 1 l/ha | 1 | 7 days\nSTRASSE pro | 1 l/ha | 1 | 7 days\n", {}),
    ([S("F", " Amistar\t", D, 1.0), S("F", "Ami  star", D, 1.0)], TABLE, {}),
    ([S("F", "Amistar", D, 1.0)] * 4, TABLE, {}),
    ([S("F", "Amistar", D, 1.0), S("G", "Amistar", D, 1.0), S("F", "Amistar", D, 1.0), S("F", "Amistar", D, 1)], TABLE, {}),
    ([S("F", "Amistar", D, 1), S("F", "Amistar", D, True), S("F", "Karate Zeon", D, 0.075)], TABLE, {}),
    ([S("F", "Amistar", D, 1.0000000001), S("F", "Karate Zeon", D, 0.07500000000000001)], TABLE, {}),
    ([S("F", "Amistar", D, float("inf")), S("G", "Amistar", D, -1.0)], TABLE, {}),
    ([S("F", "Amistar", D, 10 ** 30)], TABLE, {}),
    ([S("F", "Amistar", D, None)], TABLE, {}),
    ([S("F", "Mystery", D, None)], TABLE, {}),
    ([S("F", "Amistar", D, "0.5")], TABLE, {}),
    ([S("F", None, D, 0.5)], TABLE, {}),
    ([S("F", 42, D, 0.5)], TABLE, {}),
    ([S(None, "Amistar", D, 0.5)], TABLE, {None: date(2024, 5, 3)}),
    ([S(("F", 1), "Amistar", D, 0.5)], TABLE, {("F", 1): date(2024, 5, 3)}),
    ([S(["F"], "Amistar", D, 0.5)], TABLE, {}),
    ([S("F", "Amistar", date(2024, 5, 2), 0.5)], TABLE, {"F": date(2024, 6, 7)}),
    ([S("F", "Amistar", date(2024, 5, 2), 0.5)], TABLE, {"F": date(2024, 6, 6)}),
    ([S("F", "Amistar", date(2024, 5, 2), 0.5)], TABLE, {"F": date(2024, 5, 2)}),
    ([S("F", "Amistar", date(2024, 5, 2), 0.5)], TABLE, {"F": date(2024, 4, 1)}),
    ([S("F", "Roundup Flex", date(2024, 5, 2), 0.5)], TABLE, {"F": date(2024, 4, 1)}),
    ([S("F", "Cyflamid", date(2024, 5, 2), 0.5)], TABLE, {"F": date(2024, 5, 2)}),
    ([S("F", "Cyflamid", date(2024, 5, 2), 0.5)], TABLE, {"F": date(2024, 5, 3)}),
    ([S("F", "Amistar", date(2024, 5, 2), 0.5)], TABLE, {"F": None}),
    ([S("F", "Amistar", date(2024, 5, 2), 0.5)], TABLE, {"f": date(2024, 5, 3)}),
    ([S("F", "Amistar", datetime(2024, 5, 2, 18), 0.5)], TABLE, {"F": datetime(2024, 6, 7, 9)}),
    ([S("F", "Amistar", datetime(2024, 5, 2, 18), 0.5)], TABLE, {"F": date(2024, 6, 7)}),
    ([S("F", "Amistar", date(2024, 5, 2), 0.5)], TABLE, {"F": "2024-06-07"}),
    ([S("F", "Amistar", None, 0.5)], TABLE, {"F": date(2024, 6, 7)}),
    ([S("F", "Amistar", None, 0.5)], TABLE, {}),
    ([S("F", "Amistar", D, 0.5)], TABLE, OrderedDict(F=date(2024, 5, 3))),
    ([S("F", "Amistar", D, 0.5)], TABLE, None),
    ([S("F", "Mystery", D, 0.5)], TABLE, None),
    ([S("F", "Amistar", D, 0.5)], TABLE, [("F", date(2024, 5, 3))]),
    ([S("F", "Amistar", D, 0.5)], None, {}),
    ([S("F", "Amistar", D, 0.5)], b"Amistar | 1 l/ha | 1 | 1 day", {}),
    ([SimpleNamespace(field="F", product="Amistar", applied=D, dose=0.5)], TABLE, {"F": date(2024, 5, 3)}),
    ([SimpleNamespace(field="F", product="Mystery")], TABLE, {}),
    ([SimpleNamespace(field="F", product="Amistar", dose=0.5)], TABLE, {}),
    ([SimpleNamespace(field="F", product="Amistar", dose=0.5)], TABLE, {"F": D}),
    ([None], TABLE, {}),
    (None, TABLE, {}),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(check_spray_diary, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(check_spray_diary, reference, records=BASIC, label_table=TABLE, harvest_dates=HARVEST)
    assert_same(check_spray_diary, reference, BASIC, TABLE, harvest_dates={})


def _random_table(rng):
    names = ["Amistar", "Karate Zeon", "Roundup Flex", "Proline 275", "Cyflamid", "Elatus Era", "Revystar XE",
             "Ascra Xpro", "Decis Protech", "Hallmark Zeon", "Biathlon 4D", "Axial Pro"]
    rows = ["# product | max dose | max applications | harvest interval"]
    chosen = rng.sample(names, rng.randint(0, len(names)))
    limits = {}
    for name in chosen:
        if rng.random() < 0.3:
            amount = rng.choice([50, 75, 100, 250])
            dose, value = f"{amount} {rng.choice(['ml', 'g', 'ML'])}/ha", amount / 1000
        else:
            value = rng.choice([0.5, 0.72, 1.0, 1.5, 2.88])
            dose = f"{value} {rng.choice(['l', 'kg', 'L'])}/ha"
        rows.append(f"{name if rng.random() < 0.8 else name.upper()} | {dose} | {rng.randint(0, 3)} | "
                    f"{rng.choice(['7 days', '14 days', '1 day', '36 days', 'none', '-', '0 days'])}")
        limits[name] = value
    roll = rng.random()
    if roll < 0.04 and chosen:
        rows.append(f"{chosen[0].lower()} | 1 l/ha | 1 | 7 days")
    elif roll < 0.07:
        rows.append("Broken | a lot | 1 | 7 days")
    elif roll < 0.1:
        rows.append("Broken | 1 l/ha | x | 7 days")
    return "\n".join(rows) + rng.choice(["", "\n"]), names, limits


def _random_cases():
    rng = random.Random(29061)
    fields = ["Long Acre", "Top Field", "Church Piece", "Low Meadow"]
    for _ in range(230):
        table, names, limits = _random_table(rng)
        records = []
        for _ in range(rng.randint(0, 25)):
            name = rng.choice(names + ["Homebrew"])
            base = limits.get(name, 1.0)
            dose = round(base * rng.choice([0.5, 0.9, 1.0, 1.0, 1.1]), 4)
            spelled = rng.choice([name, name.upper(), f" {name} ", name.replace(" ", "  ")])
            applied = date(2024, 3, 1) + timedelta(days=rng.randint(0, 150))
            records.append(S(rng.choice(fields), spelled, applied, dose if rng.random() < 0.9 else int(dose)))
        harvest = {field: date(2024, 7, 1) + timedelta(days=rng.randint(-30, 40))
                   for field in fields if rng.random() < 0.7}
        yield (records if rng.random() < 0.85 else tuple(records), table, harvest)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(check_spray_diary, reference, *case)


def test_farm_season() -> None:
    """A realistic season: an 80-product label table and 500 diary records over 12 fields."""
    rng = random.Random(2907)
    rows, products = ["# product | max dose | max applications | harvest interval"], []
    for number in range(80):
        name = f"{rng.choice(['Ami', 'Kar', 'Pro', 'Cyf', 'Ela', 'Rev'])}{rng.choice(['star', 'ate', 'line', 'lamid'])} {number}"
        max_dose = rng.choice([0.5, 0.72, 1.0, 1.5, 2.88])
        rows.append(f"{name} | {max_dose} l/ha | {rng.randint(1, 4)} | {rng.choice(['7 days', '21 days', 'none'])}")
        products.append((name, max_dose))
    fields = [f"Field {number}" for number in range(12)]
    harvest = {field: date(2024, 7, 15) + timedelta(days=rng.randint(0, 40)) for field in fields}
    records = []
    for _ in range(500):
        name, max_dose = rng.choice(products)
        records.append(S(rng.choice(fields), name, date(2024, 3, 1) + timedelta(days=rng.randint(0, 150)),
                         round(max_dose * rng.uniform(0.6, 1.05), 3)))
    assert_same(check_spray_diary, reference, records, "\n".join(rows) + "\n", harvest)
