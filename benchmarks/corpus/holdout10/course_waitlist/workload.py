"""Replay the first registration day of the autumn term from the web front end's event log."""

import random

from enrolment.registrar import Registrar


def main() -> None:
    rng = random.Random(1999)
    capacities = {f"{dept}{n}": rng.choice([120, 200, 350, 500])
                  for dept in ("CS", "MATH", "PHYS", "ECON", "BIO") for n in (101, 102, 201)}
    popular = ["CS101", "CS102", "ECON101", "BIO101", "MATH101"]
    codes = list(capacities)
    students = [f"s{n:06d}" for n in range(40_000)]
    events = []
    registered = []
    for _ in range(80_000):
        if registered and rng.random() < 0.25:
            student, code = rng.choice(registered)
            events.append(("drop", student, code))
        else:
            code = rng.choice(popular) if rng.random() < 0.6 else rng.choice(codes)
            student = rng.choice(students)
            events.append(("enrol", student, code))
            registered.append((student, code))
    registrar = Registrar(capacities)
    log = registrar.process(events)
    promoted = sum(1 for line in log if line.endswith("promoted"))
    print(len(events), "events,", len(log), "log lines,", promoted, "promotions")
    for code, (enrolled, waiting) in sorted(registrar.summary().items())[:6]:
        print(f"  {code}: {enrolled} enrolled, {waiting} waiting")


if __name__ == "__main__":
    main()
