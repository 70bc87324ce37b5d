"""Resolve country answers to ISO 3166 alpha-2 codes."""

from __future__ import annotations

from typing import Iterable, Sequence

from surveyclean.text import normalize_text

# (alias, code); earlier aliases take precedence when two normalise to the same text
ALIASES: list[tuple[str, str]] = [
    ("Germany", "DE"), ("Deutschland", "DE"), ("Federal Republic of Germany", "DE"), ("DE", "DE"),
    ("France", "FR"), ("République française", "FR"), ("FR", "FR"),
    ("United Kingdom", "GB"), ("UK", "GB"), ("U.K.", "GB"), ("Great Britain", "GB"), ("England", "GB"),
    ("Scotland", "GB"), ("Wales", "GB"), ("GB", "GB"),
    ("United States", "US"), ("United States of America", "US"), ("USA", "US"), ("U.S.A.", "US"),
    ("US", "US"), ("America", "US"),
    ("Netherlands", "NL"), ("The Netherlands", "NL"), ("Holland", "NL"), ("Nederland", "NL"),
    ("Spain", "ES"), ("España", "ES"), ("Italy", "IT"), ("Italia", "IT"),
    ("Côte d'Ivoire", "CI"), ("Ivory Coast", "CI"), ("Türkiye", "TR"), ("Turkey", "TR"),
    ("Czech Republic", "CZ"), ("Czechia", "CZ"), ("Česko", "CZ"),
    ("Bosnia & Herzegovina", "BA"), ("Bosnia and Herzegovina", "BA"),
    ("São Tomé and Príncipe", "ST"), ("Switzerland", "CH"), ("Schweiz", "CH"), ("Suisse", "CH"),
    ("Österreich", "AT"), ("Austria", "AT"), ("Japan", "JP"), ("Nippon", "JP"), ("日本", "JP"),
    ("South Korea", "KR"), ("Korea, Republic of", "KR"), ("Republic of Korea", "KR"),
    ("New Zealand", "NZ"), ("Aotearoa", "NZ"), ("Brazil", "BR"), ("Brasil", "BR"),
    ("Mexico", "MX"), ("México", "MX"), ("Canada", "CA"), ("India", "IN"), ("Bharat", "IN"),
]


def resolve_countries(
    answers: Iterable[str], aliases: Sequence[tuple[str, str]] = ALIASES
) -> tuple[list[str | None], list[str]]:
    """The country code for every answer (None when unknown) and the unknown answers.

    Answers and aliases are compared after normalize_text. The unknown answers are
    reported once each, normalised, in the order they first appear; blank answers are
    unknown too but are not reported.
    """
    codes = []
    unknown = []
    for answer in answers:
        key = normalize_text(answer)
        code = None
        for alias, alias_code in aliases:
            if normalize_text(alias) == key:
                code = alias_code
                break
        codes.append(code)
        if code is None and key and key not in unknown:
            unknown.append(key)
    return codes, unknown
