"""Strict equivalence tests for find_conflicts (never shown to wattlens)."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest
from strict_support import assert_same
from confreview.conflicts import find_conflicts
from confreview.people import Author, Paper, Reviewer

TARGET = "confreview/conflicts.py:find_conflicts"


# --- verbatim copy of the original implementation and its helpers -------------------------

GENERIC_DOMAINS = {"gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com",
                   "protonmail.com", "proton.me", "qq.com", "163.com", "126.com", "gmx.de", "web.de"}


def normalise_name(name):
    text = unicodedata.normalize("NFKD", name)
    text = "".join(char for char in text if not unicodedata.combining(char)).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    words = [word for word in text.split() if word not in ("dr", "prof", "mr", "ms", "mrs")]
    return " ".join(words)


def normalise_org(name):
    text = re.sub(r"[^\w\s]", " ", name.casefold())
    text = re.sub(r"\buniv\b", "university", text)
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def email_domain(email):
    _, at, host = email.strip().casefold().rpartition("@")
    if not at or "." not in host:
        return None
    labels = host.split(".")
    domain = ".".join(labels[-3:] if labels[-2] in ("ac", "co", "edu", "com") and len(labels) > 2 else labels[-2:])
    return None if domain in GENERIC_DOMAINS else domain


def reference(papers, reviewers, coauthorships, since):
    pairs = [(normalise_name(a), normalise_name(b), year) for a, b, year in coauthorships]
    conflicts = {}
    for paper in papers:
        found = []
        for reviewer in reviewers:
            reason = None
            for label in ("author", "institution", "coauthor", "domain"):
                for author in paper.authors:
                    if label == "author":
                        hit = (normalise_name(author.name) == normalise_name(reviewer.name)
                               or author.email.strip().casefold() == reviewer.email.strip().casefold())
                    elif label == "institution":
                        hit = normalise_org(author.affiliation) in [normalise_org(org) for org in reviewer.affiliations]
                    elif label == "coauthor":
                        mine, theirs = normalise_name(reviewer.name), normalise_name(author.name)
                        hit = any(year >= since and ((a == mine and b == theirs) or (a == theirs and b == mine))
                                  for a, b, year in pairs)
                    else:
                        domain = email_domain(author.email)
                        hit = domain is not None and domain == email_domain(reviewer.email)
                    if hit:
                        reason = label
                        break
                if reason:
                    break
            if reason:
                found.append((reviewer.reviewer_id, reason))
        if found:
            conflicts[paper.paper_id] = sorted(found)
    return conflicts


# --- cases -------------------------------------------------------------------------------

ALICE = Reviewer("pc01", "Alice Smith", "alice@cs.ox.ac.uk", ("University of Oxford",))
BOB = Reviewer("pc02", "Bob Jones", "bob@gmail.com", ("ETH Zurich",))
CARL = Reviewer("pc03", "Prof. Carl Nyström", "carl@kth.se", ("KTH Royal Institute of Technology", "The Univ of Oxford"))
PC = [ALICE, BOB, CARL]


def paper(*authors, paper_id=1):
    return Paper(paper_id, "Title", tuple(authors))


def a(name, affiliation="Elsewhere Institute", email="someone@elsewhere.org"):
    return Author(name, affiliation, email)


CASES = [
    ([], [], [], 2020),
    ([], PC, [("Alice Smith", "Bob Jones", 2024)], 2020),
    ([paper()], PC, [], 2020),
    ([paper(a("Nobody"))], [], [], 2020),
    ([paper(a("Nobody"))], PC, [], 2020),
    ([paper(a("Alice Smith"))], PC, [], 2020),
    ([paper(a("ALICE  SMITH"))], PC, [], 2020),
    ([paper(a("Dr. Alice Smith"))], PC, [], 2020),
    ([paper(a("Smith, Alice"))], PC, [], 2020),
    ([paper(a("Álíce Smíth"))], PC, [], 2020),
    ([paper(a("Carl Nystrom"))], PC, [], 2020),
    ([paper(a("carl nyström"))], PC, [], 2020),
    ([paper(a("Carl Nyström"))], PC, [], 2020),
    ([paper(a("Carl Ny\u0308strom"))], PC, [], 2020),
    ([paper(a("Straße"))], [Reviewer("r", "STRASSE", "r@r.org")], [], 2020),
    ([paper(a("ﬁona"))], [Reviewer("r", "fiona", "r@r.org")], [], 2020),
    ([paper(a("Dr."))], [Reviewer("r", "Prof.", "r@r.org")], [], 2020),
    ([paper(a(""))], [Reviewer("r", "", "r@r.org")], [], 2020),
    ([paper(a("X", email="ALICE@cs.ox.ac.uk "))], PC, [], 2020),
    ([paper(a("X", email=""))], [Reviewer("r", "Y", "")], [], 2020),
    ([paper(a("X", email="  "))], [Reviewer("r", "Y", "")], [], 2020),
    ([paper(a("X", "University of Oxford"))], PC, [], 2020),
    ([paper(a("X", "the university of oxford"))], PC, [], 2020),
    ([paper(a("X", "Univ. of Oxford"))], PC, [], 2020),
    ([paper(a("X", "University of Oxford, UK"))], PC, [], 2020),
    ([paper(a("X", "Oxford University"))], PC, [], 2020),
    ([paper(a("X", "ETH-Zürich"))], [Reviewer("r", "Y", "y@y.org", ("ETH Zürich",))], [], 2020),
    ([paper(a("X", "ETH-Zürich"))], [Reviewer("r", "Y", "y@y.org", ("ETH Zurich",))], [], 2020),
    ([paper(a("X", "The"))], [Reviewer("r", "Y", "y@y.org", ("",))], [], 2020),
    ([paper(a("X", ""))], [Reviewer("r", "Y", "y@y.org", ("",))], [], 2020),
    ([paper(a("X", ""))], [Reviewer("r", "Y", "y@y.org", ())], [], 2020),
    ([paper(a("X", "University"))], [Reviewer("r", "Y", "y@y.org", ("Univ",))], [], 2020),
    ([paper(a("X", "Universität Wien"))], [Reviewer("r", "Y", "y@y.org", ("Univ Wien",))], [], 2020),
    ([paper(a("Dana White"))], PC, [("Dana White", "Bob Jones", 2023)], 2021),
    ([paper(a("Dana White"))], PC, [("Bob Jones", "Dana White", 2021)], 2021),
    ([paper(a("Dana White"))], PC, [("Bob Jones", "Dana White", 2020)], 2021),
    ([paper(a("Dana White"))], PC, [("bob jones", "DR DANA WHITE", 2024)], 2021),
    ([paper(a("Dana White"))], PC, [("Bob Jones", "Dana White", 2020), ("Dana White", "Bob Jones", 2022)], 2021),
    ([paper(a("Dana White"))], PC, [("Bob Jones", "Bob Jones", 2024)], 2021),
    ([paper(a("Bob Jones"))], PC, [("Bob Jones", "Bob Jones", 2024)], 2021),
    ([paper(a("Dana White"))], PC, [("Dana White", "Bob Jones", 2023)], 2023.5),
    ([paper(a("Dana White"))], PC, [("Dana White", "Bob Jones", 2023.0)], 2023),
    ([paper(a("Dana White"))], PC, [("Dana White", "Bob Jones", True)], 0),
    ([paper(a("Dana White"))], PC, [("Dana White", "Bob Jones", 2023)], -1),
    ([paper(a("Eve", "Somerville College", "eve@ox.ac.uk"))], PC, [], 2020),
    ([paper(a("Eve", "Somerville College", "eve@maths.OX.ac.uk"))], PC, [], 2020),
    ([paper(a("Eve", "x", "eve@gmail.com"))], PC, [], 2020),
    ([paper(a("Eve", "x", "eve@kth.se"))], PC, [], 2020),
    ([paper(a("Eve", "x", "eve@mail.kth.se"))], PC, [], 2020),
    ([paper(a("Eve", "x", "eve@kth"))], [Reviewer("r", "Y", "y@kth")], [], 2020),
    ([paper(a("Eve", "x", "eve@.kth"))], [Reviewer("r", "Y", "y@.kth")], [], 2020),
    ([paper(a("Eve", "x", "eve@co.uk"))], [Reviewer("r", "Y", "y@co.uk")], [], 2020),
    ([paper(a("Eve", "x", "eve@x.co.uk"))], [Reviewer("r", "Y", "y@z.x.co.uk")], [], 2020),
    ([paper(a("Eve", "x", "eve@a@b.org"))], [Reviewer("r", "Y", "y@b.org")], [], 2020),
    ([paper(a("Eve", "x", "eve@"))], [Reviewer("r", "Y", "y@")], [], 2020),
    ([paper(a("Eve", "x", "eve@x.com.au"))], [Reviewer("r", "Y", "y@x.com.au")], [], 2020),
    ([paper(a("Eve", "x", "eve@x.163.com"))], [Reviewer("r", "Y", "y@163.com")], [], 2020),
    ([paper(a("Bob Jones", "ETH Zurich", "bob@gmail.com"))], PC, [("Bob Jones", "Bob Jones", 2024)], 2020),
    ([paper(a("Gus", "ETH Zurich", "gus@ethz.ch"), a("Bob Jones", "x", "q@q.org"))], PC, [], 2020),
    ([paper(a("Gus", "ETH Zurich", "gus@ethz.ch"), a("Bob Jones", "x", "q@q.org"))], list(reversed(PC)), [], 2020),
    ([paper(a("Alice Smith"), paper_id=2), paper(a("Bob Jones"), paper_id=1)], PC, [], 2020),
    ([paper(a("Alice Smith"), paper_id=1), paper(a("Bob Jones"), paper_id=1)], PC, [], 2020),
    ([paper(a("Alice Smith"), paper_id="P-7"), paper(a("Bob Jones"), paper_id=None)], PC, [], 2020),
    ([paper(a("Alice Smith"))], [ALICE, ALICE], [], 2020),
    ([paper(a("Alice Smith"))], [Reviewer("pc01", "Alice Smith", "z@z.org"), Reviewer("pc01", "Zed", "alice@cs.ox.ac.uk")], [], 2020),
    ([paper(a("Alice Smith"))], [Reviewer(2, "Alice Smith", "z@z.org"), Reviewer(10, "Alice Smith", "q@z.org")], [], 2020),
    ((paper(a("Alice Smith")),), tuple(PC), (("Alice Smith", "Bob Jones", 2024),), 2020),
    # invalid input
    (None, PC, [], 2020),
    ([paper(a("Alice Smith"))], None, [], 2020),
    ([paper(a("Alice Smith"))], PC, None, 2020),
    ([paper(a("Dana White"))], PC, [("Dana White", "Bob Jones", 2023)], None),
    ([paper(a("Dana White"))], PC, [("Dana White", "Bob Jones", 2023)], "2020"),
    ([paper(a("Alice Smith"))], PC, [("Dana White", "Bob Jones", 2023)], None),
    ([], PC, [("Dana White", "Bob Jones", 2023)], None),
    ([paper(a("Dana White"))], PC, [("Dana White", "Bob Jones")], 2020),
    ([paper(a("Dana White"))], PC, [("Dana White", None, 2023)], 2020),
    ([paper(a(None))], PC, [], 2020),
    ([paper(a("X", None))], PC, [], 2020),
    ([paper(a("X", "y", None))], PC, [], 2020),
    ([paper(a("Alice Smith"))], [Reviewer("r", "Alice Smith", None)], [], 2020),
    ([paper(a("X"))], [Reviewer("r", "Y", "y@y.org", None)], [], 2020),
    ([paper(a("X"))], [Reviewer("r", "Y", "y@y.org", "University of Oxford")], [], 2020),
    ([paper(a("Alice Smith"))], [Reviewer(2, "Alice Smith", "z@z.org"), Reviewer("10", "Alice Smith", "q@z.org")], [], 2020),
    ([None], PC, [], 2020),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(find_conflicts, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(find_conflicts, reference, since=2022, coauthorships=[("Dana White", "Bob Jones", 2023)],
                reviewers=PC, papers=[paper(a("Dana White"))])


NAMES = ["Alice Smith", "Dr. Alice Smith", "José García", "Jose Garcia", "Wei Zhang", "Zoë O'Connor", "zoe o connor",
         "Bob Jones", "Prof. Sven Lindqvist", "Priya Sharma", "Anna Müller", "Anna Muller"]
ORGS = ["University of Oxford", "Univ. of Oxford", "The University of Oxford", "ETH Zurich", "ETH Zürich", "KTH",
        "School of Computing, University of Leeds", "University of Leeds", "Google Research", ""]
EMAILS = ["{}@ox.ac.uk", "{}@cs.ox.ac.uk", "{}@ethz.ch", "{}@gmail.com", "{}@leeds.ac.uk", "{}@google.com", "{}@kth.se",
          "{}", ""]


def _random_cases():
    rng = random.Random(1066)
    for _ in range(200):
        def person():
            name = rng.choice(NAMES)
            return name, rng.choice(ORGS), rng.choice(EMAILS).format(name.split()[-1].lower())

        reviewers = []
        for n in range(rng.randint(0, 6)):
            name, org, email = person()
            reviewers.append(Reviewer(f"pc{rng.randint(0, 20):02d}", name, email, tuple(rng.sample(ORGS, rng.randint(0, 2)))))
        papers = [Paper(n, "T", tuple(Author(*person()) for _ in range(rng.randint(0, 4)))) for n in range(rng.randint(0, 6))]
        pairs = [(rng.choice(NAMES), rng.choice(NAMES), rng.randint(2015, 2025)) for _ in range(rng.choice([0, 1, 5, 20]))]
        yield papers, reviewers, pairs, rng.choice([2015, 2020, 2022, 2026])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(find_conflicts, reference, *case)


def test_full_committee() -> None:
    rng = random.Random(5)
    first = ["Ana", "Ben", "Chen", "Dara", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jun"]
    last = ["Silva", "Berg", "Wang", "Kaur", "Novak", "Rahman", "Petrov", "Sato", "Horvat", "Li"]
    orgs = [f"University of {city}" for city in ["Leeds", "Lyon", "Kyoto", "Porto", "Graz", "Cork"]]

    def someone():
        name = f"{rng.choice(first)} {rng.choice(last)}"
        org = rng.choice(orgs)
        return name, org, f"{name.split()[0].lower()}@{org.split()[-1].lower()}.edu"

    reviewers = [Reviewer(f"pc{n:02d}", *someone()[:2], ()) for n in range(30)]
    reviewers = [Reviewer(r.reviewer_id, r.name, r.email + "@x.org", (rng.choice(orgs),)) for r in reviewers]
    papers = [Paper(n, "T", tuple(Author(*someone()) for _ in range(3))) for n in range(40)]
    pairs = [(f"{rng.choice(first)} {rng.choice(last)}", f"{rng.choice(first)} {rng.choice(last)}", rng.randint(2015, 2025))
             for _ in range(150)]
    assert_same(find_conflicts, reference, papers, reviewers, pairs, 2021)
