"""The plan design: cost-sharing rules from the summary plan description."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PlanDesign:
    """Cost sharing per member and plan (calendar) year; amounts in cents, coinsurance as the
    member's share of the allowed amount after the deductible."""

    deductible_cents: int
    oop_max_cents: int
    coinsurance: float
    oon_coinsurance: float
    office_copay_cents: int


def parse_plan_design(text: str) -> PlanDesign:
    """Read "key = value" lines (dollar amounts and percentages, e.g. "deductible = $1,500",
    "coinsurance = 20%"). Raises ``ValueError`` for a missing or unknown key."""
    values: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            key, _, value = line.partition("=")
            values[key.strip().lower()] = value.strip()
    expected = {"deductible", "oop_max", "coinsurance", "oon_coinsurance", "office_copay"}
    if set(values) != expected:
        raise ValueError(f"plan design needs exactly {sorted(expected)}")

    def cents(text: str) -> int:
        return round(float(text.replace("$", "").replace(",", "")) * 100)

    def share(text: str) -> float:
        return float(text.rstrip("%")) / 100

    return PlanDesign(cents(values["deductible"]), cents(values["oop_max"]), share(values["coinsurance"]),
                      share(values["oon_coinsurance"]), cents(values["office_copay"]))
