"""Forecast next year's decision times with the current establishment of case officers."""

import random

from caseload.applications import Application
from caseload.replay import replay
from caseload.report import performance_lines

MIX = [("householder", 0.55, (1, 4)), ("minor", 0.3, (2, 8)), ("other", 0.12, (1, 6)), ("major", 0.03, (15, 60))]


def main() -> None:
    rng = random.Random(31)
    applications = []
    for _ in range(2200):  # the backlog carried over from last year, not yet allocated
        kind = rng.choices([m[0] for m in MIX], [m[1] for m in MIX])[0]
        low, high = next(m[2] for m in MIX if m[0] == kind)
        applications.append(Application(f"23/{len(applications):05d}/{kind[:3].upper()}", kind, -rng.randint(1, 200),
                                        rng.randint(low, high)))
    for day in range(365):
        weekday = day % 7
        for _ in range(rng.randint(7, 13) if weekday < 5 else 0):
            kind = rng.choices([m[0] for m in MIX], [m[1] for m in MIX])[0]
            low, high = next(m[2] for m in MIX if m[0] == kind)
            applications.append(Application(f"24/{len(applications):05d}/{kind[:3].upper()}", kind, day,
                                            rng.randint(low, high)))
    result = replay(applications, officers=29)
    print("applications", len(applications), "last decision day", max(d[3] for d in result["decisions"]))
    for line in performance_lines(result["per_type"]):
        print(line)


if __name__ == "__main__":
    main()
