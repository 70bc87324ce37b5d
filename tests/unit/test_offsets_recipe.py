"""A character counted in a growing prefix of one text on every pass → counted on from the
last offset asked about."""

from __future__ import annotations

import pytest

from wattlens.optimize.offsets import count_on_from_last_offset

from .recipe_outcomes import outcome, rewrite

KEPT = """
def f(text, offsets):
    out = []
    for start in offsets:
        prefix = text[:start]
        line = prefix.count("\\n") + 1
        column = start - prefix.rfind("\\n")
        out.append((line, column, prefix.count("a")))
    return out
"""

DIRECT = """
def f(text, offsets):
    return [(text[:end].count("\\n"), text[:end].count(" ")) for end in offsets for _ in range(1)] + [
        text[:end].count("\\n") for end in offsets]
"""

LOOP = """
def f(text, offsets):
    out = []
    for end in offsets:
        out.append(text[:end].count("\\n") + text[:end].count("x"))
    return out
"""

TEXT = "ab\nc a\n\nxa\u00e9\nx\n a"
OFFSETS = [
    [0, 3, 4, 9, 12, len(TEXT)],        # growing, as a scan goes
    [12, 3, 3, 0, 9, 1],                 # any order: counted back
    [-1, -5, 100, 2, -100],              # slicing's own rules for negative and past-the-end stops
    [],
]


@pytest.mark.parametrize("offsets", OFFSETS, ids=range(len(OFFSETS)))
@pytest.mark.parametrize("source", [KEPT, LOOP], ids=["kept", "loop"])
def test_counts_and_searches_are_the_prefix_s(source: str, offsets: list[int]) -> None:
    new = rewrite(count_on_from_last_offset, source)
    assert new is not None
    assert "text[:end]" not in new and "prefix = " not in new and "text_count_before(" in new
    for text in (TEXT, "", "\n\n\n", ["a", "\n", "a"]):  # a list: counted as its slice
        assert outcome(new, text, list(offsets)) == outcome(source, text, list(offsets))


@pytest.mark.parametrize("bad", [[1.5], ["2"], [None]])
def test_a_stop_slicing_refuses_raises_the_same(bad: list[object]) -> None:
    new = rewrite(count_on_from_last_offset, KEPT)
    assert new is not None
    assert outcome(new, TEXT, bad).split(":")[0] == outcome(KEPT, TEXT, bad).split(":")[0]


@pytest.mark.parametrize("change", [
    ('prefix.count("a")', 'prefix.count("ab")'),             # more than one character
    ('prefix.count("a")', "len(prefix)"),                    # the prefix used otherwise
    ("    return out", "    return out, prefix"),             # ...or after the loop
    ("        prefix = text[:start]", "        prefix = text[1:start]"),
    ("        out.append(", "        text = text.upper()\n        out.append("),  # the text rebound
])
def test_prefixes_the_recipe_could_not_count_on_are_left_alone(change: tuple[str, str]) -> None:
    source = KEPT.replace(*change)
    assert source != KEPT
    assert rewrite(count_on_from_last_offset, source) is None


def test_a_count_in_a_comprehension_loop_is_left_to_its_own_scope() -> None:
    assert rewrite(count_on_from_last_offset, DIRECT) is None  # no loop statement to put the helper before


def test_a_count_inside_another_s_stop_is_left_as_it_was() -> None:
    source = """
    def f(text, offsets):
        out = []
        for end in offsets:
            out.append(text[:text[:end].count("a")].count("b"))
        return out
    """
    new = rewrite(count_on_from_last_offset, source)
    assert new is not None
    assert 'text_count_before(text[:end].count("a"), "b")' in new
    assert outcome(new, "abba\nab", [0, 3, 7, 2]) == outcome(source, "abba\nab", [0, 3, 7, 2])


RANGED = """
def f(text, offsets):
    out = []
    for end in offsets:
        out.append((text.count("\\n", 0, end), text.count("a", None, end), text.count("a", 1, end)))
    return out
"""


@pytest.mark.parametrize("offsets", [*OFFSETS, [1.5], [None, 3]], ids=range(len(OFFSETS) + 2))
def test_a_count_from_the_start_of_a_str_is_counted_on_and_any_other_value_counts_as_before(
        offsets: list[object]) -> None:
    new = rewrite(count_on_from_last_offset, RANGED)
    assert new is not None
    assert 'text_count_before(end, "\\n") if type(text) is str else text.count("\\n", 0, end)' in new
    assert 'text.count("a", 1, end)' in new  # counted from elsewhere: left as it was
    for text in (TEXT, "", b"a\nb", ["a", "\n"]):  # bytes and a list raise as before
        assert outcome(new, text, list(offsets)) == outcome(RANGED, text, list(offsets))
