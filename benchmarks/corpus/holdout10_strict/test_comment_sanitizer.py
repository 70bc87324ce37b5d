"""Strict equivalence tests for sanitize (never shown to wattlens)."""

from __future__ import annotations

import html
import random
import re

import pytest
from safehtml.clean import sanitize
from strict_support import assert_same

TARGET = "safehtml/clean.py:sanitize"

_ALLOWED = {
    "a": ("href", "title"),
    "abbr": ("title",),
    "b": (),
    "blockquote": ("cite",),
    "br": (),
    "code": (),
    "em": (),
    "i": (),
    "li": (),
    "ol": (),
    "p": (),
    "pre": (),
    "strong": (),
    "ul": (),
}
_TAG = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9]*)"
    r"((?:\s+[^\s=/>]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>\"']+))?)*)"
    r"\s*(/?)>"
)
_ATTRIBUTE = re.compile(r"([^\s=/>]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>\"']+)))?")
_BARE_AMPERSAND = re.compile(r"&(?!(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);)")


def _ref_escape(text):
    return _BARE_AMPERSAND.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")


def _ref_safe_url(value):
    compact = "".join(html.unescape(value).split()).lower()
    return not compact.startswith(("javascript:", "vbscript:", "data:"))


def _ref_attributes(tag, raw):
    allowed = _ALLOWED[tag]
    seen = []
    parts = []
    for match in _ATTRIBUTE.finditer(raw):
        name = match.group(1).lower()
        if name not in allowed or name in seen:
            continue
        seen.append(name)
        value = next((g for g in match.groups()[1:] if g is not None), "")
        if name in ("href", "cite") and not _ref_safe_url(value):
            continue
        parts.append(f' {name}="{html.escape(html.unescape(value), quote=True)}"')
    return "".join(parts)


def reference(markup):
    out = []
    open_tags = []
    rest = markup
    while rest:
        if rest.startswith("<!--"):
            end = rest.find("-->", 4)
            rest = "" if end < 0 else rest[end + 3 :]
            continue
        if rest.startswith("<"):
            match = _TAG.match(rest)
            if match is None:
                out.append("&lt;")
                rest = rest[1:]
                continue
            closing = match.group(1) == "/"
            name = match.group(2).lower()
            attributes, self_closing = match.group(3), match.group(4) == "/"
            rest = rest[match.end() :]
            if name in ("script", "style") and not closing:
                end = rest.lower().find("</" + name)
                if end < 0:
                    rest = ""
                else:
                    close = rest.find(">", end)
                    rest = "" if close < 0 else rest[close + 1 :]
                continue
            if name not in _ALLOWED:
                continue
            if closing:
                if name in open_tags:
                    while open_tags:
                        top = open_tags.pop()
                        out.append(f"</{top}>")
                        if top == name:
                            break
                continue
            out.append(f"<{name}{_ref_attributes(name, attributes)}>")
            if name == "br":
                continue
            if self_closing:
                out.append(f"</{name}>")
            else:
                open_tags.append(name)
            continue
        lt = rest.find("<")
        if lt < 0:
            lt = len(rest)
        out.append(_ref_escape(rest[:lt]))
        rest = rest[lt:]
    while open_tags:
        out.append(f"</{open_tags.pop()}>")
    return "".join(out)


