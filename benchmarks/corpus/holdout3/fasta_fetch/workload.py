"""Cut the candidate amplicons for a primer-design run out of a draft assembly."""

import random

from seqtools.fasta import extract_regions


def main() -> None:
    rng = random.Random(12)
    contigs = {}
    parts = []
    for n in range(120):
        name = f"contig_{n:04d}"
        seq = "".join(rng.choice("ACGT") for _ in range(rng.randrange(1500, 4000)))
        contigs[name] = len(seq)
        parts.append(f">{name} len={len(seq)}")
        parts.extend(seq[i:i + 60].lower() if n % 5 == 0 else seq[i:i + 60] for i in range(0, len(seq), 60))
    fasta = "\n".join(parts) + "\n"
    names = sorted(contigs)
    regions = []
    for _ in range(250):
        name = rng.choice(names)
        start = rng.randrange(1, contigs[name] - 300)
        end = start + rng.randrange(80, 300)
        regions.append((name, end, start) if rng.random() < 0.5 else (name, start, end))
    pieces = extract_regions(fasta, regions, flank=20)
    print(len(pieces), sum(p.count("GC") for p in pieces))


if __name__ == "__main__":
    main()
