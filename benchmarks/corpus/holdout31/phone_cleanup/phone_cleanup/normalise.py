"""Normalising supporters' phone numbers to E.164."""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from .plan import parse_plan

_NOT_DIALLED = re.compile(r"[^\d+]")


def normalise_supporters(supporters: Sequence[Mapping], plan_text: str, default_country: str = "GB") -> list[dict]:
    """E.164 numbers for supporter records ({"id", "phone", "country"}), in record order.

    Numbers written internationally ("+" or "00") are matched to the plan entry with the longest
    calling code they start with (the first listed on a tie); a trunk prefix written after the
    calling code, as in "+44 (0)20...", is dropped when the rest then has a valid length. Other
    numbers are read as national numbers of the supporter's country (``default_country`` when it
    has none), without the trunk prefix. Each result is {"id", "e164", "problem"}; ``problem`` is
    None for good numbers, else "missing", "unknown country", "unknown calling code", "malformed"
    (a "+" inside the number) or "bad length".
    """
    results = []
    for supporter in supporters:
        plan = parse_plan(plan_text)
        digits = _NOT_DIALLED.sub("", supporter.get("phone") or "")
        result = {"id": supporter["id"], "e164": None, "problem": None}
        results.append(result)
        if not digits.lstrip("+"):
            result["problem"] = "missing"
            continue
        if digits.startswith("+") or digits.startswith("00"):
            international = digits[1:] if digits.startswith("+") else digits[2:]
            entry = None
            for candidate in plan.values():
                if international.startswith(candidate.calling_code):
                    if entry is None or len(candidate.calling_code) > len(entry.calling_code):
                        entry = candidate
            if entry is None:
                result["problem"] = "unknown calling code"
                continue
            national = international[len(entry.calling_code):]
            trunk = entry.trunk_prefix
            if trunk and national.startswith(trunk) and len(national) - len(trunk) in entry.lengths:
                national = national[len(trunk):]
        else:
            entry = plan.get((supporter.get("country") or default_country).upper())
            if entry is None:
                result["problem"] = "unknown country"
                continue
            national = digits
            if entry.trunk_prefix and national.startswith(entry.trunk_prefix):
                national = national[len(entry.trunk_prefix):]
        if "+" in national:
            result["problem"] = "malformed"
            continue
        if len(national) not in entry.lengths:
            result["problem"] = "bad length"
            continue
        result["e164"] = "+" + entry.calling_code + national
    return results


def campaign_list(results: Sequence[dict]) -> tuple[list[str], dict[str, int]]:
    """Distinct E.164 numbers for the SMS platform, in first-seen order, and problem counts."""
    numbers: list[str] = []
    seen: set[str] = set()
    problems: dict[str, int] = {}
    for result in results:
        if result["e164"] is not None:
            if result["e164"] not in seen:
                seen.add(result["e164"])
                numbers.append(result["e164"])
        else:
            problems[result["problem"]] = problems.get(result["problem"], 0) + 1
    return numbers, problems
