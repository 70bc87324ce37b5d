"""Replay a busy Tuesday at head office: badge events for every hot-desker."""

import random

from deskbook.pool import BadgeEvent, DeskPool


def main() -> None:
    rng = random.Random(1188)
    desks = [f"{floor}-{number:03d}" for floor in ("G", "1", "2", "3", "4", "5") for number in range(1, 316)]
    rng.shuffle(desks)
    events = []
    for person in range(2700):
        name = f"emp{person:05d}"
        minute = rng.randint(7 * 60, 10 * 60)
        for _ in range(rng.randint(1, 4)):
            events.append((minute, name, "in"))
            minute += rng.randint(20, 240)
            events.append((minute, name, "out"))
            minute += rng.randint(5, 90)
        if rng.random() < 0.02:
            events.append((rng.randint(420, 1200), name, "out"))
    events.sort()
    badge = [BadgeEvent(f"{minute // 60:02d}:{minute % 60:02d}", name, action) for minute, name, action in events]
    pool = DeskPool(desks, blocked_people={f"emp{n:05d}" for n in range(0, 2700, 97)})
    result = pool.replay(badge)
    print(len(badge), "badge events;", len(result["allocations"]), "allocations;", len(result["turned_away"]), "turned away;",
          result["stray_outs"], "stray; peak", result["peak"], "of", len(desks))


if __name__ == "__main__":
    main()
