"""The attendance officer's weekly meeting: year-to-date attendance for the whole school from the register export."""

import random
from datetime import date, timedelta

from regmarks.forms import form_summary
from regmarks.summary import attendance_summary

SURNAMES = ["Smith", "Khan", "Jones", "Nowak", "O'Brien", "Williams", "Patel", "Brown", "Ahmed", "Taylor", "Kowalski", "Davies"]
FORENAMES = ["Amelia", "Oliver", "Isla", "Muhammad", "Zoë", "Noah", "Ava", "Leo", "Maja", "Jack", "Aisha", "Théo"]


def register_export(rng: random.Random, pupils: int, school_days: int) -> str:
    """The MIS export: a line per pupil per session, plus the corrections office staff appended later."""
    lines = ["UPN,Surname,Forename,Form,Date,Session,Mark,Recorded By"]
    roll = []
    for number in range(pupils):
        year = 7 + number % 5
        roll.append((f"K{rng.randint(10**11, 10**12 - 1)}", rng.choice(SURNAMES), rng.choice(FORENAMES),
                     f"{year}{'ABCDEF'[number % 6]}", rng.choice([0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.12, 0.2])))
    day = date(2024, 9, 4)
    corrections = []
    for _ in range(school_days):
        while day.weekday() >= 5:
            day += timedelta(days=1)
        for upn, surname, forename, form, absence in roll:
            for session in ("AM", "PM"):
                if rng.random() < absence:
                    mark = rng.choice("IIIMOOUGNECH")
                else:
                    mark = rng.choice("//////////L") if session == "AM" else rng.choice("\\\\\\\\\\\\\\\\\\B")
                if rng.random() < 0.002:
                    mark = "N"
                    corrections.append(f"{upn},{surname},{forename},{form},{day.isoformat()},{session},{rng.choice('IM/')},office")
                lines.append(f"{upn},{surname},{forename},{form},{day.isoformat()},{session},{mark},{rng.choice(['tutor', 'cover'])}")
        day += timedelta(days=1)
    return "\n".join(lines + corrections) + "\n"


def main() -> None:
    rng = random.Random(1870)
    export = register_export(rng, 900, 95)
    pupils = attendance_summary(export)
    persistent = [p for p in pupils.values() if p.persistent_absentee]
    print(f"{len(pupils)} pupils, {len(persistent)} persistent absentees ({100 * len(persistent) / len(pupils):.1f}%)")
    for form, percentage, absentees in form_summary(pupils.values())[:6]:
        print(f"  {form}: {percentage}% attendance, {absentees} persistent absentees")


if __name__ == "__main__":
    main()
