"""Pipeline step: scan an assembled contig for a panel of transcription-factor motifs."""

import random

from seqmotif.scan import find_motif

PANEL = ["TATAWAWR", "CACGTG", "GGGRNNYYCC", "TGASTCA", "CCAAT", "RCCGGAAGTG", "TTGCNNAA"]


def main() -> None:
    rng = random.Random(1953)
    contig = "".join(rng.choice("ACGT" if rng.random() < 0.995 else "N") for _ in range(120_000))
    total = 0
    for motif in PANEL:
        hits = find_motif(contig, motif)
        total += len(hits)
        print(motif, len(hits), hits[:3])
    print(total)


if __name__ == "__main__":
    main()
