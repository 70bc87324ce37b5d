"""Strict equivalence tests for fuel_economy (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from fuelcard.economy import fuel_economy
from strict_support import assert_same

TARGET = "fuelcard/economy.py:fuel_economy"


def reference(transactions):
    report = {}
    for vehicle in sorted({transaction["vehicle"] for transaction in transactions}):
        fills = sorted(
            (transaction for transaction in transactions if transaction["vehicle"] == vehicle),
            key=lambda transaction: (transaction["time"], transaction["odometer"]),
        )
        distance = 0
        litres = 0.0
        pending = 0.0
        last_full = None
        anomalies = []
        for fill in fills:
            pending += fill["litres"]
            if not fill["full"]:
                continue
            if last_full is not None:
                travelled = fill["odometer"] - last_full["odometer"]
                if travelled <= 0:
                    anomalies.append(fill["time"])
                else:
                    distance += travelled
                    litres += pending
            last_full = fill
            pending = 0.0
        report[vehicle] = {
            "fills": len(fills),
            "distance_km": distance,
            "litres": round(litres, 2),
            "l_per_100km": round(litres / distance * 100, 2) if distance else None,
            "anomalies": anomalies,
        }
    return report


def F(vehicle, time, odometer, litres, full=True, **extra):
    return {"vehicle": vehicle, "time": time, "odometer": odometer, "litres": litres, "full": full, **extra}


CASES = [
    [],
    [F("V1", "2024-01-01T08:00", 1000, 40.0)],
    [F("V1", "2024-01-01T08:00", 1000, 40.0, False)],
    [F("V1", "2024-01-01T08:00", 1000, 40.0), F("V1", "2024-01-03T08:00", 1500, 40.0)],
    [F("V1", "2024-01-03T08:00", 1500, 40.0), F("V1", "2024-01-01T08:00", 1000, 40.0)],
    [F("V1", "2024-01-01", 1000, 0.1), F("V1", "2024-01-02", 1100, 0.2, False), F("V1", "2024-01-03", 1200, 0.7),
     F("V1", "2024-01-04", 1300, 0.1, False), F("V1", "2024-01-05", 1400, 0.2, False)],
    [F("V1", "2024-01-01T08:00", 1000, 40), F("V1", "2024-01-02T08:00", 1500, 40)],
    [F("V1", "2024-01-01T08:00", 1000.5, 40), F("V1", "2024-01-02T08:00", 1500.25, 33.3)],
    [F("V1", "2024-01-01T08:00", 1000, 40.0), F("V1", "2024-01-01T08:00", 1000, 12.0), F("V1", "2024-01-01T08:00", 900, 5.0)],
    [F("V1", "2024-01-01T08:00", 1000, 40.0, False), F("V1", "2024-01-01T08:00", 1000, 12.0, True),
     F("V1", "2024-01-01T09:00", 1200, 14.0), F("V1", "2024-01-01T09:00", 1200, 0.3, False)],
    [F("V1", "t1", 1000, 10.0), F("V1", "t2", 1000, 11.0), F("V1", "t3", 999, 12.0), F("V1", "t4", 1400, 13.0)],
    [F("V1", "t1", 1000, 10.0), F("V1", "t2", 900, 11.0, False), F("V1", "t3", 1400, 13.0)],
    [F("V1", "t1", 1000, 10.0, 1), F("V1", "t2", 1200, 11.0, "yes"), F("V1", "t3", 1400, 13.0, ""),
     F("V1", "t4", 1600, 13.0, None), F("V1", "t5", 1800, 13.0, 0.0), F("V1", "t6", 2000, 9.0, [0])],
    [F("V1", "t1", 1000, -5.0), F("V1", "t2", 1200, 11.0)],
    [F("B", "t1", 1, 1.0), F("A", "t1", 1, 1.0), F("C", "t1", 1, 1.0), F("b", "t1", 1, 1.0), F("Ä", "t1", 1, 1.0)],
    [F("VAN-2", "2024-02-01T07:00", 50, 30.0), F("VAN-10", "2024-02-01T07:00", 70, 30.0),
     F("VAN-2", "2024-02-02T07:00", 450, 31.0), F("VAN-10", "2024-02-02T07:00", 570, 29.5)],
    [F(1, "t1", 100, 5.0), F(2, "t1", 100, 5.0), F(1, "t2", 200, 6.0), F(1.0, "t3", 300, 7.0), F(True, "t4", 400, 8.0)],
    [F(1, "t1", 100, 5.0), F("1", "t1", 100, 5.0)],
    [F(("depot", 3), "t1", 100, 5.0), F(("depot", 1), "t2", 200, 6.0), F(("depot", 3), "t3", 300, 7.0)],
    [F("V1", "t1", 100, 5.0), F("V2", "t1", None, 5.0)],
    [F("V1", "t1", 100, 5.0), F("V1", "t1", None, 5.0)],
    [F("V1", "t1", 100, 5.0), F("V1", None, 100, 5.0)],
    [F("V1", "t1", 100, 5.0), F("V1", "t2", "200", 5.0)],
    [F("V1", "t1", 100, 5.0), F("V1", "t2", 200, "5.0")],
    [F("V1", "t1", 100, 5.0), {"vehicle": "V1", "time": "t2", "odometer": 200, "litres": 5.0}],
    [F("V1", "t1", 100, 5.0), {"vehicle": "V1", "time": "t2", "odometer": 200, "full": True}],
    [F("V1", "t1", 100, 5.0), {"time": "t2", "odometer": 200, "litres": 5.0, "full": True}],
    [F("V1", "t1", 100, 5.0), {"vehicle": "V2", "odometer": 200, "litres": 5.0, "full": True}],
    [F("V2", "t1", 100, 5.0), F("V1", "t1", 100, 5.0), {"vehicle": "V3", "time": "t2", "litres": 5.0, "full": True},
     F("V1", "t2", "x", 1.0)],
    [F(["list"], "t1", 100, 5.0)],
    [F("V1", "t1", 100, 5.0, station="Shell", card="FC1"), F("V1", "t2", 400, 20.0, station="BP")],
    (F("V1", "t1", 100, 5.0), F("V1", "t2", 400, 20.0)),
    [F("V1", "2024-03-31T01:59:00+01:00", 100, 5.0), F("V1", "2024-03-31T03:01:00+02:00", 300, 15.0)],
    [F("V1", "t1", 10**12, 1e-9), F("V1", "t2", 10**12 + 1, 1e9)],
    [F("V1", "t1", 100, 0.1), F("V1", "t2", 200, 0.2), F("V1", "t3", 300, 0.3), F("V1", "t4", 400, 0.1)],
]


@pytest.mark.parametrize("transactions", CASES)
def test_cases(transactions) -> None:
    assert_same(fuel_economy, reference, transactions)


def _random_cases():
    rng = random.Random(1999)
    for _ in range(140):
        transactions = []
        vehicles = [f"V{n}" for n in range(rng.randint(1, 6))]
        for vehicle in vehicles:
            odometer = rng.randint(0, 5000)
            for step in range(rng.randint(0, 12)):
                odometer += rng.choice([0, -50, 120, 300, 300, 450])
                transactions.append(F(
                    vehicle,
                    f"2024-05-{rng.randint(1, 9):02d}T{rng.choice(['08', '12'])}:00",
                    odometer,
                    rng.choice([round(rng.uniform(0.1, 60), 2), rng.randint(1, 60), 0.1, 0.2]),
                    rng.random() < 0.7,
                ))
        rng.shuffle(transactions)
        yield transactions


@pytest.mark.parametrize("transactions", list(_random_cases()))
def test_random(transactions) -> None:
    assert_same(fuel_economy, reference, transactions)


def test_large_fleet() -> None:
    rng = random.Random(12)
    transactions = []
    for number in range(60):
        odometer = rng.randint(10_000, 90_000)
        for day in range(80):
            odometer += rng.randint(-10, 600)
            transactions.append(F(f"VAN-{number:03d}", f"2024-{1 + day // 28:02d}-{1 + day % 28:02d}T0{rng.randint(6, 9)}:00",
                                  odometer, round(rng.uniform(5, 70), 2), rng.random() < 0.8))
    rng.shuffle(transactions)
    assert_same(fuel_economy, reference, transactions)
