import pytest

from itemstats.analysis import item_analysis, total_score

KEY = ["A", "B", "C"]
RESPONSES = {
    "s1": ["A", "B", "C"],
    "s2": ["A", "B", "D"],
    "s3": ["A", "C", "D"],
    "s4": ["B", "C", ""],
}


def test_total_score() -> None:
    assert total_score(["A", "B", "D"], KEY) == 2
    assert total_score([], KEY) == 0


def test_difficulty() -> None:
    reports = item_analysis(RESPONSES, KEY)
    assert [r.difficulty for r in reports] == [0.75, 0.5, 0.25]
    assert [r.question for r in reports] == [1, 2, 3]


def test_choices_counted_and_sorted() -> None:
    reports = item_analysis(RESPONSES, KEY)
    assert reports[2].choices == {"": 1, "C": 1, "D": 2}
    assert list(reports[2].choices) == ["", "C", "D"]


def test_discrimination_positive_for_good_item() -> None:
    reports = item_analysis(RESPONSES, KEY)
    assert reports[0].discrimination == 1.0
    assert reports[1].discrimination == 1.0


def test_item_everyone_gets_right_has_no_correlation() -> None:
    reports = item_analysis({"a": ["A", "B"], "b": ["A", "C"], "c": ["A", "B"]}, ["A", "B"])
    assert reports[0].difficulty == 1.0
    assert reports[0].point_biserial == 0.0
    assert reports[0].discrimination == 0.0


def test_point_biserial_sign() -> None:
    responses = {f"s{i}": ["A" if i > 4 else "B", "A" if i > 3 else "B", "A" if i % 2 else "B"] for i in range(10)}
    reports = item_analysis(responses, ["A", "A", "A"])
    assert reports[0].point_biserial > 0.5


def test_wrong_length_rejected() -> None:
    with pytest.raises(ValueError):
        item_analysis({"s1": ["A", "B"]}, KEY)


def test_no_responses_rejected() -> None:
    with pytest.raises(ValueError):
        item_analysis({}, KEY)


def test_single_candidate() -> None:
    reports = item_analysis({"only": ["A", "C", "C"]}, KEY)
    assert [r.discrimination for r in reports] == [0.0, 0.0, 0.0]
    assert [r.difficulty for r in reports] == [1.0, 0.0, 1.0]
