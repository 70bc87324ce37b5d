"""GC profile of a batch of assembled contigs."""

import random

from genomics.gc import gc_windows


def main() -> None:
    rng = random.Random(23)
    contigs = []
    for _ in range(8):
        length = rng.randint(12000, 16000)
        bias = rng.uniform(0.35, 0.6)
        contigs.append("".join(rng.choice("GC" if rng.random() < bias else "AT") if rng.random() > 0.02 else "N"
                               for _ in range(length)))
        contigs[-1] = contigs[-1][:2000] + contigs[-1][2000:4000].lower() + contigs[-1][4000:]
    profiles = [gc_windows(contig, 250) for contig in contigs]
    print([round(max(p), 3) for p in profiles], sum(len(p) for p in profiles))


if __name__ == "__main__":
    main()
