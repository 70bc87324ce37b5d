"""Share of page views per browser version and per operating system."""

from __future__ import annotations

import re
from typing import Iterable

from uastats.agents import parse_agent

# Combined Log Format: host ident user [time] "request" status size "referer" "user-agent"
LOG_LINE = r'^(\S+) \S+ \S+ \[([^\]]+)\] "(\S+) (\S+)[^"]*" (\d{3}) (\S+) "([^"]*)" "([^"]*)"\s*$'
PAGE_SUFFIXES = ("/", ".html", ".htm", ".php")


def browser_report(lines: Iterable[str], min_share: float = 0.5) -> dict:
    """Counts and percentages of successful page views by browser version and by OS.

    Only GET requests for pages (not assets) answered with 2xx are counted, and crawlers
    are left out. Browser versions under ``min_share`` percent are folded into
    "<family> (other versions)". Rows are sorted by count, largest first, then by name.
    """
    browsers: dict[str, int] = {}
    systems: dict[str, int] = {}
    skipped = bots = 0
    for line in lines:
        match = re.match(LOG_LINE, line)
        if not match:
            skipped += 1
            continue
        method, path, status, agent_header = match.group(3), match.group(4), match.group(5), match.group(8)
        if method != "GET" or not status.startswith("2"):
            continue
        if not path.split("?", 1)[0].endswith(PAGE_SUFFIXES):
            continue
        agent = parse_agent(agent_header)
        if agent is None:
            bots += 1
            continue
        label = f"{agent.browser} {agent.version}".strip()
        browsers[label] = browsers.get(label, 0) + 1
        systems[agent.os] = systems.get(agent.os, 0) + 1
    views = sum(browsers.values())

    def rows(counts: dict[str, int]) -> list[tuple[str, int, float]]:
        ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        return [(name, count, round(100 * count / views, 2)) for name, count in ordered]

    folded: dict[str, int] = {}
    for name, count in browsers.items():
        if views and 100 * count / views < min_share:
            family = name.rsplit(" ", 1)[0] if name[-1:].isdigit() else name
            name = f"{family} (other versions)"
        folded[name] = folded.get(name, 0) + count
    return {"page_views": views, "bots": bots, "unparsed": skipped,
            "browsers": rows(folded), "systems": rows(systems)}
