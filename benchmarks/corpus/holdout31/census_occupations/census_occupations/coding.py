"""Assigning HISCO codes to occupations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .normalise import normalise_occupation
from .rules import Rule


@dataclass(frozen=True)
class Coded:
    occupation: str
    code: str | None
    keyword: str | None


def code_occupations(occupations: Sequence[str], rules: Sequence[Rule]) -> list[Coded]:
    """Code each occupation by the rule keywords it contains as whole words (case-insensitive).

    The longest matching keyword decides; between keywords of the same length the first in rule
    order wins. Occupations that match nothing get no code.
    """
    coded = []
    for occupation in occupations:
        best_code, best_keyword = None, None
        for rule in rules:
            for keyword in rule.keywords:
                if re.search(r"\b" + re.escape(keyword) + r"\b", occupation, re.IGNORECASE):
                    if best_keyword is None or len(keyword) > len(best_keyword):
                        best_code, best_keyword = rule.code, keyword
        coded.append(Coded(occupation, best_code, best_keyword))
    return coded


def code_transcriptions(raw: Sequence[str], rules: Sequence[Rule]) -> list[Coded]:
    """Normalise the transcribed occupation strings, then code them."""
    return code_occupations([normalise_occupation(text) for text in raw], rules)


def coding_summary(coded: Sequence[Coded]) -> dict[str, int]:
    """Number of persons per code, "uncoded" for occupations without one, largest first."""
    counts: dict[str, int] = {}
    for item in coded:
        key = item.code or "uncoded"
        counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])))
