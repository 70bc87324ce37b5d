"""Strict equivalence tests for build_sitemap (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import date
from urllib.parse import quote

import pytest
from strict_support import assert_same
from sitemapgen.build import build_sitemap

TARGET = "sitemapgen/build.py:build_sitemap"

ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}
MAX_URLS = 50_000
CHANGE_FREQUENCIES = ("always", "hourly", "daily", "weekly", "monthly", "yearly", "never")


def xml_escape(text):
    out = ""
    for char in text:
        code = ord(char)
        if code < 0x20 and char not in "\t\n\r":
            continue
        if 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
            continue
        out += ESCAPES.get(char, char)
    return out


def canonical_url(base_url, path):
    path = "/" + path.strip().strip("/").lower()
    if path != "/":
        path = path.rstrip("/")
    return base_url.rstrip("/") + quote(path, safe="/-._~!$&'()*+,;=:@%?#")


def reference(pages, base_url):
    seen = []
    duplicates = 0
    body = ""
    for page in pages:
        if not page.get("published", True):
            continue
        url = canonical_url(base_url, page["path"])
        if url in seen:
            duplicates += 1
            continue
        seen.append(url)
        if len(seen) > MAX_URLS:
            raise ValueError("a sitemap may list at most 50,000 URLs")
        entry = "  <url>\n    <loc>" + xml_escape(url) + "</loc>\n"
        if page.get("modified"):
            entry += "    <lastmod>" + xml_escape(str(page["modified"])) + "</lastmod>\n"
        if page.get("changefreq") is not None:
            if page["changefreq"] not in CHANGE_FREQUENCIES:
                raise ValueError(f"invalid changefreq {page['changefreq']!r} for {url}")
            entry += "    <changefreq>" + page["changefreq"] + "</changefreq>\n"
        if page.get("priority") is not None:
            priority = float(page["priority"])
            if not 0.0 <= priority <= 1.0:
                raise ValueError(f"priority out of range for {url}")
            entry += f"    <priority>{priority:.1f}</priority>\n"
        body += entry + "  </url>\n"
    document = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + body + "</urlset>\n")
    return document, duplicates


BASE = "https://news.example.com/"


def p(path, **extra):
    return {"path": path, **extra}


CASES = [
    ([], BASE),
    ([], ""),
    ([p("/")], BASE),
    ([p("")], BASE),
    ([p("   ")], BASE),
    ([p("///")], BASE),
    ([p("/a")], BASE),
    ([p("/a")], "https://news.example.com"),
    ([p("/a")], "https://news.example.com///"),
    ([p("/a")], ""),
    ([p("/a")], "https://x.com/?a=1&b=<2>"),
    ([p("/a")], "https://x.com/\x00\x07"),
    ([p("/a")], "https://x.com/\ud800"),
    ([p("/a"), p("/A"), p("a/"), p(" /a/ "), p("/a//")], BASE),
    ([p("/a"), p("/b"), p("/a"), p("/b"), p("/c")], BASE),
    ([p("/a/b/"), p("/a/b"), p("a/b")], BASE),
    ([p("/café"), p("/CAFÉ"), p("/cafe")], BASE),
    ([p("/日本/記事")], BASE),
    ([p("/emoji-😀")], BASE),
    ([p("/Straße"), p("/strasse")], BASE),
    ([p("/İstanbul")], BASE),
    ([p("/bad\ud800")], BASE),
    ([p("/tab\there"), p("/nl\nx"), p("/ctl\x01x")], BASE),
    ([p("/search?q=a&page=2")], BASE),
    ([p("/search?q=<script>'\"")], BASE),
    ([p("/a#frag&x")], BASE),
    ([p("/100%25"), p("/100%")], BASE),
    ([p("/a b"), p("/a+b"), p("/a%20b")], BASE),
    ([p("/a", published=False)], BASE),
    ([p("/a", published=False), p("/a")], BASE),
    ([p("/a"), p("/a", published=False)], BASE),
    ([p("/a", published=0), p("/b", published=""), p("/c", published=None), p("/d", published="no"), p("/e", published=1)], BASE),
    ([p("/a", published=[]), p("/b", published=[0])], BASE),
    ([p("/a", modified="2024-05-01")], BASE),
    ([p("/a", modified="")], BASE),
    ([p("/a", modified=None)], BASE),
    ([p("/a", modified=0)], BASE),
    ([p("/a", modified=20240501)], BASE),
    ([p("/a", modified=date(2024, 5, 1))], BASE),
    ([p("/a", modified="2024-05-01T10:00:00+02:00")], BASE),
    ([p("/a", modified="<&>\"'")], BASE),
    ([p("/a", modified="x\x00y\x0bz\x1f\t\r\n")], BASE),
    ([p("/a", modified="\ud83d\ude00 \udfff \ufffe\uffff\ufffd")], BASE),
    ([p("/a", modified="\U0001F600 ünï")], BASE),
    ([p("/a", changefreq="daily")], BASE),
    ([p("/a", changefreq=c) for c in CHANGE_FREQUENCIES], BASE),
    ([p(f"/{c}", changefreq=c) for c in CHANGE_FREQUENCIES], BASE),
    ([p("/a", changefreq="Daily")], BASE),
    ([p("/a", changefreq="")], BASE),
    ([p("/a", changefreq=None)], BASE),
    ([p("/a", changefreq=5)], BASE),
    ([p("/a", changefreq=["daily"])], BASE),
    ([p("/a"), p("/a", changefreq="fortnightly")], BASE),
    ([p("/a", changefreq="fortnightly"), p("/a")], BASE),
    ([p("/a", priority=0.5)], BASE),
    ([p("/a", priority=0)], BASE),
    ([p("/a", priority=1)], BASE),
    ([p("/a", priority=0.05)], BASE),
    ([p("/a", priority=0.25)], BASE),
    ([p("/a", priority=0.95)], BASE),
    ([p("/a", priority=0.99)], BASE),
    ([p("/a", priority=-0.0)], BASE),
    ([p("/a", priority=True)], BASE),
    ([p("/a", priority="0.7")], BASE),
    ([p("/a", priority=" 0.7 ")], BASE),
    ([p("/a", priority="high")], BASE),
    ([p("/a", priority=1.01)], BASE),
    ([p("/a", priority=-0.1)], BASE),
    ([p("/a", priority=float("nan"))], BASE),
    ([p("/a", priority=float("inf"))], BASE),
    ([p("/a", priority=[0.5])], BASE),
    ([p("/a", priority=None, changefreq=None, modified=None)], BASE),
    ([p("/a", modified="2024-01-01", changefreq="weekly", priority=0.3, title="Ignored & fine")], BASE),
    ([{"title": "no path"}], BASE),
    ([{"title": "no path", "published": False}], BASE),
    ([p(None)], BASE),
    ([p(5)], BASE),
    ([p("/a")], None),
    ([None], BASE),
    ([p("/a"), "not a page"], BASE),
    ((p("/a"), p("/b")), BASE),
    ([p(f"/item-{i % 7}", priority=(i % 11) / 10) for i in range(40)], BASE),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(build_sitemap, reference, *case)


def _random_cases():
    rng = random.Random(4321)
    pieces = ["news", "World", "café", "a&b", "x<y", "q?x=1&y=2", "ÜBER", "", " ", "💡", "tab\t", "it's", "\"q\""]
    for index in range(130):
        pages = []
        for _ in range(rng.randint(0, 20)):
            path = "/".join(rng.choice(pieces) for _ in range(rng.randint(0, 3)))
            if rng.random() < 0.3:
                path = rng.choice(["/", "", "//"]) + path + rng.choice(["", "/", " "])
            page = {"path": path}
            if rng.random() < 0.5:
                page["modified"] = rng.choice(["2024-01-02", "", None, "2024-01-02 <x>", "a\x00b"])
            if rng.random() < 0.4:
                page["changefreq"] = rng.choice(["daily", "weekly", None, "never"] + (["sometimes"] if index % 13 == 0 else []))
            if rng.random() < 0.4:
                page["priority"] = rng.choice([0.0, 0.1, 0.55, 1.0, "0.3", None] + ([2] if index % 11 == 0 else []))
            if rng.random() < 0.2:
                page["published"] = rng.choice([True, False, 0, 1])
            pages.append(page)
        yield pages, rng.choice([BASE, "https://news.example.com", "http://ex.org/sub/", "https://a.b/?x=1&"])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(build_sitemap, reference, *case)


def test_large_site() -> None:
    rng = random.Random(8)
    pages = [p(f"/{rng.choice(['world', 'uk', 'café'])}/{rng.randrange(900)}-{rng.choice(['a&b', 'x', 'ü'])}",
               modified=f"2024-01-{rng.randint(1, 28):02d}", changefreq=rng.choice(["daily", None]),
               priority=rng.choice([None, 0.5])) for _ in range(1500)]
    assert_same(build_sitemap, reference, pages, BASE)
