import math

import pytest

from esoval.expense import expense_schedule
from esoval.grants import Grant, tranches
from esoval.lattice import option_value


def _black_scholes_call(spot: float, strike: float, rate: float, vol: float, years: float) -> float:
    d1 = (math.log(spot / strike) + (rate + vol * vol / 2) * years) / (vol * math.sqrt(years))
    d2 = d1 - vol * math.sqrt(years)
    cdf = lambda x: (1 + math.erf(x / math.sqrt(2))) / 2  # noqa: E731
    return spot * cdf(d1) - strike * math.exp(-rate * years) * cdf(d2)


def test_european_converges_to_black_scholes() -> None:
    lattice = option_value(100, 100, 0.05, 0.2, 1.0, 14, american=False)
    assert abs(lattice - _black_scholes_call(100, 100, 0.05, 0.2, 1.0)) < 0.2


def test_one_step_by_hand() -> None:
    up = math.exp(0.3)
    probability = (math.exp(0.05) - 1 / up) / (up - 1 / up)
    expected = math.exp(-0.05) * probability * (100 * up - 100)
    assert option_value(100, 100, 0.05, 0.3, 1.0, 1, american=False) == pytest.approx(expected)


def test_american_call_with_dividends_is_worth_more() -> None:
    european = option_value(100, 90, 0.03, 0.25, 2.0, 10, dividend_yield=0.06, american=False)
    american = option_value(100, 90, 0.03, 0.25, 2.0, 10, dividend_yield=0.06)
    assert american > european


@pytest.mark.parametrize("args", [(100, 100, 0.05, 0.2, 1.0, 0), (100, 100, 0.05, 0.2, 1.0, 2.0),
                                  (0, 100, 0.05, 0.2, 1.0, 4), (100, 100, 0.05, -0.2, 1.0, 4),
                                  (100, 100, 0.9, 0.01, 1.0, 1)])
def test_bad_inputs(args: tuple) -> None:
    with pytest.raises(ValueError):
        option_value(*args)


def test_tranches_and_schedule() -> None:
    grant = Grant("G1", "2024-01-01", 1001, 10.0, 10.0, 0.3, 3, 10)
    assert [(t.vests_after, t.options, t.expected_term) for t in tranches(grant)] == [(1, 334, 5.5), (2, 334, 6.0), (3, 333, 6.5)]
    schedule = expense_schedule([grant], 0.04, steps=6)
    assert list(schedule["G1"]) == [1, 2, 3]
    assert schedule["G1"][1] > schedule["G1"][2] > schedule["G1"][3] > 0
