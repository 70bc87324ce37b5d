"""Index QC on read subsamples of two lanes of a 96-sample dual-index run, before the full conversion."""

import random

from demux_reads.demux import assign_reads
from demux_reads.fastq import index_from_header
from demux_reads.samplesheet import parse_sample_sheet

BASES = "ACGT"


def sample_sheet(rng: random.Random, count: int) -> str:
    rows = ["[Header]", "IEMFileVersion,4", "Experiment Name,RNAseq-batch-17", "[Reads]", "101", "101",
            "[Data]", "Sample_ID,Sample_Name,Sample_Plate,Sample_Well,index,index2"]
    used: set[str] = set()
    for number in range(count):
        while True:
            i7, i5 = "".join(rng.choice(BASES) for _ in range(8)), "".join(rng.choice(BASES) for _ in range(8))
            if i7 not in used and i5 not in used:
                break
        used.update((i7, i5))
        well = f"{'ABCDEFGH'[number % 8]}{number // 8 + 1:02d}"
        rows.append(f"RS{number + 1:03d},patient-{number + 1},Plate17,{well},{i7},{i5}")
    return "\n".join(rows) + "\n"


def read_headers(rng: random.Random, samples: list, reads: int, lane: int) -> list[str]:
    headers = []
    for number in range(reads):
        sample = rng.choice(samples)
        i7, i5 = list(sample.i7), list(sample.i5)
        for barcode in (i7, i5):
            for position in range(8):
                if rng.random() < 0.012:
                    barcode[position] = rng.choice("ACGTN")
        if rng.random() < 0.03:
            i7 = [rng.choice(BASES) for _ in range(8)]
        headers.append(f"@A00917:212:HKJ3VDSX5:{lane}:1101:{1000 + number % 30000}:{1000 + number // 30000} "
                       f"1:N:0:{''.join(i7)}+{''.join(i5)}")
    return headers


def main() -> None:
    rng = random.Random(2907)
    samples = parse_sample_sheet(sample_sheet(rng, 96))
    for lane in (1, 2):
        indexes = [index_from_header(header) for header in read_headers(rng, samples, 24000, lane)]
        result = assign_reads(indexes, samples)
        low = min(result.counts, key=result.counts.get)
        print(f"lane {lane}: {len(indexes)} reads, {result.undetermined} undetermined, {result.ambiguous} ambiguous, "
              f"fewest reads {low} ({result.counts[low]})")


if __name__ == "__main__":
    main()
