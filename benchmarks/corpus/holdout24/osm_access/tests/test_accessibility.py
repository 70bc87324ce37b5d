import pytest

from osmaudit.accessibility import accessibility_by_district
from osmaudit.features import Feature, parse_extract_line, tag_value
from osmaudit.report import district_table, share_known_accessible


def f(tags: str) -> Feature:
    return Feature("n1", 51.34, 12.37, tags)


def test_tag_value() -> None:
    tags = "name=Café Nord; amenity = cafe ;website=https://x.org/?a=b;junk;amenity=restaurant"
    assert tag_value(tags, "amenity") == "restaurant"
    assert tag_value(tags, "website") == "https://x.org/?a=b"
    assert tag_value(tags, "junk") is None and tag_value("", "name") is None


def test_parse_extract_line() -> None:
    feature = parse_extract_line("n42\t51.3\t12.4\tamenity=bank\n")
    assert feature == Feature("n42", 51.3, 12.4, "amenity=bank")
    with pytest.raises(ValueError):
        parse_extract_line("n42\t51.3\tamenity=bank")


def test_counts_per_district_and_category() -> None:
    features = [f("amenity=cafe;addr:district=Mitte;wheelchair=yes;toilets:wheelchair=yes"),
                f("amenity=cafe;addr:suburb=Mitte;wheelchair=Limited"),
                f("shop=bakery;wheelchair=no"),
                f("amenity=cafe;addr:district=Ost;addr:suburb=Mitte;wheelchair=designated"),
                f("highway=bus_stop;wheelchair=yes"), f("amenity=;shop=")]
    assert accessibility_by_district(features) == {
        "(none)": {"shop:bakery": {"yes": 0, "limited": 0, "no": 1, "unknown": 0, "toilets": 0}},
        "Mitte": {"cafe": {"yes": 1, "limited": 1, "no": 0, "unknown": 0, "toilets": 1}},
        "Ost": {"cafe": {"yes": 0, "limited": 0, "no": 0, "unknown": 1, "toilets": 0}}}


def test_report() -> None:
    row = {"yes": 3, "limited": 1, "no": 0, "unknown": 5, "toilets": 0}
    assert share_known_accessible(row) == 0.75
    assert share_known_accessible({"yes": 0, "limited": 0, "no": 0, "unknown": 2, "toilets": 0}) is None
    lines = district_table({"Mitte": {"cafe": row}}, ["cafe", "bank"])
    assert lines[1] == "Mitte" + " " * 19 + "          75%" + "            -"
