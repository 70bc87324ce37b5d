"""Strict equivalence tests for format_labels (never shown to wattlens)."""

from __future__ import annotations

import random
import re
from collections import namedtuple
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from addrfmt.formats import DEFAULT_FORMATS
from addrfmt.labels import format_labels
from addrfmt.records import Address, CountryFormat

TARGET = "addrfmt/labels.py:format_labels"


# --- verbatim copy of the original implementation and its helpers -----------------------------

_REF_TOKEN = re.compile(r"%.|[^%]+", re.DOTALL)
_REF_FIELDS = frozenset("NOACSZ")


def _ref_parse_formats(text):
    formats = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split("|")]
        if len(fields) != 5:
            raise ValueError(f"formats line {number}: expected 5 fields, found {len(fields)}")
        code, country_name, template, uppercase, required = fields
        if len(code) != 2 or not code.isalpha() or not code.isupper():
            raise ValueError(f"formats line {number}: {code!r} is not a country code")
        if code in formats:
            raise ValueError(f"formats line {number}: {code} appears twice")
        if required not in ("0", "1"):
            raise ValueError(f"formats line {number}: postcode flag must be 0 or 1")
        for token in _REF_TOKEN.findall(template):
            if token.startswith("%") and (len(token) < 2 or token[1] not in _REF_FIELDS | {"n", "%"}):
                raise ValueError(f"formats line {number}: unknown directive {token!r}")
        if template.endswith("%") and not template.endswith("%%"):
            raise ValueError(f"formats line {number}: template ends in a lone '%'")
        formats[code] = CountryFormat(code, country_name, template, frozenset(uppercase), required == "1")
    return formats


def _ref_format_address(address, formats_text, home="GB"):
    formats = _ref_parse_formats(formats_text)
    code = address.country.strip().upper()
    country = formats.get(code) or formats.get("ZZ")
    if country is None:
        raise ValueError(f"no address format for {code!r}")
    if country.postcode_required and not address.postcode.strip():
        raise ValueError(f"{code} addresses need a postcode")
    values = {
        "N": address.name,
        "O": address.organisation,
        "A": "\n".join(line.strip() for line in address.street_lines),
        "C": address.city,
        "S": address.region,
        "Z": address.postcode,
    }
    parts = []
    for token in _REF_TOKEN.findall(country.template):
        if token == "%n":
            parts.append("\n")
        elif token == "%%":
            parts.append("%")
        elif token.startswith("%"):
            value = values[token[1]].strip()
            parts.append(value.upper() if token[1] in country.uppercase else value)
        else:
            parts.append(token)
    lines = [" ".join(line.split()).strip(" ,") for line in "".join(parts).split("\n")]
    lines = [line for line in lines if line]
    if code != home.strip().upper():
        lines.append(country.country_name.upper() if country.code == code else code)
    return "\n".join(lines)


def reference(addresses, formats_text, home="GB"):
    return [_ref_format_address(address, formats_text, home) for address in addresses]


# --- cases -------------------------------------------------------------------------------

SMALL = """\
# code|name|template|upper|postcode
ZZ|Unknown|%N%n%O%n%A%n%C %Z|C|0
GB|United Kingdom|%N%n%O%n%A%n%C%n%Z|CZ|1
US|United States|%N%n%O%n%A%n%C, %S %Z|CS|1
FR|France|%O%n%N%n%A%n%Z %C|C|1
JP|Japan|〒%Z%n%S%C%n%A%n%O%n%N||1
PC|Percent|%N 100%% %C%n%%%n%Z%%||0
"""
NO_ZZ = "\n".join(line for line in SMALL.splitlines() if not line.startswith("ZZ"))

A = Address
UK = A("Ann Smith", ("12 High Street", "Flat 3"), "Bristol", "BS1 4DJ")
USA = A("Bob Jones", ("1600 Amphitheatre Pkwy",), "Mountain View", "94043", "ca", "Example Inc.", "us")
FRA = A("Claire Dubois", ("5 rue de la Paix",), "Paris", "75002", "", "Maison SA", "FR")
JPN = A("Tanaka Hiroshi", ("1-2-3 Chuo",), "Osaka-shi", "530-0001", "Osaka-fu ", "", "JP")
TOGO = A("Cy", ("Rue 1",), "Lomé", "", country="TG")
AddressRow = namedtuple("AddressRow", "name street_lines city postcode region organisation country")

