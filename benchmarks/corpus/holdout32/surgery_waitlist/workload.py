"""Model the next six months of the elective list under two theatre-capacity options."""

import random

from surgery_waitlist.scheduler import fill_sessions
from surgery_waitlist.targets import rtt_performance, waits_by_priority
from surgery_waitlist.waitlist import Referral, Session

PROCEDURES = [("hip replacement", 150), ("knee replacement", 140), ("hernia repair", 75),
              ("cholecystectomy", 90), ("arthroscopy", 45), ("cataract", 30), ("tonsillectomy", 40),
              ("carpal tunnel release", 25), ("hysterectomy", 120), ("varicose veins", 60)]


def referrals(rng: random.Random) -> list[Referral]:
    items = []
    for number in range(2700):  # the list as it stands today
        procedure, minutes = rng.choice(PROCEDURES)
        items.append(Referral(f"R{number:06d}", -rng.randint(0, 300), rng.choices([2, 3, 4], [5, 45, 50])[0],
                              minutes + rng.randint(-10, 20), procedure))
    for day in range(182):
        if day % 7 >= 5:
            continue
        for _ in range(rng.randint(14, 22)):
            procedure, minutes = rng.choice(PROCEDURES)
            items.append(Referral(f"R{len(items):06d}", day, rng.choices([1, 2, 3, 4], [2, 12, 46, 40])[0],
                                  minutes + rng.randint(-10, 20), procedure))
    rng.shuffle(items)
    return items


def sessions(theatres: int) -> list[Session]:
    plan = []
    for day in range(182):
        if day % 7 >= 5:
            continue
        for theatre in range(theatres):
            plan.append(Session(day, f"TH{theatre + 1}-AM", 240))
            plan.append(Session(day, f"TH{theatre + 1}-PM", 210))
    return plan


def main() -> None:
    rng = random.Random(3204)
    waiting_list = referrals(rng)
    for theatres in (3, 4):
        bookings, still_waiting = fill_sessions(waiting_list, sessions(theatres))
        print(f"{theatres} theatres: {len(bookings)} operations, {len(still_waiting)} still waiting, "
              f"RTT {rtt_performance(bookings):.1%}")
        print(waits_by_priority(bookings))


if __name__ == "__main__":
    main()
