"""Strict equivalence tests for render_copy (never shown to wattlens)."""

from __future__ import annotations

import datetime
import decimal
import random
from collections import OrderedDict

import pytest
from bulkload.copyfile import render_copy
from strict_support import assert_same

TARGET = "bulkload/copyfile.py:render_copy"


# --- verbatim copy of the original implementation and its helpers -------------------------

ESCAPES = {"\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v"}


def to_text(value):
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    if isinstance(value, (list, tuple)):
        return "{" + ",".join('"' + str(item).replace("\\", "\\\\").replace('"', '\\"') + '"' for item in value) + "}"
    return str(value)


def escape(text):
    out = ""
    for char in text:
        out += ESCAPES.get(char, char)
    return out


class RefCopyWriter:
    def __init__(self, columns, null="\\N"):
        self.columns = list(columns)
        self.null = null
        self.text = ""
        self.rows = 0

    def field(self, value):
        if value is None:
            return self.null
        return escape(to_text(value))

    def write_row(self, record):
        self.text += "\t".join(self.field(record.get(column)) for column in self.columns) + "\n"
        self.rows += 1


def reference(columns, records, null="\\N"):
    writer = RefCopyWriter(columns, null)
    for record in records:
        writer.write_row(record)
    return writer.text, writer.rows


# --- cases -------------------------------------------------------------------------------

class Weird:
    def __str__(self):
        return "weird\tvalue\\"


class Broken:
    def __str__(self):
        raise RuntimeError("no text")


UTC = datetime.timezone.utc
CET = datetime.timezone(datetime.timedelta(hours=1))
ALL_SPECIAL = "\\\b\f\n\r\t\v"

