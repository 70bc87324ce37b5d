"""Strict equivalence tests for browser_report (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from strict_support import assert_same
from uastats.agents import Agent
from uastats.report import browser_report

TARGET = "uastats/report.py:browser_report"


# --- verbatim copy of the original implementation and its helpers -------------------------

BOT_PATTERN = r"(?i)bot\b|crawler|spider|slurp|facebookexternalhit|headless|python-requests|curl/|wget/"

BROWSER_RULES = [
    ("Samsung Internet", r"SamsungBrowser/(\d+)"),
    ("Edge", r"Edg(?:e|A|iOS)?/(\d+)"),
    ("Opera", r"(?:OPR|Opera)/(\d+)"),
    ("Vivaldi", r"Vivaldi/(\d+)"),
    ("Yandex", r"YaBrowser/(\d+)"),
    ("Firefox", r"(?:Firefox|FxiOS)/(\d+)"),
    ("Chrome", r"(?:Chrome|CriOS)/(\d+)"),
    ("Internet Explorer", r"(?:MSIE |Trident/.*rv:)(\d+)"),
    ("Safari", r"Version/(\d+)(?:\.\d+)*(?: Mobile/\S+)? Safari/"),
]

OS_RULES = [
    ("iOS", r"(?:iPhone|iPad|iPod).*? OS (\d+)"),
    ("Android", r"Android (\d+)"),
    ("Windows", r"Windows NT (\d+\.\d+)"),
    ("ChromeOS", r"CrOS \S+ (\d+)"),
    ("macOS", r"Mac OS X (\d+)"),
    ("Linux", r"Linux|X11"),
]

WINDOWS_VERSIONS = {"10.0": "10/11", "6.3": "8.1", "6.2": "8", "6.1": "7", "6.0": "Vista", "5.1": "XP"}


def parse_agent(user_agent):
    if re.search(BOT_PATTERN, user_agent):
        return None
    browser, version = "Other", ""
    for name, pattern in BROWSER_RULES:
        match = re.search(pattern, user_agent)
        if match:
            browser, version = name, match.group(1)
            break
    system = "Other"
    for name, pattern in OS_RULES:
        match = re.search(pattern, user_agent)
        if match:
            if name == "Windows":
                system = "Windows " + WINDOWS_VERSIONS.get(match.group(1), match.group(1))
            elif match.groups():
                system = f"{name} {match.group(1)}"
            else:
                system = name
            break
    return Agent(browser, version, system)


LOG_LINE = r'^(\S+) \S+ \S+ \[([^\]]+)\] "(\S+) (\S+)[^"]*" (\d{3}) (\S+) "([^"]*)" "([^"]*)"\s*$'
PAGE_SUFFIXES = ("/", ".html", ".htm", ".php")


def reference(lines, min_share=0.5):
    browsers = {}
    systems = {}
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

    def rows(counts):
        ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        return [(name, count, round(100 * count / views, 2)) for name, count in ordered]

    folded = {}
    for name, count in browsers.items():
        if views and 100 * count / views < min_share:
            family = name.rsplit(" ", 1)[0] if name[-1:].isdigit() else name
            name = f"{family} (other versions)"
        folded[name] = folded.get(name, 0) + count
    return {"page_views": views, "bots": bots, "unparsed": skipped,
            "browsers": rows(folded), "systems": rows(systems)}


# --- cases -------------------------------------------------------------------------------

AGENTS = {
    "chrome": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
    "edge": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91",
    "iphone": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
    "ipad_chrome": "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/119.0.6045.169 Mobile/15E148 Safari/604.1",
    "mac_safari": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Safari/605.1.15",
    "firefox": "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
    "fx_ios": "Mozilla/5.0 (iPhone; CPU iPhone OS 15_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/120.0 Mobile/15E148 Safari/605.1.15",
    "samsung": "Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-A525F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36",
    "android": "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36",
    "ie11": "Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko",
    "ie8": "Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0)",
    "opera": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36 OPR/105.0.0.0",
    "vivaldi": "Mozilla/5.0 (Windows NT 6.3; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36 Vivaldi/6.4.3160.47",
    "yandex": "Mozilla/5.0 (Windows NT 11.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 YaBrowser/23.11.0.0 Safari/537.36",
    "cros": "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
    "googlebot": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "headless": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36",
    "curl": "curl/8.4.0",
    "robot_word": "Mozilla/5.0 (compatible; Robotic/1.0)",
    "empty": "",
    "dash": "-",
    "unicode": "Mozilla/5.0 (Windows NT 10.0) Chrome/99.0 Ünïcødé/1.0 Safari/537.36",
    "bare_version": "Version/9 Safari/",
}


def line(agent, path="/", status="200", method="GET", tail="", host="10.0.0.1"):
    return (f'{host} - - [03/Jun/2024:10:00:00 +0100] "{method} {path} HTTP/1.1" {status} 512 '
            f'"https://example.org/" "{AGENTS.get(agent, agent)}"{tail}')


ALL = [line(name) for name in AGENTS]

CASES = [
    ([],),
    ((),),
    ([""],),
    (["\n"],),
    (ALL,),
    (tuple(ALL),),
    (ALL + ALL[:5],),
    (ALL, 0),
    (ALL, 0.0),
    (ALL, 100),
    (ALL, 4.35),
    (ALL, 4.348),
    (ALL, 5.0),
    (ALL, -1),
    (ALL, 1e-9),
    ([line("chrome")] * 199 + [line("edge")], 0.5),
    ([line("chrome")] * 200 + [line("edge")], 0.5),
    ([line("chrome")] * 3 + [line("edge")] * 3 + [line("firefox")] * 3,),
    ([line("chrome")] * 3 + [line("edge")] * 3 + [line("firefox")] * 3, 34),
    ([line("ie11"), line("ie8"), line("empty"), line("dash")], 30),
    ([line("ie11"), line("ie8"), line("empty"), line("dash")], 20),
    ([line(name, tail="\n") for name in AGENTS],),
    ([line(name, tail="\r\n") for name in AGENTS],),
    ([line(name, tail="   \t") for name in AGENTS],),
    ([line(name, tail=" x") for name in AGENTS],),
    ([line("chrome", path) for path in ["/", "/a.html", "/b.htm", "/c.php", "/d.php?x=1", "/e.css", "/f.js?v=.php",
                                         "/g?x=/", "/h.HTML", "", "*", "/i.php/", "/?", "/j.php?"]],),
    ([line("chrome", status=s) for s in ["200", "201", "204", "299", "199", "300", "304", "404", "500", "2xx", "20"]],),
    ([line("chrome", method=m) for m in ["GET", "get", "HEAD", "POST", "GETS", "-"]],),
    ([line("chrome", host=h) for h in ["::1", "-", "", "host name"]],),
    (['10.0.0.1 - - [03/Jun/2024:10:00:00 +0100] "GET / HTTP/1.1" 200 512 "-"'],),
    (['10.0.0.1 - - [03/Jun/2024:10:00:00 +0100] "GET /" 200 512 "-" "curl/1"'],),
    (['10.0.0.1 - - [03/Jun/2024:10:00:00 +0100] "GET / HTTP/1.1" 200 - "-" "Chrome/1"'],),
    (['10.0.0.1 - - [] "GET / HTTP/1.1" 200 512 "-" "Chrome/1"'],),
    (['10.0.0.1 - - [03/Jun/2024] "GET / HTTP/1.1" 200 512 "-" "Chrome/1" "extra"'],),
    (['  10.0.0.1 - - [03/Jun/2024] "GET / HTTP/1.1" 200 512 "-" "Chrome/1"'],),
    (["-- log rotated --", "", line("chrome"), "#comment"],),
    ([line("Chrome/7"), line("Chrome/7 Android 4"), line("Firefox/3"), line("Linux"), line("X11")],),
    ([line("Windows NT 6.0 Chrome/50"), line("Windows NT 6.2 Chrome/50"), line("Windows NT 99.9 Chrome/50")],),
    ([line("iPod touch; CPU iPhone OS 9_3 Version/9.0 Safari/")],),
    ([line("ЯндексБраузер/1"), line("浏览器 Chrome/42"), line("Chrome/١٢٣")],),
    ([line("Chrome/120 Samsung"), line("SamsungBrowser/a")],),
    # invalid input
    ([None],),
    ([line("chrome"), None],),
    ([b"bytes line"],),
    ([line("chrome"), 42],),
    ([line("chrome")], None),
    ([], None),
    ([line("chrome")], "1"),
    (["garbage"], None),
    (None,),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(browser_report, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(browser_report, reference, min_share=10.0, lines=ALL)


def test_lines_are_not_modified() -> None:
    lines = list(ALL)
    browser_report(lines)
    assert lines == ALL


def test_repeated_calls_agree() -> None:
    first = browser_report(ALL * 3)
    assert browser_report(ALL * 3) == first == reference(ALL * 3)


def _random_cases():
    rng = random.Random(1066)
    names = list(AGENTS)
    paths = ["/", "/news/", "/pay.php", "/x.html", "/style.css", "/app.js?v=2", "/search.php?q=a b", "/doc.htm"]
    for index in range(170):
        agents = [AGENTS[name] for name in rng.sample(names, rng.randint(1, len(names)))]
        for _ in range(rng.randint(0, 4)):
            agents.append(f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/{rng.randint(90, 125)}.0.0.0 Safari/537.36")
        lines = []
        for _ in range(rng.randint(0, 60)):
            if rng.random() < 0.05:
                lines.append(rng.choice(["", "junk", "-- rotated --\n", '1.2.3.4 - - [x] "GET /" 200 1 "-"']))
                continue
            lines.append(line(rng.choice(agents), rng.choice(paths), rng.choice(["200", "200", "200", "304", "404", "204"]),
                              "GET" if rng.random() < 0.9 else "POST", rng.choice(["", "", "\n", " "])))
        yield lines, rng.choice([0.5, 0.5, 0, 1.0, 2.5, 10.0, 33.3, 50.0])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(browser_report, reference, *case)


def test_large_log() -> None:
    rng = random.Random(5)
    names = list(AGENTS)
    lines = [line(rng.choice(names), rng.choice(["/", "/a.css", "/b.php"]), rng.choice(["200", "404"])) for _ in range(4000)]
    assert_same(browser_report, reference, lines)
    assert_same(browser_report, reference, lines, 3.0)
