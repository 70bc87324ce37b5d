import pytest

from travel.airports import codes_for

DIRECTORY = {"LHR": "London", "LGW": "London", "CDG": "Paris", "NRT": "Tokyo"}


def test_codes() -> None:
    assert codes_for(["Paris", " tokyo ", "LONDON"], DIRECTORY) == ["CDG", "NRT", "LHR"]


def test_unknown_city() -> None:
    assert codes_for(["Atlantis"], DIRECTORY) == [None]
    assert codes_for(["Atlantis"], DIRECTORY, missing="???") == ["???"]


def test_strict() -> None:
    with pytest.raises(KeyError):
        codes_for(["Paris", "Atlantis"], DIRECTORY, strict=True)


def test_no_cities() -> None:
    assert codes_for([], DIRECTORY) == []
