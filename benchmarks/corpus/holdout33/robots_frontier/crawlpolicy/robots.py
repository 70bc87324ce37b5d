"""Parsing robots.txt files into user-agent groups."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Rule:
    allow: bool
    pattern: str


@dataclass
class Group:
    """Consecutive User-agent lines (lower-cased) and the rules that follow them."""

    agents: list[str] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)


def parse_robots(text: str) -> list[Group]:
    """Groups of a robots.txt file, in file order.

    Field names are case-insensitive, ``#`` starts a comment, unknown fields (Sitemap,
    Crawl-delay, ...) are ignored, as are rules before the first User-agent line and an empty
    Disallow (which allows everything).
    """
    groups: list[Group] = []
    current: Group | None = None
    last_was_agent = False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        name, _, value = line.partition(":")
        name, value = name.strip().lower(), value.strip()
        if name == "user-agent":
            if current is None or not last_was_agent:
                current = Group()
                groups.append(current)
            current.agents.append(value.lower())
            last_was_agent = True
            continue
        last_was_agent = False
        if current is None or name not in ("allow", "disallow"):
            continue
        if name == "disallow" and not value:
            continue
        current.rules.append(Rule(name == "allow", value))
    return groups


def product_token(user_agent: str) -> str:
    """"archivebot" for "ArchiveBot/3.1 (+https://example.org/bot)"."""
    return user_agent.split("/", 1)[0].split(" ", 1)[0].strip().lower()
