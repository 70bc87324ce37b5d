"""Replay the autumn term's chemical-store movements for the safety committee."""

import random

from chemstore.limits import DEFAULT_LIMITS
from chemstore.movements import Movement
from chemstore.replay import replay
from chemstore.report import committee_lines

CLASSES = ["FL1", "FL2", "FL2", "FL3", "FL3", "CORR", "TOX", "OX", "NONE", "NONE"]
SIZES = [0.1, 0.25, 0.5, 1.0, 1.0, 2.5, 2.5, 4.0]


def main() -> None:
    rng = random.Random(1410)
    labs = [f"{building}-{room}" for building in ("CHEM", "BIOSCI", "PHARM") for room in range(101, 121)]
    initial, containers, serial = {}, [], 0
    for lab in labs:
        initial[lab], totals = {}, {}
        for _ in range(rng.randint(35, 80)):
            hazard_class, litres = rng.choice(CLASSES), rng.choice(SIZES)
            if totals.get(hazard_class, 0) + litres > 0.9 * DEFAULT_LIMITS.get(hazard_class, 1000.0):
                continue  # the stock-take at the start of term found every lab within its limits
            totals[hazard_class] = totals.get(hazard_class, 0) + litres
            serial += 1
            container = f"C{serial:06d}"
            initial[lab][container] = (hazard_class, litres)
            containers.append((container, lab))
    movements = []
    where = dict(containers)
    for number in range(1, 261):
        roll = rng.random()
        if roll < 0.45:
            serial += 1
            container = f"C{serial:06d}"
            lab = rng.choice(labs)
            movements.append(Movement(f"M{number:05d}", "receive", container, to_lab=lab,
                                      hazard_class=rng.choice(CLASSES[:5]), litres=rng.choice(SIZES)))
            where[container] = lab
        else:
            container = rng.choice(sorted(where)) if number % 50 == 0 else rng.choice(list(where))
            if roll < 0.8:
                target = rng.choice(labs)
                movements.append(Movement(f"M{number:05d}", "transfer", container, from_lab=where[container], to_lab=target))
                where[container] = target
            else:
                movements.append(Movement(f"M{number:05d}", "dispose", container, from_lab=where[container]))
                del where[container]
    outcomes, holdings = replay(movements, initial)
    print(*committee_lines(outcomes, holdings), sep="\n")


if __name__ == "__main__":
    main()
