"""The retention team's Monday report: a quarter of door swipes across the chain's clubs."""

import random
from datetime import datetime, timedelta

from doorlog.activity import member_activity
from doorlog.records import Member, Swipe
from doorlog.retention import call_list, usage_bands

CLUBS = ["Central", "Riverside", "Northgate", "Docklands"]


def main() -> None:
    rng = random.Random(2024)
    members = []
    swipes = []
    start = datetime(2024, 1, 1)
    for number in range(2000):
        member_id = f"M{number:06d}"
        joined = start - timedelta(days=rng.randint(-60, 900))
        members.append(Member(member_id, joined.strftime("%Y-%m-%d"), rng.choice(["standard", "off-peak", "premium"])))
        habit = rng.choice([0.0, 0.05, 0.15, 0.3, 0.45, 0.6])
        club = rng.choice(CLUBS)
        for day in range(91):
            if rng.random() >= habit:
                continue
            arrived = start + timedelta(days=day, hours=rng.choice([6, 7, 12, 17, 18, 19]), minutes=rng.randint(0, 59),
                                        seconds=rng.randint(0, 59))
            swipes.append(Swipe(member_id, arrived.strftime("%Y-%m-%d %H:%M:%S"), "in", club))
            if rng.random() < 0.93:  # some members tailgate out behind someone else
                left = arrived + timedelta(minutes=rng.randint(25, 110))
                swipes.append(Swipe(member_id, left.strftime("%Y-%m-%d %H:%M:%S"), "out", club))
    rng.shuffle(swipes)
    activity = member_activity(swipes, members, "2024-03-31")
    print(f"{len(swipes)} swipes, {sum(entry.visits for entry in activity)} visits")
    print("usage bands:", usage_bands(activity))
    print("to call:", len(call_list(activity)), "first:", call_list(activity)[:3])


if __name__ == "__main__":
    main()
