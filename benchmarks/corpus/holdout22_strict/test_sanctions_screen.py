"""Strict equivalence tests for screen_customers (never shown to wattlens)."""

from __future__ import annotations

import random
import re
import unicodedata
from types import SimpleNamespace

import pytest
from namescreen.screen import Customer, ListEntry, screen_customers
from strict_support import assert_same

TARGET = "namescreen/screen.py:screen_customers"


# --- verbatim copy of the original implementation and its helpers -------------------------

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "sheikh", "hajji", "gen", "col", "capt"}
LEGAL_FORMS = {"ltd", "llc", "inc", "plc", "gmbh", "ag", "sa", "sarl", "bv", "jsc", "ooo", "pjsc", "co", "corp", "limited"}
PARTICLES = {"al", "el", "bin", "ibn", "van", "von", "de", "der", "da", "di", "le", "la"}
SEPARATORS = re.compile(r"[^\w]+|_")
TRANSLITERATIONS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "ı": "i", "þ": "th"})


def fold(text):
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.translate(TRANSLITERATIONS)


def normalise_name(name):
    tokens = [token for token in SEPARATORS.split(fold(name)) if token]
    significant = [token for token in tokens if token not in HONORIFICS | LEGAL_FORMS | PARTICLES]
    return tuple(significant or tokens)


def name_similarity(left, right):
    if not left or not right:
        return 0.0
    if sorted(left) == sorted(right):
        return 1.0
    unmatched_left = []
    unmatched_right = list(right)
    score = 0.0
    for token in left:
        if token in unmatched_right:
            unmatched_right.remove(token)
            score += 1
        else:
            unmatched_left.append(token)
    for token in unmatched_left:
        for other in unmatched_right:
            if (len(token) == 1 and other.startswith(token)) or (len(other) == 1 and token.startswith(other)):
                unmatched_right.remove(other)
                score += 0.5
                break
    return score / max(len(left), len(right))


def reference(customers, entries, threshold=0.75):
    hits = []
    for customer in customers:
        customer_hits = []
        for entry in entries:
            if customer.birth_year is not None and entry.birth_year is not None \
                    and abs(customer.birth_year - entry.birth_year) > 1:
                continue
            best_score, best_name = 0.0, None
            for alias in entry.names:
                score = name_similarity(normalise_name(customer.name), normalise_name(alias))
                if score > best_score:
                    best_score, best_name = score, alias
            if best_name is not None and best_score >= threshold:
                customer_hits.append({"customer": customer.customer_id, "entry": entry.entry_id,
                                      "programme": entry.programme, "matched_name": best_name,
                                      "score": round(best_score, 3)})
                if entry.programme not in customer.flags:
                    customer.flags.append(entry.programme)
        customer_hits.sort(key=lambda hit: (-hit["score"], hit["entry"]))
        hits.extend(customer_hits)
    return hits


# --- cases -------------------------------------------------------------------------------

C, L = Customer, ListEntry

ENTRIES = [
    L("EU-1", ["Ivan Petrov", "I. Petrov", "PETROV Ivan"], "EU-RUS", 1970),
    L("UN-7", ["Jane Doe"], "UN-1267"),
    L("OF-3", ["Ahmed al-Rashid", "Ahmad Rashid"], "OFAC-SDN", 1965),
    L("UK-9", ["Petrov Trading OOO", "Petrov Trading"], "UK-RUS"),
    L("EU-2", ["José García Fernández", "J. Garcia"], "EU-VEN", 1980),
    L("UN-8", ["Jane Doe", "J Doe"], "UN-1267", 1990),
]
SHARED_FLAGS = ["KYC-HOLD"]

