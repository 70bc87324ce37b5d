"""Where a replayed result first differs: the harness names the place (path and both values)
from the replayer's canonical forms, so a rejection on a big input shows what changed."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest


class Order:
    def __init__(self, total: int, lines: list[str]) -> None:
        self.total, self.lines = total, lines


class Slotted:
    __slots__ = ("price",)

    def __init__(self, price: float) -> None:
        self.price = price


def where(replay: ModuleType, harness: ModuleType, original: object, candidate: object) -> str | None:
    expected = ["returned", replay.canonical(original)]
    got = ["returned", replay.canonical(candidate)]
    found = harness.first_difference(expected, got, "outcome")
    assert found is None or isinstance(found, str)
    return found


@pytest.mark.parametrize(("original", "candidate", "said"), [
    ([1, 2, 3] * 100, [1, 2, 3] * 99 + [1, 2, 4], "at result[299], the original has 3, the candidate 4"),
    ([1, 2], [1, 2, 3], "at result, the original has 2 items, the candidate 3"),
    ({"a": {"n": 1}}, {"a": {"n": 2}}, "at result['a']['n'], the original has 1, the candidate 2"),
    ({"a": 1, "b": 2}, {"a": 1}, "at result['b'], only the original has it"),
    ({"a": 1}, {"a": 1, 7: 2}, "at result[7], only the candidate has it"),
    ([(1, "x")], [(1, "y")], "at result[0][1], the original has 'x', the candidate 'y'"),
    ([1.5], [1], "at result[0], the original has 1.5, the candidate 1"),
    ([[1.0]], [1.0], "at result[0], the original has a list, the candidate 1.0"),
    ({1, 2}, {1, 3}, "at result, 2 is only in the original's"),
    ([Order(3, ["a"])], [Order(3, ["b"])], "at result[0].lines[0], the original has 'a', the candidate 'b'"),
    (Slotted(2.5), Slotted(3.0), "at result.price, the original has 2.5, the candidate 3.0"),
    ((), [], "at result, the original has a tuple, the candidate a list"),
])
def test_the_first_place_two_results_part_is_named(
    replay: ModuleType, harness: ModuleType, original: object, candidate: object, said: str
) -> None:
    assert where(replay, harness, original, candidate) == said


def test_arguments_left_in_a_different_state_are_located_too(replay: ModuleType, harness: ModuleType) -> None:
    before = replay.canonical([[[3, 1, 2]], {}])
    after = replay.canonical([[[1, 2, 3]], {}])
    assert harness.first_difference(before, after, "arguments") == (
        "at args[0][0], the original has 3, the candidate 1")
    by_keyword = replay.canonical([[], {"rows": {"a": 1}}]), replay.canonical([[], {"rows": {}}])
    assert harness.first_difference(*by_keyword, "arguments") == "at kwargs['rows']['a'], only the original has it"


def test_nothing_is_claimed_for_exceptions_or_unknown_shapes(replay: ModuleType, harness: ModuleType) -> None:
    assert harness.first_difference(["raised", "KeyError"], ["returned", replay.canonical(1)], "outcome") is None
    assert harness.first_difference(["returned", replay.canonical(1)], ["raised", "KeyError"], "outcome") is None
    # Shapes the canonical form never makes must not break the replay's report.
    assert harness.first_difference(None, ["returned"], "outcome") is None
    assert harness.first_difference(["returned", {"odd": 1}], ["returned", 2], "outcome") == (
        "at result, the original has {'odd': 1}, the candidate 2")


def test_a_replay_line_cut_short_by_a_stopped_run_is_left_out(harness: ModuleType, tmp_path: Path) -> None:
    # A run stopped mid-write leaves half a line: the calls before it still count, that one has no result.
    written = tmp_path / "replay.jsonl"
    written.write_text('{"index": 0, "outcome": "[]"}\n{"index": 1, "outcome": "[\\"retu')
    assert harness.replay_lines(str(written)) == [{"index": 0, "outcome": "[]"}]
    assert harness.replay_lines(str(written) + ".missing") == []
