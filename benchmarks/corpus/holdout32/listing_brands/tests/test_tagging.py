import pytest

from listing_brands.aliases import parse_alias_table
from listing_brands.tagging import review_queue, tag_listings
from listing_brands.titles import normalise_title

TABLE = """# brand = aliases
Louis Vuitton = LV; Louis V; l0u1s vu1tt0n
Nike = Air Max; Jordans
Dr. Martens = Doc Martens; DMs
H&M = H and M
Levi's = Levis
"""


@pytest.fixture
def aliases():
    return parse_alias_table(TABLE)


def tags(title, aliases):
    [result] = tag_listings([{"id": "L1", "title": title}], aliases)
    return result


def test_parse_alias_table(aliases) -> None:
    assert aliases[:4] == [("louis vuitton", "Louis Vuitton"), ("lv", "Louis Vuitton"), ("louis v", "Louis Vuitton"),
                           ("l0u1s vu1tt0n", "Louis Vuitton")]
    assert ("levis", "Levi's") in aliases
    with pytest.raises(ValueError):
        parse_alias_table("Nike = swoosh\nAdidas = Swoosh\n")
    with pytest.raises(ValueError):
        parse_alias_table(" = orphan\n")


def test_whole_words_case_insensitive(aliases) -> None:
    assert tags("Genuine NIKE trainers", aliases)["brands"] == ["Nike"]
    assert tags("Nikes are great", aliases)["brands"] == []
    assert tags("LVMH annual report", aliases)["brands"] == []


def test_spaces_or_hyphens_between_words(aliases) -> None:
    assert tags("louis-vuitton speedy 30", aliases)["brands"] == ["Louis Vuitton"]
    assert tags("Doc   Martens 1460 boots", aliases)["brands"] == ["Dr. Martens"]


def test_punctuation_in_aliases(aliases) -> None:
    assert tags("H&M dress size 10", aliases)["brands"] == ["H&M"]
    assert tags("levi's 501 jeans", aliases)["brands"] == ["Levi's"]
    assert tags("dr. martens boots", aliases)["brands"] == ["Dr. Martens"]


def test_brands_once_in_table_order_and_primary(aliases) -> None:
    result = tags("Air Max trainers and an LV bag, louis vuitton dust bag", aliases)
    assert result["brands"] == ["Louis Vuitton", "Nike"]
    assert result["primary"] == "Nike"
    assert tags("plain white t-shirt", aliases) == {"id": "L1", "brands": [], "primary": None, "replica_risk": False}


def test_title_normalisation(aliases) -> None:
    assert normalise_title("  ***LOUIS   VUITTON***  bag &amp; purse ") == "LOUIS VUITTON bag & purse"
    assert tags("H&amp;M top", aliases)["brands"] == ["H&M"]
    assert tags("\uff2c\uff36 wallet", aliases)["brands"] == ["Louis Vuitton"]


def test_replica_risk_and_review_queue(aliases) -> None:
    results = tag_listings([{"id": "A", "title": "LV bag 1:1 mirror quality"},
                            {"id": "B", "title": "replica vintage lamp"},
                            {"id": "C", "title": "Jordans dupe"}], aliases)
    assert [result["replica_risk"] for result in results] == [True, False, True]
    assert review_queue(results, {"Louis Vuitton"}) == ["A"]
