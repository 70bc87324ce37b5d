"""Which leading cases a judgment mentions, and where."""

from __future__ import annotations

import re
from collections.abc import Sequence

from citator.names import name_pattern


def cases_mentioned(paragraphs: Sequence[tuple[int, str]], case_names: Sequence[str]) -> dict[str, list[int]]:
    """The numbers of the paragraphs that mention each case, for the cases mentioned at all.

    A paragraph mentions a case when name_pattern(name) matches its text, ignoring case.
    Cases are listed in the order of ``case_names`` and their paragraph numbers in the
    order of ``paragraphs``, one entry per paragraph for each time the name is listed.
    """
    mentions: dict[str, list[int]] = {}
    for number, text in paragraphs:
        for name in case_names:
            if re.search(name_pattern(name), text, re.IGNORECASE):
                mentions.setdefault(name, []).append(number)
    return {name: mentions[name] for name in case_names if name in mentions}
