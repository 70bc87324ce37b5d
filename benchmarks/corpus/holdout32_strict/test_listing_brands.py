"""Strict equivalence tests for tag_listings (never shown to wattlens)."""

from __future__ import annotations

import html
import random
import re
import unicodedata

import pytest
from strict_support import assert_same
from listing_brands.tagging import tag_listings

TARGET = "listing_brands/tagging.py:tag_listings"


# --- verbatim copy of the original implementation ---------------------------------------------

_SPACES = re.compile(r"\s+")
_DECORATION = re.compile(r"[*~!|_]{2,}|[\u2605\u2606\u2764\u2728\U0001F300-\U0001FAFF]")


def normalise_title(title):
    text = unicodedata.normalize("NFKC", html.unescape(title))
    text = _DECORATION.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


RISK_WORDS = re.compile(r"(?<!\w)(replica|rep|1:1|aaa|mirror quality|inspired|dupe|unbranded|fake)(?!\w)",
                        re.IGNORECASE)


def reference(listings, aliases):
    results = []
    for listing in listings:
        title = normalise_title(listing["title"])
        brands = []
        primary = None
        primary_at = len(title) + 1
        for alias, brand in aliases:
            pattern = r"(?<!\w)" + r"[\s\-]+".join(re.escape(word) for word in alias.split()) + r"(?!\w)"
            match = re.search(pattern, title, re.IGNORECASE)
            if match is None:
                continue
            if brand not in brands:
                brands.append(brand)
            if match.start() < primary_at:
                primary, primary_at = brand, match.start()
        results.append({"id": listing["id"], "brands": brands, "primary": primary,
                        "replica_risk": bool(brands) and RISK_WORDS.search(title) is not None})
    return results


# --- cases -------------------------------------------------------------------------------

ALIASES = [
    ("louis vuitton", "Louis Vuitton"), ("lv", "Louis Vuitton"), ("louis v", "Louis Vuitton"),
    ("l0u1s vu1tt0n", "Louis Vuitton"), ("nike", "Nike"), ("air max", "Nike"), ("jordans", "Nike"),
    ("dr. martens", "Dr. Martens"), ("doc martens", "Dr. Martens"), ("h&m", "H&M"), ("h and m", "H&M"),
    ("levi's", "Levi's"), ("levis", "Levi's"), ("hermès", "Hermès"), ("hermes", "Hermès"), ("off-white", "Off-White"),
    ("g-star raw", "G-Star Raw"), ("tiffany & co.", "Tiffany & Co."), ("tiffany", "Tiffany & Co."),
    ("c++ primer", "Addison-Wesley"), ("(red)", "Product Red"), ("made.com", "Made.com"), ("a|b", "Pipe"),
    ("straße", "Strasse Co"), ("ΣΟΦΙΑ", "Sofia"), ("東京", "Tokyo Brand"),
]

TITLES = [
    "", " ", "***", "Genuine NIKE trainers", "Nikes are great", "LVMH annual report", "louis-vuitton speedy 30",
    "Doc   Martens 1460 boots", "doc-\t-martens", "H&M dress", "H&amp;M top", "h and m", "levi's 501", "levis",
    "LEVI'S", "Levi’s jeans", "Hermès scarf", "HERMES", "hermes\u0301", "Off-White hoodie", "off white hoodie",
    "offwhite", "G-Star RAW jeans", "g star raw", "Tiffany & Co. necklace", "tiffany & co necklace",
    "Air Max trainers and an LV bag, louis vuitton dust bag", "lv lv lv", "LV_bag", "LV-bag", "xLV", "LV2",
    "C++ Primer 5th edition", "c++primer", "(RED) iPhone", "red iPhone", "Made.com sofa", "madexcom sofa",
    "a|b test", "ab", "STRASSE sign", "straße sign", "STRAẞE sign", "σοφια necklace", "ΣΟΦΙΑ", "東京 bag",
    "\uff2c\uff36 wallet", "\u2728Nike\u2728", "Nike replica", "nike 1:1", "Jordans dupe", "AAA nike",
    "replica vintage lamp", "Nike inspired", "Nike inspiredd", "REP nike", "fake", "l0u1s vu1tt0n bag",
    "L0U1S VU1TT0N", "louis   vuitton", "louis\nvuitton", "louis--vuitton", "louis - vuitton", "louis_vuitton",
    "&lt;b&gt;Nike&lt;/b&gt;", "&#x4c;V bag", "&notanentity; nike",
]

