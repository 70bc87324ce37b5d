"""The CI report: one ``file:line:column: rule: message`` line per finding."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from migracheck.rules import Finding, check
from migracheck.splitter import split_statements


def lint_files(files: Mapping[str, str]) -> dict[str, list[Finding]]:
    """Findings per migration file, files in name order (migrations are numbered)."""
    return {name: check(split_statements(files[name])) for name in sorted(files)}


def format_report(results: Mapping[str, Iterable[Finding]], allowed: Iterable[str] = ()) -> list[str]:
    """Report lines, leaving out rules the files are allowed to break (e.g. in a maintenance window)."""
    skip = set(allowed)
    return [f"{name}:{f.line}:{f.column}: {f.rule}: {f.message}" for name, findings in results.items() for f in findings
            if f.rule not in skip]
