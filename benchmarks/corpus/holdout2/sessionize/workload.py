"""Nightly analytics job: sessionize a day of web shop page views."""

import random

from clickstream.sessions import PageView, build_sessions

PATHS = ["/", "/search", "/product", "/cart", "/checkout", "/account", "/help", "/deals"]


def main() -> None:
    rng = random.Random(31337)
    users = [f"u{rng.randrange(10**8):08d}" for _ in range(900)]
    views = []
    for user in users:
        clock = rng.randrange(86400)
        for _ in range(rng.randint(1, 40)):
            clock += rng.choice([5, 20, 45, 90, 300, 2400, 7200])
            views.append(PageView(user, clock, rng.choice(PATHS)))
    rng.shuffle(views)
    sessions = build_sessions(views, gap=1800)
    print(len(views), len(sessions), max(len(s.paths) for s in sessions))


if __name__ == "__main__":
    main()
