"""Order the whole support backlog."""

import random

from tickets.triage import Ticket, Triage


def main() -> None:
    rng = random.Random(47)
    labels = [f"label-{i:03d}" for i in range(500)]
    triage = Triage(labels[:450])
    tickets = [Ticket(i, rng.choice(labels), rng.randrange(1_700_000_000, 1_800_000_000)) for i in range(40000)]
    queue = triage.order(tickets)
    print(queue[0], queue[-1])


if __name__ == "__main__":
    main()
