"""The release team's rollout rules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


def version_tuple(text: str) -> tuple[int, ...]:
    """"5.10.2" -> (5, 10, 2); raises ValueError for anything else."""
    return tuple(int(part) for part in str(text).split("."))


@dataclass(frozen=True)
class Rule:
    """A check on one setting: "required", "equals", "one_of", "at_least" (a number),
    "at_most" (a number) or "min_version" (a dotted version)."""

    setting: str
    kind: str
    expected: Any = None

    def problem(self, found: bool, value: Any) -> str | None:
        """Why the value breaks the rule, or None when it passes."""
        if not found or value is None:
            return "missing" if self.kind != "one_of" or None not in self.expected else None
        if self.kind == "required":
            return None
        if self.kind == "equals":
            return None if value == self.expected else f"expected {self.expected!r}"
        if self.kind == "one_of":
            return None if value in self.expected else f"not one of {sorted(map(str, self.expected))}"
        if self.kind == "at_least":
            return None if isinstance(value, (int, float)) and value >= self.expected else f"below {self.expected}"
        if self.kind == "at_most":
            return None if isinstance(value, (int, float)) and value <= self.expected else f"above {self.expected}"
        if self.kind == "min_version":
            try:
                return None if version_tuple(value) >= version_tuple(self.expected) else f"older than {self.expected}"
            except ValueError:
                return "unreadable version"
        raise ValueError(f"unknown rule kind {self.kind!r}")


def parse_rules(text: str) -> list[Rule]:
    """Rules from "setting kind [expected]" lines; expected values are read as Python-ish
    literals: numbers, true/false, and comma-separated lists for one_of."""
    rules = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split(None, 2)
        if len(parts) < 2:
            raise ValueError(f"line {number}: expected 'setting kind [value]'")
        setting, kind = parts[0], parts[1]
        raw_value = parts[2] if len(parts) == 3 else None
        rules.append(Rule(setting, kind, _literal(raw_value, kind)))
    return rules


def _literal(text: str | None, kind: str) -> Any:
    if text is None:
        return None
    if kind == "one_of":
        return tuple(_literal(item.strip(), "equals") for item in text.split(","))
    if kind == "min_version":
        return text
    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    for convert in (int, float):
        try:
            return convert(text)
        except ValueError:
            pass
    return text.strip("\"'")
