"""Read FASTA text and cut regions out of its sequences."""

from __future__ import annotations

from collections.abc import Iterable

_COMPLEMENT = str.maketrans("ACGTNacgtn", "TGCANtgcan")


def parse_fasta(text: str) -> dict[str, str]:
    """Sequence id (first word of the header) -> upper-case sequence.

    Blank lines and ';' comment lines are skipped; a repeated id keeps the last record.
    """
    records: dict[str, str] = {}
    current = None
    chunks: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith(">"):
            if current is not None:
                records[current] = "".join(chunks)
            words = line[1:].split()
            if not words:
                raise ValueError("FASTA header without an id")
            current, chunks = words[0], []
        else:
            if current is None:
                raise ValueError("sequence data before the first header")
            chunks.append(line.upper())
    if current is not None:
        records[current] = "".join(chunks)
    return records


def reverse_complement(sequence: str) -> str:
    return sequence.translate(_COMPLEMENT)[::-1]


def extract_regions(fasta_text: str, regions: Iterable[tuple[str, int, int]], flank: int = 0) -> list[str]:
    """The bases of each (sequence id, start, end) region, 1-based and inclusive.

    A region with start > end lies on the minus strand and is returned reverse
    complemented.  `flank` extra bases are added on both sides, clipped to the sequence.
    Raises KeyError for an unknown id and IndexError for a region outside its sequence.
    """
    pieces = []
    for seq_id, start, end in regions:
        sequence = parse_fasta(fasta_text)[seq_id]
        lo, hi = min(start, end), max(start, end)
        if lo < 1 or hi > len(sequence):
            raise IndexError(f"{seq_id}:{start}-{end} is outside 1..{len(sequence)}")
        lo, hi = max(1, lo - flank), min(len(sequence), hi + flank)
        piece = sequence[lo - 1:hi]
        pieces.append(reverse_complement(piece) if start > end else piece)
    return pieces
