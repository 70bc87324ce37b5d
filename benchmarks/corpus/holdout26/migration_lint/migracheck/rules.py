"""The rules the platform team enforces on migrations that run against live databases."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from migracheck.splitter import Statement


@dataclass(frozen=True)
class Finding:
    """A rule violation at a statement's position."""

    line: int
    column: int
    rule: str
    message: str


RULES: list[tuple[str, re.Pattern[str], re.Pattern[str] | None, str]] = [
    ("destructive", re.compile(r"^\s*DROP\s+(TABLE|SCHEMA|DATABASE)\b|\bDROP\s+COLUMN\b", re.I), None,
     "drops data; needs a two-step deploy"),
    ("not-null-without-default", re.compile(r"\bADD\s+(COLUMN\s+)?\S+\s+[^,]*\bNOT\s+NULL\b", re.I), re.compile(r"\bDEFAULT\b", re.I),
     "adding a NOT NULL column without a default rewrites and locks the table"),
    ("locking-index", re.compile(r"^\s*CREATE\s+(UNIQUE\s+)?INDEX\b", re.I), re.compile(r"\bCONCURRENTLY\b", re.I),
     "create indexes CONCURRENTLY on live tables"),
    ("unbounded-write", re.compile(r"^\s*(UPDATE|DELETE\s+FROM)\b", re.I), re.compile(r"\bWHERE\b", re.I),
     "UPDATE/DELETE without WHERE touches every row"),
    ("table-rewrite", re.compile(r"\bALTER\s+COLUMN\s+\S+\s+(SET\s+DATA\s+)?TYPE\b", re.I), None,
     "changing a column type rewrites the table"),
    ("explicit-lock", re.compile(r"^\s*LOCK\s+(TABLE\s+)?\S+", re.I), None, "explicit locks block the application"),
]


def check(statements: Iterable[Statement]) -> list[Finding]:
    """Findings for every statement, in statement order and then rule order."""
    findings = []
    for statement in statements:
        for rule, pattern, unless, message in RULES:
            if pattern.search(statement.text) and not (unless and unless.search(statement.text)):
                findings.append(Finding(statement.line, statement.column, rule, message))
    return findings
