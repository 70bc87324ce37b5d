from crawlpolicy.frontier import filter_frontier, pattern_to_regex
from crawlpolicy.robots import Group, Rule, parse_robots, product_token
from crawlpolicy.urls import split_url

ROBOTS = """# example.org
User-agent: *
Disallow: /search
Disallow: /*?sessionid=
Disallow: /*.pdf$
Allow: /search/help
Disallow:

User-agent: ArchiveBot
User-agent: heritrix
Disallow: /private/
Allow: /private/press/
Sitemap: https://example.org/sitemap.xml
"""
AGENT = "ArchiveBot/3.1 (+https://archive.example/bot)"


def test_parse_robots_groups() -> None:
    groups = parse_robots(ROBOTS)
    assert [group.agents for group in groups] == [["*"], ["archivebot", "heritrix"]]
    assert groups[0].rules[0] == Rule(False, "/search")
    assert groups[1].rules == [Rule(False, "/private/"), Rule(True, "/private/press/")]


def test_rules_before_user_agent_ignored() -> None:
    assert parse_robots("Disallow: /\nuser-AGENT: x\nDISALLOW: /a # no\n") == [Group(["x"], [Rule(False, "/a")])]


def test_product_token_and_split_url() -> None:
    assert product_token(AGENT) == "archivebot"
    assert split_url("https://Example.ORG:8443/a/b?q=1#frag") == ("example.org:8443", "/a/b?q=1")
    assert split_url("http://example.org") == ("example.org", "/")


def test_pattern_to_regex() -> None:
    assert pattern_to_regex("/*.pdf$") == r"/.*\.pdf$"
    assert pattern_to_regex("/a-b") == r"/a\-b"


def test_specific_group_replaces_star_group() -> None:
    robots = {"example.org": parse_robots(ROBOTS)}
    urls = ["https://example.org/search?q=x", "https://example.org/private/a", "https://example.org/private/press/1"]
    allowed, blocked = filter_frontier(urls, robots, AGENT)
    assert allowed == ["https://example.org/search?q=x", "https://example.org/private/press/1"]
    assert blocked == [("https://example.org/private/a", "/private/")]


def test_star_group_wildcards() -> None:
    robots = {"example.org": parse_robots(ROBOTS)}
    urls = ["https://example.org/report.pdf", "https://example.org/report.pdf?x=1", "https://example.org/a?sessionid=9",
            "https://example.org/search/help", "https://example.org/searching"]
    allowed, blocked = filter_frontier(urls, robots, "OtherBot/1.0")
    assert allowed == ["https://example.org/report.pdf?x=1", "https://example.org/search/help"]
    assert [reason for _, reason in blocked] == ["/*.pdf$", "/*?sessionid=", "/search"]


def test_allow_wins_tie() -> None:
    robots = {"a.example": parse_robots("User-agent: *\nDisallow: /page\nAllow: /page\n")}
    assert filter_frontier(["http://a.example/page"], robots, AGENT) == (["http://a.example/page"], [])


def test_missing_and_unreachable_robots() -> None:
    robots = {"down.example": None, "all.example": parse_robots("User-agent: *\nDisallow: /\n")}
    urls = ["http://nofile.example/x", "http://down.example/x", "http://all.example/x", "http://all.example/robots.txt"]
    allowed, blocked = filter_frontier(urls, robots, AGENT)
    assert allowed == ["http://nofile.example/x", "http://all.example/robots.txt"]
    assert blocked == [("http://down.example/x", "unreachable"), ("http://all.example/x", "/")]
