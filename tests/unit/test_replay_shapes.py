"""What the replayer says about a recorded call's arguments (types and sizes, for the model's
prompt), and which calls the harness reports: the biggest, distinct."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

import pytest


@dataclass
class Row:
    sku: str


def lookup(cities: list[str], directory: dict[str, str], missing: object = None, *, strict: bool = False) -> None:
    pass


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (250, "250"),
        (None, "None"),
        (False, "False"),
        ("GC", "'GC'"),
        ("A" * 15000, "str[15000 chars]"),
        (b"x" * 40, "bytes[40 chars]"),
        ([], "list[0]"),
        (["a", "b", "c"], "list[3 × str]"),
        ([1, 2.5, None], "list[3 × int | float | NoneType]"),
        ([[1, 2], [3, 4], [5, 6]], "list[3 × list[2 × int]]"),
        ([[[1]]], "list[1 × list[1 × list[1]]]"),  # two levels deep, then sizes only
        ({"LHR": "London", "CDG": "Paris"}, "dict[2 × str: str]"),
        ({(1, 2): [1]}, "dict[1 × tuple[2 × int]: list[1 × int]]"),
        ([Row("a"), Row("b")], "list[2 × Row]"),
        (Row("a"), "Row"),
        (range(10), "range[10 × int]"),
        ([1, "a", 2.0, None, b""], "list[5 × int | str | float | …]"),
    ],
)
def test_a_value_is_named_by_type_size_and_items(replay: ModuleType, value: object, expected: str) -> None:
    assert replay.shape(value) == expected


def test_a_call_names_its_arguments_from_the_signature(replay: ModuleType) -> None:
    described = replay.describe_call(lookup, (["Paris"] * 500, {"CDG": "Paris"}), {"strict": True})
    assert described == "cities=list[500 × str], directory=dict[1 × str: str], strict=True"


def test_a_call_that_does_not_bind_is_still_described(replay: ModuleType) -> None:
    assert replay.describe_call(lookup, ([1],), {"other": "x"}) == "list[1 × int], other='x'"


def test_the_harness_reports_the_biggest_calls_once_each(harness: ModuleType) -> None:
    blobs = [b"x" * 10, b"x" * 500, b"x" * 300, b"x" * 400, b"x" * 200]
    lines = [{"shape": "xs=list[1 × int]"}, {"shape": "xs=list[500 × int]"}, {"shape": "xs=list[300 × int]"},
             {"shape": "xs=list[500 × int]"}, {"shape": ""}]
    assert harness.inputs_seen(blobs, lines) == ["xs=list[500 × int]", "xs=list[300 × int]", "xs=list[1 × int]"]
    assert harness.inputs_seen([], []) == []
