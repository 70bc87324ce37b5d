import pytest

from phone_cleanup.normalise import campaign_list, normalise_supporters
from phone_cleanup.plan import PlanEntry, parse_plan

PLAN = """# ISO|code|trunk|lengths
GB|44|0|9,10
IE|353|0|7,8,9
US|1|1|10
CA|1|1|10
JM|1876|1|7
"""


def one(phone, country="GB"):
    [result] = normalise_supporters([{"id": "S1", "phone": phone, "country": country}], PLAN)
    return result["e164"], result["problem"]


def test_uk_national_formats() -> None:
    assert one("07700 900123") == ("+447700900123", None)
    assert one("(020) 7946-0018") == ("+442079460018", None)


def test_international_formats() -> None:
    assert one("+44 7700 900123") == ("+447700900123", None)
    assert one("0044 7700 900123") == ("+447700900123", None)
    assert one("+44 (0)20 7946 0018") == ("+442079460018", None)


def test_longest_calling_code_wins() -> None:
    assert one("+1 876 555 0134", None) == ("+18765550134", None)
    assert one("+1 415 555 0134", None) == ("+14155550134", None)


def test_default_and_supporter_country() -> None:
    assert one("087 123 4567", "ie") == ("+353871234567", None)
    assert one("(415) 555-0134", "US") == ("+14155550134", None)
    assert one("07700 900123", None) == ("+447700900123", None)


def test_problems() -> None:
    assert one("") == (None, "missing")
    assert one(None) == (None, "missing")
    assert one("ex-directory") == (None, "missing")
    assert one("0770090", "GB") == (None, "bad length")
    assert one("01234 567890", "XK") == (None, "unknown country")
    assert one("+999 1234") == (None, "unknown calling code")
    assert one("0770+0900123") == (None, "malformed")


def test_parse_plan() -> None:
    plan = parse_plan(PLAN)
    assert list(plan) == ["GB", "IE", "US", "CA", "JM"]
    assert plan["IE"] == PlanEntry("IE", "353", "0", (7, 8, 9))
    with pytest.raises(ValueError):
        parse_plan("GB|44|0\n")
    with pytest.raises(ValueError):
        parse_plan("GB|+44|0|10\n")
    with pytest.raises(ValueError):
        parse_plan("GB|44|0|10\ngb|44|0|10\n")


def test_campaign_list() -> None:
    records = [{"id": "A", "phone": "07700 900123", "country": "GB"},
               {"id": "B", "phone": "+44 7700 900123", "country": "GB"},
               {"id": "C", "phone": "", "country": "GB"}]
    numbers, problems = campaign_list(normalise_supporters(records, PLAN))
    assert numbers == ["+447700900123"]
    assert problems == {"missing": 1}
