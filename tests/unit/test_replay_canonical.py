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


def test_big_forms_are_kept_as_digests_that_still_compare(replay: ModuleType) -> None:
    small = replay.canonical({"a": [1, 2]})
    assert replay.compact(small) == small
    big = {f"node-{i}": [f"node-{i + 1}", f"node-{i + 2}"] for i in range(40_000)}
    same, other = dict(reversed(list(big.items()))), {**big, "node-0": ["node-2", "node-1"]}
    kept = replay.compact(replay.canonical(big))
    assert kept[0] == "digest" and len(str(kept)) < 200  # a line the harness can hold many of
    assert replay.compact(replay.canonical(same)) == kept
    assert replay.compact(replay.canonical(other)) != kept


def test_once_a_run_has_kept_its_share_of_text_every_value_is_a_digest(replay: ModuleType) -> None:
    # Many calls each handed a big list would otherwise fill the sandbox's /tmp with the runs' lines.
    words = replay.canonical([f"word{i}" for i in range(30_000)])
    left = replay._inline_left[0]
    replay._inline_left[0] = replay._INLINE_TOTAL  # a new run (the replayer runs once per process)
    try:
        texts = [replay.compact_text(words) for _ in range(60)]
        assert texts[0].startswith('["list"')
        assert all(text.startswith('["digest"') for text in texts[-10:])
        assert sum(len(text) for text in texts) <= replay._INLINE_TOTAL + 60 * 200
        replay._inline_left[0] = 5
        small = replay.canonical([1, 2])
        assert replay.compact(small) != small  # the share is spent: even a small value is a digest now
    finally:
        replay._inline_left[0] = left
