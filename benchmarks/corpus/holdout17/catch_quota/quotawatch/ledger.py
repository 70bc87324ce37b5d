"""Per-vessel quota balances, replayed from landing declarations and quota transfers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from quotawatch.species import species_code

WARNING_SHARE = 0.1  # warn when a line drops below this share of its allocation


@dataclass(frozen=True)
class QuotaLine:
    vessel: str
    species: str
    allocated: float
    remaining: float


def _alert(event: dict[str, Any], vessel: Any, species: str, kind: str, remaining: float) -> dict[str, Any]:
    return {"date": event.get("date"), "vessel": vessel, "species": species, "alert": kind, "remaining": remaining}


class QuotaLedger:
    """Quota lines in allocation order; tonnages are kept to the kilogram (3 decimals)."""

    def __init__(self, allocations: Iterable[Sequence[Any]]) -> None:
        self.lines: list[QuotaLine] = []
        for vessel, species, tonnes in allocations:
            if tonnes < 0:
                raise ValueError("allocations cannot be negative")
            code = species_code(species)
            line = self.line(vessel, code)
            allocated = round((line.allocated if line else 0.0) + tonnes, 3)
            remaining = round((line.remaining if line else 0.0) + tonnes, 3)
            self._store(QuotaLine(vessel, code, allocated, remaining))

    def line(self, vessel: Any, species: str) -> QuotaLine | None:
        """The vessel's quota line for a species code, if it has one."""
        for line in self.lines:
            if line.vessel == vessel and line.species == species:
                return line
        return None

    def _store(self, new_line: QuotaLine) -> None:
        replaced = False
        lines = []
        for line in self.lines:
            if line.vessel == new_line.vessel and line.species == new_line.species:
                lines.append(new_line)
                replaced = True
            else:
                lines.append(line)
        if not replaced:
            lines.append(new_line)
        self.lines = lines

    def replay(self, events: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        """Apply landings and transfers in order and return the alerts they raise.

        A landing (``vessel``, ``species``, ``tonnes``) raises OVERFISHED when it takes a
        line below zero (landing without quota included) and LOW when it takes it below
        10% of its allocation. A transfer (``from``, ``to``, ``species``, ``tonnes``)
        moves allocation between vessels; one the giver cannot cover is REFUSED.
        """
        alerts = []
        for event in events:
            kind = event["kind"]
            species = species_code(event["species"])
            tonnes = event["tonnes"]
            if tonnes <= 0:
                raise ValueError("tonnage must be positive")
            if kind == "landing":
                vessel = event["vessel"]
                line = self.line(vessel, species) or QuotaLine(vessel, species, 0.0, 0.0)
                remaining = round(line.remaining - tonnes, 3)
                self._store(QuotaLine(vessel, species, line.allocated, remaining))
                if remaining < 0:
                    if line.remaining >= 0:
                        alerts.append(_alert(event, vessel, species, "OVERFISHED", remaining))
                elif remaining < WARNING_SHARE * line.allocated <= line.remaining:
                    alerts.append(_alert(event, vessel, species, "LOW", remaining))
            elif kind == "transfer":
                source, target = event["from"], event["to"]
                if source == target:
                    raise ValueError("a vessel cannot transfer quota to itself")
                giver = self.line(source, species)
                if giver is None or giver.remaining < tonnes:
                    alerts.append(_alert(event, source, species, "REFUSED", giver.remaining if giver else 0.0))
                    continue
                taker = self.line(target, species) or QuotaLine(target, species, 0.0, 0.0)
                self._store(QuotaLine(source, species, round(giver.allocated - tonnes, 3),
                                      round(giver.remaining - tonnes, 3)))
                self._store(QuotaLine(target, species, round(taker.allocated + tonnes, 3),
                                      round(taker.remaining + tonnes, 3)))
            else:
                raise ValueError(f"unknown event kind {kind!r}")
        return alerts

    def balances(self) -> list[tuple[Any, str, float, float]]:
        return [(line.vessel, line.species, line.allocated, line.remaining) for line in self.lines]
