"""Transliteration rule tables.

A table is a list of rules. Each rule maps a lower-case Cyrillic source sequence to its
Latin target; rules with context ``"initial"`` only apply at the start of a word or after a
vowel, the short i or a hard/soft sign (BGN/PCGN's "ye" for е in those positions).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

VOWELS_AND_SIGNS = "аеёиоуыэюяйъь"


@dataclass(frozen=True)
class Rule:
    source: str
    target: str
    context: str = "any"  # "any" or "initial"


BGN_PCGN_RUSSIAN = """
а a
б b
в v
г g
д d
е ye initial
е e
ё yë initial
ё ë
ж zh
з z
и i
й y
к k
л l
м m
н n
о o
п p
р r
с s
т t
у u
ф f
х kh
ц ts
ч ch
ш sh
щ shch
ъ ˮ
ы y
ь ʼ
э e
ю yu
я ya
тс t·s
шч sh·ch
кх k·h
цх ts·h
сх s·h
зх z·h
йа y·a
йу y·u
ый yy
ий iy
ыа y·a
эй ey
"""


def parse_rules(lines: Iterable[str]) -> list[Rule]:
    """Parse "source target [context]" lines; blank lines and # comments are ignored."""
    rules = []
    for number, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) not in (2, 3):
            raise ValueError(f"line {number}: expected 'source target [context]', got {raw!r}")
        context = parts[2] if len(parts) == 3 else "any"
        if context not in ("any", "initial"):
            raise ValueError(f"line {number}: unknown context {context!r}")
        rules.append(Rule(parts[0].lower(), parts[1], context))
    return rules


def default_rules() -> list[Rule]:
    return parse_rules(BGN_PCGN_RUSSIAN.splitlines())
