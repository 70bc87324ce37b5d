"""ABO/RhD red-cell compatibility."""

from __future__ import annotations

# Acceptable donor groups for a recipient, in order of preference (identical group first,
# O negative last to save it for emergencies).
RED_CELL_DONORS = {
    "O-": ["O-"],
    "O+": ["O+", "O-"],
    "A-": ["A-", "O-"],
    "A+": ["A+", "A-", "O+", "O-"],
    "B-": ["B-", "O-"],
    "B+": ["B+", "B-", "O+", "O-"],
    "AB-": ["AB-", "A-", "B-", "O-"],
    "AB+": ["AB+", "AB-", "A+", "A-", "B+", "B-", "O+", "O-"],
}


def normalise_group(group: str) -> str:
    """'a pos' -> 'A+', ' O NEG' -> 'O-'. Raises ValueError for anything else."""
    compact = group.upper().replace(" ", "").replace("POS", "+").replace("NEG", "-")
    if compact not in RED_CELL_DONORS:
        raise ValueError(f"unknown blood group {group!r}")
    return compact


def donor_groups(recipient: str) -> list[str]:
    return RED_CELL_DONORS[normalise_group(recipient)]
