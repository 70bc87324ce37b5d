import pytest

from sign_layout.fonts import Font, parse_afm
from sign_layout.jobs import SignJob, parse_orders, plot_sheet
from sign_layout.layout import fit_cap_height, line_width

AFM = """StartFontMetrics 4.1
FontName TestSans
CapHeight 700
C 32 ; WX 250 ; N space ; B 0 0 0 0 ;
C 65 ; WX 700 ; N A ; B 0 0 700 700 ;
C 86 ; WX 650 ; N V ; B 0 0 650 700 ;
C 110 ; WX 550 ; N n ; B 0 0 550 500 ;
C -1 ; WX 300 ; N ornament ;
KPX A V -80
KPX V A -70
KPX A V -10
KPX A ornament -50
"""


def font() -> Font:
    return Font("Test", 700, {"A": 700, "V": 650, " ": 250}, [("A", "V", -80), ("V", "A", -70), ("A", "V", -10)], 500)


def test_parse_afm() -> None:
    parsed = parse_afm(AFM)
    assert parsed.name == "TestSans" and parsed.cap_height == 700
    assert parsed.advances == {" ": 250, "A": 700, "V": 650, "n": 550}
    assert parsed.kerning == [("A", "V", -80), ("V", "A", -70), ("A", "V", -10)]
    assert parsed.default_advance == 550
    with pytest.raises(ValueError):
        parse_afm("FontName NoCaps\n")


def test_width_without_kerning() -> None:
    assert line_width("A A", font(), 700.0) == 1650.0


def test_kerning_applies_to_pairs_and_first_entry_wins() -> None:
    assert line_width("AV", font(), 700.0) == 1270.0
    assert line_width("AVA", font(), 700.0) == 1900.0


def test_scaling_tracking_and_unknown_characters() -> None:
    assert line_width("A", font(), 70.0) == 70.0
    assert line_width("AA", font(), 700.0, tracking=50) == 1450.0
    assert line_width("?", font(), 700.0) == 500.0
    assert line_width("", font(), 700.0) == 0.0


def test_fit_cap_height() -> None:
    # "AV" is 1270 units wide at a 700-unit cap height: 1.814 mm per mm of cap height
    assert fit_cap_height(["AV"], font(), 1000.0, 400.0) == 400.0
    assert fit_cap_height(["AV"], font(), 1000.0, 1000.0) == 550.0
    assert fit_cap_height(["AV"], font(), 5.0, 100.0) == 0.0
    assert fit_cap_height([], font(), 500.0, 100.0) == 100.0


def test_parse_orders() -> None:
    jobs = parse_orders("# orders\nSO-1|1200|150|20|Cafe / Open Daily\nSO-2|600|100||TAXI\n")
    assert jobs[0] == SignJob("SO-1", 1200.0, 150.0, ("Cafe", "Open Daily"), 20)
    assert jobs[1].tracking == 0
    with pytest.raises(ValueError):
        parse_orders("SO-3|600|100|0\n")
    with pytest.raises(ValueError):
        parse_orders("SO-3|600|100|0| / \n")


def test_plot_sheet() -> None:
    sheet = plot_sheet(SignJob("SO-1", 1000.0, 100.0, ("AV", "A")), font())
    assert sheet["cap_height_mm"] == 100.0
    assert sheet["widths_mm"] == [181.4, 100.0]
    assert sheet["vinyl_m2"] == round(((181.4 + 20) * 120 + 120 * 120) / 1e6, 3)
