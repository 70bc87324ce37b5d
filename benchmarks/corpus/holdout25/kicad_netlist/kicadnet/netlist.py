"""Components and nets of a KiCad netlist export."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kicadnet.sexpr import parse_sexpr


@dataclass(frozen=True)
class Component:
    """A placed symbol: reference designator, value, footprint and library part."""

    ref: str
    value: str
    footprint: str
    part: str


@dataclass
class Net:
    """A net: its name and the (reference, pin) pairs connected to it."""

    code: str
    name: str
    nodes: list[tuple[str, str]] = field(default_factory=list)


def _field(expression: list[Any], key: str, default: str = "") -> str:
    """The first string value of the ``(key value)`` child of ``expression``."""
    for child in expression[1:]:
        if isinstance(child, list) and len(child) >= 2 and child[0] == key and isinstance(child[1], str):
            return child[1]
    return default


def _children(expression: list[Any], key: str) -> list[list[Any]]:
    """The ``(key ...)`` children of ``expression``."""
    return [child for child in expression[1:] if isinstance(child, list) and child and child[0] == key]


def read_netlist(text: str) -> tuple[list[Component], list[Net]]:
    """Components and nets of an ``(export ...)`` netlist. Raises ValueError when there is no export expression."""
    exports = [expression for expression in parse_sexpr(text) if isinstance(expression, list) and expression[:1] == ["export"]]
    if not exports:
        raise ValueError("not a KiCad netlist: no (export ...) expression")
    export = exports[0]
    components: list[Component] = []
    for section in _children(export, "components"):
        for comp in _children(section, "comp"):
            libsource = (_children(comp, "libsource") or [["libsource"]])[0]
            part = f"{_field(libsource, 'lib')}:{_field(libsource, 'part')}"
            components.append(Component(_field(comp, "ref"), _field(comp, "value"), _field(comp, "footprint"), part))
    nets: list[Net] = []
    for section in _children(export, "nets"):
        for net in _children(section, "net"):
            nodes = [(_field(node, "ref"), _field(node, "pin")) for node in _children(net, "node")]
            nets.append(Net(_field(net, "code"), _field(net, "name"), nodes))
    return components, nets
