"""Month-end SLA report over the helpdesk's tickets."""

import random
from datetime import date, datetime, timedelta

from slaclock.report import breach_report


def desk_calendar() -> str:
    lines = ["# Service desk calendar, maintained by the service owner",
             "hours mon-fri 07:30-19:00", "hours sat 09:00-13:00", ""]
    for year in range(2016, 2026):
        lines.append(f"# {year} public holidays")
        for month, day in [(1, 1), (1, 2), (3, 17), (5, 1), (5, 27), (8, 26), (10, 3), (12, 24), (12, 25), (12, 26), (12, 31)]:
            lines.append(f"holiday {date(year, month, day).isoformat()}")
    return "\n".join(lines) + "\n"


def main() -> None:
    rng = random.Random(311)
    start = datetime(2024, 10, 1)
    targets = {"P1": (15, 240), "P2": (60, 960), "P3": (240, 2880), "P4": (480, 7200)}
    tickets = []
    for number in range(1800):
        created = start + timedelta(minutes=rng.randint(0, 31 * 24 * 60))
        priority = rng.choices(list(targets), weights=[1, 4, 10, 6])[0]
        response = created + timedelta(minutes=int(rng.expovariate(1 / (targets[priority][0] * 0.6))))
        resolved = response + timedelta(minutes=int(rng.expovariate(1 / (targets[priority][1] * 0.5))))
        tickets.append({"id": f"INC{number:07d}", "priority": priority, "created": created.isoformat(timespec="minutes"),
                        "first_response": response.isoformat(timespec="minutes") if rng.random() < 0.97 else None,
                        "resolved": resolved.isoformat(timespec="minutes") if rng.random() < 0.85 else None})
    report = breach_report(tickets, desk_calendar(), targets, "2024-11-01T00:00")
    breached = sum(1 for ticket in report["tickets"].values() if ticket["breaches"])
    print(len(tickets), "tickets;", breached, "with a breach;", "compliance", report["compliance"])


if __name__ == "__main__":
    main()
