"""Replay the picking meetings of the last week of a vintage from the lab's sampling export."""

import random
from datetime import datetime, timedelta

from vineyard_sampling.blocks import parse_register, targets_by_block
from vineyard_sampling.maturity import harvest_readiness, picking_order
from vineyard_sampling.samples import group_by_block, parse_lab_export

VARIETIES = [("Chardonnay", "white"), ("Pinot Noir", "red"), ("Sauvignon Blanc", "white"),
             ("Shiraz", "red"), ("Pinot Meunier", "sparkling"), ("Riesling", "white"),
             ("Cabernet Sauvignon", "red"), ("Merlot", "red")]


def vintage(rng: random.Random):
    register = ["# code;variety;style;hectares;target"]
    rows = ["block,taken,brix,ph,ta"]
    season_start = datetime(2024, 8, 1, 7, 0)
    for number in range(240):
        code = f"{rng.choice('NSEW')}{number:03d}"
        variety, style = rng.choice(VARIETIES)
        target = "" if rng.random() < 0.5 else f"{rng.uniform(18, 26):.1f}"
        register.append(f"{code};{variety};{style};{rng.uniform(0.4, 6.0):.2f};{target}")
        brix, ph, ta = rng.uniform(9, 13), rng.uniform(2.8, 3.0), rng.uniform(11, 15)
        for day in range(62):
            brix += rng.uniform(-0.1, 0.35)
            ph += rng.uniform(0, 0.015)
            ta -= rng.uniform(0, 0.12)
            for _ in range(rng.choice([1, 2, 3, 3, 4])):
                taken = season_start + timedelta(days=day, minutes=rng.randint(0, 600))
                rows.append(f"{code.lower() if rng.random() < 0.1 else code},{taken:%Y-%m-%d %H:%M},"
                            f"{brix + rng.gauss(0, 0.4):.1f},{ph:.2f},{ta:.1f}")
    return "\n".join(register), "\n".join(rows) + "\n"


def main() -> None:
    rng = random.Random(3101)
    register_text, export = vintage(rng)
    blocks = parse_register(register_text)
    targets = targets_by_block(blocks)
    hectares = {block.code: block.hectares for block in blocks}
    samples = group_by_block(parse_lab_export(export))
    for day in range(26, 31):
        as_of = f"2024-09-{day:02d} 18:00"
        report = harvest_readiness(samples, targets, as_of)
        order = picking_order(report, hectares)
        ready = sum(item.ready for item in report.values())
        print(f"{as_of}: {ready} blocks ready, pick list {order[:6]}")


if __name__ == "__main__":
    main()