CASES = [([{"id": f"L{index}", "title": title}], ALIASES) for index, title in enumerate(TITLES)]
CASES += [
    ([], ALIASES),
    ([], []),
    ((), ()),
    ([{"id": "L1", "title": "Nike"}], []),
    ([{"id": "L1", "title": t} for t in TITLES[:20]], ALIASES),
    ([{"id": "L1", "title": "Nike"}, {"id": "L1", "title": "Nike"}], ALIASES),
    ([{"id": "L1", "title": "Air Max jordans nike"}], [("nike", "Nike"), ("air max", "Nike"), ("jordans", "Nike")]),
    ([{"id": "L1", "title": "Air Max nike"}], [("nike", "Nike"), ("air max", "Air")]),
    ([{"id": "L1", "title": "nike"}], [("nike", "A"), ("NIKE", "B"), ("nike", "C")]),
    ([{"id": "L1", "title": "nike"}], [("nike", "A"), ("nike", "A")]),
    ([{"id": "L1", "title": "a b"}], [("", "Empty"), ("   ", "Blank"), ("a", "A")]),
    ([{"id": "L1", "title": ""}], [("", "Empty")]),
    ([{"id": "L1", "title": "x.y"}], [("x.y", "Dot"), ("x?y", "Q"), ("x\\y", "Backslash"), ("[x]", "Bracket")]),
    ([{"id": "L1", "title": "x\\y [x] x?y"}], [("x.y", "Dot"), ("x?y", "Q"), ("x\\y", "Backslash"), ("[x]", "Bracket")]),
    ([{"id": "L1", "title": "nike"}], [("nike", None), ("ni", "Ni")]),
    ([{"id": "L1", "title": "nike"}], [["nike", "Nike"]]),
    ([{"id": "L1", "title": "nike"}], [("nike", ["Nike"])]),
    ([{"id": "L1", "title": "nike"}], [(None, "Nike")]),
    ([{"id": "L1", "title": "nike"}], [("nike",)]),
    ([{"id": "L1", "title": "nike"}], None),
    ([{"id": "L1", "title": None}], ALIASES),
    ([{"id": "L1", "title": None}], [(None, "Nike")]),
    ([], [(None, "Nike")]),
    ([], [("nike",)]),
    ([], None),
    ([{"id": "L1", "title": 7}], ALIASES),
    ([{"id": "L1"}], ALIASES),
    ([{"title": "nike"}], ALIASES),
    ([{"title": "plain"}], ALIASES),
    ([{"id": None, "title": "nike", "price": 5}], ALIASES),
    ([None], ALIASES),
    (None, ALIASES),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(tag_listings, reference, *case)


def test_keyword_arguments() -> None:
    listings = [{"id": "A", "title": "LV bag 1:1 mirror quality"}, {"id": "B", "title": "Jordans dupe"}]
    assert_same(tag_listings, reference, listings=listings, aliases=ALIASES)
    assert_same(tag_listings, reference, listings, aliases=ALIASES)


WORDS = ["vintage", "genuine", "BNWT", "bag", "trainers", "size 9", "***", "&amp;", "\u2728", "replica", "1:1", "-",
         "dupe", "rare", "boxed", "x", "", "  "]


def _random_cases():
    rng = random.Random(32081)
    names = [alias for alias, _ in ALIASES]
    for number in range(230):
        aliases = rng.sample(ALIASES, rng.randint(0, len(ALIASES)))
        listings = []
        for index in range(rng.choice([0, 1, 3, 8])):
            words = [rng.choice(WORDS) for _ in range(rng.randint(0, 4))]
            for _ in range(rng.randint(0, 3)):
                name = rng.choice(names)
                words.insert(rng.randint(0, len(words)), rng.choice([name, name.upper(), name.title(),
                                                                       name.replace(" ", "-"), name + "s"]))
            listings.append({"id": f"L{number}-{index}", "title": " ".join(words)})
        yield listings, aliases


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(tag_listings, reference, *case)
