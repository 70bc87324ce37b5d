"""Payroll export: four months of time-clock punches for the plant's hourly staff."""

import random
from datetime import datetime, timedelta

from punchclock.hours import Punch, weekly_overtime


def main() -> None:
    rng = random.Random(404)
    punches = []
    monday = datetime(2024, 1, 1)
    for e in range(360):
        employee = f"E{e:04d}"
        shift_start = rng.choice([6, 14, 22])
        for day in range(7 * 16):
            if (day % 7 >= 5 and rng.random() < 0.85) or rng.random() < 0.05:
                continue
            start = monday + timedelta(days=day, hours=shift_start, minutes=rng.randint(-12, 10))
            end = start + timedelta(hours=8, minutes=rng.randint(0, 150))
            punches.append(Punch(employee, start.strftime("%Y-%m-%d %H:%M"), "in"))
            punches.append(Punch(employee, end.strftime("%Y-%m-%d %H:%M"), "out"))
    rng.shuffle(punches)
    report = weekly_overtime(punches)
    overtime = sum(row[2] for rows in report.values() for row in rows)
    worst = max(report, key=lambda emp: sum(row[2] for row in report[emp]))
    print(len(punches), len(report), round(overtime, 2), worst)


if __name__ == "__main__":
    main()
