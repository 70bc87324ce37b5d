"""The society's method library."""

from __future__ import annotations

from dataclasses import dataclass, field

from .notation import parse_place_notation

STAGE_NAMES = {5: "Doubles", 6: "Minor", 7: "Triples", 8: "Major", 9: "Caters", 10: "Royal"}


@dataclass(frozen=True)
class Method:
    """A method with its call notation: a call replaces the last changes of the lead."""

    name: str
    stage: int
    notation: str
    bob: str | None = "14"
    single: str | None = "1234"
    lead: tuple[tuple[int, ...], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lead", tuple(parse_place_notation(self.notation, self.stage)))

    @property
    def title(self) -> str:
        return f"{self.name} {STAGE_NAMES.get(self.stage, str(self.stage))}"

    def call_changes(self, call: str) -> tuple[tuple[int, ...], ...] | None:
        """The changes that end a lead with this call ("b" or "s"); None if it has none."""
        notation = {"b": self.bob, "s": self.single}[call]
        if notation is None:
            return None
        return tuple(parse_place_notation(notation, self.stage))


def load_library(text: str) -> dict[str, Method]:
    """Read "title|stage|notation|bob|single" lines; empty call fields mean no such call."""
    library: dict[str, Method] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [part.strip() for part in line.split("|")]
        if len(fields) != 5:
            raise ValueError(f"line {number}: expected title|stage|notation|bob|single")
        name, stage, notation, bob, single = fields
        method = Method(name, int(stage), notation, bob or None, single or None)
        library[method.title] = method
    return library
