"""Strict equivalence tests for cases_mentioned (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from citator.mentions import cases_mentioned
from strict_support import assert_same

TARGET = "citator/mentions.py:cases_mentioned"


# --- verbatim copy of the original implementation and its helpers -------------------------

VERSUS = ("v", "v.", "vs", "vs.")


def name_pattern(case_name):
    words = []
    for word in case_name.split():
        words.append(r"(?:v|vs)\.?" if word.lower() in VERSUS else re.escape(word))
    return r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"


def reference(paragraphs, case_names):
    mentions = {}
    for number, text in paragraphs:
        for name in case_names:
            if re.search(name_pattern(name), text, re.IGNORECASE):
                mentions.setdefault(name, []).append(number)
    return {name: mentions[name] for name in case_names if name in mentions}


# --- cases -------------------------------------------------------------------------------

PARAS = [(1, "In Donoghue v Stevenson the House of Lords\nheld that a manufacturer owes a duty."),
         (2, "Caparo Industries plc vs. Dickman refined the test; see also DONOGHUE V.\nSTEVENSON."),
         (3, "Nothing here."),
         (4, "Anns v Merton London Borough Council was overruled in Murphy v Brentwood DC [1991] 1 AC 398."),
         (5, "Re B (A Minor) and Re B (Children) are different cases; so is Re Bee.")]
NAMES = ["Caparo Industries plc v Dickman", "Donoghue v Stevenson", "Anns v Merton London Borough Council",
         "Murphy v Brentwood DC", "Re B (A Minor)", "Re B", "Hedley Byrne v Heller"]


def one(text, *names):
    return ([(1, text)], list(names))


CASES = [
    ([], []),
    ((), ()),
    ([], NAMES),
    (PARAS, []),
    (PARAS, NAMES),
    (tuple(PARAS), tuple(NAMES)),
    (PARAS[::-1], NAMES),
    (PARAS, NAMES[::-1]),
    (PARAS + PARAS, NAMES),
    (PARAS, NAMES + NAMES),
    ([list(p) for p in PARAS], NAMES),
    ([(1, "x"), (1, "Donoghue v Stevenson"), (1, "Donoghue v Stevenson")], NAMES),
    ([(7, "Donoghue v Stevenson"), (3, "Donoghue v Stevenson")], NAMES),
    ([("4a", "Donoghue v Stevenson"), (None, "Donoghue v Stevenson"), (2.5, "Donoghue v Stevenson")], NAMES),
    one("Smith v Jones", "Smith v Jones"),
    one("Smith v. Jones", "Smith v Jones"),
    one("Smith vs Jones", "Smith v Jones"),
    one("Smith vs. Jones", "Smith v Jones"),
    one("Smith V Jones", "Smith v Jones"),
    one("Smith VS. Jones", "Smith v Jones"),
    one("Smith versus Jones", "Smith v Jones"),
    one("Smith v Jones", "Smith vs. Jones"),
    one("Smith v Jones", "Smith V. Jones"),
    one("Smith and Jones", "Smith v Jones"),
    one("Smith v Jones", "Smith v. Jones", "Smith v Jones", "smith v jones"),
    one("Smith\tv\nJones", "Smith v Jones"),
    one("Smith\u00a0v\u2003Jones", "Smith v Jones"),
    one("Smith\u2028v\rJones", "Smith v Jones"),
    one("Smithv Jones", "Smith v Jones"),
    one("Smith vJones", "Smith v Jones"),
    one("Smith v Jonesborough", "Smith v Jones"),
    one("ASmith v Jones", "Smith v Jones"),
    one("Smith v Jones_", "Smith v Jones"),
    one("Smith v Jones2", "Smith v Jones"),
    one("(Smith v Jones)", "Smith v Jones"),
    one("'Smith v Jones'.", "Smith v Jones"),
    one("Smith v Jones.", "Smith v Jones."),
    one("Smith v Jones", "Smith v Jones."),
    one("Smith v Jones.x", "Smith v Jones."),
    one("SMITH V JONES", "Smith v Jones"),
    one("smith v jones", "SMITH V JONES"),
    one("Müller v Öztürk", "MÜLLER v ÖZTÜRK"),
    one("Strauss v Meier", "Strauß v Meier"),
    one("STRASSE v Meier", "Straße v Meier"),
    one("İnce v Ildız", "ince v ıldız"),
    one("ΣΟΦΟΚΛΗΣ v Πάπας", "σοφοκλης v πάπας"),
    one("ﬁnch v Roe", "FINCH v Roe"),
    one("Jones v Secretary of State for Work and Pensions", "Jones v Secretary of State for Work and Pensions"),
    one("Re B (A Minor)", "Re B (A Minor)"),
    one("Re B (A Minor", "Re B (A Minor)"),
    one("Re B (a minor) [1990]", "Re B (A Minor)"),
    one("Re B", "Re B (A Minor)"),
    one("a+b v c*d? [x] {1} ^$ |", "a+b v c*d?"),
    one("a.b v c", "a.b v c"),
    one("axb v c", "a.b v c"),
    one("back\\slash v x", "back\\slash v x"),
    one("Re V", "Re V"),
    one("Re vs.", "Re V"),
    one("Re v.", "Re V"),
    one("v", "v"),
    one("vs. Jones", "v Jones"),
    one("Smith v", "Smith v"),
    one("Smith v.", "Smith v"),
    one("anything at all", ""),
    one("", ""),
    one("", "   "),
    one("anything", " \n "),
    one("Smith v Jones", "  Smith   v   Jones  "),
    one("Smith v Jones", "Smith\nv\tJones"),
    one("Smith v Jones " * 400 + "end", "Smith v Jones", "Jones v Smith"),
    ([(1, None)], ["Smith v Jones"]),
    ([(1, b"Smith v Jones")], ["Smith v Jones"]),
    ([(1, 42)], ["Smith v Jones"]),
    ([(1, "Smith v Jones")], [None]),
    ([(1, "Smith v Jones")], [b"Smith v Jones"]),
    ([(1, "Smith v Jones")], [42]),
    ([(1, "Smith v Jones")], [["Smith", "v", "Jones"]]),
    ([], [["Smith v Jones"]]),
    ([], None),
    ([(1, "Smith v Jones")], None),
    ([], "Smith v Jones"),
    ([(1, "S v J")], "Smith v Jones"),
    ([(1, "Smith v Jones", "extra")], ["Smith v Jones"]),
    ([(1,)], ["Smith v Jones"]),
    ([None], ["Smith v Jones"]),
    (None, ["Smith v Jones"]),
    ("", ["Smith v Jones"]),
    ({1: "Smith v Jones"}, ["Smith v Jones"]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(cases_mentioned, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(cases_mentioned, reference, case_names=NAMES, paragraphs=PARAS)


POOL = ["Smith v Jones", "Jones v Smith", "Re Smith", "Re Jones", "R (on the application of Khan) v Secretary of State",
        "Khan v Tesco Stores Ltd", "Smith v Jones.", "Patel v Patel", "Re B (A Minor)", "Evans v Evans", "Byrne v Murray"]
JOINERS = [" v ", " v. ", " vs ", "\nv\n", " V. ", " and ", "  v  "]


def _random_cases():
    rng = random.Random(1932)
    for _ in range(230):
        paragraphs = []
        for number in range(rng.randint(0, 6)):
            text = "The court considered the authorities. "
            for _ in range(rng.randint(0, 3)):
                name = rng.choice(POOL)
                if " v " in name:
                    name = name.replace(" v ", rng.choice(JOINERS), 1)
                if rng.random() < 0.2:
                    name = rng.choice([name.upper(), name.lower(), name + "son", "x" + name])
                text += f"See {name} at [{rng.randint(1, 90)}]. "
            paragraphs.append((rng.choice([number + 1, number + 1, rng.randint(1, 5)]), text))
        names = rng.sample(POOL, rng.randint(0, len(POOL)))
        if names and rng.random() < 0.1:
            names.append(rng.choice(names))
        yield paragraphs, names


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(cases_mentioned, reference, *case)


def test_judgment_against_leading_cases() -> None:
    rng = random.Random(19)
    parties = ["Smith", "Jones", "Patel", "Hughes", "Khan", "Murray", "Okafor", "Byrne", "Wilson", "Taylor", "Evans",
               "Clarke", "Ahmed", "Davies", "Morgan", "Hussain", "Walsh", "Kaur", "Price", "Lloyd", "Fraser", "Reid",
               "Barclays Bank plc", "Tesco Stores Ltd", "London Borough of Camden", "General Medical Council"]
    names = sorted({f"{a} v {b}" for a in parties for b in parties if a != b})[:600]
    paragraphs = []
    for number in range(1, 4):
        text = "I do not accept that submission. " * 3
        for _ in range(3):
            text += f"As was said in {rng.choice(names).replace(' v ', rng.choice(JOINERS))}, the test is objective. "
        paragraphs.append((number, text))
    assert_same(cases_mentioned, reference, paragraphs, names)
