"""Strict equivalence tests for herd_report (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from strict_support import assert_same
from dairyherd.report import herd_report

TARGET = "dairyherd/report.py:herd_report"

HIGH_SCC = 200


def days_in_milk(calving, test_date):
    return (date.fromisoformat(test_date) - date.fromisoformat(calving)).days


def yield_305(calving, tests):
    usable = [(days_in_milk(calving, test["date"]), test["milk_kg"]) for test in tests]
    usable = [(dim, milk) for dim, milk in usable if 5 <= dim <= 305]
    if len(usable) < 3:
        return None
    total = usable[0][0] * usable[0][1]
    for (dim_a, milk_a), (dim_b, milk_b) in zip(usable, usable[1:]):
        total += (dim_b - dim_a) * (milk_a + milk_b) / 2
    total += (305 - usable[-1][0]) * usable[-1][1]
    return round(total, 1)


def summarise(calving, tests):
    milk = sum(test["milk_kg"] for test in tests)
    fat = sum(test["milk_kg"] * test["fat_pct"] for test in tests)
    protein = sum(test["milk_kg"] * test["protein_pct"] for test in tests)
    peak = max(tests, key=lambda test: test["milk_kg"])
    return {
        "calving": calving,
        "tests": len(tests),
        "last_dim": days_in_milk(calving, tests[-1]["date"]),
        "yield_305": yield_305(calving, tests),
        "peak_kg": peak["milk_kg"],
        "peak_dim": days_in_milk(calving, peak["date"]),
        "fat_pct": round(fat / milk, 2) if milk else None,
        "protein_pct": round(protein / milk, 2) if milk else None,
        "high_scc_tests": sum(1 for test in tests if test["scc"] > HIGH_SCC),
    }


def reference(records, calvings):
    cows = []
    for record in records:
        if record["cow"] not in cows:
            cows.append(record["cow"])
    summaries = {}
    missing = []
    for cow in cows:
        calving = calvings.get(cow)
        tests = sorted((record for record in records if record["cow"] == cow), key=lambda record: record["date"])
        tests = [test for test in tests if calving is not None and test["date"] >= calving]
        if not tests:
            missing.append(cow)
            continue
        summaries[cow] = summarise(calving, tests)
    yields = [summary["yield_305"] for summary in summaries.values() if summary["yield_305"] is not None]
    herd = {
        "cows": len(summaries),
        "mean_305": round(sum(yields) / len(yields), 1) if yields else None,
        "mastitis_watch": [cow for cow, summary in summaries.items() if summary["high_scc_tests"] >= 2],
    }
    return {"cows": summaries, "missing": missing, "herd": herd}


def t(cow, day, milk=30.0, fat=4.0, protein=3.3, scc=100, **extra):
    return {"cow": cow, "date": day, "milk_kg": milk, "fat_pct": fat, "protein_pct": protein, "scc": scc, **extra}


CAL = {"A": "2024-01-01", "B": "2024-01-05", "C": "2023-12-20"}
THREE = [t("A", "2024-01-11", 30.0), t("A", "2024-02-10", 40.0), t("A", "2024-03-11", 36.0)]

CASES = [
    ([], {}),
    ([], CAL),
    (THREE, {}),
    (THREE, CAL),
    (THREE, {"A": None}),
    (THREE, {"A": "2024-04-01"}),
    (THREE, {"A": "2024-01-11"}),
    (THREE, {"A": "2024-01-07"}),
    (THREE, {"A": "2024-01-06"}),
    (THREE, {"A": "2023-05-10"}),
    (THREE, {"A": "2023-05-11"}),
    (THREE, {"A": "2023-01-01"}),
    (list(reversed(THREE)), CAL),
    (THREE + [t("A", "2023-12-01", 12.0)], CAL),
    (THREE + [t("A", "2024-02-10", 41.0)], CAL),
    ([t("A", "2024-02-10", 41.0), t("A", "2024-02-10", 39.0), t("A", "2024-02-10", 41.0, scc=999)], CAL),
    ([t("A", "2024-01-11", 30.0), t("A", "2024-02-10", 30.0), t("A", "2024-03-11", 30.0)], CAL),
    ([t("A", "2024-01-11", 30), t("A", "2024-02-10", 40), t("A", "2024-03-11", 36)], CAL),
    ([t("A", "2024-01-11", 30, 4, 3), t("A", "2024-02-11", 40, 5, 3)], CAL),
    ([t("A", "2024-01-11", 0.0), t("A", "2024-02-10", 0.0)], CAL),
    ([t("A", "2024-01-11", 0), t("A", "2024-02-10", 0)], CAL),
    ([t("A", "2024-01-11", 5.0), t("A", "2024-02-10", -5.0)], CAL),
    ([t("A", "2024-01-11", -3.0)], CAL),
    ([t("A", "2024-01-11", 0.1, 0.1, 0.2), t("A", "2024-01-12", 0.2, 0.3, 0.1), t("A", "2024-01-13", 0.3, 0.7, 0.3)], CAL),
    ([t("A", "2024-01-11", 33.3, 4.15, 3.25), t("A", "2024-02-09", 31.7, 4.35, 3.35), t("A", "2024-03-10", 29.9, 4.45, 3.45)], CAL),
    ([t("A", "2024-01-11", scc=200), t("A", "2024-01-12", scc=201), t("A", "2024-01-13", scc=201)], CAL),
    ([t("A", "2024-01-11", scc=201)], CAL),
    ([t("A", "2024-01-11", scc=None)], CAL),
    ([t("A", "2024-01-11", scc=None)], {}),
    ([t("A", "2024-01-11", scc="300")], CAL),
    ([t("B", "2024-02-10", 25.0), t("A", "2023-11-01", 12.0), t("A", "2024-01-11", 30.0), t("B", "2024-01-15", 28.0)], CAL),
    ([t("Z", "2024-01-11"), t("A", "2024-01-11"), t("Z", "2024-01-12"), t("Y", "2024-01-01")], CAL),
    ([t("C", "2023-12-20"), t("C", "2023-12-24"), t("C", "2023-12-25"), t("C", "2024-10-21"), t("C", "2024-10-20")], CAL),
    ([t("C", "2023-12-25", 20.0), t("C", "2024-06-01", 25.0), t("C", "2024-10-20", 10.0), t("C", "2025-01-01", 5.0)], CAL),
    ([t(1, "2024-01-11"), t(1.0, "2024-02-11"), t(True, "2024-03-11", 50.0)], {1: "2024-01-01"}),
    ([t(True, "2024-01-11"), t(1, "2024-02-11")], {1.0: "2024-01-01"}),
    ([t(None, "2024-01-11")], {None: "2024-01-01"}),
    ([t(None, "2024-01-11")], {}),
    ([t(("herd", 7), "2024-01-11")], {("herd", 7): "2024-01-01"}),
    ([t("a", "2024-01-11"), t("A", "2024-01-12")], CAL),
    ([t("Kuh Jürgen", "2024-01-11"), t("Kuh Jürgen", "2024-02-11")], {"Kuh Jürgen": "2024-01-01"}),
    ([t("A ", "2024-01-11")], CAL),
    ([t("A", "2024-1-11")], CAL),
    ([t("A", "2024-01-11T06:00")], CAL),
    ([t("A", "2024/01/11")], CAL),
    ([t("A", "2024-01-11")], {"A": "2024-1-1"}),
    ([t("A", "2024-01-11")], {"A": "yesterday"}),
    ([t("A", "2024-01-11")], {"A": 20240101}),
    ([t("A", 20240111)], CAL),
    ([t("A", None)], CAL),
    ([t("A", None)], {}),
    ([{"cow": "A", "date": "2024-01-11"}], CAL),
    ([{"cow": "A", "date": "2024-01-11"}], {}),
    ([{"cow": "A", "date": "2023-01-11"}], CAL),
    ([{"date": "2024-01-11"}], CAL),
    ([t("A", "2024-01-11", milk=None)], CAL),
    ([t("A", "2024-01-11", milk="30")], CAL),
    ([t("A", "2024-01-11", fat=None)], CAL),
    ([t("A", "2024-01-11", note="lame")], CAL),
    ((t("A", "2024-01-11"), t("B", "2024-01-11")), CAL),
    ([t("A", "2024-01-11")], {"A": "2024-01-01", "Q": "bogus"}),
    ([t(c, f"2024-0{m}-1{d}", 20.0 + m + d, scc=150 + 30 * m) for m in range(1, 8) for d in range(3) for c in "AB"], CAL),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(herd_report, reference, *case)


def _random_cases():
    rng = random.Random(2305)
    origin = date(2023, 10, 1)
    for _ in range(140):
        cows = [f"C{n}" for n in range(rng.randint(0, 6))]
        calvings = {}
        for cow in cows:
            if rng.random() < 0.85:
                calvings[cow] = (origin + timedelta(days=rng.randint(0, 120))).isoformat()
        records = []
        for cow in cows:
            for _ in range(rng.randint(0, 9)):
                day = origin + timedelta(days=rng.randint(-30, 450))
                milk = rng.choice([round(rng.uniform(0, 50), 1), rng.randint(0, 50), 0.0])
                records.append(t(cow, day.isoformat(), milk, round(rng.uniform(3, 6), 2), round(rng.uniform(2.8, 4), 2),
                                 rng.choice([50, 150, 200, 201, 400, rng.randint(10, 900)])))
        rng.shuffle(records)
        yield records, calvings


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(herd_report, reference, *case)


def test_large_herd() -> None:
    rng = random.Random(42)
    calvings = {}
    records = []
    for number in range(120):
        cow = f"UK{number:06d}"
        calving = date(2023, 9, 1) + timedelta(days=rng.randint(-60, 150))
        calvings[cow] = calving.isoformat()
        for month in range(12):
            day = date(2023, 9, 4) + timedelta(days=30 * month + rng.randint(0, 3))
            records.append(t(cow, day.isoformat(), round(rng.uniform(5, 45), 1), round(rng.uniform(3.4, 5.2), 2),
                             round(rng.uniform(2.9, 3.8), 2), int(rng.lognormvariate(4.1, 0.75))))
    records.sort(key=lambda record: record["date"])
    assert_same(herd_report, reference, records, calvings)
