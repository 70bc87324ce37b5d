import pytest

from incomedist.households import Household, equivalised_income
from incomedist.lorenz import lorenz_curve
from incomedist.shares import quintile_summary, share_below


def _h(hid: str, income: float, adults: int = 1, children: int = 0, weight: float = 1.0) -> Household:
    return Household(hid, "North", income, adults, children, weight)


def test_equivalised_income() -> None:
    assert equivalised_income(_h("a", 21000, adults=2, children=2)) == pytest.approx(10000)
    with pytest.raises(ValueError):
        equivalised_income(_h("a", 100, adults=0))


def test_equal_incomes_have_zero_gini() -> None:
    points, gini = lorenz_curve([_h(str(n), 100) for n in range(4)])
    assert points == [(0.0, 0.0), (0.25, 0.25), (0.5, 0.5), (0.75, 0.75), (1.0, 1.0)]
    assert gini == pytest.approx(0.0)


def test_one_household_has_everything() -> None:
    points, gini = lorenz_curve([_h("a", 0), _h("b", 0), _h("c", 0), _h("d", 400)])
    assert points[-2] == (0.75, 0.0)
    assert gini == pytest.approx(0.75)


def test_weights_and_errors() -> None:
    points, _ = lorenz_curve([_h("rich", 300, weight=1), _h("poor", 100, weight=3)])
    assert points[1] == (0.75, 0.5)
    with pytest.raises(ValueError):
        lorenz_curve([])
    with pytest.raises(ValueError):
        lorenz_curve([_h("a", -5)])


def test_quintiles() -> None:
    summary = quintile_summary([_h(str(n), 100 * (n + 1)) for n in range(10)])
    assert sum(summary["quintile_shares"]) == pytest.approx(1.0)
    assert summary["s80_s20"] == pytest.approx((900 + 1000) / (100 + 200))
    assert share_below([(0.0, 0.0), (1.0, 1.0)], 0.3) == pytest.approx(0.3)
