"""Strict equivalence tests for yearly_rankings (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import namedtuple
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from namerank.ranking import yearly_rankings
from namerank.records import Birth, RankedName

TARGET = "namerank/ranking.py:yearly_rankings"


# --- verbatim copy of the original implementation and its helpers -----------------------------

def _ref_normalise(name):
    return " ".join(name.split()).title()


def reference(births):
    groups = {}
    for birth in births:
        name = _ref_normalise(birth.first_name)
        if name:
            groups.setdefault((birth.year, birth.sex), []).append(name)

    rankings = {}
    for key in sorted(groups):
        names = groups[key]
        counted = [(name, names.count(name)) for name in dict.fromkeys(names)]
        counted.sort(key=lambda item: (-item[1], item[0]))
        ranked = []
        for position, (name, count) in enumerate(counted):
            rank = ranked[-1].rank if ranked and ranked[-1].births == count else position + 1
            ranked.append(RankedName(rank, name, count, round(100 * count / len(names), 2)))
        rankings[key] = ranked
    return rankings


# --- cases -------------------------------------------------------------------------------

def b(name, year=2023, sex="F", district=""):
    return Birth(year, sex, name, district)


BirthRow = namedtuple("BirthRow", "year sex first_name")

CASES = [
    [],
    (),
    [b("")],
    [b("   "), b("\n\t"), b("\u00a0")],
    [b("Olivia")],
    (b("Olivia"), b("olivia")),
    [b("olivia"), b("Amelia"), b("OLIVIA"), b("isla"), b("amelia"), b("Ava"), b(" ")],
    [b("Ava"), b("Isla"), b("Mia"), b("Zoe")],
    [b("Zoe"), b("Mia"), b("Isla"), b("Ava")],
    [b("a")] * 3 + [b("b")] * 3 + [b("c")] * 2 + [b("d")] * 2 + [b("e")],
    [b("x")] * 7,
    [b("mary  ann"), b("Mary Ann"), b(" MARY\tANN\n"), b("Mary-Ann"), b("maryann")],
    [b("jean-luc"), b("JEAN-LUC"), b("o'neil"), b("O'NEIL"), b("mcdonald"), b("d'arcy")],
    [b("élodie"), b("ÉLODIE"), b("Zoë"), b("zoë"), b("Zoe\u0308"), b("Søren"), b("ǆemal")],
    [b("straße"), b("STRASSE"), b("ß"), b("ﬁona"), b("İlkay"), b("ılgaz")],
    [b("Ωmega"), b("σοφία"), b("ΣΟΦΊΑ"), b("Анна"), b("анна"), b("李"), b("محمد")],
    [b("3po"), b("r2d2"), b("X Æ A-12"), b("x æ a-12"), b("a\u200bb"), b("a b")],
    [b("Amy"), b("amy"), b("Amy "), b("AMY"), b("Zara")],
    [b("B"), b("a"), b("A"), b("b"), b("_"), b("Á")],
    [b("Noah", 2023, "M"), b("Olivia", 2023, "F"), b("Noah", 2022, "M"), b("Leo", 2024, "X")],
    [b("Noah", 2024, "M"), b("Noah", 2023, "M"), b("Noah", 2022, "M")],
    [b("Noah", 2023, "M"), b("Noah", 2023.0, "M"), b("Leo", 2023.0, "M")],
    [b("Noah", 2023.0, "M"), b("Noah", 2023, "M")],
    [b("Noah", True, "M"), b("Leo", 1, "M"), b("Max", 1.0, "M")],
    [b("Noah", 2022, None), b("Leo", 2023, "M")],
    [b("Noah", 2023, None), b("Leo", 2023, "M")],
    [b("Noah", 2023, None), b("Leo", 2023, None)],
    [b("Noah", None, "M"), b("Leo", 2023, "M")],
    [b("Noah", "2023", "M"), b("Leo", "2022", "M")],
    [b("Noah", 2023, "M"), b("Leo", "2023", "M")],
    [b("Noah", 2023, ("M",)), b("Leo", 2023, ("F",))],
    [b("Noah", 10 ** 30, "M"), b("Leo", -1, "M")],
    [b(None)],
    [b(""), b(None)],
    [b("Noah"), b(5)],
    [b(b"noah")],
    [b(["noah"])],
    [None],
    None,
    [b("Noah"), None],
    [SimpleNamespace(year=2023, sex="F", first_name="Ada"), SimpleNamespace(year=2023, sex="F", first_name="ada")],
    [BirthRow(2023, "M", "Ben"), BirthRow(2023, "M", "ben"), BirthRow(2022, "M", "Ben")],
    [SimpleNamespace(year=2023, sex="F")],
    [b("Ada", district="North"), b("Ada", district="South"), b("Bea", district="North")],
    [b(f"name{n % 7}") for n in range(50)],
    [b(f"Name{n}") for n in range(40)],
    [b("a" * 1000), b("A" * 1000), b("a" * 999)],
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(yearly_rankings, reference, case)


def test_keyword_argument() -> None:
    assert_same(yearly_rankings, reference, births=[b("Ada"), b("Ada"), b("Bea")])


def test_share_rounding() -> None:
    for total in (3, 6, 7, 9, 11, 13, 17, 19, 23, 29, 31, 300, 301):
        for top in (1, 2, total // 2, total - 1):
            births = [b("Top")] * top + [b(f"N{n}") for n in range(total - top)]
            assert_same(yearly_rankings, reference, births)


NAMES = ["Ada", "ada", "ADA", "Bea", "bea ", "Cleo", "cleo", "Dora", "Eve", "eve", "Fay", "Gus", "  ", "",
         "Hal", "Ivy", "ivy", "Jo Ann", "jo  ann", "Kit", "Léa", "LÉA", "Zoë"]


def _random_cases():
    rng = random.Random(404)
    for _ in range(200):
        births = []
        for _ in range(rng.randint(0, 40)):
            births.append(Birth(rng.choice([2021, 2022, 2023]), rng.choice(["F", "M", "F"]), rng.choice(NAMES),
                                rng.choice(["", "North"])))
        yield births


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(yearly_rankings, reference, case)


def test_registry_export() -> None:
    """A realistic export: 4000 births over three years with clerical variations of 300 names."""
    rng = random.Random(77)
    pool = [f"{rng.choice(['Al', 'Be', 'Ca', 'Da', 'El', 'Fi', 'Gi'])}{rng.choice(['ra', 'no', 'li', 'xa', 'ty', 'mo'])}"
            f"{rng.choice(['', 'n', 'h', 'lie', 'ssa'])}" for _ in range(300)]
    births = []
    for _ in range(4000):
        name = rng.choice(pool[: rng.randint(1, 300)])
        name = rng.choice([name, name, name, name.upper(), name.lower() + " "])
        births.append(Birth(rng.randint(2021, 2023), rng.choice("FM"), name, rng.choice(["North", "South"])))
    assert_same(yearly_rankings, reference, births)
