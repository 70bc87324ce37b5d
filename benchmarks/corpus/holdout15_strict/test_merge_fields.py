"""Strict equivalence tests for audit_template (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from strict_support import assert_same
from mailmerge.audit import audit_template

TARGET = "mailmerge/audit.py:audit_template"

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][\w.]*)\s*(?:\|\s*([A-Za-z_]\w*)\s*)?\}\}")
OPENER = re.compile(r"\{\{")
DEFAULT_FILTERS = frozenset({"upper", "lower", "title", "date", "currency", "default"})


def line_and_column(text, offset):
    before = text[:offset]
    line = before.count("\n") + 1
    column = offset - (before.rfind("\n") + 1) + 1
    return line, column


def reference(text, known_fields, filters=DEFAULT_FILTERS):
    problems = []
    well_formed = set()
    for match in PLACEHOLDER.finditer(text):
        well_formed.add(match.start())
        field, filter_name = match.group(1), match.group(2)
        line, column = line_and_column(text, match.start())
        if field.split(".")[0] not in known_fields:
            problems.append({"line": line, "column": column, "problem": "unknown field", "text": field})
        if filter_name is not None and filter_name not in filters:
            problems.append({"line": line, "column": column, "problem": "unknown filter", "text": filter_name})
    for opener in OPENER.finditer(text):
        if opener.start() in well_formed:
            continue
        line, column = line_and_column(text, opener.start())
        snippet = text[opener.start():opener.start() + 20].split("\n")[0]
        problems.append({"line": line, "column": column, "problem": "malformed placeholder", "text": snippet})
    problems.sort(key=lambda problem: (problem["line"], problem["column"]))
    return problems


F = {"first_name", "customer", "offer_code", "expiry"}

CASES = [
    ("", F),
    ("", []),
    ("\n", F),
    ("\n\n\n", F),
    ("no placeholders at all", F),
    ("{{ first_name }}", F),
    ("{{ first_name }}", set()),
    ("{{ first_name }}", []),
    ("{{first_name}}", ["first_name"]),
    ("{{ first_name }}", ("first_name",)),
    ("{{ first_name }}", {"first_name": 1}),
    ("{{ first }}", "first_name"),
    ("{{ first_name }}", "first_name"),
    ("{{ nope }}", "first_name"),
    ("{{ first_name | title }}", F),
    ("{{ first_name | shout }}", F),
    ("{{ nope | shout }}", F),
    ("{{ nope | shout }}\n{{ nope | shout }}", F),
    ("{{ first_name | title }}", F, set()),
    ("{{ first_name | title }}", F, []),
    ("{{ first_name | title }}", F, ["title"]),
    ("{{ first_name | title }}", F, "subtitle"),
    ("{{ first_name | title }}", F, None),
    ("{{ first_name }}", F, None),
    ("{{ nope }}", None),
    ("plain", None),
    ("{{ customer.city }}", F),
    ("{{ customer..city }}", F),
    ("{{ customer. }}", F),
    ("{{ .customer }}", F),
    ("{{ custom.er }}", F),
    ("{{ 1st }}", F),
    ("{{ _private }}", F),
    ("{{ }}", F),
    ("{{}}", F),
    ("{{", F),
    ("}}", F),
    ("{{{{ first_name }}", F),
    ("{{{ first_name }}}", F),
    ("{{ first_name }}}}", F),
    ("{{ a }}{{ b }}{{ c", F),
    ("{{ a | }}", F),
    ("{{ a | b | c }}", F),
    ("{{ a|b }}", F),
    ("{{\tfirst_name\t|\tupper\t}}", F),
    ("{{\nfirst_name\n}}", F),
    ("{{ first_name\n", F),
    ("x\n{{ a\ny }}", F),
    ("line1\r\nline2 {{ nope }}\r\n", F),
    ("\r{{ nope }}", F),
    ("  \t  {{ nope }}   ", F),
    ("trailing {{ nope }}\n", F),
    ("{{ nope }}\n\n\n{{ nope }}\n", F),
    ("Grüße {{ vörname }} — {{ nöpe }}", F),
    ("Grüße {{ vörname }} — {{ nöpe }}", {"vörname"}),
    ("{{ ä }}", F),
    ("😀😀 {{ nope }} 😀 {{ x | ü }}", F),
    ("日本語\n日本語 {{ 名前 }}", F),
    ("{{ a }}" * 30, F),
    ("{{ a " * 10, F),
    ("{{ " + "x" * 40 + " ", F),
    ("\n".join("{{ f%d }}" % i for i in range(25)), {"f3", "f7"}),
    (None, F),
    (b"{{ a }}", F),
    ("{{ a }}", 5),
    ("{{ first_name }}", 5),
    ("no fields", 5),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(audit_template, reference, *case)


def _random_cases():
    rng = random.Random(2207)
    fields = ["first_name", "customer", "customer.city", "offer_code", "frist", "vörname", "_x", "a1"]
    filters = ["upper", "title", "date", "shout", "ü"]
    for index in range(130):
        pieces = []
        for _ in range(rng.randint(0, 30)):
            roll = rng.random()
            if roll < 0.35:
                pieces.append(rng.choice(["word", "the", "ünï", "😀", "{", "}", "|", " ", "  ", "\t"]))
            elif roll < 0.5:
                pieces.append(rng.choice(["\n", "\r\n", "\n\n"]))
            elif roll < 0.9:
                field = rng.choice(fields)
                filt = rng.choice([None, None] + filters)
                space = rng.choice(["", " ", "  ", "\n"])
                body = space + field + space + (("|" + space + filt + space) if filt else "")
                text = "{{" + body + "}}"
                if rng.random() < 0.1:
                    text = text[:rng.randrange(len(text))]
                pieces.append(text)
            else:
                pieces.append(rng.choice(["{{", "{{{", "}}", "{{ }}"]))
        text = "".join(pieces)
        known = rng.choice([set(fields[:rng.randint(0, 8)]), list(fields[:rng.randint(0, 8)]), frozenset({"customer"})])
        if index % 3 == 0:
            yield text, known
        else:
            yield text, known, rng.choice([{"upper", "date"}, ["shout"], frozenset(filters), set()])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(audit_template, reference, *case)


def test_large_template() -> None:
    rng = random.Random(5)
    parts = []
    for _ in range(400):
        parts.append(" ".join(rng.choice(["Hi", "{{ first_name }}", "{{ nope | upper }}", "{{ x | bad }}", "{{ broken", "text"])
                              for _ in range(rng.randint(1, 12))))
    assert_same(audit_template, reference, "\n".join(parts), {"first_name", "x"})
