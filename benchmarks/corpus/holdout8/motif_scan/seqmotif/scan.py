"""Scan DNA for motifs written with IUPAC nucleotide codes (R = A/G, N = any, ...)."""

from __future__ import annotations

from typing import Iterator

COMPLEMENT = {"A": "T", "C": "G", "G": "C", "T": "A", "R": "Y", "Y": "R", "S": "S", "W": "W",
              "K": "M", "M": "K", "B": "V", "V": "B", "D": "H", "H": "D", "N": "N"}


def allowed_bases(code: str) -> set[str]:
    """The nucleotides an IUPAC code stands for."""
    table = {
        "A": "A", "C": "C", "G": "G", "T": "T",
        "R": "AG", "Y": "CT", "S": "CG", "W": "AT", "K": "GT", "M": "AC",
        "B": "CGT", "D": "AGT", "H": "ACT", "V": "ACG", "N": "ACGT",
    }
    if code not in table:
        raise ValueError(f"unknown IUPAC code {code!r}")
    return set(table[code])


def reverse_complement(motif: str) -> str:
    return "".join(COMPLEMENT[code] for code in reversed(motif.upper()))


def windows(sequence: str, size: int) -> Iterator[tuple[int, str]]:
    for start in range(len(sequence) - size + 1):
        yield start, sequence[start:start + size]


def matches(window: str, motif: str) -> bool:
    return all(base in allowed_bases(code) for base, code in zip(window, motif))


def find_motif(sequence: str, motif: str) -> list[int]:
    """0-based start of every occurrence of ``motif`` in ``sequence`` (overlaps included).

    Both are case-insensitive. Bases other than A, C, G and T in the sequence (such as
    N for unknown) match nothing. Raises ValueError for an empty motif or a character
    that is not an IUPAC nucleotide code.
    """
    sequence = sequence.upper()
    motif = motif.upper()
    if not motif:
        raise ValueError("empty motif")
    for code in motif:
        allowed_bases(code)
    hits = (start for start, window in windows(sequence, len(motif)) if matches(window, motif))
    return list(hits)


def find_both_strands(sequence: str, motif: str) -> list[tuple[int, str]]:
    """Hits on the forward strand ('+') and of the reverse complement ('-'), by position."""
    forward = [(start, "+") for start in find_motif(sequence, motif)]
    backward = [(start, "-") for start in find_motif(sequence, reverse_complement(motif))]
    return sorted(forward + backward)
