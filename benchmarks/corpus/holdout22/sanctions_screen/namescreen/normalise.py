"""Name normalisation shared by the screening and the list-maintenance tools."""

from __future__ import annotations

import re
import unicodedata

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "sheikh", "hajji", "gen", "col", "capt"}
LEGAL_FORMS = {"ltd", "llc", "inc", "plc", "gmbh", "ag", "sa", "sarl", "bv", "jsc", "ooo", "pjsc", "co", "corp", "limited"}
PARTICLES = {"al", "el", "bin", "ibn", "van", "von", "de", "der", "da", "di", "le", "la"}
SEPARATORS = re.compile(r"[^\w]+|_")
TRANSLITERATIONS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "ı": "i", "þ": "th"})


def fold(text: str) -> str:
    """Case-fold and strip accents: 'Ḑmitrijs Šlesers' -> 'dmitrijs slesers'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.translate(TRANSLITERATIONS)


def normalise_name(name: str) -> tuple[str, ...]:
    """Significant name tokens in order: no honorifics, legal forms or particles, no
    punctuation. A name made only of such words keeps them rather than becoming empty."""
    tokens = [token for token in SEPARATORS.split(fold(name)) if token]
    significant = [token for token in tokens if token not in HONORIFICS | LEGAL_FORMS | PARTICLES]
    return tuple(significant or tokens)
