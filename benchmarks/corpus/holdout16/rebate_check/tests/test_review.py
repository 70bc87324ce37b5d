import pytest

from rebates.models import normalise_model
from rebates.review import review_applications

CERTIFIED = [
    {"brand": "Aira", "model": "HP-12/A", "category": "heat pump", "rebate": 2500, "valid_from": "2023-01-01", "valid_to": "2023-12-31"},
    {"brand": "Aira", "model": "HP12A", "category": "heat pump", "rebate": 2000, "valid_from": "2024-01-01", "valid_to": None},
    {"brand": "Vent", "model": "MV 300", "category": "ventilation", "rebate": 400, "valid_from": "2022-01-01", "valid_to": None},
]
INSTALLERS = [{"licence": "LIC-001", "name": "Warm Homes Ltd", "status": "active"},
              {"licence": "LIC-002", "name": "Cowboy Heating", "status": "suspended"}]


def app(ident, model="hp 12a", category="heat pump", date="2024-03-01", installer="lic-001", serial="S1"):
    return {"id": ident, "model": model, "category": category, "install_date": date, "installer": installer, "serial": serial}


def test_normalise_model() -> None:
    assert normalise_model("hp-12/a ") == "HP12A"


def test_listing_valid_on_install_date_sets_rebate() -> None:
    result = review_applications([app(1, date="2023-06-01"), app(2, serial="S2")], CERTIFIED, INSTALLERS)
    assert result["decisions"] == {1: ("approved", [], 2500), 2: ("approved", [], 2000)}
    assert result["paid"] == {"heat pump": 4500}


def test_wrong_category_is_not_certified() -> None:
    result = review_applications([app(1, category="boiler")], CERTIFIED, INSTALLERS)
    assert result["decisions"][1] == ("rejected", ["model not certified"], 0)


def test_installer_checks() -> None:
    result = review_applications([app(1, installer="LIC-002"), app(2, installer="LIC-999", serial="S2")], CERTIFIED, INSTALLERS)
    assert result["decisions"][1][1] == ["installer suspended"]
    assert result["decisions"][2][1] == ["unknown installer"]


def test_duplicate_serial_for_same_model() -> None:
    result = review_applications([app(1), app(2, model="HP-12A", serial=" s1 "), app(3, model="MV300", category="ventilation")],
                                 CERTIFIED, INSTALLERS)
    assert result["decisions"][2] == ("rejected", ["duplicate serial"], 0)
    assert result["decisions"][3][0] == "approved"
    assert (result["approved"], result["rejected"]) == (2, 1)


def test_several_reasons() -> None:
    result = review_applications([app(1, model="XX-1", installer="nobody")], CERTIFIED, INSTALLERS)
    assert result["decisions"][1][1] == ["model not certified", "unknown installer"]


def test_empty_batch() -> None:
    assert review_applications([], CERTIFIED, INSTALLERS) == {"decisions": {}, "paid": {}, "approved": 0, "rejected": 0}
    with pytest.raises(AttributeError):
        review_applications([app(1, installer=None)], CERTIFIED, INSTALLERS)
