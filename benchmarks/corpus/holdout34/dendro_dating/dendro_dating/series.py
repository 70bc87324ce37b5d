"""Ring-width series and the Tucson (.rwl) decadal format the measuring stage exports."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Chronology:
    """A dated ring-width series: ``widths[0]`` is the ring of ``first_year`` (in 0.01 mm)."""

    name: str
    first_year: int
    widths: list[float] = field(default_factory=list)

    @property
    def last_year(self) -> int:
        return self.first_year + len(self.widths) - 1


def read_rwl(text: str) -> dict[str, Chronology]:
    """Parse a Tucson decadal file: "<id> <decade year> <up to 10 widths>" per line.

    A series ends with the stop marker 999 (or -9999 for 0.001 mm files, whose widths are
    converted to 0.01 mm). Series are returned in file order.
    """
    series: dict[str, Chronology] = {}
    finished: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        fields = line.split()
        if len(fields) < 3:
            raise ValueError(f"line {number}: expected an id, a year and widths")
        name, year = fields[0], int(fields[1])
        if name in finished:
            raise ValueError(f"line {number}: {name} continues after its stop marker")
        chronology = series.setdefault(name, Chronology(name, year))
        if chronology.last_year + 1 != year:
            raise ValueError(f"line {number}: {name} jumps to {year}")
        for value in fields[2:]:
            width = int(value)
            if width in (999, -9999):
                finished.add(name)
                if width == -9999:
                    chronology.widths = [w / 10 for w in chronology.widths]
                break
            chronology.widths.append(float(width))
    return series


def mean_chronology(name: str, members: list[Chronology]) -> Chronology:
    """Average dated series year by year into a site chronology."""
    first = min(member.first_year for member in members)
    last = max(member.last_year for member in members)
    widths = []
    for year in range(first, last + 1):
        values = [m.widths[year - m.first_year] for m in members if m.first_year <= year <= m.last_year]
        widths.append(sum(values) / len(values) if values else 0.0)
    return Chronology(name, first, widths)
