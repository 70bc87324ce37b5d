import pytest

from vinkit.vin import audit_listings, check_digit, normalise, transliterate

GOOD = "1M8GDM9AXKP042788"


def test_known_check_digit() -> None:
    assert check_digit(GOOD) == "X"
    assert check_digit("11111111111111111") == "1"


def test_transliterate() -> None:
    assert transliterate("A") == 1 and transliterate("Z") == 9 and transliterate("7") == 7
    with pytest.raises(ValueError):
        transliterate("O")


def test_normalise() -> None:
    assert normalise(" 1m8-gdm9a xkp042788 ") == GOOD


def test_valid_and_duplicates() -> None:
    report = audit_listings([GOOD, GOOD.lower(), "11111111111111111"])
    assert report["valid"] == [GOOD, "11111111111111111"]
    assert report["duplicates"] == [GOOD]
    assert report["invalid"] == []


def test_invalid_reasons() -> None:
    report = audit_listings(["SHORT", "1M8GDM9AXKP04278O", "1M8GDM9A1KP042788"])
    assert report["invalid"] == [("SHORT", "length"), ("1M8GDM9AXKP04278O", "character"), ("1M8GDM9A1KP042788", "check digit")]


def test_empty_upload() -> None:
    assert audit_listings([]) == {"valid": [], "invalid": [], "duplicates": []}
