import pytest

from addrfmt.formats import DEFAULT_FORMATS, parse_formats
from addrfmt.labels import format_address, format_labels
from addrfmt.records import Address


def test_table_parses() -> None:
    formats = parse_formats(DEFAULT_FORMATS)
    assert formats["US"].uppercase == frozenset("CS") and formats["US"].postcode_required
    assert list(formats)[:2] == ["ZZ", "GB"]


def test_domestic_and_foreign() -> None:
    home = Address("Ann Smith", ("12 High Street", "Flat 3"), "Bristol", "BS1 4DJ")
    assert format_address(home, DEFAULT_FORMATS) == "Ann Smith\n12 High Street\nFlat 3\nBRISTOL\nBS1 4DJ"
    us = Address("Bob Jones", ("1600 Amphitheatre Pkwy",), "Mountain View", "94043", "ca", "Example Inc.", "us")
    assert format_address(us, DEFAULT_FORMATS) == (
        "Bob Jones\nExample Inc.\n1600 Amphitheatre Pkwy\nMOUNTAIN VIEW, CA 94043\nUNITED STATES")


def test_missing_region_and_unknown_country() -> None:
    us = Address("Bob", ("1 Main St",), "Springfield", "12345", country="US")
    assert format_address(us, DEFAULT_FORMATS, home="US") == "Bob\n1 Main St\nSPRINGFIELD, 12345"
    elsewhere = Address("Cy", ("Rue 1",), "Lomé", "", country="TG")
    assert format_address(elsewhere, DEFAULT_FORMATS) == "Cy\nRue 1\nLOMÉ\nTG"


def test_errors() -> None:
    with pytest.raises(ValueError):
        format_address(Address("Ann", ("1 Road",), "Leeds", " "), DEFAULT_FORMATS)
    with pytest.raises(ValueError):
        parse_formats("GB|UK|%N%x|C|1")
    with pytest.raises(ValueError):
        parse_formats("GB|UK|%N|C")
    assert format_labels([], "not a table") == []
