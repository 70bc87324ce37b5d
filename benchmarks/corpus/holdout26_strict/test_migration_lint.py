"""Strict equivalence tests for split_statements (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from migracheck.splitter import Statement, split_statements
from strict_support import assert_same

TARGET = "migracheck/splitter.py:split_statements"


# --- verbatim copy of the original implementation and its helpers -----------------------------

_STATEMENT = re.compile(r"""(?:'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|/\*.*?\*/|[^;'"])+""", re.S)
_LEADING = re.compile(r"""(?:\s+|--[^\n]*|/\*.*?\*/)*""", re.S)


def reference(sql):
    statements = []
    for match in _STATEMENT.finditer(sql):
        start = _LEADING.match(sql, match.start(), match.end()).end()
        text = sql[start:match.end()].rstrip()
        if not text:
            continue
        line = sql[:start].count("\n") + 1
        column = start - (sql.rfind("\n", 0, start) + 1) + 1
        statements.append(Statement(text, line, column))
    return statements


# --- cases -------------------------------------------------------------------------------

MIGRATION = """-- migration 0042: add region to accounts
ALTER TABLE accounts ADD COLUMN region text NOT NULL;
ALTER TABLE accounts ADD COLUMN plan text NOT NULL DEFAULT 'free';

/* requested in OPS-311; see runbook */
CREATE INDEX idx_a ON accounts (region);
  UPDATE accounts SET region = 'eu';   DELETE FROM accounts WHERE region IS NULL;
"""

CASES = [
    "",
    " ",
    "\n",
    "\n\n\n",
    ";",
    ";;;",
    " ; ;\n;",
    "SELECT 1",
    "SELECT 1;",
    "SELECT 1;SELECT 2",
    "SELECT 1; SELECT 2;",
    "SELECT 1;\nSELECT 2;\n",
    "SELECT 1;\r\nSELECT 2;\r\n",
    "SELECT 1;\rSELECT 2;\r",
    "SELECT 1;\n\r\nSELECT 2;",
    "\tSELECT 1;\n\t\tSELECT 2;",
    "   SELECT 1   ;   SELECT 2   ",
    "SELECT 1\n\n\n;",
    "-- only a comment",
    "-- only a comment\n",
    "-- comment; with semicolon\n",
    "-- comment\nSELECT 1;",
    "-- c1\n-- c2\n\n   SELECT 1;",
    "SELECT 1 -- trailing comment\n;",
    "SELECT 1 -- trailing; comment with semicolon\n;",
    "SELECT 1; -- after\n",
    "/* block */",
    "/* block; with semicolon */",
    "/* multi\nline\ncomment */ SELECT 1;",
    "/* a */ /* b */ SELECT 1; /* c */",
    "/* unterminated SELECT 1;",
    "/* nested /* inner */ still comment? */ SELECT 1;",
    "SELECT /* inline; */ 1;",
    "SELECT 'a;b';",
    "SELECT 'it''s';",
    "SELECT 'multi\nline;\nstring'; SELECT 2;",
    "SELECT 'unterminated; SELECT 2;",
    "SELECT 'a' 'b';",
    "SELECT '';",
    "SELECT '''';",
    'SELECT "odd;name" FROM t;',
    'SELECT "a""b";',
    'SELECT "unterminated; SELECT 2;',
    "SELECT '--not a comment'; SELECT 2;",
    "SELECT '/* not */'; SELECT 2;",
    "SELECT 1 - -1;",
    "SELECT 4/2;",
    "SELECT 1 -- c\r\n;",
    "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;",
    "INSERT INTO t VALUES ('Zürich'); INSERT INTO t VALUES ('Ōsaka');",
    "SELECT '😀'; SELECT 2; -- 😀\nSELECT 3;",
    "SELECT 1;\u2028SELECT 2;",
    "SELECT 1;\u2029\u2029SELECT 2;",
    "SELECT 1;\x0bSELECT 2;\x0c",
    "SELECT 1;\x1c\x1d\x1eSELECT 2;",
    "SELECT 1;\u00a0\u00a0SELECT 2;",
    "SELECT 1;\u3000SELECT 2\u3000;",
    "SELECT 1\u2028;",
    "\ufeffSELECT 1;",
    "SELECT\x00 1;",
    "SELECT 1;" * 50,
    "SELECT 1;\n" * 50,
    ";\n" * 30 + "SELECT 1;",
    "x" * 5000 + ";" + "y" * 5000,
    MIGRATION,
    MIGRATION.replace("\n", "\r\n"),
    MIGRATION.replace("\n", "\r"),
    MIGRATION + "\n-- end",
    MIGRATION[:-1],
]

BAD = [None, b"SELECT 1;", 5, ["SELECT 1;"], bytearray(b"x")]


@pytest.mark.parametrize("sql", CASES)
def test_cases(sql) -> None:
    assert_same(split_statements, reference, sql)


@pytest.mark.parametrize("sql", BAD)
def test_bad_input(sql) -> None:
    assert_same(split_statements, reference, sql)


def test_keyword_argument() -> None:
    assert_same(split_statements, reference, sql=MIGRATION)


class SqlText(str):
    """A str subclass, as some file readers return."""


def test_str_subclass() -> None:
    assert_same(split_statements, reference, SqlText(MIGRATION))


FRAGMENTS = [
    "SELECT 1", "UPDATE t SET a = 'x;y'", "INSERT INTO t VALUES ('it''s')", 'SELECT "q;q"', "-- note; here\n", "/* c; */",
    "/*\n*/", "\n", "\r\n", "\r", " ", "\t", ";", ";", ";", "'", '"', "--", "/*", "*/", "Zürich", "😀", "\u2028", "\u00a0",
    "DROP TABLE x", "CREATE INDEX i ON t (a)", "-", "/", "''", '""', "a", "$$",
]


def _random_cases():
    rng = random.Random(5432)
    for _ in range(230):
        yield "".join(rng.choice(FRAGMENTS) for _ in range(rng.choice([0, 1, 3, 8, 20, 60])))


@pytest.mark.parametrize("sql", list(_random_cases()))
def test_random(sql) -> None:
    assert_same(split_statements, reference, sql)


def test_reference_data_load() -> None:
    """A realistic data migration: 3000 INSERTs with CRLF line ends and quoted names containing semicolons."""
    rng = random.Random(8)
    lines = ["-- reference data export\r\n", "BEGIN;\r\n"]
    for row in range(3000):
        name = rng.choice(["Zürich", "O''Hare; Terminal 2", "São Paulo", "Kraków", "Ōsaka"])
        lines.append(f"INSERT INTO plans (id, code, name) VALUES ({row}, 'P{row:06d}', '{name}');\r\n")
        if rng.random() < 0.05:
            lines.append("/* checkpoint; batch boundary */\r\n")
    lines.append("COMMIT;\r\n")
    assert_same(split_statements, reference, "".join(lines))
