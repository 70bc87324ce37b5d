"""Strict equivalence tests for RowValidator.validate (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from rowcheck.validate import Column, Problem, RowValidator
from strict_support import assert_same

TARGET = "rowcheck/validate.py:RowValidator.validate"


def candidate(validator, header, rows):
    return validator.validate(header, rows)


def reference(validator, header, rows):
    out = []
    header = list(header)
    for c in validator.columns:
        if c.name not in header:
            out.append(Problem(0, c.name, "missing column"))
    seen = {}
    for c in validator.columns:
        if c.unique:
            seen[c.name] = []
    n = 0
    for row in rows:
        n += 1
        validator.rows_checked += 1
        if len(row) != len(header):
            out.append(Problem(n, "", "expected %d fields, got %d" % (len(header), len(row))))
            continue
        for c in validator.columns:
            if c.name not in header:
                continue
            value = row[header.index(c.name)].strip()
            if value == "":
                if c.required:
                    out.append(Problem(n, c.name, "value required"))
                continue
            if c.pattern is not None and re.fullmatch(c.pattern, value) is None:
                out.append(Problem(n, c.name, f"{value!r} does not match {c.pattern}"))
            if c.choices is not None and value not in c.choices:
                out.append(Problem(n, c.name, f"{value!r} is not one of " + ", ".join(c.choices)))
            if c.unique:
                if value in seen[c.name]:
                    out.append(Problem(n, c.name, f"duplicate value {value!r}"))
                else:
                    seen[c.name].append(value)
    return out


C = Column
BASIC = [C("id", required=True, pattern=r"\d+", unique=True), C("name", required=True), C("tier", choices=("a", "b"))]

CASES = [
    ([], [], []),
    ([], ["x"], [["1"], []]),
    ([], [], [[], ["x"]]),
    (BASIC, [], []),
    (BASIC, ["id", "name", "tier"], []),
    (BASIC, ["id", "name", "tier"], [["1", "ann", "a"], ["2", "bob", "b"], ["1", "cy", "c"]]),
    (BASIC, ("tier", "id", "name"), [("a", "1", "ann"), (" b ", " 1 ", "  "), ("", "", "")]),
    (BASIC, ["id", "name", "tier", "id"], [["1", "ann", "a", "9"], ["9", "bob", "b", "1"]]),
    (BASIC, ["name"], [["x"], ["y", "z"], [""]]),
    (BASIC, ["id", "name", "tier"], [["1", "ann"], ["1", "ann", "a", "extra"], ["1", "ann", "a"]]),
    (BASIC, ["id", "name", "tier"], [["١٢", "ünï", "a"], ["12", "ünï", "A"], ["x12", "\u00a0", "b"]]),
    (BASIC, ["id", "name", "tier"], [["1\n", "multi\nline", "a"], ["1", "tab\t", "\tb\t"]]),
    ([C("k", unique=True), C("k", unique=True)], ["k"], [["a"], ["b"], ["a"]]),
    ([C("k", unique=True), C("k", pattern="[a-z]")], ["k"], [["a"], ["a"], ["Z"]]),
    ([C("k", unique=True), C("k")], ["k"], [["a"], ["a"]]),
    ([C("k", pattern="(")], ["k"], []),
    ([C("k", pattern="(")], ["k"], [[""], ["  "]]),
    ([C("k", pattern="(")], ["k"], [["ok"]]),
    ([C("k", pattern="(")], ["j"], [["ok"]]),
    ([C("j", required=True), C("k", pattern="(")], ["j", "k"], [["", ""], ["1", "2"], ["", ""]]),
    ([C("k", pattern="")], ["k"], [["a"], [""]]),
    ([C("k", pattern="(?i)abc|x")], ["k"], [["ABC"], ["abcx"], ["x"]]),
    ([C("k", pattern=r"\w+")], ["k"], [["日本語"], ["a b"]]),
    ([C("k", pattern=re.compile(r"\d"))], ["k"], [["1"], ["a"]]),
    ([C("k", pattern=5)], ["k"], [[""], ["1"]]),
    ([C("k", choices=())], ["k"], [["a"], [""]]),
    ([C("k", choices="free pro")], ["k"], [["free"], ["e p"], ["team"]]),
    ([C("k", choices=("A", "b"))], ["k"], [["a"], ["A"], ["b "]]),
    ([C("k", required=True, unique=True)], ["k"], [[""], [""], ["x"], ["x"], ["x"]]),
    ([C("k")], ["k"], [[1]]),
    ([C("k")], ["k"], [[None]]),
    ([C("k")], ["k"], [["ok"], [None]]),
    ([C("")], [""], [[""], ["x"]]),
]


@pytest.mark.parametrize("columns,header,rows", CASES)
def test_cases(columns, header, rows) -> None:
    assert_same(candidate, reference, RowValidator(columns), header, rows)


def test_counter_continues_from_earlier_calls() -> None:
    validator = RowValidator(BASIC)
    validator.rows_checked = 41
    assert_same(candidate, reference, validator, ["id", "name", "tier"], [["1", "a", "a"], ["2", "b", "b"]])
    validator.validate(["id"], [["1"], ["2"], ["3"]])
    assert validator.rows_checked == 44


def test_counter_after_bad_pattern() -> None:
    validator = RowValidator([C("a", required=True), C("b", pattern="[")])
    with pytest.raises(re.error):
        validator.validate(["a", "b"], [["", ""], ["x", ""], ["y", "z"], ["w", "q"]])
    assert validator.rows_checked == 3


def test_unique_values_do_not_leak_between_calls() -> None:
    validator = RowValidator([C("k", unique=True)])
    assert validator.validate(["k"], [["a"]]) == []
    assert validator.validate(["k"], [["a"]]) == []


def test_rows_may_be_a_generator_consumed_once() -> None:
    calls = []

    def rows():
        for value in ["1", "2", "2"]:
            calls.append(value)
            yield [value]

    problems = RowValidator([C("k", unique=True)]).validate(["k"], rows())
    assert problems == [Problem(3, "k", "duplicate value '2'")]
    assert calls == ["1", "2", "2"]


def _random_case(rng):
    names = ["a", "b", "c", "d"]
    columns = []
    for _ in range(rng.randint(0, 5)):
        columns.append(C(
            rng.choice(names),
            required=rng.random() < 0.4,
            pattern=rng.choice([None, None, r"[a-c]+", r"\d", "x|y"]),
            choices=rng.choice([None, None, ("a", "b", "1"), ("x",)]),
            unique=rng.random() < 0.4,
        ))
    header = rng.sample(names, rng.randint(0, 4))
    if header and rng.random() < 0.2:
        header.append(rng.choice(header))
    values = ["", " ", "a", "b", "ab", "1", "x", " y ", "z"]
    rows = []
    for _ in range(rng.randint(0, 25)):
        width = len(header) if rng.random() < 0.9 else rng.randint(0, 5)
        rows.append([rng.choice(values) for _ in range(width)])
    return columns, header, rows


@pytest.mark.parametrize("seed", range(150))
def test_random(seed) -> None:
    columns, header, rows = _random_case(random.Random(seed))
    assert_same(candidate, reference, RowValidator(columns), header, rows)


def test_large_upload() -> None:
    rng = random.Random(606)
    columns = [C("id", required=True, pattern=r"C\d{3}", unique=True), C("mail", unique=True), C("cc", choices=("DE", "FR"))]
    rows = [[f"C{rng.randint(0, 1200):03d}", f"u{rng.randint(0, 900)}@x", rng.choice(["DE", "FR", "IT", ""])] for _ in range(1500)]
    assert_same(candidate, reference, RowValidator(columns), ["id", "mail", "cc"], rows)
