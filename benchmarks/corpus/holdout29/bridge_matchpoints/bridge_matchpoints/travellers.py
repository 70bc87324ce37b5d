"""Traveller rows uploaded by the participating clubs, and the duplicate-bridge score of each."""

from __future__ import annotations

from dataclasses import dataclass

STRAINS = "CDHSN"
DECLARERS = "NESW"

# Vulnerability of boards 1-16 (the cycle repeats every 16 boards): "-", "NS", "EW" or "ALL".
VULNERABILITY = ("-", "NS", "EW", "ALL", "NS", "EW", "ALL", "-", "EW", "ALL", "-", "NS", "ALL", "-", "NS", "EW")


@dataclass(frozen=True)
class BoardResult:
    """One table's result on one board: the pairs sitting North-South and East-West, and the
    score from North-South's point of view (negative when East-West scored)."""

    board: int
    ns_pair: str
    ew_pair: str
    ns_score: int


def is_vulnerable(board: int, declarer: str) -> bool:
    """Whether ``declarer``'s side is vulnerable on ``board`` (standard 16-board cycle)."""
    state = VULNERABILITY[(board - 1) % 16]
    side = "NS" if declarer in "NS" else "EW"
    return state == "ALL" or state == side


def contract_score(contract: str, declarer: str, tricks: int, vulnerable: bool) -> int:
    """Duplicate score for the declaring side of ``contract`` (e.g. "4S", "3NX", "6HXX" or "PASS")
    when declarer took ``tricks`` of the 13 tricks.

    Positive when the contract made, negative (the defenders' score) when it went down.
    Raises ``ValueError`` for a malformed contract or a trick count outside 0-13.
    """
    text = contract.strip().upper()
    if text == "PASS":
        return 0
    if not 0 <= tricks <= 13:
        raise ValueError(f"impossible trick count {tricks}")
    doubling = 0
    while text.endswith("X"):
        doubling += 1
        text = text[:-1]
    if doubling > 2 or len(text) != 2 or text[0] not in "1234567" or text[1] not in STRAINS:
        raise ValueError(f"malformed contract {contract!r}")
    level, strain = int(text[0]), text[1]
    multiplier = (1, 2, 4)[doubling]
    needed = level + 6
    if tricks < needed:
        down = needed - tricks
        if doubling == 0:
            return -down * (100 if vulnerable else 50)
        if vulnerable:
            penalty = 200 + 300 * (down - 1)
        else:
            penalty = 100 + 200 * min(down - 1, 2) + 300 * max(down - 3, 0)
        return -penalty * doubling
    per_trick = 20 if strain in "CD" else 30
    trick_score = (level * per_trick + (10 if strain == "N" else 0)) * multiplier
    score = trick_score
    score += (500 if vulnerable else 300) if trick_score >= 100 else 50
    if level == 6:
        score += 750 if vulnerable else 500
    elif level == 7:
        score += 1500 if vulnerable else 1000
    over = tricks - needed
    if doubling == 0:
        score += over * per_trick
    else:
        score += over * (200 if vulnerable else 100) * doubling + 50 * doubling
    return score


def parse_traveller(line: str) -> BoardResult:
    """A "board,ns_pair,ew_pair,contract,declarer,tricks" upload row as a board result.

    Raises ``ValueError`` for a row with the wrong number of fields, an unknown declarer or a
    bad contract.
    """
    fields = [field.strip() for field in line.split(",")]
    if len(fields) != 6:
        raise ValueError(f"expected 6 fields, found {len(fields)}: {line!r}")
    board, ns_pair, ew_pair, contract, declarer, tricks = fields
    number = int(board)
    if contract.upper() == "PASS":
        return BoardResult(number, ns_pair, ew_pair, 0)
    if declarer not in DECLARERS or len(declarer) != 1:
        raise ValueError(f"unknown declarer {declarer!r}")
    score = contract_score(contract, declarer, int(tricks), is_vulnerable(number, declarer))
    return BoardResult(number, ns_pair, ew_pair, score if declarer in "NS" else -score)
