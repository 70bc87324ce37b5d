"""Strict equivalence tests for merge_catalog (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from pocat.merge import Entry, merge_catalog
from strict_support import assert_same

TARGET = "pocat/merge.py:merge_catalog"


def _ref_normalise(msgid):
    return " ".join(msgid.lower().split()).rstrip(".:!?…")


def reference(old, template):
    merged = []
    used = []
    for tmpl in template:
        match = None
        fuzzy = False
        for index, entry in enumerate(old):
            if not entry.obsolete and entry.msgid == tmpl.msgid and entry.context == tmpl.context:
                match = index
                break
        if match is None:
            wanted = _ref_normalise(tmpl.msgid)
            for index, entry in enumerate(old):
                if not entry.obsolete and entry.msgstr and _ref_normalise(entry.msgid) == wanted:
                    match = index
                    fuzzy = True
                    break
        if match is None:
            merged.append(Entry(tmpl.msgid, "", tmpl.context, False, False, list(tmpl.references)))
            continue
        source = old[match]
        used.append(match)
        merged.append(
            Entry(tmpl.msgid, source.msgstr, tmpl.context, fuzzy or source.fuzzy, False, list(tmpl.references))
        )
    for index, entry in enumerate(old):
        if index not in used and entry.msgstr:
            merged.append(Entry(entry.msgid, entry.msgstr, entry.context, entry.fuzzy, True, []))
    return merged


E = Entry
CASES = [
    ([], []),
    ([E("a", "A")], []),
    ([E("a")], []),
    ([], [E("a")]),
    ([], [E("a"), E("a")]),
    ([E("a", "A")], [E("a")]),
    ([E("a", "A")], [E("a"), E("a")]),
    ([E("a", "A"), E("a", "B")], [E("a")]),
    ([E("a", "A"), E("a", "B")], [E("a"), E("a")]),
    ([E("a", "A", obsolete=True), E("a", "B")], [E("a")]),
    ([E("a", "A", obsolete=True)], [E("a")]),
    ([E("a", "")], [E("a")]),
    ([E("a", ""), E("A.", "x")], [E("a")]),
    ([E("A.", "x"), E("a", "")], [E("a")]),
    ([E("a", "A", fuzzy=True)], [E("a")]),
    ([E("a", "A", fuzzy=True)], [E("A")]),
    ([E("a", "A", context="c")], [E("a")]),
    ([E("a", "A", context="c")], [E("a", context="c")]),
    ([E("a", "A", context="")], [E("a", context=None)]),
    ([E("a", "A", context=None)], [E("a", context="")]),
    ([E("a", "A", context="x"), E("a", "B", context="y")], [E("a", context="y"), E("a", context="z")]),
    ([E("Hello, world!", "Hallo, Welt!")], [E("hello,   WORLD")]),
    ([E("Hello, world!", "Hallo, Welt!")], [E("Hello, world?")]),
    ([E("Hello", "Hallo")], [E("Hello ")]),
    ([E("Hello\n", "Hallo\n")], [E("Hello")]),
    ([E("Hello", "Hallo")], [E("Hello\n")]),
    ([E("Hello\t\tthere", "Hi")], [E("hello there")]),
    ([E("...", "…")], [E("!")]),
    ([E("", "header")], [E("")]),
    ([E("", "header")], [E("   ")]),
    ([E("Straße", "street")], [E("STRASSE")]),
    ([E("Straße", "street")], [E("STRAßE")]),
    ([E("İstanbul", "I")], [E("i̇stanbul")]),
    ([E("Ωμέγα", "omega")], [E("ωμέγα")]),
    ([E("Wait…", "Warte…")], [E("wait")]),
    ([E("x", "X", references=["a:1"])], [E("x", references=["b:2", "c:3"])]),
    ([E("x", "X")], [E("x", "stale", fuzzy=True, obsolete=True, references=["r"])]),
    ([E("x", "X"), E("y", "Y"), E("z", "Z")], [E("y")]),
    ([E("x", "X"), E("y", "Y"), E("z", "Z")], [E("z"), E("x")]),
    ([E("x", "X"), E("x", "X")], [E("x")]),
    ([E("x", "X"), E("x", "X")], [E("x"), E("x")]),
    ([E("x", "X", obsolete=True), E("x", "X", obsolete=True)], []),
    ([E(None, "n")], [E(None)]),
    ([E(None, "n", obsolete=True), E("a", "A")], [E("a")]),
    ((E("a", "A"),), (E("a"), E("b"))),
    ([E("Save", "Speichern", context="button"), E("save", "sichern")], [E("Save", context="menu")]),
    ([E("save", "sichern"), E("Save", "Speichern", context="button")], [E("Save", context="menu")]),
]


def _random_catalogs():
    rng = random.Random(31337)
    pool = ["Save", "save", "Save.", "Open", "open file", "Open  file!", "Cancel", "Délai", "délai?",
            "", " ", "OK", "Ok", "ok:", "Next page", "next  page", "日本語", "Back"]
    contexts = [None, None, "menu", "button", ""]
    for _ in range(130):
        old = [
            E(rng.choice(pool), rng.choice(["", "T1", "T2", "T3"]), rng.choice(contexts),
              rng.random() < 0.2, rng.random() < 0.15, [f"f{rng.randint(0, 3)}"])
            for _ in range(rng.randint(0, 12))
        ]
        template = [E(rng.choice(pool), context=rng.choice(contexts), references=[f"g{i}"]) for i in range(rng.randint(0, 12))]
        yield old, template


@pytest.mark.parametrize("args", CASES + list(_random_catalogs()))
def test_same_as_reference(args) -> None:
    assert_same(merge_catalog, reference, *args)


def test_large_catalog() -> None:
    rng = random.Random(8)
    words = "alpha beta gamma delta epsilon zeta eta theta iota kappa".split()
    old = [E(" ".join(rng.choices(words, k=rng.randint(1, 4))) + rng.choice(["", ".", "!"]), rng.choice(["", "t"]),
             rng.choice([None, "c"]), rng.random() < 0.1, rng.random() < 0.1) for _ in range(600)]
    template = [E(rng.choice(old).msgid.upper() if rng.random() < 0.2 else rng.choice(old).msgid, context=rng.choice([None, "c", "d"]))
                for _ in range(600)]
    assert_same(merge_catalog, reference, old, template)


def test_result_lists_are_fresh() -> None:
    template = [E("a", references=["r"])]
    merged = merge_catalog([E("a", "A")], template)
    merged[0].references.append("x")
    assert template[0].references == ["r"]
