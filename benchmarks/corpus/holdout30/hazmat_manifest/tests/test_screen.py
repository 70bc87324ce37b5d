import pytest

from hazmat_manifest.dglist import DangerousGood, parse_dg_list
from hazmat_manifest.manifest import ManifestLine, parse_manifest
from hazmat_manifest.screen import Hold, flag_dangerous_goods, screen_manifest

PAINT = DangerousGood("UN1263", "Paint", "3")
ACETONE = DangerousGood("UN1090", "Acetone", "3")
LI_ION = DangerousGood("UN3480", "Lithium ion batteries", "9")
LI_EQUIP = DangerousGood("UN3481", "Lithium ion batteries packed with equipment", "9")
ENTRIES = [PAINT, ACETONE, LI_ION, LI_EQUIP]


def test_names_are_found_case_insensitively() -> None:
    assert flag_dangerous_goods(["20 tins PAINT, 5L"], ENTRIES) == [[PAINT]]


def test_whole_words_only() -> None:
    assert flag_dangerous_goods(["paintbrushes and rollers"], ENTRIES) == [[]]


def test_longest_name_wins() -> None:
    found = flag_dangerous_goods(["laptops - lithium ion batteries packed with equipment"], ENTRIES)
    assert found == [[LI_EQUIP]]


def test_order_and_repeats() -> None:
    found = flag_dangerous_goods(["acetone, paint and more acetone"], ENTRIES)
    assert found == [[ACETONE, PAINT]]


def test_explicit_un_numbers() -> None:
    found = flag_dangerous_goods(["solvent blend UN 1993", "paint (UN1263)", "nothing"], ENTRIES)
    assert found == [["UN1993"], [PAINT], []]


def test_no_entries() -> None:
    assert flag_dangerous_goods(["paint un1263"], []) == [["UN1263"]]


def test_parse_dg_list() -> None:
    text = 'UN number,proper shipping name,class\nUN1263,Paint,3\nUN1993,"Flammable liquid, n.o.s.",3\n'
    entries = parse_dg_list(text)
    assert entries[1] == DangerousGood("UN1993", "Flammable liquid, n.o.s.", "3")
    with pytest.raises(ValueError):
        parse_dg_list("1263,Paint,3\n")
    with pytest.raises(ValueError):
        parse_dg_list("UN1263,Paint\n")


def test_parse_manifest() -> None:
    lines = parse_manifest("BK1;1;paint; water based;120.5\n\nBK1;2;chairs;80\n")
    assert lines[0] == ManifestLine("BK1", 1, "paint; water based", 120.5)
    with pytest.raises(ValueError):
        parse_manifest("BK1;1;chairs\n")
    with pytest.raises(ValueError):
        parse_manifest("BK1;one;chairs;80\n")


def test_screen_manifest() -> None:
    lines = [ManifestLine("BK1", 1, "acetone 20x1L", 25.0), ManifestLine("BK1", 2, "chairs", 80.0),
             ManifestLine("BK2", 1, "spare parts UN3082", 40.0)]
    assert screen_manifest(lines, ENTRIES) == [Hold("BK1", 1, ("UN1090",), ("3",)),
                                               Hold("BK2", 1, ("UN3082",), ("?",))]
