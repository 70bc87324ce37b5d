"""Case names as regular expressions, the way judges and reporters write them."""

from __future__ import annotations

import re

VERSUS = ("v", "v.", "vs", "vs.")


def name_pattern(case_name: str) -> str:
    """A regular expression matching ``case_name`` in running text.

    The name's words may be separated by any whitespace, including line breaks; "v" also
    matches "v.", "vs" and "vs."; the match may not start or end inside a longer word.
    """
    words = []
    for word in case_name.split():
        words.append(r"(?:v|vs)\.?" if word.lower() in VERSUS else re.escape(word))
    return r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"
