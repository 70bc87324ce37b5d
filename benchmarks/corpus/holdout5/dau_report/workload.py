"""Product dashboard: weekly and monthly active users for the last quarter."""

import random
from datetime import date, timedelta

from engagement.activity import ActivityEvent, rolling_active_users, stickiness


def main() -> None:
    rng = random.Random(77)
    start = date(2025, 1, 1)
    users = [f"user{n:05d}" for n in range(6000)]
    actions = ["login", "view", "search", "purchase", "push_open"]
    events = []
    for offset in range(150):
        day = start + timedelta(days=offset)
        for _ in range(rng.randint(260, 360)):
            events.append(ActivityEvent(rng.choice(users), day, rng.choice(actions)))
    rng.shuffle(events)
    weekly = rolling_active_users(events, 7, actions=["login", "view", "search", "purchase"])
    monthly = rolling_active_users(events, 28, actions=["login", "view", "search", "purchase"])
    ratio = stickiness(weekly, monthly)
    print(len(events), weekly[-1], monthly[-1], round(ratio[-1][1], 4))


if __name__ == "__main__":
    main()
