"""Strict equivalence tests for broken_links (never shown to wattlens)."""

from __future__ import annotations

import posixpath
import random
import re

import pytest
from mdlinks.check import broken_links
from strict_support import assert_same

TARGET = "mdlinks/check.py:broken_links"

LINK_RE = re.compile(r"(?<!!)\[([^\]]*)\]\(([^)\s]+)\)")
SCHEME_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
HEADING_RE = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")


def _slugify(heading):
    text = heading.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def _anchors(text):
    anchors = []
    counts = {}
    in_fence = False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        match = HEADING_RE.match(line)
        if not match:
            continue
        slug = _slugify(match.group(2))
        if slug in counts:
            counts[slug] += 1
            anchors.append(f"{slug}-{counts[slug]}")
        else:
            counts[slug] = 0
            anchors.append(slug)
    return anchors


def reference(pages):
    problems = []
    for path, text in pages.items():
        in_fence = False
        for line_no, line in enumerate(text.splitlines(), 1):
            if line.lstrip().startswith("```"):
                in_fence = not in_fence
                continue
            if in_fence:
                continue
            for match in LINK_RE.finditer(line):
                target = match.group(2)
                if SCHEME_RE.match(target):
                    continue
                file_part, _, anchor = target.partition("#")
                if file_part:
                    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), file_part))
                else:
                    resolved = path
                if resolved not in pages:
                    problems.append((path, line_no, target, "missing page"))
                elif anchor and anchor not in _anchors(pages[resolved]):
                    problems.append((path, line_no, target, "missing anchor"))
    return problems


CASES = [
    {},
    {"a.md": ""},
    {"a.md": "\n\n\n"},
    {"a.md": "[x](#)"},
    {"a.md": "[x](#a)"},
    {"a.md": "# A\n[x](#a)"},
    {"a.md": "# A\n[x](#A)"},
    {"a.md": "# A\n[x](#a)\n[y](#a-1)\n# A\n"},
    {"a.md": "# A\n# A\n# A\n[x](#a-2) [y](#a-3) [z](#a-1)"},
    {"a.md": "# Setup\n## Setup-1\n## Setup\n[x](#setup-1) [y](#setup-1-1) [z](#setup-2)"},
    {"a.md": "# A\n[x](b.md)", "b.md": ""},
    {"a.md": "# A\n[x](b.md)"},
    {"a.md": "# A\n[x](./b.md#b)", "b.md": "# B"},
    {"a.md": "# A\n[x](./b.md#b)", "b.md": "# B\n"},
    {"a.md": "# A\n[x](b.md#b)\n[x](b.md#b)\n", "b.md": "#B\n"},
    {"docs/a.md": "[x](../b.md#b) [y](b.md)", "b.md": "# B\n"},
    {"docs/a.md": "[x](../../b.md)", "b.md": "# B\n", "../b.md": ""},
    {"docs/a.md": "[x](sub/../a.md#a)", "docs/a.md#": ""},
    {"a.md": "[x](a.md#top)\n# Top  \n"},
    {"a.md": "[x](a.md#top)\n# Top ##\n"},
    {"a.md": "[x](a.md#top)\n    # Top\n"},
    {"a.md": "[x](a.md#top)\n   # Top\n"},
    {"a.md": "[x](a.md#top)\n#Top\n"},
    {"a.md": "[x](a.md#top)\n####### Top\n"},
    {"a.md": "```\n# Top\n```\n[x](#top)"},
    {"a.md": "```\n[x](#top)\n```\n[y](#top)\n  ```python\n# Top\n```\n"},
    {"a.md": "```\n[x](missing.md)\n"},
    {"a.md": "![img](pic.png) [w](https://x.org) [m](mailto:a@b) [f](ftp://h/x) [d](c:foo)"},
    {"a.md": "[a](b.md) [c](d.md) [e](f.md#g)", "f.md": "# g\n"},
    {"a.md": "[a]( b.md) [c](d.md \"title\") [e](<f.md>)"},
    {"a.md": "# Café Crème\n# naïve — résumé\n[x](#café-crème) [y](#naïve--résumé) [z](#cafe-creme)"},
    {"a.md": "# 日本語 見出し\n[x](#日本語-見出し)"},
    {"a.md": "# Hello, World!\n# API (v2) limits\n[x](#hello-world) [y](#api-v2-limits)"},
    {"a.md": "# A_b c\n[x](#a_b-c)\n"},
    {"a.md": "# \t Tabs\there\n[x](#tabshere) [y](#tabs-here)"},
    {"a.md": "# A\r\n[x](#a)\r\n"},
    {"a.md": "# A\n[x](#a)", "b.md": "[y](a.md#a) [z](a.md#b)\n[w](A.md#a)"},
    {"b.md": "[y](a.md#a)", "a.md": None},
    {"b.md": "[y](a.md)", "a.md": None},
    {"b.md": None},
    {"a.md": "[x](#b)", "b.md": 3},
    {"a.md": "[x](b.md#)", "b.md": "# B"},
    {"a.md": "[x](b.md#b#c)", "b.md": "# B"},
    {"a.md": "[x](b.md#b%20c)", "b.md": "# B c"},
    {"a.md": "[x](b.md#b-c)", "b.md": "# B c"},
    {"a.md": "[x](#a)[y](#a)\n# A"},
    {"a.md": "[x](#z)\n" * 5 + "# Z\n"},
]


def _random():
    rng = random.Random(8080)
    names = ["intro", "Setup", "Setup", "FAQ", "API (v2)", "Café", "limits", "Intro"]
    for _ in range(140):
        paths = [f"{rng.choice(['', 'docs/', 'docs/ops/'])}{n}.md" for n in range(rng.randint(1, 5))]
        pages = {}
        for path in paths:
            lines = []
            for _l in range(rng.randint(0, 20)):
                roll = rng.random()
                if roll < 0.3:
                    lines.append("#" * rng.randint(1, 3) + " " + rng.choice(names))
                elif roll < 0.35:
                    lines.append("```")
                elif roll < 0.8:
                    target = rng.choice(paths + ["missing.md", ""])
                    if target and "/" in path and "/" not in target and rng.random() < 0.5:
                        target = "../" * path.count("/") + target
                    anchor = rng.choice(["", "#intro", "#setup", "#setup-1", "#setup-2", "#faq", "#api-v2", "#café", "#intro-1"])
                    link = target + anchor
                    lines.append(f"text [link]({link}) more" if link else "plain text")
                else:
                    lines.append("plain text" + rng.choice(["", " ", "  \t"]))
            pages[path] = "\n".join(lines) + rng.choice(["", "\n", "\n\n"])
        yield pages


@pytest.mark.parametrize("pages", CASES + list(_random()))
def test_same_as_reference(pages) -> None:
    assert_same(broken_links, reference, pages)


def test_large_handbook() -> None:
    rng = random.Random(5)
    paths = [f"p{n}.md" for n in range(60)]
    pages = {}
    for path in paths:
        lines = [f"## Section {rng.randint(0, 12)}" if rng.random() < 0.3 else
                 f"see [x]({rng.choice(paths)}#section-{rng.randint(0, 14)})" for _ in range(150)]
        pages[path] = "\n".join(lines)
    assert_same(broken_links, reference, pages)
