"""Strict equivalence tests for filter_frontier (never shown to wattlens)."""

from __future__ import annotations

import random
import re
from typing import Mapping, Sequence
from urllib.parse import urlsplit

import pytest
from strict_support import assert_same
from crawlpolicy.frontier import filter_frontier
from crawlpolicy.robots import Group, Rule, parse_robots

TARGET = "crawlpolicy/frontier.py:filter_frontier"


# --- verbatim copy of the original implementation ---------------------------------------------

def product_token(user_agent: str) -> str:
    """"archivebot" for "ArchiveBot/3.1 (+https://example.org/bot)"."""
    return user_agent.split("/", 1)[0].split(" ", 1)[0].strip().lower()


def split_url(url: str) -> tuple[str, str]:
    """(host[:port] lower-cased, path with query); the path is "/" when empty."""
    parts = urlsplit(url.strip())
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return parts.netloc.lower(), path


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


def reference(urls: Sequence[str], robots: Mapping[str, list[Group] | None],
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


# --- cases -------------------------------------------------------------------------------

AGENT = "ArchiveBot/3.1 (+https://webarchive.example/bot)"
STAR = parse_robots("""User-agent: *
Disallow: /search
Disallow: /*?sessionid=
Disallow: /*.pdf$
Allow: /search/help
Disallow: /private/
Allow: /private/press/
Disallow: /a+b(c)[d]{2}|e^
Disallow: /price$5
Disallow: /**/feed/
Allow: /page
Disallow: /page
Allow:
""")
MIXED = parse_robots("""User-agent: GPTBot
Disallow: /

User-agent: archivebot
Disallow: /shop/
Allow: /shop/gift-cards

User-agent: *
Disallow: /everything-else
""")
TWO_GROUPS = parse_robots("User-agent: archivebot\nDisallow: /a\n\nUser-agent: ArchiveBot\nDisallow: /b\nAllow: /b/ok\n")
ALL = parse_robots("User-agent: *\nDisallow: /\n")
DOLLAR = parse_robots("User-agent: *\nDisallow: /$\nDisallow: $\nAllow: /*$\nDisallow: *\n")
ROBOTS = {"example.org": STAR, "shop.example": MIXED, "two.example": TWO_GROUPS, "all.example": ALL,
          "down.example": None, "dollar.example": DOLLAR, "empty.example": [], "port.example:8080": ALL,
          "Upper.example": ALL}

PATHS = ["/", "/search", "/search?q=1", "/search/help", "/search/helpdesk", "/searching", "/a?sessionid=1",
         "/x?sessionid=", "/r.pdf", "/r.pdf?x=1", "/r.PDF", "/dir/r.pdf/", "/private/", "/private/press/",
         "/private/press", "/a+b(c)[d]{2}|e^", "/abbc", "/price$5", "/price", "/x/y/feed/", "/feed/", "/page",
         "/pages", "/shop/", "/shop/gift-cards", "/shop/gift-cards/10", "/everything-else", "/a", "/b", "/b/ok",
         "/robots.txt", "/robots.txt?x", "/ROBOTS.TXT", "/caf%C3%A9", "/café", "/%2Fsearch", "//search",
         "/everything-else/x"]
HOSTS = ["example.org", "shop.example", "two.example", "all.example", "down.example", "dollar.example",
         "empty.example", "port.example:8080", "upper.example", "nofile.example"]

CASES = [
    ([], ROBOTS, AGENT),
    ((), {}, AGENT),
    (["https://example.org/"], {}, AGENT),
    (["https://example.org/search", "https://example.org/search"], ROBOTS, AGENT),
    (["https://Example.ORG/search", "HTTPS://example.org/private/x", " https://example.org/r.pdf \n"], ROBOTS, AGENT),
    (["https://example.org"], ROBOTS, AGENT),
    (["https://example.org?sessionid=3", "https://example.org/#/search", "https://example.org/r.pdf#top"], ROBOTS, AGENT),
    (["https://port.example:8080/x", "https://port.example/x", "https://port.example:8080/robots.txt"], ROBOTS, AGENT),
    (["https://upper.example/x", "https://Upper.example/x"], ROBOTS, AGENT),
    (["https://down.example/robots.txt"], ROBOTS, AGENT),
    (["/search", "example.org/search", "mailto:x@example.org", ""], ROBOTS, AGENT),
    (["https://user:pw@example.org/search"], ROBOTS, AGENT),
    (["https://example.org/se\narch", "https://example.org/r.pdf\n", "https://example.org/a\tb"], ROBOTS, AGENT),
    (["https://shop.example/shop/x"], ROBOTS, "archivebot"),
    (["https://shop.example/shop/x"], ROBOTS, "ArchiveBot-News/2.0"),
    (["https://shop.example/shop/x"], ROBOTS, "Mozilla/5.0 (compatible; ArchiveBot/3.1)"),
    (["https://shop.example/anything"], ROBOTS, "GPTBot/1.0"),
    (["https://shop.example/everything-else"], ROBOTS, ""),
    (["https://shop.example/everything-else"], ROBOTS, "*"),
    (["https://example.org/search"], {"example.org": [Group(["", "*"], [Rule(False, "/search")])]}, ""),
    (["https://example.org/search"], {"example.org": [Group([], [Rule(False, "/")])]}, AGENT),
    (["https://example.org/x"], {"example.org": [Group(["*"], [Rule(False, "/x"), Rule(False, "/x")])]}, AGENT),
    (["https://example.org/x"], {"example.org": [Group(["*"], [Rule(True, "/x"), Rule(False, "/*")])]}, AGENT),
    (["https://example.org/xy"], {"example.org": [Group(["*"], [Rule(False, "/x*"), Rule(True, "/xy")])]}, AGENT),
    (["https://example.org/xy"], {"example.org": [Group(["*"], [Rule(True, "/x*"), Rule(False, "/xy")])]}, AGENT),
    (["https://example.org/xy"], {"example.org": [Group(["*"], [Rule(False, "/x\\"), Rule(False, "/(")])]}, AGENT),
    (["https://example.org/x"], {"example.org": [Group(["*"], [Rule(False, None)])]}, AGENT),
    (["https://example.org/x"], {"example.org": [Group(["*"], [("Disallow", "/")])]}, AGENT),
    (["https://example.org/x"], {"example.org": ["not a group"]}, AGENT),
    (["https://example.org/x"], {"example.org": "User-agent: *\nDisallow: /"}, AGENT),
    ([b"https://example.org/x"], ROBOTS, AGENT),
    ([None], ROBOTS, AGENT),
    (None, ROBOTS, AGENT),
    (["https://example.org/x"], None, AGENT),
    (["https://example.org/x"], ROBOTS, None),
    (["https://[::1]/x", "https://[::1/x"], {"[::1]": ALL}, AGENT),
]
CASES += [([f"https://{host}{path}" for path in PATHS], ROBOTS, agent)
          for host in HOSTS for agent in (AGENT, "OtherBot/1.0", "gptbot")]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(filter_frontier, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(filter_frontier, reference, urls=["https://example.org/search"], robots=ROBOTS, user_agent=AGENT)


def _random_cases():
    rng = random.Random(33071)
    pieces = ["/a", "/b", "/a/b", "/*", "*", "/*.pdf", "$", "/x?", "?id=", "/a.b", "/a-b", "/é", "/(a)", "/a+"]
    for _ in range(200):
        robots = {}
        for host in ("h1.example", "h2.example", "h3.example"):
            if rng.random() < 0.15:
                continue
            if rng.random() < 0.07:
                robots[host] = None
                continue
            groups = []
            for _ in range(rng.randint(0, 3)):
                agents = rng.sample(["*", "archivebot", "otherbot", "gptbot"], rng.randint(1, 2))
                rules = [Rule(rng.random() < 0.25, "".join(rng.choice(pieces) for _ in range(rng.randint(1, 2))))
                         for _ in range(rng.randint(0, 8))]
                groups.append(Group(agents, rules))
            robots[host] = groups
        urls = []
        for _ in range(rng.choice([0, 1, 5, 20])):
            path = "".join(rng.choice(["/a", "/b", "/x", ".pdf", "?id=3", "/a.b", "/a-b", "/é", "/(a)", "/a+", "/"])
                           for _ in range(rng.randint(0, 4)))
            urls.append(f"https://{rng.choice(['h1', 'h2', 'h3', 'h4'])}.example{path}")
        yield urls, robots, rng.choice([AGENT, "OtherBot/2", "Mozilla/5.0", "GPTBot"])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(filter_frontier, reference, *case)
