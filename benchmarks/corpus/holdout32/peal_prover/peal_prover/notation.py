"""Place notation and the rows it produces."""

from __future__ import annotations

BELLS = "1234567890ET"


def bell_symbol(place: int) -> str:
    """The symbol for a 1-based place ("0" is the tenth, "E" the eleventh, "T" the twelfth)."""
    return BELLS[place - 1]


def rounds(stage: int) -> str:
    """Rounds on ``stage`` bells, e.g. "123456" for Minor."""
    if not 3 <= stage <= len(BELLS):
        raise ValueError(f"unsupported stage {stage}")
    return BELLS[:stage]


def _parse_block(block: str, stage: int) -> list[tuple[int, ...]]:
    changes: list[tuple[int, ...]] = []
    places: list[int] = []
    for char in block.upper() + ".":
        if char in "X-":
            if places:
                changes.append(tuple(places))
                places = []
            if stage % 2:
                raise ValueError(f"cross change on odd stage {stage}")
            changes.append(())
        elif char == ".":
            if places:
                changes.append(tuple(places))
                places = []
        elif char in BELLS:
            place = BELLS.index(char)
            if place >= stage:
                raise ValueError(f"place {char} beyond stage {stage}")
            places.append(place)
        elif not char.isspace():
            raise ValueError(f"bad place notation character {char!r}")
    return changes


def parse_place_notation(notation: str, stage: int) -> list[tuple[int, ...]]:
    """The changes of one lead, each as the 0-based places made ("x" is the empty tuple).

    A comma marks symmetric notation: the part before it is rung forwards and then backwards
    without its last change, as is the part after it ("x16x16x16,12" is Plain Bob Minor).
    """
    if "," in notation:
        changes: list[tuple[int, ...]] = []
        for part in notation.split(","):
            block = _parse_block(part, stage)
            changes += block + block[-2::-1]
        return changes
    return _parse_block(notation, stage)


def apply_change(row: str, places: tuple[int, ...]) -> str:
    """The row after one change: bells not in a place made swap with their neighbour."""
    bells = list(row)
    position = 0
    while position < len(bells):
        if position in places:
            position += 1
        elif position + 1 < len(bells) and position + 1 not in places:
            bells[position], bells[position + 1] = bells[position + 1], bells[position]
            position += 2
        elif position + 1 == len(bells):
            position += 1  # implicit place at the back
        else:
            raise ValueError(f"change {places} leaves a bell with no partner")
    return "".join(bells)
