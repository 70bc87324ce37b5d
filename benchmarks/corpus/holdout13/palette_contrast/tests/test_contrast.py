import pytest

from contrastcheck.report import contrast_report
from contrastcheck.wcag import contrast_ratio, grade, parse_hex, relative_luminance


def test_parse_hex() -> None:
    assert parse_hex("#FF8000") == (255, 128, 0)
    assert parse_hex("f80") == (255, 136, 0)
    assert parse_hex("  #00ff00 ") == (0, 255, 0)


@pytest.mark.parametrize("colour", ["#12345", "#GGGGGG", "", "#"])
def test_parse_hex_rejects(colour: str) -> None:
    with pytest.raises(ValueError):
        parse_hex(colour)


def test_luminance_extremes() -> None:
    assert relative_luminance("#000000") == 0.0
    assert relative_luminance("#FFFFFF") == pytest.approx(1.0)


def test_black_on_white_is_21() -> None:
    assert contrast_ratio("#000", "#FFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFF", "#000") == pytest.approx(21.0)
    assert contrast_ratio("#777", "#777") == 1.0


def test_grades() -> None:
    assert grade(21) == "AAA"
    assert grade(4.5) == "AA"
    assert grade(3.2) == "AA-large"
    assert grade(1.5) == "fail"


def test_report() -> None:
    palette = {"white": "#FFFFFF", "black": "#000000", "grey": "#767676"}
    report = contrast_report(palette)
    assert report["checked"] == 6
    assert report["pairs"][0] == ("white", "black", 21.0, "AAA")
    assert report["pairs"][1] == ("black", "white", 21.0, "AAA")
    assert ("grey", "white", 4.54, "AA") in report["pairs"]
    assert report["best_text"] == {"white": "black", "black": "white", "grey": "black"}


def test_report_threshold_filters_pairs() -> None:
    palette = {"white": "#FFFFFF", "grey": "#767676", "light": "#EEEEEE"}
    report = contrast_report(palette, min_ratio=7)
    assert report["pairs"] == []
    assert report["best_text"] == {}


def test_report_empty_palette() -> None:
    assert contrast_report({}) == {"pairs": [], "best_text": {}, "checked": 0}


def test_report_bad_colour() -> None:
    with pytest.raises(ValueError):
        contrast_report({"ok": "#FFFFFF", "bad": "#12"})
