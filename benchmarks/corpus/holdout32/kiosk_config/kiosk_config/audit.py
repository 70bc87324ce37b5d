"""Auditing every kiosk before a release."""

from __future__ import annotations

import copy
from typing import Mapping, Sequence

from .layers import lookup, merged
from .rules import Rule


def audit_kiosks(defaults: Mapping, sites: Mapping[str, Mapping], kiosks: Sequence[Mapping],
                 rules: Sequence[Rule]) -> list[dict]:
    """Findings for every kiosk ({"id", "site", "overrides"}) whose effective settings break a rule.

    A kiosk's effective settings are the chain ``defaults`` with its cinema's overrides (from
    ``sites``; none if the cinema is not listed) and then its own overrides laid over them.
    Findings come in kiosk order, then rule order, as {"kiosk", "site", "setting", "value",
    "problem"}, with "value" None for a missing setting.
    """
    findings = []
    for kiosk in kiosks:
        effective = copy.deepcopy(defaults)
        effective = merged(effective, sites.get(kiosk["site"], {}))
        effective = merged(effective, kiosk.get("overrides") or {})
        for rule in rules:
            found, value = lookup(effective, rule.setting)
            problem = rule.problem(found, value)
            if problem is not None:
                findings.append({"kiosk": kiosk["id"], "site": kiosk["site"], "setting": rule.setting,
                                 "value": value, "problem": problem})
    return findings


def findings_by_problem(findings: Sequence[dict]) -> dict[str, list[str]]:
    """Kiosk ids per "setting: problem", in first-seen order, each kiosk once."""
    grouped: dict[str, list[str]] = {}
    for finding in findings:
        kiosks = grouped.setdefault(f"{finding['setting']}: {finding['problem']}", [])
        if finding["kiosk"] not in kiosks:
            kiosks.append(finding["kiosk"])
    return grouped
