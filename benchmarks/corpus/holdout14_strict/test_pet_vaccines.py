"""Strict equivalence tests for reminders_due (never shown to wattlens)."""

from __future__ import annotations

import calendar
import random
from datetime import date, timedelta

import pytest
from strict_support import assert_same
from vetclinic.reminders import reminders_due

TARGET = "vetclinic/reminders.py:reminders_due"


def add_months(day, months):
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def reference(pets, vaccinations, schedules, today, window_days=30):
    horizon = today + timedelta(days=window_days)
    reminders = []
    for pet in pets:
        if pet.get("deceased"):
            continue
        for schedule in schedules:
            if schedule["species"] != pet["species"]:
                continue
            latest = None
            for record in vaccinations:
                if record["pet_id"] == pet["id"] and record["vaccine"] == schedule["vaccine"]:
                    if latest is None or record["given"] > latest:
                        latest = record["given"]
            if latest is None:
                due = date.fromisoformat(pet["born"]) + timedelta(weeks=schedule["first_weeks"])
            else:
                due = add_months(date.fromisoformat(latest), schedule["booster_months"])
            if due > horizon:
                continue
            reminders.append({
                "owner": pet["owner"],
                "pet": pet["name"],
                "vaccine": schedule["vaccine"],
                "due": due.isoformat(),
                "status": "overdue" if due < today else "due",
                "days": (due - today).days,
            })
    reminders.sort(key=lambda reminder: (reminder["due"], reminder["owner"], reminder["pet"], reminder["vaccine"]))
    return reminders


def sch(species, vaccine, first_weeks=8, booster_months=12):
    return {"species": species, "vaccine": vaccine, "first_weeks": first_weeks, "booster_months": booster_months}


def pet(pet_id, species="dog", born="2020-01-01", name=None, owner=None, **extra):
    return {"id": pet_id, "name": name if name is not None else f"Pet{pet_id}", "species": species, "born": born,
            "owner": owner if owner is not None else f"o{pet_id}", **extra}


def shot(pet_id, vaccine, given, **extra):
    return {"pet_id": pet_id, "vaccine": vaccine, "given": given, **extra}


SCH = [sch("dog", "DHPP"), sch("dog", "Rabies", 12, 36), sch("cat", "FVRCP", 9, 12)]
T = date(2024, 6, 1)

