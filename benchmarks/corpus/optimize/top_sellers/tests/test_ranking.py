from sales.ranking import top_sellers, weekly_report


def test_top_two() -> None:
    assert top_sellers({"tea": 5, "jam": 9, "oat": 7}, 2) == [("jam", 9), ("oat", 7)]


def test_ties_by_name() -> None:
    assert top_sellers({"b": 3, "a": 3, "c": 1}, 3) == [("a", 3), ("b", 3), ("c", 1)]


def test_weekly_report() -> None:
    assert weekly_report([{"x": 1}, {}], 5) == [[("x", 1)], []]
