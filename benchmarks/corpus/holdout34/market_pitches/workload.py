"""Pitch statements for the 2024-25 financial year (the market trades Tuesday to Saturday)."""

import random
from datetime import date, timedelta

from market_pitches.statements import pitch_statements
from market_pitches.summary import format_pence, occupancy_rate, total_fees, vacant_pitches

TRADES = ["Veg", "Fruit", "Cheese", "Bakery", "Fish", "Flowers", "Plants", "Olives", "Crafts", "Books",
          "Vintage", "Street Food", "Coffee", "Eggs", "Butcher", "Jewellery", "Phone Cases", "Sweets"]


def main() -> None:
    rng = random.Random(34909)
    pitches = [{"number": f"{row}{n}", "frontage_m": rng.choice([3.0, 3.0, 6.0]), "rate_pence": 0}
               for row in "ABCDEFGHJK" for n in range(1, 23)]
    for pitch in pitches:
        pitch["rate_pence"] = int(pitch["frontage_m"] * rng.choice([800, 850, 900]))
    # The licence register keeps every licence ever issued; most early casual licences have lapsed.
    holders = [{"licence": f"ML{n:04d}", "name": f"{rng.choice(TRADES)} {n}",
                "status": "permanent" if rng.random() < 0.12 else "casual"} for n in range(1, 2601)]
    permanent_holders = [h for h in holders if h["status"] == "permanent"]
    casual_pool = [h for h in holders[1200:] if h["status"] == "casual"][:320]
    permanent = {pitch["number"]: rng.choice(permanent_holders)["licence"] for pitch in pitches[:150]}
    days = [date(2024, 4, 1) + timedelta(days=d) for d in range(365)]
    days = [day for day in days if day.weekday() in (1, 2, 3, 4, 5)]
    attendance = []
    for day in days:
        for pitch in pitches:
            if pitch["number"] in permanent and rng.random() < 0.9:
                licence = permanent[pitch["number"]]
            elif rng.random() < (0.75 if day.weekday() == 5 else 0.35):
                licence = rng.choice(casual_pool)["licence"]
            else:
                continue
            attendance.append({"date": day.isoformat(), "pitch": pitch["number"], "licence": licence})
    statements = pitch_statements(pitches, attendance, holders)
    print(len(attendance), occupancy_rate(statements, len(days)), format_pence(total_fees(statements)),
          vacant_pitches(statements))


if __name__ == "__main__":
    main()
