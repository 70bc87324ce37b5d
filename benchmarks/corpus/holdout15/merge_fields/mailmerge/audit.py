"""Find problems with the ``{{ field | filter }}`` placeholders of a template."""

from __future__ import annotations

import re
from typing import Collection

from mailmerge.positions import line_and_column

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][\w.]*)\s*(?:\|\s*([A-Za-z_]\w*)\s*)?\}\}")
OPENER = re.compile(r"\{\{")

DEFAULT_FILTERS = frozenset({"upper", "lower", "title", "date", "currency", "default"})


def audit_template(
    text: str,
    known_fields: Collection[str],
    filters: Collection[str] = DEFAULT_FILTERS,
) -> list[dict[str, object]]:
    """Problems found in ``text``, in the order they occur.

    A placeholder's field must be known (for dotted fields like ``customer.city`` the
    part before the first dot is checked) and its filter, if any, must be one of
    ``filters``. A ``{{`` that does not start a well-formed placeholder is reported as
    malformed. Each problem gives the 1-based line and column where it starts.
    """
    problems: list[dict[str, object]] = []
    well_formed: set[int] = set()
    for match in PLACEHOLDER.finditer(text):
        well_formed.add(match.start())
        field, filter_name = match.group(1), match.group(2)
        line, column = line_and_column(text, match.start())
        if field.split(".")[0] not in known_fields:
            problems.append({"line": line, "column": column, "problem": "unknown field", "text": field})
        if filter_name is not None and filter_name not in filters:
            problems.append({"line": line, "column": column, "problem": "unknown filter", "text": filter_name})
    for opener in OPENER.finditer(text):
        if opener.start() in well_formed:
            continue
        line, column = line_and_column(text, opener.start())
        snippet = text[opener.start():opener.start() + 20].split("\n")[0]
        problems.append({"line": line, "column": column, "problem": "malformed placeholder", "text": snippet})
    problems.sort(key=lambda problem: (problem["line"], problem["column"]))
    return problems
