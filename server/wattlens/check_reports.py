"""Reports of a regression check for CI: a Markdown summary and SARIF 2.1.0.

SARIF lets code-scanning UIs show a regression as an alert; an alert needs a
place in the code, so each result points at the first changed line of every file
that changed since the baseline, or at pyproject.toml (where the workload is set)
when no tracked file changed.  Paths are relative to the repository's top.
"""

from __future__ import annotations

from statistics import median
from typing import Any

from wattlens import __version__
from wattlens.models import Change, RegressionCheck

_RULES = {
    "time": ("WL001", "WorkloadTimeRegression", "The workload takes significantly longer than at the baseline."),
    "energy": (
        "WL002",
        "WorkloadEnergyRegression",
        "The workload uses significantly more energy than at the baseline.",
    ),
}


def markdown(check: RegressionCheck) -> str:
    """A short Markdown summary, e.g. for a CI job summary or a pull-request comment."""
    status = "❌ regression" if check.regressed else "✅ no regression"
    rows = [
        _row("Wall time", check.time),
        _row(f"Energy ({check.energy_source})", check.energy),
    ]
    lines = [
        f"## wattlens check: {status}",
        "",
        f"Workload `{check.workload}`, working tree against `{check.baseline}` "
        f"(`{check.baseline_commit[:12]}`), {check.n} interleaved pairs in the sandbox; "
        f"threshold {check.threshold:.0%}, significance level {check.alpha:g}.",
        "",
        "| figure | working tree / baseline | 95% CI | one-sided p | regressed |",
        "|---|---|---|---|---|",
        *rows,
        "",
        f"Median wall time: baseline {median(check.baseline_s):.3f} s, "
        f"working tree {median(check.current_s):.3f} s.",
        "",
        f"Energy: {check.energy_method}.",
    ]
    if check.changed:
        shown = ", ".join(f"`{c.file}`" for c in check.changed[:10])
        more = f" and {len(check.changed) - 10} more" if len(check.changed) > 10 else ""
        lines += ["", f"Changed since the baseline: {shown}{more}."]
    return "\n".join(lines) + "\n"


def sarif(check: RegressionCheck) -> dict[str, Any]:
    """The check as a SARIF 2.1.0 log: one result per regressed figure."""
    results = []
    for key, change in (("time", check.time), ("energy", check.energy)):
        if not change.regressed:
            continue
        rule_id = _RULES[key][0]
        what = "Wall time" if key == "time" else f"Energy ({check.energy_source})"
        results.append(
            {
                "ruleId": rule_id,
                "level": "error",
                "message": {
                    "text": f"{what} of `{check.workload}` is {change.ratio:.2f}× the baseline's "
                    f"({check.baseline}, {check.baseline_commit[:12]}; 95% CI {change.ci95[0]:.2f}–"
                    f"{change.ci95[1]:.2f}, one-sided Mann-Whitney p = {change.p_value:.2g}, "
                    f"n = {check.n} pairs; threshold {check.threshold:.0%})."
                },
                "locations": _locations(check),
                "properties": {"ratio": change.ratio, "ci95": list(change.ci95), "pValue": change.p_value},
            }
        )
    return {
        "version": "2.1.0",
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "wattlens",
                        "version": __version__,
                        "rules": [
                            {
                                "id": rule_id,
                                "name": name,
                                "shortDescription": {"text": text},
                                "defaultConfiguration": {"level": "error"},
                            }
                            for rule_id, name, text in _RULES.values()
                        ],
                    }
                },
                "results": results,
            }
        ],
    }


def _locations(check: RegressionCheck) -> list[dict[str, Any]]:
    places = [(c.file, c.line) for c in check.changed if c.file.endswith(".py")] or [
        (c.file, c.line) for c in check.changed
    ]
    if not places:
        places = [(f"{check.project_path}pyproject.toml", 1)]
    return [
        {
            "physicalLocation": {
                "artifactLocation": {"uri": file, "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": line},
            }
        }
        for file, line in places[:10]
    ]


def _row(name: str, change: Change) -> str:
    return (
        f"| {name} | {change.ratio:.3f}× | {change.ci95[0]:.3f}–{change.ci95[1]:.3f} | "
        f"{change.p_value:.2g} | {'yes' if change.regressed else 'no'} |"
    )

