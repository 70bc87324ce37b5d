"""Evaluate allow/deny rules with glob patterns against access requests."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

EFFECTS = ("allow", "deny")


@dataclass(frozen=True)
class Rule:
    """Grant or refuse `action` on `resource` to `principal` (all three are globs)."""

    effect: str
    principal: str
    action: str
    resource: str
    priority: int = 0


@dataclass(frozen=True)
class Request:
    """Someone wants to do something to a path."""

    principal: str
    action: str
    resource: str


def glob_to_regex(pattern: str) -> str:
    """Regex source for a glob: `**` matches anything, `*` anything but '/', `?` one non-'/' character."""
    out = ""
    i = 0
    while i < len(pattern):
        if pattern.startswith("**", i):
            out += ".*"
            i += 2
        elif pattern[i] == "*":
            out += "[^/]*"
            i += 1
        elif pattern[i] == "?":
            out += "[^/]"
            i += 1
        else:
            out += re.escape(pattern[i])
            i += 1
    return out


def glob_match(pattern: str, value: str) -> bool:
    """Whether the whole of `value` matches the glob `pattern` (case-sensitive)."""
    return re.fullmatch(glob_to_regex(pattern), value, re.DOTALL) is not None


class Policy:
    """An ordered rule set with a default decision and per-rule hit counters."""

    def __init__(self, rules: Iterable[Rule], default: str = "deny") -> None:
        self.rules = list(rules)
        for rule in self.rules:
            if rule.effect not in EFFECTS:
                raise ValueError(f"unknown effect {rule.effect!r}")
        if default not in EFFECTS:
            raise ValueError(f"unknown default {default!r}")
        self.default = default
        self.hits = [0] * len(self.rules)
        self.default_hits = 0

    def check_all(self, requests: Iterable[Request]) -> list[bool]:
        """Decide each request: True when allowed.

        The matching rule with the highest priority decides; at equal priority a deny
        beats an allow, and otherwise the rule listed first wins. Requests that no rule
        matches get the default. The deciding rule's hit counter (or `default_hits`) is
        incremented.
        """
        decisions: list[bool] = []
        for request in requests:
            ranked = sorted(range(len(self.rules)), key=lambda n: (-self.rules[n].priority, self.rules[n].effect != "deny"))
            for n in ranked:
                rule = self.rules[n]
                if glob_match(rule.principal, request.principal) and glob_match(rule.action, request.action) and glob_match(rule.resource, request.resource):
                    self.hits[n] += 1
                    decisions.append(rule.effect == "allow")
                    break
            else:
                self.default_hits += 1
                decisions.append(self.default == "allow")
        return decisions

    def unused_rules(self) -> list[Rule]:
        """Rules that have never decided a request."""
        return [rule for rule, count in zip(self.rules, self.hits) if count == 0]
