"""Month-end run: fines owed by every member of a city library."""

import datetime as dt
import random

from circulation.fines import member_fines


def main() -> None:
    rng = random.Random(1912)
    start = dt.date(2015, 1, 1)
    holidays = sorted({start + dt.timedelta(days=rng.randrange(3650)) for _ in range(120)})
    today = dt.date(2024, 11, 30)
    loans = []
    for number in range(6000):
        due = today - dt.timedelta(days=rng.randint(-20, 400))
        returned = None
        if rng.random() < 0.6:
            returned = due + dt.timedelta(days=rng.randint(-10, 120))
        loans.append((f"member{rng.randrange(1500):04d}", f"item{number}", due, returned))
    fines = member_fines(loans, today, holidays, cap=2000)
    print(len(fines), sum(fines.values()), max(fines.values()))


if __name__ == "__main__":
    main()
