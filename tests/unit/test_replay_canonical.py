"""The replayer's canonical form: equal for values that are == (types aside), different otherwise."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

import pytest


@dataclass
class Point:
    x: float
    y: float


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ({"b", "a", "c"}, {"c", "a", "b"}),
        ({"x": 1, "y": [1, 2]}, {"y": [1, 2], "x": 1}),
        (0.1 + 0.2, 0.3),
        (Point(1.0, 2.0), Point(1.0, 2.0)),
    ],
)
def test_equal_values_have_one_form(replay: ModuleType, left: object, right: object) -> None:
    assert replay.canonical(left) == replay.canonical(right)


@pytest.mark.parametrize(
    ("left", "right"),
    [([1, 2], [2, 1]), ([1, 2], (1, 2)), (1, True), (1, 1.0), (Point(1, 2), Point(2, 1)), ("a", b"a"), (0.1, 0.1001)],
)
def test_different_values_have_different_forms(replay: ModuleType, left: object, right: object) -> None:
    assert replay.canonical(left) != replay.canonical(right)
