"""Plan a month of rehearsal-room bookings from the requests received through the web form."""

import random

from rehearsal.report import day_summary
from rehearsal.requests import request_from_form
from rehearsal.schedule import plan_day

ROOMS = {"Live Room": 2400, "Room A": 1500, "Room B": 1500, "Room C": 1200, "Drum Booth": 900, "Vocal Suite": 1100}


def day_requests(rng: random.Random, date: str, counter: list[int]) -> list[dict[str, str]]:
    """The web-form submissions for one day: bands ask for one to three hours between 10:00 and 24:00."""
    forms = []
    for room, rate in ROOMS.items():
        for _ in range(rng.randint(30, 34)):
            start = rng.randrange(10 * 60, 22 * 60, 30)
            end = min(start + rng.choice([60, 60, 90, 120, 120, 180]), 24 * 60)
            counter[0] += 1
            forms.append({"id": f"R{counter[0]:06d}", "room": room, "date": date, "from": f"{start // 60:02d}:{start % 60:02d}",
                          "to": f"{end // 60:02d}:{end % 60:02d}", "rate": str(rate + rng.choice([0, 0, 200, -300]))})
    return forms


def main() -> None:
    rng = random.Random(1977)
    counter = [0]
    month_takings = 0
    for day in range(1, 31):
        date = f"2024-06-{day:02d}"
        requests = [request_from_form(form) for form in day_requests(rng, date, counter)]
        plan = plan_day(requests)
        month_takings += sum(fee for fee, _ in plan.values())
        if day % 7 == 1:
            print(day_summary(date, plan, len(requests)))
    print(f"June takings: £{month_takings // 100:,}.{month_takings % 100:02d} from {counter[0]} requests")


if __name__ == "__main__":
    main()
