"""Month-end compliance export: merge one day's audit logs from every application server."""

import random

from audittrail.events import AuditEvent
from audittrail.merge import merge_trails
from audittrail.report import actions_per_actor, out_of_order

ACTIONS = ["login", "logout", "payment.create", "payment.approve", "refund.request", "refund.approve",
           "limit.change", "user.unlock", "report.export", "beneficiary.add"]


def server_trail(rng, server, actors, count):
    clock = 1_717_200_000_000_000 + rng.randint(-2_000_000, 2_000_000)  # per-server clock offset
    trail = []
    for sequence in range(1, count + 1):
        clock += int(rng.expovariate(1 / 160_000_000))
        trail.append(AuditEvent(clock, server, sequence, rng.choice(actors), rng.choice(ACTIONS), f"obj-{rng.randrange(10**6)}"))
    return trail


def main() -> None:
    rng = random.Random(4404)
    actors = [f"user{n:04d}" for n in range(900)] + ["svc-batch", "svc-recon"]
    trails = [server_trail(rng, f"pay-{n:03d}", actors, rng.randint(250, 550)) for n in range(240)]
    for trail in rng.sample(trails, 12):  # files the forwarder shipped twice
        start = rng.randrange(len(trail) // 2)
        trails.append(trail[start:start + rng.randint(50, 250)])
    merged = merge_trails(trails)
    print("trails", len(trails), "events in", sum(map(len, trails)), "merged", len(merged),
          "out of order", out_of_order(merged))
    print("busiest", list(actions_per_actor(merged).items())[:3])


if __name__ == "__main__":
    main()