CASES = [
    ([], [], [], T),
    ([], [], SCH, T),
    ([pet(1)], [], [], T),
    ([pet(1)], [], SCH, T),
    ([pet(1, born="2024-05-01")], [], SCH, T),
    ([pet(1, born="2024-05-01")], [], SCH, T, 0),
    ([pet(1, born="2024-05-01")], [], SCH, T, -30),
    ([pet(1, born="2024-05-01")], [], SCH, T, 365),
    ([pet(1, born="2024-04-06")], [], SCH, T, 0),
    ([pet(1)], [shot(1, "DHPP", "2023-06-01"), shot(1, "Rabies", "2023-06-01")], SCH, T),
    ([pet(1)], [shot(1, "DHPP", "2023-07-01"), shot(1, "Rabies", "2023-06-01")], SCH, T),
    ([pet(1)], [shot(1, "DHPP", "2023-07-02")], SCH, T),
    ([pet(1)], [shot(1, "DHPP", "2023-05-31"), shot(1, "DHPP", "2021-01-01"), shot(1, "DHPP", "2023-05-31")], SCH, T),
    ([pet(1)], [shot(1, "DHPP", "2022-05-31"), shot(1, "DHPP", "2023-05-31"), shot(1, "DHPP", "2020-05-31")], SCH, T),
    ([pet(1)], [shot(1, "DHPP", "2023-01-31")], [sch("dog", "DHPP", 8, 1)], T),
    ([pet(1)], [shot(1, "DHPP", "2024-01-31")], [sch("dog", "DHPP", 8, 1)], T),
    ([pet(1)], [shot(1, "DHPP", "2023-02-29".replace("29", "28"))], [sch("dog", "DHPP", 8, 12)], T),
    ([pet(1)], [shot(1, "DHPP", "2024-02-29")], [sch("dog", "DHPP", 8, 12)], date(2025, 3, 1)),
    ([pet(1)], [shot(1, "DHPP", "2024-05-15")], [sch("dog", "DHPP", 8, 0)], T),
    ([pet(1)], [shot(1, "DHPP", "2024-05-15")], [sch("dog", "DHPP", 8, -3)], T),
    ([pet(1)], [shot(1, "DHPP", "2024-05-15")], [sch("dog", "DHPP", 8, 1.5)], T),
    ([pet(1, born="2024-05-01")], [], [sch("dog", "DHPP", 2.5, 12)], T),
    ([pet(1, born="2024-05-01")], [], [sch("dog", "DHPP", -1, 12)], T),
    ([pet(1, born="2024-05-01")], [], [sch("dog", "DHPP", "8", 12)], T),
    ([pet(1)], [shot(1, "DHPP", "2024-05-15")], [sch("dog", "DHPP", 8, "12")], T),
    ([pet(1)], [shot(2, "DHPP", "2024-05-15")], SCH, T),
    ([pet(1), pet(2, "cat")], [shot(2, "FVRCP", "2023-05-15"), shot(1, "FVRCP", "2024-01-01")], SCH, T),
    ([pet(1, deceased=True), pet(2, deceased=False), pet(3, deceased=0), pet(4, deceased="yes"), pet(5, deceased=None)], [], SCH, T),
    ([pet(1, "hamster")], [], SCH, T),
    ([pet(1, "Dog")], [], SCH, T),
    ([pet(1), pet(1)], [shot(1, "DHPP", "2023-01-01")], SCH, T),
    ([pet(1), pet(1.0, name="Twin")], [shot(True, "DHPP", "2023-01-01")], SCH, T),
    ([pet("1")], [shot(1, "DHPP", "2023-01-01")], SCH, T),
    ([pet(None)], [shot(None, "DHPP", "2023-01-01")], SCH, T),
    ([pet(1)], [shot(1, "dhpp", "2023-01-01")], SCH, T),
    ([pet(1)], [shot(1, "DHPP", "2023-1-1")], SCH, T),
    ([pet(1)], [shot(1, "DHPP", "20230101")], SCH, T),
    ([pet(1)], [shot(1, "DHPP", "2023-01-01"), shot(1, "DHPP", "yesterday")], SCH, T),
    ([pet(1)], [shot(1, "DHPP", "2023-01-01"), shot(1, "DHPP", None)], SCH, T),
    ([pet(1)], [shot(1, "DHPP", None)], SCH, T),
    ([pet(1)], [shot(1, "DHPP", date(2023, 1, 1))], SCH, T),
    ([pet(1)], [shot(1, "DHPP", "2023-01-01"), shot(1, "DHPP", date(2023, 1, 1))], SCH, T),
    ([pet(1, born="2020/01/01")], [], SCH, T),
    ([pet(1, born=None)], [], SCH, T),
    ([pet(1, born=None)], [shot(1, "DHPP", "2023-01-01"), shot(1, "Rabies", "2023-01-01")], SCH, T),
    ([pet(1)], [{"pet_id": 1, "vaccine": "DHPP"}], SCH, T),
    ([pet(1)], [{"pet_id": 2, "vaccine": "DHPP"}], SCH, T),
    ([pet(1)], [{"pet_id": 1, "vaccine": "Kennel"}], SCH, T),
    ([pet(1)], [{"vaccine": "DHPP", "given": "2023-01-01"}], SCH, T),
    ([], [{"vaccine": "DHPP", "given": "2023-01-01"}], SCH, T),
    ([pet(1, "cat")], [{"vaccine": "DHPP", "given": "2023-01-01"}], [sch("dog", "DHPP")], T),
    ([pet(1)], [{"pet_id": 1, "given": "2023-01-01"}], SCH, T),
    ([{"id": 1, "name": "x", "species": "dog", "born": "2020-01-01"}], [], SCH, T),
    ([{"id": 1, "name": "x", "born": "2020-01-01", "owner": "o"}], [], SCH, T),
    ([{"id": 1, "name": "x", "born": "2020-01-01", "owner": "o"}], [], [], T),
    ([{"name": "x", "species": "dog", "born": "2020-01-01", "owner": "o"}], [], SCH, T),
    ([{"name": "x", "species": "dog", "born": "2020-01-01", "owner": "o"}], [shot(1, "DHPP", "2023-01-01")], SCH, T),
    ([pet(1)], [], [{"species": "dog", "vaccine": "X", "booster_months": 1}], T),
    ([pet(1)], [], [{"vaccine": "X", "first_weeks": 1, "booster_months": 1}], T),
    ([pet(1, name="Zoë", owner="Ann"), pet(2, name="Ärni", owner="Ann"), pet(3, name="bo", owner="ann")], [], SCH, T),
    ([pet(1, name="Rex", owner="Ann"), pet(2, name="Rex", owner="Ann")], [], SCH, T),
    ([pet(1, name="Rex", owner="Ann"), pet(2, name="Rex", owner=None)], [], SCH, T),
    ([pet(1, name=None, owner="Ann"), pet(2, name="Rex", owner="Ann")], [], SCH, T),
    ([pet(1)], [], SCH + [sch("dog", "DHPP", 8, 6)], T),
    ([pet(1)], [shot(1, "DHPP", "2024-01-01")], SCH + [sch("dog", "DHPP", 8, 6)], T),
    ([pet(1)], [], SCH, date(1999, 1, 1)),
    ([pet(1)], [shot(1, "DHPP", "2023-07-01", vet="Dr Ö", batch=7)], SCH, T),
    ((pet(1),), (shot(1, "DHPP", "2023-07-01"),), tuple(SCH), T),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(reminders_due, reference, *case)


def _random_cases():
    rng = random.Random(515)
    vaccines = {"dog": ["DHPP", "Rabies", "Lepto"], "cat": ["FVRCP", "Rabies"], "rabbit": ["RHDV2"]}
    for _ in range(140):
        schedules = [sch(species, v, rng.choice([5, 8, 9, 12]), rng.choice([6, 12, 24, 36]))
                     for species, names in vaccines.items() for v in names if rng.random() < 0.8]
        pets, shots = [], []
        today = date(2024, rng.randint(1, 12), rng.randint(1, 28))
        for number in range(rng.randint(0, 8)):
            species = rng.choice(list(vaccines))
            born = today - timedelta(days=rng.randint(10, 3000))
            pets.append(pet(number, species, born.isoformat(), rng.choice(["Max", "Bella", "Max"]), f"o{rng.randrange(4)}",
                            deceased=rng.random() < 0.1))
            for vaccine in vaccines[species] + ["Other"]:
                for _ in range(rng.randint(0, 3)):
                    shots.append(shot(number if rng.random() > 0.05 else 99, vaccine,
                                      (born + timedelta(days=rng.randint(30, 3000))).isoformat()))
        rng.shuffle(shots)
        yield pets, shots, schedules, today, rng.choice([0, 14, 30, 60])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(reminders_due, reference, *case)


def test_large_practice() -> None:
    rng = random.Random(12)
    pets, shots = [], []
    for number in range(150):
        born = T - timedelta(days=rng.randint(50, 4000))
        pets.append(pet(f"P{number}", rng.choice(["dog", "cat"]), born.isoformat(), owner=f"c{rng.randrange(90)}"))
        for vaccine in ("DHPP", "Rabies", "FVRCP"):
            for _ in range(rng.randint(0, 4)):
                shots.append(shot(f"P{number}", vaccine, (born + timedelta(days=rng.randint(50, 4000))).isoformat()))
    rng.shuffle(shots)
    assert_same(reminders_due, reference, pets, shots, SCH, T, 45)
