from datetime import date

import pytest

from vetclinic.dates import add_months
from vetclinic.reminders import reminders_due

SCHEDULES = [
    {"species": "dog", "vaccine": "DHPP", "first_weeks": 8, "booster_months": 12},
    {"species": "dog", "vaccine": "Rabies", "first_weeks": 12, "booster_months": 36},
    {"species": "cat", "vaccine": "FVRCP", "first_weeks": 9, "booster_months": 12},
]
TODAY = date(2024, 6, 1)


def pet(pet_id: int, species: str = "dog", born: str = "2020-01-01", **extra) -> dict:
    return {"id": pet_id, "name": f"Pet{pet_id}", "species": species, "born": born, "owner": f"owner{pet_id}", **extra}


def test_add_months_clamps() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 11, 15), 14) == date(2025, 1, 15)


def test_booster_due_from_latest_dose() -> None:
    shots = [{"pet_id": 1, "vaccine": "DHPP", "given": "2022-06-10"}, {"pet_id": 1, "vaccine": "DHPP", "given": "2023-06-10"},
             {"pet_id": 1, "vaccine": "Rabies", "given": "2023-01-01"}]
    reminders = reminders_due([pet(1)], shots, SCHEDULES, TODAY)
    assert reminders == [{"owner": "owner1", "pet": "Pet1", "vaccine": "DHPP", "due": "2024-06-10", "status": "due", "days": 9}]


def test_never_given_is_due_at_first_dose_age() -> None:
    reminders = reminders_due([pet(2, "cat", born="2024-04-01")], [], SCHEDULES, TODAY)
    assert [(r["vaccine"], r["due"]) for r in reminders] == [("FVRCP", "2024-06-03")]


def test_overdue() -> None:
    reminders = reminders_due([pet(3, "cat")], [{"pet_id": 3, "vaccine": "FVRCP", "given": "2023-01-05"}], SCHEDULES, TODAY)
    assert reminders[0]["status"] == "overdue"
    assert reminders[0]["days"] < 0


def test_deceased_pets_are_skipped() -> None:
    assert reminders_due([pet(4, deceased=True)], [], SCHEDULES, TODAY) == []


def test_sorted_by_due_date() -> None:
    reminders = reminders_due([pet(5, born="2024-04-01"), pet(6, "cat", born="2024-03-20")], [], SCHEDULES, TODAY)
    assert [r["due"] for r in reminders] == sorted(r["due"] for r in reminders)


def test_bad_date() -> None:
    with pytest.raises(ValueError):
        reminders_due([pet(7, born="01/01/2020")], [], SCHEDULES, TODAY)
