"""Nightly check that every hostname in the service inventory resolves in the zone file."""

import random

from dnszone.resolver import parse_zone, resolve_names


def main() -> None:
    rng = random.Random(53)
    lines = ["@ IN A 198.51.100.1"]
    hosts = []
    for n in range(1400):
        host = f"node{n}.{rng.choice(['eu', 'us', 'ap'])}"
        lines.append(f"{host} 300 IN A 10.{n // 250}.{n % 250}.{rng.randint(1, 250)}")
        if rng.random() < 0.3:
            lines.append(f"{host} 300 IN AAAA fd00::{n:x}")
        hosts.append(host)
    services = []
    for n in range(900):
        name = f"svc{n}"
        target = rng.choice(hosts + services[-20:]) if services else rng.choice(hosts)
        lines.append(f"{name} IN CNAME {target}")
        services.append(name)
    lines.append("*.preview IN CNAME svc0")
    zone = "\n".join(lines)
    records = parse_zone(zone, "corp.example.")
    queries = [f"{name}.corp.example." for name in rng.sample(services + hosts, 1300)] + [f"pr{n}.preview.corp.example" for n in range(60)]
    answers = resolve_names(records, queries)
    print(len(records), sum(len(v) for v in answers.values()), sum(1 for v in answers.values() if not v))


if __name__ == "__main__":
    main()
