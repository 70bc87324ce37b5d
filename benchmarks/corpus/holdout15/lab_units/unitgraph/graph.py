"""A graph of multiplicative unit conversions."""

from __future__ import annotations

from collections import deque


class NoConversion(ValueError):
    """No chain of known conversions links the two units."""


class UnitGraph:
    """Units are nodes; a conversion ``a -> b`` by ``factor`` adds edges both ways."""

    def __init__(self) -> None:
        self.edges: dict[str, list[tuple[str, float]]] = {}

    def add(self, source: str, target: str, factor: float) -> None:
        """``1 source == factor target``."""
        if factor == 0:
            raise ValueError("a conversion factor cannot be zero")
        self.edges.setdefault(source, []).append((target, factor))
        self.edges.setdefault(target, []).append((source, 1 / factor))

    def factor(self, source: str, target: str) -> float:
        """Multiplier taking a value in ``source`` to ``target``, along the shortest chain.

        Breadth-first: among chains of equal length the one through the earliest-added
        conversions wins, so the result is deterministic.
        """
        if source == target:
            return 1.0
        if source not in self.edges:
            raise NoConversion(f"unknown unit {source!r}")
        seen = {source}
        queue = deque([(source, 1.0)])
        while queue:
            unit, so_far = queue.popleft()
            for neighbour, step in self.edges[unit]:
                if neighbour in seen:
                    continue
                value = so_far * step
                if neighbour == target:
                    return value
                seen.add(neighbour)
                queue.append((neighbour, value))
        raise NoConversion(f"cannot convert {source!r} to {target!r}")