CASES = [
    ([], []),
    ([], ENTRIES),
    ([C("C1", "Ivan Petrov")], []),
    ([C("C1", "Ivan Petrov")], ENTRIES),
    ([C("C1", "Mr Ivan PETROV", 1971)], ENTRIES),
    ([C("C1", "Ivan Petrov", 1972)], ENTRIES),
    ([C("C1", "Ivan Petrov", 1969)], ENTRIES),
    ([C("C1", "Ivan Petrov", 1968)], ENTRIES),
    ([C("C1", "I Petrov")], ENTRIES),
    ([C("C1", "Petrov")], ENTRIES),
    ([C("C1", "Petrov")], ENTRIES, 0.5),
    ([C("C1", "Petrov")], ENTRIES, 0.33),
    ([C("C1", "Jane Doe"), C("C2", "J. Doe", 1991), C("C3", "Doe Jane", 1950)], ENTRIES),
    ([C("C1", "Dr Ahmad al Rashid"), C("C2", "AHMED EL RASHID", 1966), C("C3", "A. Rashid")], ENTRIES),
    ([C("C1", "Petrov Trading LLC"), C("C2", "Petrov Trading Co. Ltd."), C("C3", "Petrov"), C("C4", "OOO")], ENTRIES),
    ([C("C1", "Jose Garcia Fernandez", 1980), C("C2", "JOSÉ GARCÍA"), C("C3", "J Garcia F")], ENTRIES),
    ([C("C1", "Jane Doe")], ENTRIES, 1.0),
    ([C("C1", "Jane Doe")], ENTRIES, 1),
    ([C("C1", "Jane Doe")], ENTRIES, 1.5),
    ([C("C1", "Jane Doe")], ENTRIES, 0),
    ([C("C1", "Jane Doe")], ENTRIES, 0.0),
    ([C("C1", "Jane Doe")], ENTRIES, -1),
    ([C("C1", "Jane Smith")], ENTRIES, 0),
    ([C("C1", "Zed Zulu")], ENTRIES, 0),
    ([C("C1", "Jane Doe")], ENTRIES, True),
    ([C("C1", "Jane Doe")], ENTRIES, False),
    ([C("C1", "Jane Doe")], ENTRIES, 2 / 3),
    ([C("C1", "John Smith Brown")], [L("A", ["John Smith"], "P"), L("B", ["J S Brown"], "P")], 0.5),
    ([C("C1", "John Smith Brown")], [L("A", ["John Smith"], "P"), L("B", ["J S Brown"], "P")], 0.6666),
    ([C("C1", "a b c")], [L("A", ["a b"], "P"), L("B", ["a"], "P"), L("C", ["a bb cc"], "P"), L("D", ["c b a"], "P")], 0.1),
    ([C("C1", "j j smith")], [L("A", ["john jim smith"], "P"), L("B", ["j j smith"], "P"), L("C", ["jj smith"], "P")], 0.1),
    ([C("C1", "John Smith")], [L("B", ["J Smith"], "P"), L("A", ["John Smith"], "P"), L("C", ["John Smith"], "Q")]),
    ([C("C1", "John Smith")], [L("B", ["J Smith", "John Smith"], "P"), L("A", ["J. Smith", "Smith J."], "P")]),
    ([C("C1", "John Smith")], [L("A", ["John Smith"], "P"), L("A", ["John Smith"], "P")]),
    ([C("C1", "John Smith")], [L("A", ["John Smith", "John Smith"], "P")]),
    ([C("C1", "John Smith")], [L("A", [], "P"), L("B", (), "P"), L("C", ("Smith, John",), "P")]),
    ([C("C1", "John Smith")], [L("A", ["Mr", "Ltd"], "P"), L("B", ["...", ""], "P")], 0),
    ([C("C1", "Mr"), C("C2", "Mr."), C("C3", ""), C("C4", "  -- ")], [L("A", ["Mr"], "P"), L("B", ["MR"], "Q")]),
    ([C("C1", "van der Berg"), C("C2", "Berg")], [L("A", ["Van der Berg"], "P"), L("B", ["von Berg"], "Q")]),
    ([C("C1", "Søren Østergård"), C("C2", "Soren Ostergard"), C("C3", "SØREN ØSTERGÅRD")], [L("A", ["Søren Østergård"], "P")]),
    ([C("C1", "Straße Weiß"), C("C2", "strasse weiss"), C("C3", "STRASSE WEISS")], [L("A", ["Straße Weiß"], "P")]),
    ([C("C1", "Ayşe Yılmaz"), C("C2", "AYSE YILMAZ"), C("C3", "İsmail Öztürk")], [L("A", ["Ayse Yilmaz"], "P"), L("B", ["Ismail Ozturk"], "P")]),
    ([C("C1", "ﬁnn ﬂoyd"), C("C2", "Ｊａｎｅ Ｄｏｅ"), C("C3", "Jane_Doe"), C("C4", "Jane\tDoe\n")], ENTRIES),
    ([C("C1", "محمد حسين"), C("C2", "金正恩"), C("C3", "Łukasz Đorđević")], [L("A", ["محمد حسين"], "P"), L("B", ["金 正恩"], "P"), L("C", ["Lukasz Dordevic"], "P")]),
    ([C("C1", "Ivan Petrov 2"), C("C2", "Ivan Petrov II")], [L("A", ["Ivan Petrov 2"], "P")]),
    ([C("C1", "Jane Doe", flags=["UN-1267"])], ENTRIES),
    ([C("C1", "Jane Doe", flags=["OTHER", "UN-1267", "UN-1267"])], ENTRIES),
    ([C("C1", "Jane Doe", flags=SHARED_FLAGS), C("C2", "Ivan Petrov", flags=SHARED_FLAGS)], ENTRIES),
    ([C("C1", "Jane Doe"), C("C1", "Jane Doe")], ENTRIES),
    ([C("C2", "Jane Doe"), C("C1", "Ivan Petrov")], ENTRIES),
    ([C("C1", "Jane Doe", 1990)], [L("X", ["Jane Doe"], "P", 1991), L("Y", ["Jane Doe"], "P", 1989), L("Z", ["Jane Doe"], "P", 1992)]),
    ([C("C1", "Jane Doe", 0)], [L("X", ["Jane Doe"], "P", 1), L("Y", ["Jane Doe"], "P", -1), L("Z", ["Jane Doe"], "P", 2)]),
    ([C("C1", "Jane Doe", 1990.5)], [L("X", ["Jane Doe"], "P", 1991), L("Y", ["Jane Doe"], "P", 1989)]),
    ([C("C1", "Jane Doe", True)], [L("X", ["Jane Doe"], "P", 0), L("Y", ["Jane Doe"], "P", 3)]),
    ([C("C1", "Jane Doe")], [L(2, ["Jane Doe"], "P"), L(1, ["Jane Doe"], "P"), L(0, ["J Doe"], "P")]),
    ([C("C1", "Jane Doe")], [L(None, ["Jane Doe"], None)]),
    ([C("C1", "Jane Doe")], [L(None, ["Jane Doe"], None), L(None, ["J Doe"], None)]),
    ([C(None, "Jane Doe"), C(7, "Jane Doe")], [L("A", ["Jane Doe"], ("P", 1))]),
    ([C("C1", "Jane Doe")], [L("A", ["Jane Doe"], ["P"])]),
    ([SimpleNamespace(customer_id="N1", name="Jane Doe", birth_year=None, flags=[])], ENTRIES),
    ([SimpleNamespace(customer_id="N1", name="Jane Doe", birth_year=None, flags=())], [L("A", ["Zed"], "P")]),
    ([SimpleNamespace(customer_id="N1", name="Jane Doe", birth_year=None, flags="")], [L("A", ["Zed"], "P")]),
    ([C("C1", "Jane Doe")], [SimpleNamespace(entry_id="S", names=["Jane Doe"], programme="P", birth_year=None)]),
    (tuple([C("C1", "Jane Doe")]), tuple(ENTRIES)),
    # invalid input
    (None, ENTRIES),
    ([C("C1", "Jane Doe")], None),
    ([None], ENTRIES),
    ([None], []),
    ([C("C1", None)], []),
    ([C("C1", None)], ENTRIES),
    ([C("C1", None, 1800)], [L("A", ["Jane Doe"], "P", 1990)]),
    ([C("C1", 42)], ENTRIES),
    ([C("C1", "Jane Doe")], [L("A", [None], "P")]),
    ([C("C1", "Jane Doe", 1800)], [L("A", [None], "P", 1990)]),
    ([C("C1", "Jane Doe")], [L("A", "Jane Doe", "P")]),
    ([C("C1", "Jane Doe")], [L("A", None, "P")]),
    ([C("C1", "Jane Doe", "1990")], [L("A", ["Jane Doe"], "P", 1990)]),
    ([C("C1", "Jane Doe", "1990")], [L("A", ["Jane Doe"], "P")]),
    ([C("C1", "Jane Doe")], ENTRIES, None),
    ([C("C1", "Zed Zulu")], ENTRIES, None),
    ([C("C1", "Jane Doe")], ENTRIES, "0.5"),
    ([C("C1", "Jane Doe", flags=None)], ENTRIES),
    ([C("C1", "Zed Zulu", flags=None)], ENTRIES),
    ([C("C1", "Jane Doe")], [L("A", ["Jane Doe"], "P"), L(1, ["Jane Doe"], "P")]),
    ([C("C1", "Jane Doe")], [L("A", ["Jane Doe"], "P"), L(1, ["Jane Smith"], "P")], 0.2),
    ([C("C1", "Jane Doe")], [None]),
    ([C("C1", "Jane Doe")], ["Jane Doe"]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(screen_customers, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(screen_customers, reference, threshold=0.5, entries=ENTRIES, customers=[C("C1", "Petrov")])


FIRST = ["Ivan", "Iván", "IVAN", "I.", "Jane", "J", "José", "Jose", "Ahmed", "Ahmad", "Søren", "Soren", "Ayşe", "Li"]
LAST = ["Petrov", "PETROV", "Doe", "García", "Garcia", "al-Rashid", "Rashid", "Østergård", "Yılmaz", "Wang", "von Berg"]
EXTRA = ["", "", "", "Dr. ", "Mr ", "Trading OOO", "Ltd", "Sheikh ", "Jr"]


def _random_name(rng):
    words = [rng.choice(FIRST), rng.choice(LAST)]
    if rng.random() < 0.3:
        words.insert(1, rng.choice(FIRST))
    if rng.random() < 0.3:
        words.reverse()
    extra = rng.choice(EXTRA)
    name = " ".join(words)
    if extra.endswith(" "):
        name = extra + name
    elif extra:
        name = name + " " + extra
    return rng.choice([name, name, name.upper(), name.lower(), name.replace(" ", ", ", 1)])


def _random_cases():
    rng = random.Random(8080)
    programmes = ["EU-RUS", "UN-1267", "OFAC-SDN", "UK-IRN"]
    for _ in range(200):
        entries = [L(f"E{rng.randint(0, 30):02d}", [_random_name(rng) for _ in range(rng.choice([0, 1, 1, 2, 3]))],
                     rng.choice(programmes), rng.choice([None, None, rng.randint(1960, 1970)]))
                   for _ in range(rng.choice([0, 1, 3, 6, 12]))]
        customers = []
        for number in range(rng.choice([0, 1, 2, 4, 7])):
            flags = rng.choice([[], [], [rng.choice(programmes)]])
            customers.append(C(f"C{number}", _random_name(rng), rng.choice([None, rng.randint(1958, 1972)]), "DE", flags))
        threshold = rng.choice([None, 0.75, 0.5, 1.0, 0.3, 0.0, 0.8])
        yield (customers, entries) if threshold is None else (customers, entries, threshold)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(screen_customers, reference, *case)


def test_onboarding_batch() -> None:
    rng = random.Random(5)
    entries = [L(f"CSL-{n:04d}", [_random_name(rng) for _ in range(rng.randint(1, 3))], rng.choice(["A", "B", "C"]),
                 rng.choice([None, rng.randint(1950, 1990)])) for n in range(400)]
    customers = [C(f"C{n:04d}", _random_name(rng), rng.choice([None, rng.randint(1950, 1990)])) for n in range(40)]
    assert_same(screen_customers, reference, customers, entries)
    assert_same(screen_customers, reference, customers, entries, 0.5)
