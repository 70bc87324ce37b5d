"""The distributor roster: who sponsored whom."""

from __future__ import annotations

import csv
import io


def parse_roster(text: str) -> dict[str, str | None]:
    """Read the "distributor_id,sponsor_id" export into sponsor per distributor, in export order.

    The company's own accounts have an empty sponsor (None). Ids are stripped and upper-cased.
    Raises ``ValueError`` for a duplicate distributor or a row without two fields.
    """
    roster: dict[str, str | None] = {}
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or (number == 1 and row[0].strip().lower() == "distributor_id"):
            continue
        if len(row) != 2:
            raise ValueError(f"row {number}: expected distributor_id,sponsor_id")
        member, sponsor = row[0].strip().upper(), row[1].strip().upper() or None
        if member in roster:
            raise ValueError(f"row {number}: duplicate distributor {member}")
        roster[member] = sponsor
    return roster


def validate_roster(roster: dict[str, str | None]) -> list[str]:
    """Problems that would stop the bonus run: unknown sponsors and sponsor loops."""
    problems = []
    for member, sponsor in roster.items():
        if sponsor is not None and sponsor not in roster:
            problems.append(f"{member}: unknown sponsor {sponsor}")
    state: dict[str, int] = {}  # 1: on the current sponsor path, 2: known to reach the top
    for member in roster:
        path = []
        current: str | None = member
        while current is not None and current in roster and current not in state:
            state[current] = 1
            path.append(current)
            current = roster[current]
        if current is not None and state.get(current) == 1:
            problems.append(f"{member}: sponsor loop")
        for visited in path:
            state[visited] = 2
    return problems
