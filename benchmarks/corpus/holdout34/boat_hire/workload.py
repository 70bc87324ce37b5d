"""Season review: utilisation through the day for the whole fleet, summer 2024."""

import random
from datetime import datetime, timedelta

from boat_hire.season import busiest_hours, late_returns, takings_by_boat
from boat_hire.utilisation import utilisation_by_hour

BOATS = ["Kingfisher", "Heron", "Mallard", "Swan", "Otter", "Dragonfly", "Moorhen", "Grebe", "Coot", "Teal",
         "Wagtail", "Curlew", "Osprey", "Bittern", "Dipper", "Plover", "Lapwing", "Sandpiper",
         "Avocet", "Egret", "Shoveler", "Pintail"]


def season_slips(rng: random.Random) -> list[dict]:
    slips = []
    day = datetime(2024, 4, 1)
    while day < datetime(2024, 10, 1):
        busy = 0.9 if day.weekday() >= 5 or 7 <= day.month <= 8 else 0.45
        for boat in BOATS:
            clock = day.replace(hour=9) + timedelta(minutes=rng.randrange(0, 40))
            while clock.hour < 17:
                if rng.random() < busy:
                    booked = rng.choice([30, 60, 60, 90, 120])
                    back = clock + timedelta(minutes=booked + rng.choice([-5, 0, 0, 5, 10, 25]))
                    slips.append({"slip": str(len(slips) + 1), "boat": boat,
                                  "out": clock.strftime("%Y-%m-%d %H:%M"), "back": back.strftime("%Y-%m-%d %H:%M"),
                                  "booked_minutes": booked, "paid_pence": booked * 30})
                    clock = back + timedelta(minutes=rng.randrange(5, 30))
                else:
                    clock += timedelta(minutes=rng.randrange(20, 90))
        day += timedelta(days=1)
    return slips


def main() -> None:
    rng = random.Random(34606)
    slips = season_slips(rng)
    table = utilisation_by_hour(slips)
    print(len(slips), busiest_hours(table), table["Kingfisher"])
    print(len(late_returns(slips)), list(takings_by_boat(slips).items())[:3])


if __name__ == "__main__":
    main()
