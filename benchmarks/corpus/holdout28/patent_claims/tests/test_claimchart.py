import pytest

from claimchart.chart import feature_sets
from claimchart.claims import Claim, parse_claims, parse_references
from claimchart.report import broadest_claims, chart_lines, claim_families

TEXT = """CLAIMS

1. A valve comprising: a housing; a valve seat; and a spring.
2. The valve according to claim 1, wherein the housing is made of brass.
3. The valve according to claim 1 or 2, wherein the spring is conical.
4. The valve according to any of claims 1 to 3, wherein the seat is
   replaceable; and the spring is conical.
5. A method of servicing a valve comprising: removing the seat.
"""


def test_parse_references() -> None:
    assert parse_references("The valve according to claim 2") == (2,)
    assert parse_references("according to claim 4 or 2") == (4, 2)
    assert parse_references("according to any of claims 1 to 4") == (1, 2, 3, 4)
    assert parse_references("A valve") == ()


def test_parse_claims() -> None:
    claims = parse_claims(TEXT)
    assert [claim.number for claim in claims] == [1, 2, 3, 4, 5]
    assert claims[0].features == ("a housing", "a valve seat", "a spring")
    assert claims[3].depends_on == (1, 2, 3)
    assert claims[3].features == ("the seat is replaceable", "the spring is conical")
    assert claims[4].independent


def test_feature_sets_follow_all_dependencies() -> None:
    sets = feature_sets(parse_claims(TEXT))
    assert sets[2] == ("a housing", "a valve seat", "a spring", "the housing is made of brass")
    assert sets[3] == ("a housing", "a valve seat", "a spring", "the housing is made of brass", "the spring is conical")
    assert sets[4][-1] == "the seat is replaceable"
    assert len(sets[4]) == 6
    assert sets[5] == ("removing the seat",)


def test_feature_sets_reject_bad_references() -> None:
    with pytest.raises(ValueError):
        feature_sets([Claim(1, (), ("a",)), Claim(1, (), ("b",))])
    with pytest.raises(ValueError):
        feature_sets([Claim(1, (), ("a",)), Claim(2, (7,), ("b",))])
    with pytest.raises(ValueError):
        feature_sets([Claim(1, (2,), ("a",)), Claim(2, (), ("b",))])


def test_report_helpers() -> None:
    claims = parse_claims(TEXT)
    assert claim_families(claims) == {1: [2, 3, 4], 2: [3, 4], 3: [4], 4: [], 5: []}
    assert broadest_claims(claims) == [1, 5]
    lines = chart_lines(feature_sets(claims), width=10)
    assert lines[0] == "claim   1:   3 features  a spring"
    assert lines[1].endswith("the hou...")
