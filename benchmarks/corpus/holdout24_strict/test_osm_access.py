"""Strict equivalence tests for accessibility_by_district (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import namedtuple
from dataclasses import dataclass

import pytest
from osmaudit.accessibility import accessibility_by_district
from osmaudit.features import Feature
from strict_support import assert_same

TARGET = "osmaudit/accessibility.py:accessibility_by_district"


# --- verbatim copy of the original implementation and its helpers -------------------------

WHEELCHAIR_VALUES = ("yes", "limited", "no")


def tag_value(tags, key):
    found = None
    for item in tags.split(";"):
        name, sep, value = item.partition("=")
        if sep and name.strip() == key:
            found = value.strip()
    return found


def reference(features):
    counts = {}
    for feature in features:
        category = tag_value(feature.tags, "amenity")
        if not category:
            shop = tag_value(feature.tags, "shop")
            if not shop:
                continue
            category = "shop:" + shop
        district = tag_value(feature.tags, "addr:district") or tag_value(feature.tags, "addr:suburb") or "(none)"
        access = (tag_value(feature.tags, "wheelchair") or "").lower()
        if access not in WHEELCHAIR_VALUES:
            access = "unknown"
        row = counts.setdefault(district, {}).setdefault(category, {"yes": 0, "limited": 0, "no": 0, "unknown": 0,
                                                                    "toilets": 0})
        row[access] += 1
        if tag_value(feature.tags, "toilets:wheelchair") == "yes":
            row["toilets"] += 1
    return {district: dict(sorted(categories.items())) for district, categories in sorted(counts.items())}


# --- cases -------------------------------------------------------------------------------


def f(tags):
    return Feature("n1", 51.34, 12.37, tags)


@dataclass
class Poi:  # a look-alike record from the city's own POI database
    tags: object
    source: str = "city"


Row = namedtuple("Row", "osm_id lat lon tags")


class TagsOnly:  # a bare object exposing only the tag string
    def __init__(self, tags):
        self.tags = tags


BASIC = [f("amenity=cafe;addr:district=Mitte;wheelchair=yes;toilets:wheelchair=yes"),
         f("amenity=cafe;addr:suburb=Mitte;wheelchair=Limited"), f("shop=bakery;wheelchair=no"),
         f("amenity=cafe;addr:district=Ost;addr:suburb=Mitte;wheelchair=designated"),
         f("highway=bus_stop;wheelchair=yes"), f("amenity=;shop="), f("amenity=pharmacy;addr:district=Ost")]


def one(tags):
    return ([f(tags)],)


CASES = [
    ([],),
    ((),),
    (BASIC,),
    (tuple(BASIC),),
    (BASIC[::-1],),
    (BASIC + BASIC,),
    one(""),
    one(";"),
    one(";;;"),
    one("="),
    one("amenity"),
    one("amenity=cafe"),
    one("amenity=cafe;amenity=bank"),
    one("amenity=cafe;amenity="),
    one("amenity=;amenity=cafe"),
    one("amenity=cafe;amenity=;shop=books"),
    one("amenity= ;shop=books"),
    one("amenity=\t\n;shop=books"),
    one(" amenity = cafe "),
    one("\tamenity\t=\tcafe\n"),
    one("Amenity=cafe"),
    one("amenity =cafe;AMENITY=bank"),
    one("amenity==cafe"),
    one("amenity=cafe=bar"),
    one("amenity:de=Café"),
    one("=cafe;amenity=bar"),
    one("amenity=cafe;;wheelchair=yes"),
    one("amenity=cafe;wheelchair"),
    one("amenity=cafe;wheelchair="),
    one("amenity=cafe;wheelchair=yes;wheelchair=no"),
    one("amenity=cafe;wheelchair=no;wheelchair=Yes"),
    one("amenity=cafe;wheelchair=YES"),
    one("amenity=cafe;wheelchair= limited "),
    one("amenity=cafe;wheelchair=limited;"),
    one("amenity=cafe;wheelchair=yes, partly"),
    one("amenity=cafe;wheelchair=designated"),
    one("amenity=cafe;wheelchair=YEſ"),
    one("amenity=cafe;wheelchair=LİMITED"),
    one("amenity=cafe;wheelchair=ＹＥＳ"),
    one("amenity=cafe;wheelchair=\u00a0yes\u2003"),
    one("amenity=cafe;wheelchair=y\u200bes"),
    one("amenity=cafe;toilets:wheelchair=yes"),
    one("amenity=cafe;toilets:wheelchair=Yes"),
    one("amenity=cafe;toilets:wheelchair= yes "),
    one("amenity=cafe;toilets:wheelchair=yes;toilets:wheelchair=no"),
    one("amenity=cafe;toilets:wheelchair=no;toilets:wheelchair=yes"),
    one("amenity=cafe;toilets=yes;wheelchair=yes"),
    one("shop=bakery"),
    one("shop= bakery "),
    one("shop=bakery;amenity=cafe"),
    one("shop=bakery;shop=books"),
    one("shop=Bäckerei"),
    one("amenity=cafe;addr:district="),
    one("amenity=cafe;addr:district=;addr:suburb=Nord"),
    one("amenity=cafe;addr:district= ;addr:suburb= "),
    one("amenity=cafe;addr:suburb=Nord;addr:district=Süd"),
    one("amenity=cafe;addr:district=Mitte;addr:district=Ost"),
    one("amenity=cafe;addr:district=(none)"),
    one("amenity=cafe;addr:District=Mitte"),
    one("amenity=cafe;addr: district=Mitte"),
    one("amenity=cafe;opening_hours=Mo-Fr 09:00-18:00; Sa 10:00-14:00;wheelchair=yes"),
    one("amenity=cafe;note=wheelchair=yes"),
    one("amenity=cafe;name=Bar;wheelchair=yes" + ";x=y" * 200),
    ([f("amenity=cafe;addr:district=Zentrum"), f("amenity=cafe;addr:district=Ärztehaus"),
      f("amenity=cafe;addr:district=altstadt"), f("amenity=cafe;addr:district=Altstadt"),
      f("amenity=cafe;addr:district=(none)"), f("amenity=cafe"), f("amenity=cafe;addr:district=10"),
      f("amenity=cafe;addr:district=9"), f("amenity=cafe;addr:district=北区")],),
    ([f("amenity=zoo"), f("amenity=Zoo"), f("amenity=bank"), f("shop=bank"), f("amenity=shop:bank"),
      f("amenity=café"), f("amenity=cafe")],),
    ([f("amenity=cafe;wheelchair=yes"), f("amenity=cafe;wheelchair=no"), f("amenity=cafe;wheelchair=limited"),
      f("amenity=cafe"), f("amenity=cafe;wheelchair=unknown")],),
    ([f(None)],),
    ([f(b"amenity=cafe")],),
    ([f(["amenity=cafe"])],),
    ([f(42)],),
    ([f("amenity=cafe"), f(None)],),
    ([f("highway=bus_stop"), None],),
    ([None],),
    (None,),
    ("",),
    ([Poi("amenity=bank;wheelchair=yes"), Row("n2", 0.0, 0.0, "amenity=bank;wheelchair=no"),
      TagsOnly("shop=books;addr:suburb=Nord")],),
    ([Poi("amenity=bank;wheelchair=yes"), f("amenity=bank;wheelchair=yes")],),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(accessibility_by_district, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(accessibility_by_district, reference, features=BASIC)


PIECES = ["amenity=cafe", "amenity=bank", "amenity=", "amenity = pub ", "shop=books", "shop=", " shop=bakery",
          "wheelchair=yes", "wheelchair=no", "wheelchair=limited", "wheelchair=Yes", "wheelchair=", "wheelchair=maybe",
          "toilets:wheelchair=yes", "toilets:wheelchair=no", "addr:district=Mitte", "addr:district=Ost",
          "addr:district=", "addr:suburb=Nord", "addr:suburb=Mitte", "name=A=B", "junk", "", "=x", "level=0"]


def _random_cases():
    rng = random.Random(4109)
    for _ in range(230):
        features = [f(";".join(rng.choice(PIECES) for _ in range(rng.randint(0, 9)))) for _ in range(rng.randint(0, 30))]
        yield (features,)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(accessibility_by_district, reference, *case)


def test_city_extract() -> None:
    rng = random.Random(41)
    districts = ["Altstadt", "Neustadt", "Südvorstadt", "Lindenau", "Gohlis"]
    extra = ["opening_hours=Mo-Fr 09:00-18:00; Sa 10:00-14:00", "website=https://example.org/", "level=0", "ramp=no",
             "addr:city=Leipzig", "check_date=2023-05-12", "wheelchair:description=Rampe"]
    features = []
    for number in range(2500):
        tags = [f"name=POI {number}", rng.choice(["amenity=cafe", "amenity=restaurant", "shop=bakery", "highway=bus_stop"])]
        if rng.random() < 0.8:
            tags.append(f"addr:{rng.choice(['district', 'suburb'])}={rng.choice(districts)}")
        if rng.random() < 0.6:
            tags.append(f"wheelchair={rng.choice(['yes', 'limited', 'no', 'Yes', 'designated'])}")
        if rng.random() < 0.1:
            tags.append("toilets:wheelchair=yes")
        tags += rng.sample(extra, rng.randint(0, len(extra)))
        rng.shuffle(tags)
        features.append(Feature(f"n{number}", 51.3, 12.3, ";".join(tags)))
    assert_same(accessibility_by_district, reference, features)
