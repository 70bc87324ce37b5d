"""The herd report sent to the farmer after every recording."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from dairyherd.lactation import summarise


def herd_report(records: Sequence[Mapping[str, Any]], calvings: Mapping[str, str]) -> dict[str, Any]:
    """Current-lactation summary per cow, in order of each cow's first record, and herd figures.

    Records are test-day rows (``cow``, ISO ``date``, ``milk_kg``, ``fat_pct``,
    ``protein_pct``, ``scc``); ``calvings`` maps a cow to its latest ISO calving date. Tests
    before that calving belong to an earlier lactation and are ignored. Cows without a
    calving date or without tests in the current lactation are listed under ``missing``.
    """
    cows: list[str] = []
    for record in records:
        if record["cow"] not in cows:
            cows.append(record["cow"])
    summaries: dict[str, dict[str, Any]] = {}
    missing: list[str] = []
    for cow in cows:
        calving = calvings.get(cow)
        tests = sorted((record for record in records if record["cow"] == cow), key=lambda record: record["date"])
        tests = [test for test in tests if calving is not None and test["date"] >= calving]
        if not tests:
            missing.append(cow)
            continue
        summaries[cow] = summarise(calving, tests)
    yields = [summary["yield_305"] for summary in summaries.values() if summary["yield_305"] is not None]
    herd = {
        "cows": len(summaries),
        "mean_305": round(sum(yields) / len(yields), 1) if yields else None,
        "mastitis_watch": [cow for cow, summary in summaries.items() if summary["high_scc_tests"] >= 2],
    }
    return {"cows": summaries, "missing": missing, "herd": herd}
