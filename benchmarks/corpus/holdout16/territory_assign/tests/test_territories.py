import pytest

from salesmap.postcodes import normalise_postcode
from salesmap.territories import Rule, TerritoryMap, load_rules

RULES = [Rule("SW", "London South West", "amy"), Rule("SW1", "Westminster", "ben"),
         Rule("SW1A", "Whitehall", "cara"), Rule("M", "Manchester", "dev"), Rule("", "Rest of UK", "desk")]


def test_normalise_postcode() -> None:
    assert normalise_postcode(" sw1a 1aa") == "SW1A1AA"
    assert normalise_postcode("m1-2ab\t") == "M12AB"
    with pytest.raises(TypeError):
        normalise_postcode(None)


def test_longest_prefix_wins() -> None:
    tmap = TerritoryMap(RULES)
    assert tmap.territory_for("SW1A 2AA").rep == "cara"
    assert tmap.territory_for("SW1P 3BU").rep == "ben"
    assert tmap.territory_for("SW9 8EH").rep == "amy"


def test_catch_all_rule() -> None:
    assert TerritoryMap(RULES).territory_for("EH1 1YZ").territory == "Rest of UK"
    assert TerritoryMap(RULES[:4]).territory_for("EH1 1YZ") is None


def test_earlier_rule_wins_tie() -> None:
    tmap = TerritoryMap([Rule("M1", "Central", "ann"), Rule("m 1", "Central (dup)", "bob")])
    assert tmap.territory_for("M1 1AE").rep == "ann"


def test_assign_counts_and_unassigned() -> None:
    tmap = TerritoryMap(RULES[:4])
    accounts = [{"id": 1, "postcode": "SW1A 1AA"}, {"id": 2, "postcode": "M4 5BD"},
                {"id": 3, "postcode": "EH1 1YZ"}, {"id": 4, "postcode": "M1 1AE"}]
    result = tmap.assign(accounts)
    assert result["assigned"] == {1: ("Whitehall", "cara"), 2: ("Manchester", "dev"), 4: ("Manchester", "dev")}
    assert result["per_rep"] == {"cara": 1, "dev": 2}
    assert result["unassigned"] == [3]


def test_load_rules() -> None:
    rules = load_rules([{"prefix": "B", "territory": "Birmingham", "rep": "eve"}])
    assert rules == [Rule("B", "Birmingham", "eve")]


def test_empty() -> None:
    assert TerritoryMap([]).assign([]) == {"assigned": {}, "per_rep": {}, "unassigned": []}
