"""Deciding which frontier URLs the crawler may fetch."""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from .robots import Group, product_token
from .urls import split_url


def pattern_to_regex(pattern: str) -> str:
    """A regex for a robots.txt path pattern: ``*`` matches any characters, a final ``$``
    anchors the end of the path; everything else is literal and matches as a prefix."""
    anchored = pattern.endswith("$")
    if anchored:
        pattern = pattern[:-1]
    regex = ""
    for char in pattern:
        regex += ".*" if char == "*" else re.escape(char)
    return regex + ("$" if anchored else "")


def filter_frontier(urls: Sequence[str], robots: Mapping[str, list[Group] | None],
                    user_agent: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Split the frontier into fetchable URLs and blocked (URL, reason) pairs, in frontier order.

    ``robots`` maps hosts to their parsed robots.txt: a host that is absent has none (all
    allowed); None means the file could not be fetched (all blocked, reason "unreachable").
    The groups naming the crawler's product token apply, or else the "*" groups. Among the
    rules matching the path the longest pattern wins, Allow winning a tie; the reason of a
    blocked URL is the winning Disallow pattern. /robots.txt itself is always allowed.
    """
    token = product_token(user_agent)
    allowed: list[str] = []
    blocked: list[tuple[str, str]] = []
    for url in urls:
        host, path = split_url(url)
        if host not in robots:
            allowed.append(url)
            continue
        groups = robots[host]
        if groups is None:
            blocked.append((url, "unreachable"))
            continue
        if path == "/robots.txt":
            allowed.append(url)
            continue
        rules = [rule for group in groups if token in group.agents for rule in group.rules]
        if not any(token in group.agents for group in groups):
            rules = [rule for group in groups if "*" in group.agents for rule in group.rules]
        best = None
        for rule in rules:
            if re.match(pattern_to_regex(rule.pattern), path):
                if (best is None or len(rule.pattern) > len(best.pattern)
                        or (len(rule.pattern) == len(best.pattern) and rule.allow and not best.allow)):
                    best = rule
        if best is None or best.allow:
            allowed.append(url)
        else:
            blocked.append((url, best.pattern))
    return allowed, blocked
