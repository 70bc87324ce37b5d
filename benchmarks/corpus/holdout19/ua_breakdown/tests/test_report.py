from uastats.agents import Agent, parse_agent
from uastats.report import browser_report

CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"
EDGE = CHROME + " Edg/120.0.2210.91"
IPHONE = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
          "Version/17.2 Mobile/15E148 Safari/604.1")
BOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"


def line(agent, path="/", status=200, method="GET"):
    return f'10.0.0.1 - - [03/Jun/2024:10:00:00 +0100] "{method} {path} HTTP/1.1" {status} 512 "-" "{agent}"'


def test_parse_agents() -> None:
    assert parse_agent(CHROME) == Agent("Chrome", "120", "Windows 10/11")
    assert parse_agent(EDGE) == Agent("Edge", "120", "Windows 10/11")
    assert parse_agent(IPHONE) == Agent("Safari", "17", "iOS 17")
    assert parse_agent(BOT) is None
    assert parse_agent("") == Agent("Other", "", "Other")


def test_empty_log() -> None:
    assert browser_report([]) == {"page_views": 0, "bots": 0, "unparsed": 0, "browsers": [], "systems": []}


def test_counts_and_shares() -> None:
    report = browser_report([line(CHROME), line(CHROME), line(IPHONE), line(BOT)])
    assert report["page_views"] == 3 and report["bots"] == 1
    assert report["browsers"] == [("Chrome 120", 2, 66.67), ("Safari 17", 1, 33.33)]
    assert report["systems"] == [("Windows 10/11", 2, 66.67), ("iOS 17", 1, 33.33)]


def test_only_successful_page_views_count() -> None:
    lines = [line(CHROME, "/app.js"), line(CHROME, status=404), line(CHROME, method="POST"),
             line(CHROME, "/search.php?q=bins"), "garbage"]
    report = browser_report(lines)
    assert report["page_views"] == 1 and report["unparsed"] == 1


def test_small_versions_are_folded() -> None:
    lines = [line(CHROME)] * 99 + [line(EDGE)]
    report = browser_report(lines, min_share=2.0)
    assert report["browsers"] == [("Chrome 120", 99, 99.0), ("Edge (other versions)", 1, 1.0)]


def test_ties_sort_by_name() -> None:
    report = browser_report([line(IPHONE), line(EDGE)])
    assert [name for name, _, _ in report["browsers"]] == ["Edge 120", "Safari 17"]
