"""Per-lactation calculations (ICAR test interval method)."""

from __future__ import annotations

from datetime import date
from typing import Any, Mapping, Sequence

HIGH_SCC = 200  # thousand cells per ml


def days_in_milk(calving: str, test_date: str) -> int:
    return (date.fromisoformat(test_date) - date.fromisoformat(calving)).days


def yield_305(calving: str, tests: Sequence[Mapping[str, Any]]) -> float | None:
    """305-day milk yield in kg by the test interval method; None with fewer than 3 tests.

    Only tests between day 5 and day 305 of lactation count. The first test's yield covers
    the days from calving, the last test's yield is carried on to day 305.
    """
    usable = [(days_in_milk(calving, test["date"]), test["milk_kg"]) for test in tests]
    usable = [(dim, milk) for dim, milk in usable if 5 <= dim <= 305]
    if len(usable) < 3:
        return None
    total = usable[0][0] * usable[0][1]
    for (dim_a, milk_a), (dim_b, milk_b) in zip(usable, usable[1:]):
        total += (dim_b - dim_a) * (milk_a + milk_b) / 2
    total += (305 - usable[-1][0]) * usable[-1][1]
    return round(total, 1)


def summarise(calving: str, tests: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Summary of one lactation from its test days (in date order)."""
    milk = sum(test["milk_kg"] for test in tests)
    fat = sum(test["milk_kg"] * test["fat_pct"] for test in tests)
    protein = sum(test["milk_kg"] * test["protein_pct"] for test in tests)
    peak = max(tests, key=lambda test: test["milk_kg"])
    return {
        "calving": calving,
        "tests": len(tests),
        "last_dim": days_in_milk(calving, tests[-1]["date"]),
        "yield_305": yield_305(calving, tests),
        "peak_kg": peak["milk_kg"],
        "peak_dim": days_in_milk(calving, peak["date"]),
        "fat_pct": round(fat / milk, 2) if milk else None,
        "protein_pct": round(protein / milk, 2) if milk else None,
        "high_scc_tests": sum(1 for test in tests if test["scc"] > HIGH_SCC),
    }
