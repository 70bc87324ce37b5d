"""Monthly reminder run: which patients need a vaccination letter this month."""

import random
from datetime import date, timedelta

from vetclinic.reminders import reminders_due

SCHEDULES = [
    {"species": "dog", "vaccine": "DHPP", "first_weeks": 8, "booster_months": 12},
    {"species": "dog", "vaccine": "Rabies", "first_weeks": 12, "booster_months": 36},
    {"species": "dog", "vaccine": "Leptospirosis", "first_weeks": 10, "booster_months": 12},
    {"species": "dog", "vaccine": "Bordetella", "first_weeks": 8, "booster_months": 6},
    {"species": "cat", "vaccine": "FVRCP", "first_weeks": 9, "booster_months": 12},
    {"species": "cat", "vaccine": "FeLV", "first_weeks": 9, "booster_months": 24},
    {"species": "cat", "vaccine": "Rabies", "first_weeks": 12, "booster_months": 36},
    {"species": "rabbit", "vaccine": "RHDV2", "first_weeks": 10, "booster_months": 12},
    {"species": "rabbit", "vaccine": "Myxomatosis", "first_weeks": 5, "booster_months": 12},
]


def main() -> None:
    rng = random.Random(4242)
    today = date(2024, 6, 1)
    pets, vaccinations = [], []
    for number in range(880):
        species = rng.choice(["dog", "dog", "cat", "cat", "rabbit"])
        born = today - timedelta(days=rng.randint(40, 5000))
        pets.append({"id": f"P{number:05d}", "name": rng.choice(["Bella", "Max", "Luna", "Milo", "Coco", "Daisy"]),
                     "species": species, "born": born.isoformat(), "owner": f"client-{rng.randrange(650):04d}",
                     "deceased": rng.random() < 0.04})
        for schedule in SCHEDULES:
            if schedule["species"] != species:
                continue
            given = born + timedelta(weeks=schedule["first_weeks"], days=rng.randint(0, 20))
            while given < today and rng.random() < 0.9:
                vaccinations.append({"pet_id": f"P{number:05d}", "vaccine": schedule["vaccine"], "given": given.isoformat(), "vet": rng.choice("ABC")})
                given += timedelta(days=30 * schedule["booster_months"] + rng.randint(-20, 60))
    rng.shuffle(vaccinations)
    reminders = reminders_due(pets, vaccinations, SCHEDULES, today)
    overdue = sum(reminder["status"] == "overdue" for reminder in reminders)
    print(len(pets), "patients,", len(vaccinations), "doses on file;", len(reminders), "reminders,", overdue, "overdue")


if __name__ == "__main__":
    main()
