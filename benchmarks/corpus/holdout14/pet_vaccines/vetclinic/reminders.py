"""Vaccination reminders for the clinic's patients."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Mapping, Sequence

from vetclinic.dates import add_months


def reminders_due(
    pets: Sequence[Mapping[str, Any]],
    vaccinations: Sequence[Mapping[str, Any]],
    schedules: Sequence[Mapping[str, Any]],
    today: date,
    window_days: int = 30,
) -> list[dict[str, Any]]:
    """Vaccinations that are overdue or fall due within ``window_days`` of ``today``.

    ``pets`` have ``id``, ``name``, ``species``, ``born`` (ISO date), ``owner`` and
    optionally ``deceased``. ``vaccinations`` have ``pet_id``, ``vaccine`` and ``given``
    (ISO date). ``schedules`` give, per ``species`` and ``vaccine``, ``first_weeks`` (age of
    the first dose) and ``booster_months``. A vaccine never given is due at the age of the
    first dose; otherwise it is due ``booster_months`` after the latest dose.
    The reminders are sorted by due date, owner, pet name and vaccine.
    """
    horizon = today + timedelta(days=window_days)
    reminders: list[dict[str, Any]] = []
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
