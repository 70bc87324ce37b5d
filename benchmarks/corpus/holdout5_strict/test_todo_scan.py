"""Strict equivalence tests for find_markers (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from lintkit.markers import DEFAULT_TAGS, Marker, find_markers
from strict_support import assert_same

TARGET = "lintkit/markers.py:find_markers"

RX = re.compile(r"(#|//)[ \t]*(?P<tag>[A-Z]+)\b(?:\((?P<owner>[^)\n]*)\))?:?[ \t]*(?P<text>[^\n]*)")


def reference(source, path="<string>", tags=DEFAULT_TAGS):
    out = []
    for m in RX.finditer(source):
        tag = m.group("tag")
        if tag not in tags:
            continue
        start = m.start()
        line = source[:start].count("\n") + 1
        column = start - (source[:start].rfind("\n") + 1) + 1
        owner = m.group("owner")
        if owner is not None:
            owner = owner.strip() or None
        out.append(Marker(path, line, column, tag, owner, m.group("text").strip()))
    return out


SOURCES = [
    "",
    "\n",
    "# TODO",
    "# TODO\n",
    "#TODO:x",
    "# TODO: x\n# FIXME: y\n",
    "\n\n\n    # TODO(ana): deep\n",
    "x = 1  # TODO(ana)  : spaced\r\n",
    "# TODO(  ): blank owner\n# TODO(): empty owner\n# TODO(a)(b): double\n",
    "# TODO(unclosed: owner\n",
    "# TODO(multi\nline): owner\n",
    "# TODOS not a tag\n# todo lower\n# Todo mixed\n# TODO_1 underscore\n# TODO1 digit\n",
    "# TODO x # FIXME y\n",
    "url = 'http://EXAMPLE.com'  # TODO fix\n",
    "url = 'http://example.com'  # TODO fix\n",
    "// FIXME c-style\n/* XXX block */\n",
    "///FIXME triple\n##TODO double\n",
    "s = 'é日本😀'  # HACK: unicode before\n",
    "é\né\n# TODO après\n",
    "# TODO text with trailing spaces   \t\n",
    "# TODO \u2028 line separator\u2028# FIXME same line\n",
    "a\rb # TODO after lone CR\r",
    "# NOTE: x\n# HACK: y\n# XXX\n# FIXME\n",
    "\t# TODO tab indented\n\t\t// XXX two tabs",
    "# TODO:\n# TODO:: double colon\n",
    "#\tTODO\ttabbed\n# \n#\n//\n",
]

TAGS = [DEFAULT_TAGS, ("TODO",), {"FIXME", "NOTE"}, frozenset(), ["EXAMPLE", "TODO"], "TODO,FIXME", ("todo",)]


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("tags", TAGS)
def test_same_as_reference(source, tags) -> None:
    assert_same(find_markers, reference, source, "src/m.py", tags)


@pytest.mark.parametrize("source", SOURCES)
def test_default_arguments(source) -> None:
    assert_same(find_markers, reference, source)
    assert_same(find_markers, reference, source, "ü/路径.py")


def test_keyword_arguments() -> None:
    source = "# TODO a\n# FIXME b\n"
    assert_same(find_markers, reference, source, tags=("FIXME",))
    assert_same(find_markers, reference, source=source, path="p")


def test_non_string_source() -> None:
    assert_same(find_markers, reference, None)


def _random_source(rng, lines):
    pieces = []
    for _ in range(lines):
        indent = rng.choice(["", "  ", "\t", "    "])
        code = rng.choice(["x = 1", "call(é)", "s = '#'", "", "url = 'http://A.b'", "日本 = 2"])
        comment = rng.choice(["", "  # keep", "  # TODO later", "  # FIXME(bo): soon", "  // XXX", " #HACK", "  # TODO() x", "  # NOTE n"])
        pieces.append(indent + code + comment + rng.choice(["\n", "\r\n", "\n"]))
    text = "".join(pieces)
    return text if rng.random() < 0.7 else text.rstrip("\n")


def test_random_sources() -> None:
    rng = random.Random(4242)
    for _ in range(200):
        source = _random_source(rng, rng.randint(0, 40))
        assert_same(find_markers, reference, source, "r.py", rng.choice(TAGS))


def test_large_file() -> None:
    rng = random.Random(9)
    source = _random_source(rng, 5000)
    assert_same(find_markers, reference, source, "big.py")
    assert_same(find_markers, reference, source, "big.py", ("HACK",))