CASES = [
    ([], []),
    (["a"], []),
    ([], [{}]),
    ([], [{"a": 1}, {"b": 2}]),
    (["a"], [{}]),
    (["a"], [{"a": None}]),
    (["a"], [{"a": None}], ""),
    (["a"], [{"a": None}], "NULL"),
    (["a", "b"], [{"a": None}], "\t"),
    (["a"], [{"a": "x"}], None),
    (["a"], [{"a": None}], None),
    (["a"], [{}], None),
    (["a"], [{"a": ""}]),
    (["a", "b"], [{"a": "", "b": ""}]),
    (["a"], [{"a": "\\N"}]),
    (["a"], [{"a": ALL_SPECIAL}]),
    (["a"], [{"a": ALL_SPECIAL * 3 + "end"}]),
    (["a"], [{"a": "line1\nline2\r\nline3\n"}]),
    (["a"], [{"a": "trailing space  "}, {"a": "  leading"}, {"a": "\u00a0nbsp"}]),
    (["a"], [{"a": "\x00nul\x1bescape\x7fdel"}]),
    (["a"], [{"a": "\u2028sep\u2029para\x85nel\x0bvt\x0cff"}]),
    (["a"], [{"a": "Ünïcödé 日本語 😀 ﬁ"}]),
    (["a"], [{"a": "C:\\path\\to\\file"}]),
    (["a"], [{"a": True}, {"a": False}, {"a": 1}, {"a": 0}]),
    (["a"], [{"a": 0.1 + 0.2}, {"a": -0.0}, {"a": 1e300}, {"a": 1e-7}, {"a": float("nan")}, {"a": float("-inf")}]),
    (["a"], [{"a": 10 ** 40}, {"a": -7}]),
    (["a"], [{"a": decimal.Decimal("1E+2")}, {"a": decimal.Decimal("-0.00")}, {"a": decimal.Decimal("3.14159")},
             {"a": decimal.Decimal("NaN")}, {"a": decimal.Decimal("1e-10")}]),
    (["a"], [{"a": datetime.datetime(2024, 6, 3, 12, 0)}, {"a": datetime.datetime(2024, 6, 3, 12, 0, 0, 5)},
             {"a": datetime.datetime(2024, 6, 3, 12, 0, tzinfo=UTC)}, {"a": datetime.datetime(1, 1, 1, tzinfo=CET)}]),
    (["a"], [{"a": datetime.date(2024, 2, 29)}, {"a": datetime.time(23, 59, 59, 999999)}, {"a": datetime.time(0, 0, tzinfo=UTC)}]),
    (["a"], [{"a": datetime.timedelta(days=1, seconds=5)}]),
    (["a"], [{"a": []}, {"a": ()}, {"a": ["x"]}, {"a": ("x", 1, None, True)}]),
    (["a"], [{"a": ['q"uote', "back\\slash", "tab\there", "new\nline", ""]}]),
    (["a"], [{"a": [["nested", 1], ("t",)]}]),
    (["a"], [{"a": {"k": "v"}}, {"a": {1, 2}}, {"a": frozenset()}]),
    (["a"], [{"a": b"by\ttes"}, {"a": bytearray(b"x")}]),
    (["a"], [{"a": Weird()}, {"a": [Weird()]}]),
    (["a"], [{"a": 3 + 4j}, {"a": range(3)}]),
    (["b", "a"], [{"a": 1, "b": 2}]),
    (["a", "a"], [{"a": "dup"}]),
    (("a", "b"), [{"a": 1, "b": 2}]),
    (["a"], ({"a": 1}, {"a": 2})),
    (["a"], [OrderedDict(a="od")]),
    ([1, None, ("t",)], [{1: "one", None: "none", ("t",): "tuple"}]),
    (["é", "日本"], [{"é": "accent", "日本": "kanji"}]),
    (["a"], [{"a": "x"}] * 50),
    (["a", "b", "c"], [{"a": n, "b": str(n) * (n % 7), "c": "\t" * (n % 3)} for n in range(300)]),
    (["a"], [{"a": 1}], "\\N"),
    (["a"], [{"a": None}], "\\\\N"),
    (["a"], [{"a": None}], "é"),
    # invalid input
    (["a"], [{"a": Broken()}]),
    (["a"], [{"a": [Broken()]}]),
    (["a"], [{"a": 1}, {"a": Broken()}]),
    (["a"], [None]),
    (["a"], [[("a", 1)]]),
    (["a"], [{"a": 1}, "not a record"]),
    (["a"], None),
    (None, []),
    (None, [{"a": 1}]),
    ([["unhashable"]], [{"a": 1}]),
    (["a"], [{"a": None}], 5),
    (["a"], [{"a": 1}], 5),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(render_copy, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(render_copy, reference, null="NULL", records=[{"a": None, "b": "x\ty"}], columns=["a", "b"])


def test_records_not_modified() -> None:
    records = [{"a": "x\ty", "b": None}, {"a": ["l"]}]
    columns = ["a", "b"]
    render_copy(columns, records)
    assert records == [{"a": "x\ty", "b": None}, {"a": ["l"]}] and columns == ["a", "b"]


POOL = [None, None, "", "plain", "two words", "tab\there", "new\nline", "cr\rlf\r\n", "back\\slash", "\\N", ALL_SPECIAL,
        "Zoë", "日本", "😀", 0, 1, -5, 12345678901234567890, 0.5, 1.1, float("inf"), True, False,
        decimal.Decimal("19.99"), decimal.Decimal("1E+3"), datetime.datetime(2024, 6, 3, 8, 15, 30),
        datetime.date(2024, 1, 1), datetime.time(7, 5), ["a", "b"], ("x\ty",), [], ['"q"']]


def _random_cases():
    rng = random.Random(5432)
    names = ["id", "name", "email", "notes", "ts", "flag", "amount", "tags", "extra"]
    for index in range(180):
        columns = rng.sample(names, rng.randint(0, 6))
        records = []
        for _ in range(rng.choice([0, 1, 2, 5, 15, 40])):
            keys = rng.sample(names, rng.randint(0, len(names)))
            records.append({key: rng.choice(POOL) for key in keys})
        case = (columns, records)
        if index % 6 == 0:
            case += (rng.choice(["", "NULL", "\\N", "-"]),)
        yield case


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(render_copy, reference, *case)


def test_large_export() -> None:
    rng = random.Random(9)
    columns = ["id", "name", "notes", "amount", "ts"]
    records = [{"id": n, "name": rng.choice(POOL), "notes": rng.choice(POOL), "amount": rng.choice(POOL),
                "ts": rng.choice(POOL)} for n in range(3000)]
    assert_same(render_copy, reference, columns, records)
