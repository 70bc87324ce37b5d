"""The dialling-plan table maintained by the data team."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PlanEntry:
    """Dialling rules of one country: the international calling code, the trunk prefix dialled
    before national numbers (empty when there is none) and the valid national significant
    number lengths."""

    iso: str
    calling_code: str
    trunk_prefix: str
    lengths: tuple[int, ...]


def parse_plan(text: str) -> dict[str, PlanEntry]:
    """Parse the plan table: "ISO|calling code|trunk prefix|length,length,..." per line, in file
    order. Blank lines and ``#`` comments are skipped; ISO codes are upper-cased.

    Raises ``ValueError`` for a line without four fields, a non-numeric calling code or length,
    or a country listed twice.
    """
    plan: dict[str, PlanEntry] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split("|")]
        if len(fields) != 4:
            raise ValueError(f"line {number}: expected ISO|code|trunk|lengths")
        iso, code, trunk, lengths = fields
        if not code.isdigit():
            raise ValueError(f"line {number}: bad calling code {code!r}")
        iso = iso.upper()
        if iso in plan:
            raise ValueError(f"line {number}: {iso} listed twice")
        plan[iso] = PlanEntry(iso, code, trunk, tuple(int(length) for length in lengths.split(",")))
    return plan
