"""Strict equivalence tests for codes_for (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from travel.airports import codes_for

TARGET = "travel/airports.py:codes_for"


def reference(cities, directory, *, missing=None, strict=False):
    codes = []
    for city in cities:
        wanted = city.strip().lower()
        for code, name in directory.items():
            if name.lower() == wanted:
                codes.append(code)
                break
        else:
            if strict:
                raise KeyError(city)
            codes.append(missing)
    return codes


D = {"LHR": "London", "LGW": "London", "CDG": "Paris", "ORY": "paris", "NRT": "Tokyo", "HND": "TOKYO"}
CASES = [
    (([], {}), {}),
    (([], D), {"strict": True}),
    ((["London"], {}), {}),
    ((["London"], {}), {"strict": True}),
    ((["London"], {}), {"missing": "???"}),
    ((["London", "paris", "TOKYO"], D), {}),
    ((["London", "London", "london"], D), {}),
    ((["  Paris  ", "\tparis\n", "Paris\n", "\u00a0Paris\u2003"], D), {}),
    ((["Par is", "Pariss", "Pari"], D), {"missing": ""}),
    ((["Paris", "Atlantis", "Tokyo"], D), {"strict": True}),
    ((["Atlantis", "Paris"], D), {"strict": True, "missing": "x"}),
    ((["Paris", "Tokyo"], D), {"strict": True}),
    ((["Atlantis"], D), {"missing": None}),
    (([""], D), {}),
    (([" "], {"EMP": ""}), {}),
    ((["Paris"], {"XXX": " Paris", "CDG": "Paris "}), {}),
    ((["paris"], {"ORY": "paris", "CDG": "Paris"}), {}),
    ((["Paris"], {"CDG": "PARIS", "ORY": "paris"}), {}),
    ((["İstanbul", "istanbul", "İSTANBUL"], {"IST": "İstanbul"}), {}),
    ((["STRASSE", "straße", "Straße"], {"STR": "Straße"}), {}),
    ((["東京", " 東京 "], {"NRT": "東京", "HND": "東京"}), {}),
    ((["Zürich", "ZÜRICH", "zurich"], {"ZRH": "Zürich"}), {}),
    ((["São Paulo", "SAO PAULO"], {"GRU": "São Paulo", "CGH": "Sao Paulo"}), {}),
    ((["Paris"], {"cdg": "Paris", "CDG": "Paris"}), {}),
    ((["New  York", "new york"], {"JFK": "New York", "EWR": "New  York"}), {}),
    ((["London", "Nowhere", "London"], D), {"missing": "-"}),
    (([" \n"], {"NL": "\n"}), {}),
    (([" \n"], {"NL": ""}), {}),
]


def _random():
    rng = random.Random(67)
    names = ["Oslo", "oslo", "OSLO", " Oslo", "Bergen", "bergen ", "Tromsø", "TROMSØ", ""]
    for _ in range(40):
        directory = {f"C{rng.randrange(20):02d}": rng.choice(names) for _ in range(rng.randrange(0, 8))}
        cities = [rng.choice(names + ["Atlantis", " oslo\n"]) for _ in range(rng.randrange(0, 8))]
        kwargs = rng.choice([{}, {"missing": "?"}, {"strict": True}, {"strict": False, "missing": ""}])
        yield (cities, directory), kwargs


@pytest.mark.parametrize(("args", "kwargs"), CASES + list(_random()))
def test_same_as_reference(args, kwargs) -> None:
    assert_same(codes_for, reference, *args, **kwargs)


def test_key_error_names_the_city_as_typed() -> None:
    with pytest.raises(KeyError) as raised:
        codes_for(["Paris", "  Atlantis "], D, strict=True)
    assert raised.value.args == ("  Atlantis ",)


def test_directory_changes_between_calls_are_seen() -> None:
    directory = {"CDG": "Paris"}
    assert codes_for(["Paris"], directory) == ["CDG"]
    directory["BVA"] = "Beauvais"
    del directory["CDG"]
    assert codes_for(["Paris", "Beauvais"], directory) == [None, "BVA"]
