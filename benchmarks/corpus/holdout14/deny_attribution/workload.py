"""Weekly security review: which internal networks are tripping the perimeter firewall."""

import random

from fwtriage.attribution import attribute_denies


def main() -> None:
    rng = random.Random(314)
    subnets = []
    for site in range(14):
        for role, third in (("servers", 10), ("printers", 20), ("voip", 30), ("staff", 40)):
            subnets.append((f"site{site:02d}-{role}", f"10.{site}.{third}.0/24"))
    subnets.append(("dmz", "172.16.0.0/22"))
    subnets.append(("corporate", "10.0.0.0/8"))
    ports = [22, 23, 25, 53, 80, 123, 135, 139, 443, 445, 1433, 3306, 3389, 5060, 8080]
    lines = []
    for second in range(11500):
        stamp = f"2024-05-{1 + second // 1800:02d}T{(second // 75) % 24:02d}:{(second // 5) % 60:02d}:{second % 60:02d}"
        roll = rng.random()
        if roll < 0.55:
            source = f"10.{rng.randrange(14)}.{rng.choice([10, 20, 30, 40])}.{rng.randrange(1, 255)}"
        elif roll < 0.7:
            source = f"10.{rng.randrange(14, 60)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        elif roll < 0.8:
            source = f"172.16.{rng.randrange(4)}.{rng.randrange(1, 255)}"
        else:
            source = f"{rng.randrange(1, 223)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        action = "DENY" if rng.random() < 0.9 else "ALLOW"
        proto = rng.choice(["TCP", "TCP", "UDP"])
        lines.append(f"{stamp} {action} {proto} {source}:{rng.randrange(1024, 65535)} -> 198.51.100.{rng.randrange(1, 30)}:{rng.choice(ports)}")
    report = attribute_denies(lines, subnets)
    busiest = max(report, key=lambda name: report[name]["events"])
    print(len(report), "networks with denies; busiest:", busiest, report[busiest]["events"], report[busiest]["top_ports"])


if __name__ == "__main__":
    main()
