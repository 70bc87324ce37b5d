"""Clean-up of occupation strings as the volunteers transcribed them from the enumerators' books."""

from __future__ import annotations

import re

ABBREVIATIONS = {
    "ag": "agricultural", "agric": "agricultural", "lab": "labourer", "labr": "labourer",
    "dom": "domestic", "serv": "servant", "svt": "servant", "mfr": "manufacturer",
    "journeyman": "", "jour": "", "formerly": "", "retired": "", "ret": "", "late": "",
    "cott": "cotton", "wkr": "worker", "mer": "merchant", "appr": "apprentice",
}
_WORD = re.compile(r"[a-z0-9&]+")


def normalise_occupation(text: str) -> str:
    """Lower-case an occupation, expand the enumerators' abbreviations, drop words such as
    "retired" or "journeyman" that do not change the occupation, and collapse punctuation.

    "Ag. Lab." becomes "agricultural labourer"; "Retired Cott. Weaver" becomes "cotton weaver".
    """
    words = (ABBREVIATIONS.get(word, word) for word in _WORD.findall(text.lower()))
    return " ".join(word for word in words if word)
