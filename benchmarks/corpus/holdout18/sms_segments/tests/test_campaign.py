from decimal import Decimal

import pytest

from smsgate.campaign import plan_campaign
from smsgate.gsm7 import char_septets, encode, is_gsm7, pack
from smsgate.segments import smart_replace, split_message


def test_basic_and_extension_characters() -> None:
    assert char_septets("@") == [0]
    assert char_septets("A") == [65]
    assert char_septets("€") == [27, 101]
    with pytest.raises(ValueError):
        char_septets("ł")


def test_is_gsm7() -> None:
    assert is_gsm7("Hello [world] £5")
    assert not is_gsm7("Cześć")
    assert is_gsm7("")


def test_pack_hello() -> None:
    # The classic example from the 3GPP specification.
    assert pack(encode("hellohello")).hex() == "e8329bfd4697d9ec37"


def test_smart_replace() -> None:
    assert smart_replace("\u201cit\u2019s\u201d \u2013 ok\u2026") == '"it\'s" - ok...'


def test_single_segment_limits() -> None:
    assert split_message("a" * 160) == ("GSM-7", ["a" * 160])
    assert split_message("я" * 70) == ("UCS-2", ["я" * 70])


def test_concatenated_segments() -> None:
    encoding, parts = split_message("a" * 161)
    assert encoding == "GSM-7" and [len(part) for part in parts] == [153, 8]
    encoding, parts = split_message("a" * 152 + "€" + "b" * 10)
    assert [len(part) for part in parts] == [152, 11]


def test_surrogate_pairs_stay_together() -> None:
    encoding, parts = split_message("x" * 66 + "\U0001F600" + "y" * 10)
    assert encoding == "UCS-2"
    assert parts[0] == "x" * 66 and parts[1].startswith("\U0001F600")


def test_campaign_totals() -> None:
    rows, totals = plan_campaign([("+1", "Hi"), ("+2", "Привет"), ("+3", "x" * 2000)], Decimal("0.05"))
    assert [row["status"] for row in rows] == ["queued", "queued", "rejected"]
    assert rows[0]["payloads"] == ["c834"]
    assert rows[1]["payloads"] == ["041f04400438043204350442"]
    assert totals == {"messages": 3, "rejected": 1, "segments": 2, "GSM-7": 1, "UCS-2": 1, "cost": Decimal("0.10")}
