"""Analyse a batch of 384-well plates from the lab's drug-response time course."""

import random

from qpcr.ddct import relative_expression
from qpcr.plate import Well

GENES = ["IL6", "TNF", "CXCL8", "MYC", "CDKN1A", "BAX", "HMOX1", "VEGFA", "SOX2"]


def main() -> None:
    rng = random.Random(8120)
    samples = ["Untreated-0h"] + [f"{drug}-{dose}uM-{hours}h-r{rep}" for drug in ("DrugA", "DrugB", "Vehicle")
                                  for dose in (1, 10) for hours in (2, 6, 24, 48) for rep in range(1, 10)]
    base = {gene: rng.uniform(20, 30) for gene in GENES}
    wells = []
    index = 0
    for sample in samples:
        load = rng.gauss(0, 0.7)
        for gene in ["GAPDH", *GENES]:
            effect = 0.0 if gene == "GAPDH" or sample.startswith(("Untreated", "Vehicle")) else rng.gauss(0, 1.5)
            for _ in range(3):
                plate, position = divmod(index, 384)
                row, column = divmod(position, 24)
                ct = None if rng.random() < 0.02 else round(base.get(gene, 18.0) + load - effect + rng.gauss(0, 0.25), 3)
                wells.append(Well(f"PL{plate + 1:02d}", f"{'ABCDEFGHIJKLMNOP'[row]}{column + 1}", sample, gene, ct))
                index += 1
    rng.shuffle(wells)
    results = relative_expression(wells, "GAPDH", "Untreated-0h")
    up = sum(1 for result in results if result.fold_change is not None and result.fold_change >= 2)
    down = sum(1 for result in results if result.fold_change is not None and result.fold_change <= 0.5)
    flagged = sum(result.flagged for result in results)
    print(f"{len(wells)} wells on {index // 384 + 1} plates, {len(results)} sample/gene pairs")
    print(f"{up} up-regulated (>=2x), {down} down-regulated (<=0.5x), {flagged} pairs with scattered replicates")


if __name__ == "__main__":
    main()
