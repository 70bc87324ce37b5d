"""Strict equivalence tests for build_toc (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from mdtoc.toc import FENCE, HEADING, build_toc, slugify
from strict_support import assert_same

TARGET = "mdtoc/toc.py:build_toc"


def reference(markdown, max_level=3, bullet="-"):
    if not 1 <= max_level <= 6:
        raise ValueError("max_level must be between 1 and 6")
    entries = []
    used = []
    fence = None
    for line in markdown.splitlines():
        opening = FENCE.match(line)
        if opening:
            if fence is None:
                fence = opening.group(1)
            elif opening.group(1) == fence:
                fence = None
            continue
        if fence is not None:
            continue
        match = HEADING.match(line)
        if not match:
            continue
        level, title = len(match.group(1)), match.group(2)
        slug = slugify(title)
        anchor, n = slug, 1
        while anchor in used:
            anchor = f"{slug}-{n}"
            n += 1
        used.append(anchor)
        if level <= max_level:
            entries.append(f"{'  ' * (level - 1)}{bullet} [{title}](#{anchor})")
    return "\n".join(entries) + "\n" if entries else ""


CASES = [
    ("",),
    ("\n",),
    ("", 0),
    ("", 7),
    ("# A", 0),
    ("# A", -1),
    ("# A", 1),
    ("# A", 6),
    ("# A\n",),
    ("# A\r\n## B\r\n",),
    ("# A\n## A\n### A\n#### A\n##### A\n###### A\n####### A\n", 6),
    ("#A\n# \n#\n #  B\n#\tTab\n",),
    ("# Closed ##\n## Trailing #  \n# C#\n",),
    ("## Example\n## Example 1\n## Example\n## Example\n",),
    ("## Example 1\n## Example\n## Example\n## example-1\n",),
    ("## X\n## X-1\n## X\n## X\n## X-2\n## X\n",),
    ("# !!!\n# ???\n# -\n# --\n# !\n",),
    ("# A-\n# A\n# A\n# A-1\n",),
    ("# Café\n# café\n# CAFÉ\n# Ünïcödé ✓\n# 日本語\n",),
    ("# The `x` thing\n# The x thing\n# The `x` thing\n",),
    ("# Hello, World!\n## hello world\n## Hello World?\n",),
    ("# Deep\n#### Deep\n# Deep\n", 3),
    ("#### Hidden\n# Hidden\n", 1),
    ("# A\n```\n# Inside\n```\n# Inside\n",),
    ("# A\n~~~\n```\n# Inside\n~~~\n# B\n",),
    ("# A\n```\n# Inside\n~~~\n# Still inside\n",),
    ("   ```\n# x\n    ```\n# y\n```\n# z\n",),
    ("# A\n", 3, "*"),
    ("# A\n## B\n", 3, "1."),
    ("# A\n## B\n", 3, ""),
    ("text\n# A\ntext\n\n\n## B\ntext",),
    ("# A\u2028# B\n",),
    ("# A\x0b# B\x0c# C\x1c# D\x85# E\n",),
    ("# " + "long " * 50 + "\n",),
]


def _random():
    rng = random.Random(5150)
    titles = ["Example", "Example 1", "example-1", "Usage", "Usage!", "A", "a", "", "API", "api-2", "`code`"]
    for _ in range(90):
        lines = []
        for _ in range(rng.randint(0, 25)):
            kind = rng.random()
            if kind < 0.75:
                lines.append("#" * rng.randint(1, 7) + rng.choice([" ", "  ", "\t"]) + rng.choice(titles) + rng.choice(["", " #", "  "]))
            elif kind < 0.85:
                lines.append(rng.choice(["```", "~~~", "```py"]))
            else:
                lines.append(rng.choice(["text", "", "#nospace"]))
        yield ("\n".join(lines) + rng.choice(["", "\n"]), rng.choice([1, 2, 3, 6]))


@pytest.mark.parametrize("args", CASES + list(_random()))
def test_same_as_reference(args) -> None:
    assert_same(build_toc, reference, *args)


def test_keyword_arguments() -> None:
    doc = "# A\n## B\n### C\n#### D\n## B\n"
    for kwargs in ({"max_level": 2}, {"bullet": "+"}, {"max_level": 4, "bullet": "*"}):
        assert_same(lambda d, kw=kwargs: build_toc(d, **kw), lambda d, kw=kwargs: reference(d, **kw), doc)


def test_many_repeated_sections() -> None:
    rng = random.Random(12)
    parts = []
    for n in range(150):
        parts.append(f"## Function {n}")
        parts.extend(f"### {section}" for section in ("Parameters", "Returns", "Example") if rng.random() < 0.8)
        if rng.random() < 0.1:
            parts.append(f"### Example {rng.randint(1, 40)}")
            parts.append(f"### Parameters-{rng.randint(1, 40)}")
    assert_same(build_toc, reference, "\n".join(parts))
    assert_same(build_toc, reference, "\n".join(parts), 2)


def test_result_type_and_trailing_newline() -> None:
    assert build_toc("# A") == "- [A](#a)\n"
    assert build_toc("## B") == "  - [B](#b)\n"
    assert build_toc("plain") == "" and type(build_toc("plain")) is str
