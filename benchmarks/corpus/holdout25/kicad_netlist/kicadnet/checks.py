"""The bill of materials and the connectivity checks run before a board goes to layout review."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kicadnet.netlist import Component, Net


def _ref_key(ref: str) -> tuple[str, int, str]:
    """Natural order of reference designators: R2 before R10."""
    match = re.fullmatch(r"([A-Za-z_#]*)(\d*)(.*)", ref)
    assert match is not None
    prefix, number, rest = match.groups()
    return prefix, int(number) if number else -1, rest


def bom_lines(components: Iterable[Component]) -> list[tuple[str, str, int, str]]:
    """(value, footprint, quantity, references) per distinct value and footprint, sorted by first reference.

    Components whose reference starts with ``#`` (power flags and symbols) are left out.
    """
    groups: dict[tuple[str, str], list[str]] = {}
    for component in components:
        if component.ref.startswith("#"):
            continue
        groups.setdefault((component.value, component.footprint), []).append(component.ref)
    lines = []
    for (value, footprint), refs in groups.items():
        refs.sort(key=_ref_key)
        lines.append((value, footprint, len(refs), ", ".join(refs)))
    lines.sort(key=lambda line: _ref_key(line[3].split(", ")[0]))
    return lines


def single_pin_nets(nets: Iterable[Net]) -> list[str]:
    """Names of the nets with exactly one connection: usually a missing wire or a misspelt label."""
    return [net.name for net in nets if len(net.nodes) == 1]


def unconnected_components(components: Iterable[Component], nets: Iterable[Net]) -> list[str]:
    """References of the components (other than ``#`` symbols) with no pin on any net."""
    connected = {ref for net in nets for ref, _ in net.nodes}
    return [component.ref for component in components if not component.ref.startswith("#") and component.ref not in connected]
