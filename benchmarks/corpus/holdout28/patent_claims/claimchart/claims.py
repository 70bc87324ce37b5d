"""Claims of a patent application, read from the drafting tool's plain-text export."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CLAIM_HEAD = re.compile(r"^\s*(\d+)\.\s+(.*)$")
_REFERENCES = re.compile(r"\bclaims?\s+(\d+(?:\s*(?:,|or|and|to)\s*\d+)*)", re.IGNORECASE)
_NUMBER_OR_TO = re.compile(r"\d+|\bto\b", re.IGNORECASE)
_FEATURE_START = re.compile(r"\b(?:wherein|characteri[sz]ed in that|comprising)\b\s*:?|:", re.IGNORECASE)


@dataclass(frozen=True)
class Claim:
    """One claim: its number, the earlier claims it refers back to (in the order cited) and its own features."""

    number: int
    depends_on: tuple[int, ...]
    features: tuple[str, ...]

    @property
    def independent(self) -> bool:
        """Whether the claim stands on its own (refers to no other claim)."""
        return not self.depends_on


def parse_references(preamble: str) -> tuple[int, ...]:
    """Claim numbers cited in a preamble, in the order cited, ranges expanded and repeats dropped.

    "according to claim 2 or 3" gives (2, 3); "according to any of claims 1 to 4" gives (1, 2, 3, 4).
    """
    numbers: list[int] = []
    for match in _REFERENCES.finditer(preamble):
        previous: int | None = None
        in_range = False
        for token in _NUMBER_OR_TO.findall(match.group(1)):
            if token.lower() == "to":
                in_range = True
                continue
            value = int(token)
            if in_range and previous is not None:
                numbers.extend(range(previous + 1, value + 1))
            else:
                numbers.append(value)
            previous = value
            in_range = False
    return tuple(dict.fromkeys(numbers))


def split_features(body: str) -> tuple[str, ...]:
    """The features of a claim body: the ';'-separated clauses, normalised to lower case."""
    features = []
    for clause in body.split(";"):
        text = " ".join(clause.split()).rstrip(".").strip()
        if text.lower().startswith("and "):
            text = text[4:]
        if text.lower().endswith(" and"):
            text = text[:-4]
        if text:
            features.append(text.lower())
    return tuple(features)


def parse_claims(text: str) -> list[Claim]:
    """Parse the claims section: each claim starts with "N. " at the start of a line.

    A claim's preamble (up to "wherein", "comprising", "characterised in that" or a colon) holds its
    references; the rest is split into features. Lines before the first claim are ignored.
    """
    chunks: list[tuple[int, list[str]]] = []
    for line in text.splitlines():
        head = _CLAIM_HEAD.match(line)
        if head:
            chunks.append((int(head.group(1)), [head.group(2)]))
        elif chunks and line.strip():
            chunks[-1][1].append(line.strip())
    claims = []
    for number, lines in chunks:
        body = " ".join(lines)
        start = _FEATURE_START.search(body)
        preamble, rest = (body[: start.start()], body[start.end():]) if start else (body, "")
        claims.append(Claim(number, parse_references(preamble), split_features(rest)))
    return claims