ADDRESS_CASES = [
    UK, USA, FRA, JPN, TOGO,
    A("Ann", ("1 Road",), "Leeds", ""),
    A("Ann", ("1 Road",), "Leeds", "  \t"),
    A("Ann", ("1 Road",), "Leeds", "LS1", country="gb "),
    A("Ann", ("1 Road",), "Leeds", "LS1", country=" Gb\n"),
    A("Ann", ("1 Road",), "Leeds", "LS1", country=""),
    A("Ann", ("1 Road",), "Leeds", "LS1", country="   "),
    A("Ann", ("1 Road",), "Leeds", "LS1", country="zz"),
    A("Ann", ("1 Road",), "Leeds", "LS1", country="GBR"),
    A("Ann", ("1 Road",), "Leeds", "LS1", country="pc"),
    A("Ann", ("1 Road",), "Leeds", "LS1", country="ß"),
    A("Ann", (), "Leeds", "LS1"),
    A("Ann", ("", "  ", "1 Road"), "Leeds", "LS1"),
    A("Ann", ["1 Road", "Flat 2"], "Leeds", "LS1"),
    A("Ann", "1 Road", "Leeds", "LS1"),
    A("Ann", ("1  Road\t East ", " , Flat 2 ,"), "Leeds", "LS1"),
    A("Ann", ("1 Road\nBlock B",), "New\nLeeds", "LS1"),
    A("", (), "", "X1", "", "", "GB"),
    A("  ", ("  ",), "  ", "X1", "  ", "  ", "US"),
    A("Bob", ("1 Main St",), "Springfield", "12345", country="US"),
    A("Bob", ("1 Main St",), "", "12345", "IL", country="US"),
    A("Bob", ("1 Main St",), "Springfield", "12345", ", IL ,", country="US"),
    A("Bob", ("1 Main St",), "straße", "12345", "ıi", country="US"),
    A("Bob", ("1 Main St",), "ǆ city", "12345", "ﬁ", country="US"),
    A("Zoë", ("Straße 5",), "Köln", "50667", country="DE"),
    A("Ann", ("1 Road",), "Leeds", "LS1", organisation="Acme, Ltd."),
    A("Ann", ("1 Road",), "Leeds", "LS1", organisation=",Acme,"),
    A("Ann %N", ("50% off",), "Leeds %%", "LS1", country="PC"),
    A(None, ("1 Road",), "Leeds", "LS1"),
    A("Ann", None, "Leeds", "LS1"),
    A("Ann", ("1 Road", None), "Leeds", "LS1"),
    A("Ann", ("1 Road",), None, "LS1"),
    A("Ann", ("1 Road",), "Leeds", None),
    A("Ann", ("1 Road",), "Leeds", "LS1", region=None),
    A("Ann", ("1 Road",), "Leeds", "LS1", region=None, country="FR"),
    A("Ann", ("1 Road",), "Leeds", "LS1", country=None),
    A("Ann", ("1 Road",), "Leeds", 12345),
    A("Ann", ("1 Road",), "Leeds", "LS1", country=b"GB"),
    AddressRow("Row", ("2 Lane",), "York", "YO1", "", "", "GB"),
    SimpleNamespace(name="NS", street_lines=("3 Way",), city="Hull", postcode="HU1", region="", organisation="", country="FR"),
    SimpleNamespace(name="NS", street_lines=("3 Way",), city="Hull", postcode="HU1", country="FR"),
]


@pytest.mark.parametrize("address", ADDRESS_CASES)
def test_single_addresses(address) -> None:
    assert_same(format_labels, reference, [address], SMALL)
    assert_same(format_labels, reference, [address], SMALL, "US")


