"""Fault trees as written by the process-safety engineers: basic events and AND/OR/voting gates."""

from __future__ import annotations

from dataclasses import dataclass, field

GATE_KINDS = ("and", "or", "vote")


@dataclass(frozen=True)
class Gate:
    """A logic gate over named inputs (basic events or other gates).

    ``kind`` is ``"and"``, ``"or"`` or ``"vote"``; a vote gate occurs when at least ``k``
    of its inputs occur.
    """

    name: str
    kind: str
    inputs: tuple[str, ...]
    k: int = 0


@dataclass
class FaultTree:
    """Basic-event probabilities (per demand or per year) and the gates built on them."""

    events: dict[str, float] = field(default_factory=dict)
    gates: dict[str, Gate] = field(default_factory=dict)


def parse_tree(text: str) -> FaultTree:
    """A fault tree from its text form, one definition per line.

    ``event NAME PROBABILITY`` defines a basic event; ``gate NAME and|or INPUT...`` and
    ``gate NAME KofN INPUT...`` (e.g. ``2of3``) define gates. Blank lines and lines starting
    with ``#`` are ignored. Raises ValueError for a malformed line, a probability outside
    [0, 1], a vote gate whose N is not its number of inputs, or a name defined twice.
    """
    tree = FaultTree()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if parts[0] == "event" and len(parts) == 3:
            name = parts[1]
            try:
                probability = float(parts[2])
            except ValueError:
                raise ValueError(f"line {number}: bad probability {parts[2]!r}") from None
            if not 0.0 <= probability <= 1.0:
                raise ValueError(f"line {number}: probability {probability} outside [0, 1]")
            if name in tree.events or name in tree.gates:
                raise ValueError(f"line {number}: {name} defined twice")
            tree.events[name] = probability
        elif parts[0] == "gate" and len(parts) >= 4:
            name, kind, inputs = parts[1], parts[2].lower(), tuple(parts[3:])
            if name in tree.events or name in tree.gates:
                raise ValueError(f"line {number}: {name} defined twice")
            if kind in ("and", "or"):
                tree.gates[name] = Gate(name, kind, inputs)
            elif "of" in kind:
                k_text, _, n_text = kind.partition("of")
                if not (k_text.isdigit() and n_text.isdigit()) or int(n_text) != len(inputs) or not 1 <= int(k_text) <= len(inputs):
                    raise ValueError(f"line {number}: bad vote gate {parts[2]!r}")
                tree.gates[name] = Gate(name, "vote", inputs, int(k_text))
            else:
                raise ValueError(f"line {number}: unknown gate kind {parts[2]!r}")
        else:
            raise ValueError(f"line {number}: cannot read {raw!r}")
    return tree
