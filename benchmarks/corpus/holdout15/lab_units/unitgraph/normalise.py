"""Put each result into its analyte's reporting unit."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from unitgraph.graph import NoConversion, UnitGraph


def normalise_results(
    results: Sequence[Mapping[str, Any]],
    graph: UnitGraph,
    reporting_units: Mapping[str, str],
    digits: int = 4,
) -> dict[str, Any]:
    """Results converted to the reporting unit of their analyte.

    Each result has ``sample``, ``analyte``, ``value`` and ``unit``. Results for analytes
    without a reporting unit are passed through unchanged; results whose unit cannot be
    converted are set aside with the reason. Converted values are rounded to ``digits``.
    """
    converted: list[dict[str, Any]] = []
    failed: list[tuple[str, str, str]] = []
    for result in results:
        target = reporting_units.get(result["analyte"])
        if target is None:
            converted.append(dict(result))
            continue
        try:
            multiplier = graph.factor(result["unit"], target)
        except NoConversion as error:
            failed.append((result["sample"], result["analyte"], str(error)))
            continue
        row = dict(result)
        row["value"] = round(result["value"] * multiplier, digits)
        row["unit"] = target
        converted.append(row)
    return {"results": converted, "failed": failed}
