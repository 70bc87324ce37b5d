"""Nightly report: which vendors' devices held leases on the campus network today."""

import random

from ouitag.leases import tag_leases
from ouitag.registry import OuiRegistry

WORDS = ["Acme", "Nordic", "Pacific", "Summit", "Vertex", "Helix", "Quantum", "Orbit", "Lumen", "Cobalt",
         "Granite", "Falcon", "Zenith", "Aurora", "Delta", "Meridian", "Polar", "Cedar", "Ember", "Atlas"]
KINDS = ["Networks", "Electronics", "Technologies", "Systems", "Devices", "Semiconductor", "Communications"]
SUFFIXES = ["Inc.", "Co., Ltd.", "GmbH", "Corporation", "LLC", "AB", "S.A."]


def build_registry_csv(rng: random.Random) -> tuple[str, list[str]]:
    lines = ["Registry,Assignment,Organization Name,Organization Address"]
    used = set()
    ma_l = []
    while len(ma_l) < 14000:
        first = rng.choice("048C")
        prefix = rng.choice("0123456789ABCDEF") + first + "".join(rng.choice("0123456789ABCDEF") for _ in range(4))
        if prefix in used:
            continue
        used.add(prefix)
        ma_l.append(prefix)
    organizations = [f"{rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(KINDS)} {rng.choice(SUFFIXES)}" for _ in range(3500)]
    popular = []
    for prefix in ma_l:
        organization = rng.choice(organizations)
        if rng.random() < 0.02:
            popular.append(prefix)
        lines.append(f'MA-L,{prefix},"{organization}","{rng.randint(1, 999)} Main St, Springfield"')
    for registry, width, count in (("MA-M", 1, 2500), ("MA-S", 3, 1500)):
        parents = rng.sample(ma_l, 40)
        for _ in range(count):
            suffix = "".join(rng.choice("0123456789ABCDEF") for _ in range(width))
            lines.append(f'{registry},{rng.choice(parents)}{suffix},"{rng.choice(organizations)}","PO Box {rng.randint(1, 99)}"')
    rng.shuffle(lines[1:])
    return "\n".join(lines) + "\n", popular + ma_l[:300]


def main() -> None:
    rng = random.Random(2024)
    text, popular = build_registry_csv(rng)
    registry = OuiRegistry.from_csv(text)
    long_prefixes = [a.prefix for a in registry.assignments if len(a.prefix) > 6]
    devices = []
    for n in range(1900):
        roll = rng.random()
        if roll < 0.3:
            digits = rng.choice("0123456789ABCDEF") + rng.choice("26AE") + "".join(rng.choice("0123456789ABCDEF") for _ in range(10))
        elif roll < 0.45:
            prefix = rng.choice(long_prefixes)
            digits = prefix + "".join(rng.choice("0123456789ABCDEF") for _ in range(12 - len(prefix)))
        else:
            digits = rng.choice(popular) + "".join(rng.choice("0123456789abcdef") for _ in range(6))
        style = rng.choice([":", "-", "."])
        if style == ".":
            mac = ".".join(digits[i:i + 4] for i in range(0, 12, 4)).lower()
        else:
            mac = style.join(digits[i:i + 2] for i in range(0, 12, 2))
        devices.append((mac, f"10.{n // 250}.{n % 250}.{rng.randint(2, 254)}", f"host-{n:04d}"))
    leases = []
    for _ in range(3000):
        mac, ip, hostname = rng.choice(devices)
        lease = {"mac": mac, "ip": ip, "expires": "2024-05-14T18:00:00"}
        if rng.random() < 0.8:
            lease["hostname"] = hostname
        leases.append(lease)
    rows, ranked = tag_leases(leases, registry)
    print(len(rows), "devices;", ", ".join(f"{vendor}: {count}" for vendor, count in ranked[:3]))


if __name__ == "__main__":
    main()
