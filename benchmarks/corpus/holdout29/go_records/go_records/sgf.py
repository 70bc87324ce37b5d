"""The main line of an SGF game record (FF[4]), as the league server stores it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from go_records.board import Point

_PROPERTY = re.compile(r"([A-Z]{1,2})((?:\[[^\]]*\])+)")
_VALUE = re.compile(r"\[([^\]]*)\]")


@dataclass
class GameRecord:
    """Board size, players, result, black's handicap stones and the moves: (colour, point) with
    0-based (row, column) points, or None for a pass."""

    size: int = 19
    black: str = ""
    white: str = ""
    result: str = ""
    handicap: list[Point] = field(default_factory=list)
    moves: list[tuple[str, Point | None]] = field(default_factory=list)


def _point(value: str, size: int) -> Point | None:
    if value == "" or (value == "tt" and size <= 19):
        return None
    if len(value) != 2 or not value.isalpha() or not value.islower():
        raise ValueError(f"bad SGF point {value!r}")
    return ord(value[1]) - ord("a"), ord(value[0]) - ord("a")


def parse_sgf(text: str) -> GameRecord:
    """Read the root properties (SZ, PB, PW, RE, AB) and the B/W moves of the main line.

    Variations (anything after the first closing parenthesis of a nested tree) are ignored.
    Raises ``ValueError`` for a malformed point.
    """
    record = GameRecord()
    main_line = text.split(")(", 1)[0]
    for node in main_line.split(";")[1:]:
        for name, values in _PROPERTY.findall(node):
            items = _VALUE.findall(values)
            if name == "SZ":
                record.size = int(items[0])
            elif name in ("PB", "PW", "RE"):
                setattr(record, {"PB": "black", "PW": "white", "RE": "result"}[name], items[0])
            elif name == "AB":
                record.handicap.extend(point for point in (_point(item, record.size) for item in items) if point)
            elif name in ("B", "W"):
                record.moves.append((name, _point(items[0], record.size)))
    return record
