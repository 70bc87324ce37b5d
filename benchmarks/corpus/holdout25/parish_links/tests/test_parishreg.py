import pytest

from parishreg.linkage import link_burials, link_counts
from parishreg.names import normalise_forename, normalise_surname
from parishreg.records import Baptism, Burial, parse_baptisms, parse_burials


def test_parse_registers() -> None:
    baptisms = parse_baptisms("# St Mary, Bures\nB1|1741|Wm|Smyth|Jno Smyth\n\nB2|1743|Maria|Cooke|Thos Cooke\n")
    assert baptisms == [Baptism("B1", 1741, "Wm", "Smyth", "Jno Smyth"), Baptism("B2", 1743, "Maria", "Cooke", "Thos Cooke")]
    burials = parse_burials("D1|1790|William|Smith|49\nD2|1791|Mary|Cook|\n")
    assert burials == [Burial("D1", 1790, "William", "Smith", 49), Burial("D2", 1791, "Mary", "Cook", None)]


def test_parse_rejects_bad_lines() -> None:
    with pytest.raises(ValueError):
        parse_baptisms("B1|1741|Wm|Smyth")
    with pytest.raises(ValueError):
        parse_burials("D1|1790|William|Smith|forty")


def test_standard_name_forms() -> None:
    assert normalise_forename("Wm.") == normalise_forename("Gulielmus") == "william"
    assert normalise_forename("Zoë") == "zoe"
    assert normalise_surname("Smyth") == normalise_surname("Smithe") == normalise_surname("SMITH") == "smith"
    assert normalise_surname("Phillips") == normalise_surname("Philips") == "filips"
    assert normalise_surname("Macdonald") == "mcdonald" and normalise_surname("MacKay") == normalise_surname("Mackay")


def test_link_orders_candidates_by_gap() -> None:
    baptisms = [
        Baptism("B1", 1738, "Wm", "Smyth"),
        Baptism("B2", 1741, "William", "Smith"),
        Baptism("B3", 1740, "Gulielmus", "Smithe"),
        Baptism("B4", 1795, "William", "Smith"),
        Baptism("B5", 1741, "John", "Smith"),
    ]
    burials = [Burial("D1", 1790, "Willm", "Smith", 49), Burial("D2", 1760, "Wm", "Smith"), Burial("D3", 1790, "Wm", "Jones", 50)]
    assert link_burials(baptisms, burials) == [("D1", ["B2", "B3"]), ("D2", ["B1", "B2", "B3"]), ("D3", [])]
    assert link_burials(baptisms, burials[:1], tolerance=0) == [("D1", ["B2"])]


def test_link_counts() -> None:
    links = [("D1", ["B2", "B3"]), ("D2", ["B1"]), ("D3", [])]
    assert link_counts(links) == {"linked": 1, "ambiguous": 1, "unlinked": 1}
