from datetime import date

import pytest

from pass_advisor.fares import STANDARD_PASSES, Pass, parse_fare_table
from pass_advisor.planner import advise, cheapest_passes
from pass_advisor.plans import TravelPlan, commute_dates


def test_single_trip_buys_a_day_pass() -> None:
    assert cheapest_passes([4], STANDARD_PASSES) == (1240, [("day", 4)])


def test_no_travel_costs_nothing() -> None:
    assert cheapest_passes([], STANDARD_PASSES) == (0, [])


def test_full_week_buys_a_weekly_pass() -> None:
    total, purchases = cheapest_passes(range(7), STANDARD_PASSES)
    assert total == 5480
    assert purchases == [("7-day", 0)]


def test_repeats_and_order_are_ignored() -> None:
    assert cheapest_passes([3, 1, 2, 3, 1], STANDARD_PASSES) == cheapest_passes([1, 2, 3], STANDARD_PASSES)


def test_mixed_plan() -> None:
    passes = [Pass("day", 1, 10), Pass("week", 7, 35)]
    total, purchases = cheapest_passes([0, 1, 2, 3, 4, 20], passes)
    assert total == 45
    assert purchases == [("week", 0), ("day", 20)]


def test_ties_prefer_earlier_listed_pass() -> None:
    passes = [Pass("day", 1, 10), Pass("pair", 2, 20)]
    assert cheapest_passes([0, 1], passes) == (20, [("day", 0), ("day", 1)])


def test_bad_passes() -> None:
    with pytest.raises(ValueError):
        cheapest_passes([1], [])
    with pytest.raises(ValueError):
        cheapest_passes([1], [Pass("broken", 0, 100)])


def test_parse_fare_table() -> None:
    passes = parse_fare_table("# name,days,price\nday,1,12.40\n\n7-day, 7, 54.8\n")
    assert passes == [Pass("day", 1, 1240), Pass("7-day", 7, 5480)]
    with pytest.raises(ValueError):
        parse_fare_table("day,1\n")
    with pytest.raises(ValueError):
        parse_fare_table("day,1,1.00\nday,2,2.00\n")
    with pytest.raises(ValueError):
        parse_fare_table("day,one,1.00\n")


def test_commute_dates() -> None:
    dates = commute_dates(date(2024, 3, 4), date(2024, 3, 17), [0, 2], skip=[date(2024, 3, 13)])
    assert dates == [date(2024, 3, 4), date(2024, 3, 6), date(2024, 3, 11)]
    with pytest.raises(ValueError):
        commute_dates(date(2024, 3, 4), date(2024, 3, 5), [7])


def test_advise() -> None:
    plan = TravelPlan("c1", date(2024, 3, 4), commute_dates(date(2024, 3, 4), date(2024, 3, 10), range(7)))
    advice = advise(plan, STANDARD_PASSES)
    assert advice.purchases == (("7-day", date(2024, 3, 4)),)
    assert advice.total_cents == 5480
    assert advice.saving_cents == 7 * 1240 - 5480