CASES = [
    "", " ", "\n", "\n\n", "plain", "trailing space ", "trailing newline\n", "<", ">", "&", "<<", "<>", "< >",
    "</>", "<!>", "<!-->", "<!--->", "<!---->", "<!-- x -->", "<!-- unclosed", "a<!--b-->c<!--d", "--><p>",
    "<p>", "</p>", "<p></p>", "<P>x</P>", "<p>x</P>", "<p><b>x</p>", "<b><p>x</b>y</p>", "<b><i>x</b></i>",
    "<ul><li>a<li>b</ul>", "<li>a</li></li>", "<br>", "<br/>", "<br />", "<BR>", "</br>", "<br>x</br>",
    "<b/>", "<b />", "<i/>x", "<p/>", "<div/>", "<div>x</div>", "<span class='a'>x</span>",
    "<a>", "<a href='x'>", "<a href=x>y</a>", '<a href="x" href="y">z</a>', "<a HREF='X' Title=T>z</a>",
    "<a href='javascript:alert(1)'>x</a>", "<a href=' java\tscript:alert(1)'>x</a>",
    "<a href='&#106;avascript:alert(1)'>x</a>", "<a href='data:text/html,<b>'>x</a>", "<a href='VBScript:x'>y</a>",
    "<a href='mailto:a@b.c'>m</a>", "<a href='/rel?a=1&b=2'>q</a>", "<a href='/rel?a=1&amp;b=2'>q</a>",
    "<a title='say \"hi\"'>q</a>", '<a title="it\'s">q</a>', "<a title=<x>>q</a>", "<a title>q</a>",
    "<a title= 'spaced' >q</a>", "<a title='a'b>q</a>", "<a onclick=x title=y>z</a>", "<a title='&lt;&gt;&amp;'>x</a>",
    "<abbr title='HyperText'>HTML</abbr>", "<blockquote cite='javascript:x'>q</blockquote>",
    "<blockquote cite=https://x.y>q</blockquote>", "<script>alert(1)</script>", "<SCRIPT>alert(1)</SCRIPT>after",
    "<script>never closed", "<script>x</script", "<script>x</scriptfoo>y", "<script src=x />after</script>z",
    "a</script>b", "<style>p{}</style>x", "<style>x</STYLE>y", "<script>a</style>b</script>c",
    "<script>İİİ</script>abc", "İ<script>x</script>tail", "<script>İİ</scrİpt>x</script>yz",
    "<script>ẞ</script>abcdef", "<script>ŉŉŉ</script>0123456789", "<style>ſ</ſtyle>after</style>done",
    "1 < 2", "1 <2", "a<b", "a <b>", "x <3 y", "<3", "<-", "<1a>", "<a-b>", "<a1>x</a1>", "<h1>t</h1>",
    "&amp;", "&amp", "&#;", "&#12;", "&#x1F600;", "&#X1f;", "&#xZZ;", "&copy;", "&c0py;", "&1abc;", "& ;",
    "Ünïcödé <b>ẞ</b> 日本語 🎉", "<b>\u00a0</b>", "<b\u00a0>x</b>", "<b\n>x</b\n>", "<b\tclass='x'\n>y</b>",
    "<p>one\n</p>\n<p>two</p>\n", "text\r\n<br>\r\n", "<p>a</p>   ", "   <p>a</p>",
    "<pre><code>if a < b && c > d:\n    pass\n</code></pre>", "<code>&lt;tag&gt;</code>",
    "<<b>>", "<b<i>>", "<a href='x'<b>>", "<a href=\"unterminated>x</a>", "<a href='x\">y</a>",
    "<img src=x onerror=alert(1)>", "<iframe src='//evil'></iframe>", "<svg><script>x</script></svg>",
    "<a/href='x'>y</a>", "<a href=x/>y", "<em><strong><code>deep", "</em></strong>", "<ol><li><ul><li>x</ol>y",
]


def _random_markup():
    rng = random.Random(4242)
    pieces = ["<p>", "</p>", "<b>", "</b>", "<i/>", "<br>", "<a href='h'>", "<a href=javascript:x>", "</a>",
              "<div>", "</div>", "<script>", "</script>", "<style>", "</style>", "<!--", "-->", "<", ">", "&",
              "&amp;", "text", " ", "\n", "ü", "<ul>", "<li>", "</ul>", "<x y=1>", "<a title='t\"'>", "İ", "</P>"]
    for _ in range(140):
        yield "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))


@pytest.mark.parametrize("markup", CASES + list(_random_markup()))
def test_same_as_reference(markup) -> None:
    assert_same(sanitize, reference, markup)


@pytest.mark.parametrize("value", [None, 0, [], "", b"", b"<p>"])
def test_non_string_input(value) -> None:
    assert_same(sanitize, reference, value)


def test_large_document() -> None:
    rng = random.Random(17)
    parts = ["<p>para &amp; more</p>\n", "<a href='/x' class=c>l</a>", "<script>if(a<b){}</script>", "<!-- c -->",
             "a < b", "<div><b>t</b></div>", "<ul><li>i</ul>", "<br/>", "İ"]
    markup = "".join(rng.choice(parts) for _ in range(6000))
    assert_same(sanitize, reference, markup)
