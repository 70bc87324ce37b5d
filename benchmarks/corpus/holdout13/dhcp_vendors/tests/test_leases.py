import pytest

from ouitag.leases import format_mac, is_randomised, normalise_mac, tag_leases
from ouitag.registry import Assignment, OuiRegistry

CSV = """Registry,Assignment,Organization Name,Organization Address
MA-L,00000C,"Cisco Systems, Inc",170 West Tasman Dr
MA-L,3C5AB4,Google LLC,1600 Amphitheatre Pkwy
MA-L,0050C2,IEEE Registration Authority,445 Hoes Lane
MA-M,0050C21,Small Sensors Ltd,Unit 4
MA-S,0050C2123,Tiny Labs,Lab 1
"""


@pytest.fixture
def registry() -> OuiRegistry:
    return OuiRegistry.from_csv(CSV)


def test_from_csv(registry: OuiRegistry) -> None:
    assert len(registry.assignments) == 5
    assert registry.assignments[0] == Assignment("MA-L", "00000C", "Cisco Systems, Inc")


def test_lookup_most_specific(registry: OuiRegistry) -> None:
    assert registry.lookup("0050C2123456").organization == "Tiny Labs"
    assert registry.lookup("0050C21FFFFF").organization == "Small Sensors Ltd"
    assert registry.lookup("0050C2FFFFFF").organization == "IEEE Registration Authority"
    assert registry.lookup("8C0000000000") is None


def test_normalise_mac() -> None:
    assert normalise_mac("3c:5a:b4:01:02:03") == "3C5AB4010203"
    assert normalise_mac("3C-5A-B4-01-02-03") == "3C5AB4010203"
    assert normalise_mac("3c5a.b401.0203") == "3C5AB4010203"


def test_bad_mac() -> None:
    with pytest.raises(ValueError):
        normalise_mac("3c:5a:b4:01:02")
    with pytest.raises(ValueError):
        normalise_mac("zz:5a:b4:01:02:03")


def test_format_and_randomised() -> None:
    assert format_mac("3C5AB4010203") == "3C:5A:B4:01:02:03"
    assert is_randomised("DA0000000000")
    assert not is_randomised("3C5AB4010203")


def test_tag_leases(registry: OuiRegistry) -> None:
    leases = [
        {"mac": "3c:5a:b4:01:02:03", "ip": "10.0.0.5", "hostname": "pixel"},
        {"mac": "00-00-0c-aa-bb-cc", "ip": "10.0.0.1"},
        {"mac": "da:00:00:00:00:01", "ip": "10.0.0.9", "hostname": "iphone"},
        {"mac": "3C5A.B401.0203", "ip": "10.0.0.6", "hostname": "pixel"},
        {"mac": "8c:00:00:00:00:01", "ip": "10.0.0.7"},
    ]
    rows, ranked = tag_leases(leases, registry)
    assert [row["ip"] for row in rows] == ["10.0.0.6", "10.0.0.1", "10.0.0.9", "10.0.0.7"]
    assert rows[0] == {"mac": "3C:5A:B4:01:02:03", "ip": "10.0.0.6", "hostname": "pixel", "vendor": "Google LLC"}
    assert rows[1]["vendor"] == "Cisco Systems, Inc"
    assert rows[1]["hostname"] == ""
    assert rows[2]["vendor"] == "(randomised)"
    assert rows[3]["vendor"] == "(unknown)"
    assert ranked == [("(randomised)", 1), ("(unknown)", 1), ("Cisco Systems, Inc", 1), ("Google LLC", 1)]


def test_tag_leases_empty(registry: OuiRegistry) -> None:
    assert tag_leases([], registry) == ([], [])


def test_tag_leases_rejects_bad_mac(registry: OuiRegistry) -> None:
    with pytest.raises(ValueError):
        tag_leases([{"mac": "not-a-mac", "ip": "10.0.0.1"}], registry)
