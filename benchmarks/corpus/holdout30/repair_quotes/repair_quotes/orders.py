"""Repair orders as opened by the service advisors."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RepairOrder:
    """A repair order: the parts requested as (part number, quantity) and the labour codes."""

    ro_number: str
    vin: str
    parts: list[tuple[str, int]] = field(default_factory=list)
    operations: list[str] = field(default_factory=list)


def parse_repair_order(text: str) -> RepairOrder:
    """Parse the advisors' plain-text job sheet::

        RO 40012 VIN WVWZZZ1KZAW000001
        P 1K0698151A x2
        L 0101

    Raises ``ValueError`` when the RO header is missing, repeated or malformed, or a line is not
    a part or labour line.
    """
    order = None
    for number, raw in enumerate(text.splitlines(), start=1):
        words = raw.split()
        if not words:
            continue
        if words[0] == "RO":
            if order is not None or len(words) != 4 or words[2] != "VIN":
                raise ValueError(f"line {number}: bad or repeated RO header")
            order = RepairOrder(words[1], words[3])
        elif order is None:
            raise ValueError(f"line {number}: job sheet must start with the RO header")
        elif words[0] == "P" and len(words) in (2, 3):
            quantity = 1
            if len(words) == 3:
                if not words[2].startswith("x") or not words[2][1:].isdigit():
                    raise ValueError(f"line {number}: bad quantity {words[2]!r}")
                quantity = int(words[2][1:])
            order.parts.append((words[1], quantity))
        elif words[0] == "L" and len(words) == 2:
            order.operations.append(words[1])
        else:
            raise ValueError(f"line {number}: not a part or labour line")
    if order is None:
        raise ValueError("empty job sheet")
    return order
