from lintkit.markers import Marker, find_markers, summarize

SOURCE = """import os

def f():  # TODO(ana): handle errors
    pass
# FIXME  broken on windows\r
x = 1  // XXX: not a real comment style here, still reported
# NOTE not a marker
# TODOS are not markers either
"""


def test_find_markers() -> None:
    markers = find_markers(SOURCE, "m.py")
    assert markers[0] == Marker("m.py", 3, 11, "TODO", "ana", "handle errors")
    assert markers[1] == Marker("m.py", 5, 1, "FIXME", None, "broken on windows")
    assert markers[2].tag == "XXX" and markers[2].line == 6
    assert len(markers) == 3


def test_tag_filter() -> None:
    assert [m.tag for m in find_markers(SOURCE, tags={"FIXME"})] == ["FIXME"]


def test_format_and_summary() -> None:
    markers = find_markers("# TODO() later\n# TODO: now\n# HACK x")
    assert markers[0].owner is None
    assert markers[0].format() == "<string>:1:1: TODO later"
    assert summarize(markers) == {"TODO": 2, "HACK": 1}


def test_empty() -> None:
    assert find_markers("") == []
