from difftools.lcs import LineDiff


def test_common_lines() -> None:
    old = ["a = 1", "b = 2", "c = 3", "d = 4"]
    new = ["a = 1", "c = 3", "x = 9", "d = 4"]
    assert LineDiff(old, new).common() == ["a = 1", "c = 3", "d = 4"]


def test_nothing_in_common() -> None:
    assert LineDiff(["a"], ["b"]).common() == []
    assert LineDiff([], ["b"]).common() == []


def test_similarity() -> None:
    assert LineDiff(["a", "b"], ["a", "c"]).similarity() == 0.5
    assert LineDiff([], []).similarity() == 1.0


def test_removed() -> None:
    assert LineDiff(["a", "b", "c"], ["a", "c", "d"]).removed() == ["b"]
