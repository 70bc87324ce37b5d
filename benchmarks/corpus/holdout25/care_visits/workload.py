"""The agency's weekly visit-verification run: every carer's rostered visits against their phone log."""

import random
from datetime import datetime, timedelta

from visitcheck.records import PHONE_FORMAT, ROSTER_FORMAT, Check, Visit
from visitcheck.verify import exceptions_report, verify_visits


def carer_week(rng: random.Random, carer: str, monday: datetime) -> tuple[list[Visit], list[Check]]:
    """One carer's rostered visits for the week and what their phone recorded."""
    visits, checks = [], []
    clients = [f"CL{rng.randint(100, 999)}" for _ in range(rng.randint(6, 12))]
    for day in range(7):
        if rng.random() < 0.2:
            continue
        clock = monday + timedelta(days=day, hours=7, minutes=rng.choice([0, 15, 30]))
        for _ in range(rng.randint(5, 9)):
            client = rng.choice(clients)
            length = rng.choice([30, 30, 45, 60, 60, 90])
            start, end = clock, clock + timedelta(minutes=length)
            visit_id = f"{carer}-{start:%m%d%H%M}"
            visits.append(Visit(visit_id, client, carer, start.strftime(ROSTER_FORMAT), end.strftime(ROSTER_FORMAT)))
            if rng.random() > 0.03:
                arrive = start + timedelta(seconds=rng.gauss(4 * 60, 6 * 60))
                checks.append(Check(carer, client, "in", arrive.strftime(PHONE_FORMAT)))
                if rng.random() < 0.05:  # a second tap because the first one seemed not to register
                    checks.append(Check(carer, client, "in", (arrive + timedelta(seconds=20)).strftime(PHONE_FORMAT)))
                if rng.random() > 0.04:
                    leave = arrive + timedelta(minutes=length * rng.uniform(0.7, 1.15))
                    checks.append(Check(carer, client, "out", leave.strftime(PHONE_FORMAT)))
            clock = end + timedelta(minutes=rng.choice([10, 15, 20, 30, 45]))
    rng.shuffle(checks)  # the app uploads in batches, not in time order
    return visits, checks


def main() -> None:
    rng = random.Random(6052024)
    monday = datetime(2024, 5, 6)
    results = []
    for number in range(1, 71):
        visits, checks = carer_week(rng, f"C{number:03d}", monday)
        results.extend(verify_visits(visits, checks))
    counts, follow_up = exceptions_report(results)
    print(f"{len(results)} visits verified: {counts}")
    print(f"{len(follow_up)} to follow up, first: {follow_up[:3]}")


if __name__ == "__main__":
    main()
