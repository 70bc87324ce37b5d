"""The safety officer's yearly audit of passenger flights across all members' logbooks since 2012."""

import random
from collections import Counter
from datetime import date, timedelta

from logbook.currency import check_passenger_flights
from logbook.entries import Flight


def main() -> None:
    rng = random.Random(7700)
    flights = []
    for member in range(42):
        pilot = f"Member {member:03d}"
        day = date(2012, 1, 1) + timedelta(days=rng.randint(0, 400))
        keenness = rng.uniform(0.5, 1.6)
        classes = ["SEP"] if rng.random() < 0.6 else ["SEP", "SEP", "TMG", "MEP"]
        while day < date(2024, 12, 31):
            cls = rng.choice(classes)
            night = rng.randint(1, 3) if rng.random() < 0.08 else 0
            flights.append(Flight(pilot, day, cls, rng.choice([1, 1, 2, 3, 5]), night,
                                  round(rng.uniform(0.4, 3.2), 1), rng.choice([0, 0, 0, 1, 1, 2, 3])))
            day += timedelta(days=max(1, int(rng.expovariate(keenness / 5))))
    rng.shuffle(flights)
    checks = check_passenger_flights(flights)
    failures = [check for check in checks if not check.current]
    reasons = Counter(reason.split(" ", 1)[1].split(" in ")[0] for check in failures for reason in check.reasons)
    print(f"{len(flights)} flights, {len(checks)} with passengers, {len(failures)} not current")
    for reason, count in reasons.most_common():
        print(f"  {count:5d}  {reason}")


if __name__ == "__main__":
    main()
