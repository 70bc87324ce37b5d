import pytest

from fraudlink.normalise import (claim_identifiers, normalise_account, normalise_address, normalise_email,
                                 normalise_phone)
from fraudlink.rings import find_rings


def claim(claim_id, amount=100.0, **details):
    return {"id": claim_id, "amount": amount, **details}


def test_normalisers() -> None:
    assert normalise_phone("+44 7700 900123") == "7700900123"
    assert normalise_phone("123") is None
    assert normalise_email(" J.Smith+claims@GoogleMail.com ") == "jsmith@gmail.com"
    assert normalise_email("not-an-email") is None
    assert normalise_address("12 Station Road, Walsall.") == "12 station rd walsall"
    assert normalise_account("gb29 nwbk 6016 1331 9268 19") == "GB29NWBK60161331926819"


def test_identifiers_skip_blanks_and_duplicates() -> None:
    assert claim_identifiers(claim("a", phone="07700 900123", email="", address="  ")) == [("phone", "7700900123")]


def test_transitive_ring() -> None:
    claims = [
        claim("a", phone="07700 900123"),
        claim("b", phone="+44 7700 900123", email="x@example.com"),
        claim("c", email="X@example.com", bank_account="GB00 1234"),
        claim("d", phone="07999 111222"),
    ]
    rings = find_rings(claims)
    assert rings == [{
        "claims": ["a", "b", "c"], "total": 300.0,
        "shared": [("email", "x@example.com"), ("phone", "7700900123")],
    }]


def test_ring_merging_two_groups() -> None:
    claims = [claim("a", phone="0770000001"), claim("b", email="p@q.com"), claim("c", phone="0770000001"),
              claim("d", email="p@q.com"), claim("e", phone="0770000001", email="p@q.com")]
    assert find_rings(claims, min_claims=5)[0]["claims"] == ["a", "b", "c", "d", "e"]


def test_rings_ordered_by_size_then_total() -> None:
    claims = [claim("a", 50.0, phone="0770000001"), claim("b", 50.0, phone="0770000001"),
              claim("c", 500.0, email="p@q.com"), claim("d", 1.0, email="p@q.com"),
              claim("e", 1.0, address="1 high st"), claim("f", 1.0, address="1 High Street"),
              claim("g", 1.0, address="1 high st")]
    rings = find_rings(claims, min_claims=2)
    assert [ring["claims"] for ring in rings] == [["e", "f", "g"], ["c", "d"], ["a", "b"]]


def test_small_groups_are_not_rings() -> None:
    claims = [claim("a", phone="0770000001"), claim("b", phone="0770000001")]
    assert find_rings(claims) == []


def test_min_claims_validated() -> None:
    with pytest.raises(ValueError):
        find_rings([], min_claims=1)
