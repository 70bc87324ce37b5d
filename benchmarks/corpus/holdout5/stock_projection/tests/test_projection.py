import pytest

from replenish.projection import Delivery, project_stock


def test_basic_projection() -> None:
    result = project_stock({"AKL": {"mug": 5}}, {"AKL": {"mug": 2}}, [Delivery(3, "AKL", "mug", 4)], days=4)
    assert [level["AKL"]["mug"] for level in result.levels] == [5, 3, 1, 3, 1]
    assert result.lost_sales == {}
    assert result.closing() == {"AKL": {"mug": 1}}


def test_lost_sales() -> None:
    result = project_stock({"AKL": {"mug": 1}}, {"AKL": {"mug": 2}}, [], days=2)
    assert result.lost_sales == {("AKL", "mug"): 3}
    assert result.first_stockout == {("AKL", "mug"): 1}


def test_missing_stock_starts_at_zero() -> None:
    result = project_stock({}, {"WLG": {"cup": 1}}, [Delivery(1, "WLG", "cup", 1)], days=1)
    assert result.levels == [{}, {"WLG": {"cup": 0}}]


def test_inputs_not_modified() -> None:
    opening = {"AKL": {"mug": 5}}
    project_stock(opening, {"AKL": {"mug": 2}}, [], days=3)
    assert opening == {"AKL": {"mug": 5}}


def test_validation() -> None:
    with pytest.raises(ValueError):
        project_stock({}, {}, [Delivery(0, "AKL", "mug", 1)], days=1)
    with pytest.raises(ValueError):
        project_stock({}, {}, [], days=-1)
