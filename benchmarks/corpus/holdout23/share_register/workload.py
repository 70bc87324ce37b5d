"""Rebuild the register of members for each AGM since the employee-ownership trust was set up."""

import random

from sharereg.events import ShareEvent, apply_event
from sharereg.register import registers_at
from sharereg.voting import voting_table


def main() -> None:
    rng = random.Random(2014)
    events = [ShareEvent("2014-04-01", "issue", "Founder", "ORD", 1_000_000),
              ShareEvent("2014-04-02", "transfer", "Founder", "ORD", 510_000, "EOT Trustee")]
    books: dict = {}
    for event in events:
        apply_event(books, event)
    employees = [f"EMP{number:04d}" for number in range(500)]
    for month in range(120):
        date = f"{2014 + (month + 4) // 12}-{(month + 4) % 12 + 1:02d}-{rng.randint(1, 28):02d}"
        for _ in range(rng.randint(15, 28)):
            holder = rng.choice(employees)
            roll = rng.random()
            if roll < 0.55:  # share incentive plan award
                event = ShareEvent(date, "issue", holder, rng.choice(["ORD", "ORD", "A"]), rng.randint(10, 400))
            elif roll < 0.8 and holder in books:  # leaver sells to the trust
                share_class = rng.choice(sorted(books[holder]))
                event = ShareEvent(date, "transfer", holder, share_class, books[holder][share_class], "EOT Trustee")
            elif books["EOT Trustee"].get("ORD", 0) >= 500:  # trust recycles shares to employees
                event = ShareEvent(date, "transfer", "EOT Trustee", "ORD", rng.randint(50, 500), holder)
            else:
                continue
            apply_event(books, event)
            events.append(event)
    record_dates = [f"{year}-06-30" for year in range(2014, 2025)]
    registers = registers_at(events, record_dates)
    print("events", len(events))
    for record_date in record_dates[-3:]:
        members = registers[record_date]
        print(record_date, "members", len(members), "top", voting_table(members, threshold=2.0)[:2])


if __name__ == "__main__":
    main()