TABLES = [
    SMALL,
    NO_ZZ,
    DEFAULT_FORMATS,
    "",
    "\n\n# only comments\n",
    SMALL.replace("\n", "\r\n"),
    SMALL.replace("|", " | "),
    SMALL + "GB|Again|%N|C|1\n",
    SMALL + "gb|lower|%N|C|1\n",
    SMALL + "G1|digit|%N|C|1\n",
    SMALL + "ÄÖ|umlaut|%N%n%C|C|0\n",
    SMALL + "XX|six|%N|C|1|extra\n",
    SMALL + "XX|four|%N|C\n",
    SMALL + "XX|flag|%N|C|yes\n",
    SMALL + "XX|flag|%N|C| 1 \n",
    SMALL + "XX|bad|%N%x|C|1\n",
    SMALL + "XX|lone|%N%|C|1\n",
    SMALL + "XX|double|%N%%|C|1\n",
    SMALL + "XX|triple|%N%%%|C|1\n",
    SMALL + "XX|empty||C|0\n",
    SMALL + "  # indented comment\n",
    SMALL + "#XX|commented|%Q|C|1\n",
    "ZZ|Unknown|%A|ZZZ|0\nGB|UK|%Z %C|abc|1\n",
    "ZZ|Unknown|%A %n%n %n|C|0\n",
    "GB|UK|%N|C|1\n",
]


@pytest.mark.parametrize("table", TABLES)
def test_tables(table) -> None:
    addresses = [UK, USA, FRA, JPN, TOGO]
    assert_same(format_labels, reference, addresses, table)
    assert_same(format_labels, reference, [UK], table)
    assert_same(format_labels, reference, [], table)


CASES = [
    ([], SMALL),
    ((), SMALL),
    ([], None),
    ([], 42),
    ([UK], None),
    ([UK], b"GB|UK|%N|C|1"),
    ([UK, USA, FRA, JPN, TOGO], SMALL),
    ((UK, USA), SMALL),
    ([UK, A("Ann", ("1 Road",), "Leeds", ""), USA], SMALL),
    ([UK, None], SMALL),
    ([None], SMALL),
    (None, SMALL),
    ([UK, USA, TOGO], NO_ZZ),
    ([UK, USA], NO_ZZ),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(format_labels, reference, *case)


@pytest.mark.parametrize("home", ["GB", "gb", " us ", "FR", "TG", "", "ZZ", None, 7])
def test_home_country(home) -> None:
    assert_same(format_labels, reference, [UK, USA, FRA, TOGO], SMALL, home)
    assert_same(format_labels, reference, [UK, USA, FRA, TOGO], SMALL, home=home)
    assert_same(format_labels, reference, [], SMALL, home)


def test_keyword_arguments() -> None:
    assert_same(format_labels, reference, formats_text=SMALL, addresses=[UK, USA], home="US")


def _random_cases():
    rng = random.Random(9090)
    for _ in range(200):
        addresses = []
        for _ in range(rng.randint(0, 6)):
            addresses.append(A(
                rng.choice(["Ann Smith", "bob", " Zoë ", "", "Jean-Luc O'Neil"]),
                tuple(rng.choice(["1 High St", " Flat 2 ", "", "Apt, 4"]) for _ in range(rng.randint(0, 3))),
                rng.choice(["Leeds", "new york", " Paris ", "", "São Paulo"]),
                rng.choice(["LS1 4DJ", "10001", "", " 75002"]),
                rng.choice(["", "NY", "ca", "Île-de-France"]),
                rng.choice(["", "", "Acme Ltd"]),
                rng.choice(["GB", "gb", "US", "FR", "JP", "PC", "TG", "", "us "]),
            ))
        yield addresses, rng.choice([SMALL, SMALL, NO_ZZ, DEFAULT_FORMATS]), rng.choice(["GB", "US", "FR"])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(format_labels, reference, *case)


def test_dispatch_day() -> None:
    """A realistic day's parcels: 400 addresses, mostly domestic, with the full format table."""
    rng = random.Random(12)
    countries = ["GB"] * 20 + ["US", "CA", "DE", "FR", "NL", "ES", "IT", "JP", "CN", "BR", "AU", "IE", "SG", "XK"]
    addresses = []
    for n in range(400):
        street = [f"{rng.randint(1, 200)} {rng.choice(['High Street', 'Hauptstraße', 'rue Cler', 'Main St'])}"]
        if rng.random() < 0.3:
            street.append(f"Flat {rng.randint(1, 30)}")
        addresses.append(A(f"Customer {n}", tuple(street), rng.choice(["Leeds", "Berlin", "Lyon", "Osaka", "Toronto"]),
                           f"{rng.randint(1000, 99999)}", rng.choice(["", "ON", "NSW"]), rng.choice(["", "Acme Ltd"]),
                           rng.choice(countries)))
    assert_same(format_labels, reference, addresses, DEFAULT_FORMATS)
