"""Publish a conference's full schedule as an .ics feed."""

import random
from datetime import datetime, timedelta

from calfeed.ical import CalendarWriter, Event


def main() -> None:
    rng = random.Random(404)
    topics = ["Rust", "Python", "Observability", "Kubernetes", "Security", "Data", "Café culture", "Accessibilité", "Testing"]
    rooms = ["Hall A", "Hall B", "Room 101, 1st floor", "Workshop; basement", "Salle Étoile"]
    base = datetime(2025, 6, 2, 8, 0)
    events = []
    for n in range(1000):
        start = base + timedelta(days=rng.randrange(5), minutes=30 * rng.randrange(22))
        topic = rng.choice(topics)
        abstract = " ".join(rng.choice(["We", "explore", "how", "teams", "ship", "résumés", "quickly,", "safely;", "at scale", "with", topic]) for _ in range(rng.randint(20, 90)))
        events.append(
            Event(
                uid=f"talk-{n}@conf.example",
                start=start,
                end=start + timedelta(minutes=rng.choice([25, 45, 90])),
                summary=f"{topic}: talk #{n}",
                description=abstract + "\nSlides will be published after the session.",
                location=rng.choice(rooms),
                categories=(topic, rng.choice(["beginner", "advanced"])),
            )
        )
    text = CalendarWriter(prodid="-//conf.example//schedule//EN").render(events)
    print(len(text), text.count("BEGIN:VEVENT"), text.count("\r\n "))


if __name__ == "__main__":
    main()
