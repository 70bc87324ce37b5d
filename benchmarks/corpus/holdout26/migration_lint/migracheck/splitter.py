"""Split a SQL migration file into statements, remembering where each one starts."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A statement is a run of quoted strings, quoted identifiers, comments and anything else
# up to a semicolon; semicolons inside strings and comments do not end it.
_STATEMENT = re.compile(r"""(?:'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|/\*.*?\*/|[^;'"])+""", re.S)
_LEADING = re.compile(r"""(?:\s+|--[^\n]*|/\*.*?\*/)*""", re.S)


@dataclass(frozen=True)
class Statement:
    """One SQL statement: its text (without the semicolon, leading comments and surrounding blanks) and 1-based position."""

    text: str
    line: int
    column: int


def split_statements(sql: str) -> list[Statement]:
    """The statements of a migration file in file order.

    Leading whitespace and comments are not part of a statement; a stretch holding only
    whitespace and comments is not a statement at all. ``line`` and ``column`` give where
    the statement's first character is (columns count characters, from 1). Line ends may
    be ``\\n`` or ``\\r\\n``.
    """
    statements: list[Statement] = []
    for match in _STATEMENT.finditer(sql):
        start = _LEADING.match(sql, match.start(), match.end()).end()
        text = sql[start:match.end()].rstrip()
        if not text:
            continue
        line = sql[:start].count("\n") + 1
        column = start - (sql.rfind("\n", 0, start) + 1) + 1
        statements.append(Statement(text, line, column))
    return statements
