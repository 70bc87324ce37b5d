"""Strict equivalence tests for contributor_stats (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import namedtuple
from dataclasses import dataclass, field
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from authormap.history import Commit, Contributor, FileChange
from authormap.mailmap import Mailmap, parse_mailmap
from authormap.stats import contributor_stats

TARGET = "authormap/stats.py:contributor_stats"


# --- verbatim copy of the original implementation and its helpers -----------------------------

def _ref_resolve(mailmap, name, email):
    key = email.lower()
    proper = mailmap.by_name_and_email.get((name, key)) or mailmap.by_email.get(key)
    if proper is None:
        return name, email
    proper_name, proper_email = proper
    return proper_name or name, proper_email or email


@dataclass
class _RefTally:
    name: str
    email: str
    commits: int = 0
    added: int = 0
    deleted: int = 0
    files: list = field(default_factory=list)
    areas: list = field(default_factory=list)
    emails: list = field(default_factory=list)


def reference(commits, mailmap):
    tallies = {}
    for commit in commits:
        name, email = _ref_resolve(mailmap, commit.author_name, commit.author_email)
        tally = tallies.get(email.lower())
        if tally is None:
            tally = tallies[email.lower()] = _RefTally(name, email)
        tally.commits += 1
        if commit.author_email not in tally.emails:
            tally.emails.append(commit.author_email)
        for change in commit.changes:
            tally.added += change.added
            tally.deleted += change.deleted
            if change.path not in tally.files:
                tally.files.append(change.path)
            area = change.path.split("/", 1)[0] if "/" in change.path else "."
            if area not in tally.areas:
                tally.areas.append(area)
    contributors = [
        Contributor(tally.name, tally.email, tally.commits, tally.added, tally.deleted, len(tally.files),
                    tuple(tally.areas), tuple(tally.emails))
        for tally in tallies.values()
    ]
    contributors.sort(key=lambda person: (-person.commits, person.name.casefold(), person.email))
    return contributors


# --- cases -------------------------------------------------------------------------------

MAILMAP = parse_mailmap("""
# people who changed jobs or mistyped their address
Jane Doe <jane@example.org>
<jane@example.org> <jane.doe@oldcorp.com>
Joe Bloggs <joe@example.org> joe <root@localhost>
Ann Lee <ann@example.org> <ANN.LEE@Old.Example>
""")
EMPTY = Mailmap()
F = FileChange
C = Commit
ChangeRow = namedtuple("ChangeRow", "path added deleted")

BASIC = [
    C("a1", "Jane Doe", "jane@example.org", (F("src/app.py", 10, 2), F("README", 1, 0))),
    C("a2", "jd", "jane.doe@oldcorp.com", (F("src/app.py", 3, 3),)),
    C("a3", "joe", "root@localhost", (F("docs/index.md", 5, 0),)),
    C("a4", "alice", "root@localhost", (F("src/app.py", 1, 1), F("tests/test_app.py", 20, 0))),
    C("a5", "Ann", "ann.lee@old.example", ()),
]

CASES = [
    ([], MAILMAP),
    ((), EMPTY),
    (BASIC, MAILMAP),
    (BASIC, EMPTY),
    (tuple(BASIC), MAILMAP),
    (BASIC[::-1], MAILMAP),
    (BASIC + BASIC, MAILMAP),
    ([C("1", "bob", "bob@x.org"), C("2", "Alice", "alice@x.org"), C("3", "carol", "c@x.org"), C("4", "carol", "c@x.org")], EMPTY),
    ([C("1", "bob", "b@x.org"), C("2", "Bob", "a@x.org"), C("3", "BOB", "c@x.org")], EMPTY),
    ([C("1", "bob", "b@x.org"), C("2", "bob", "B@x.org"), C("3", "Bob", "b@X.ORG")], EMPTY),
    ([C("1", "Émile", "e1@x.org"), C("2", "emile", "e2@x.org"), C("3", "Zoë", "z@x.org"), C("4", "zoe", "z2@x.org"),
      C("5", "ÉMILE", "e0@x.org")], EMPTY),
    ([C("1", "Straße", "STRASSE@x.org"), C("2", "Strasse", "straße@x.org"), C("3", "s", "strasse@x.org")], EMPTY),
    ([C("1", "i", "İ@x.org"), C("2", "i", "i̇@x.org"), C("3", "k", "K@x.org"), C("4", "k", "\u212a@x.org")], EMPTY),
    ([C("1", "a", "a@x.org", (F("src/a.py", 1, 1), F("src/a.py", 2, 2), F("src/b.py", 0, 0)))], EMPTY),
    ([C("1", "a", "a@x.org", (F("", 1, 0), F("/abs/path", 1, 0), F("a//b", 1, 0), F("dir/", 1, 0), F("README", 1, 0),
                                F(".github/workflows/ci.yml", 1, 0), F("./local", 1, 0), F(" src/x", 1, 0), F("src /x", 1, 0)))], EMPTY),
    ([C("1", "a", "a@x.org", (F("Src/A.py", 1, 0), F("src/a.py", 1, 0), F("SRC/a.py", 1, 0), F("src/a.py ", 1, 0)))], EMPTY),
    ([C("1", "a", "a@x.org", (F("données/été.txt", 1, 0), F("文档/说明.md", 2, 0), F("données\\win.txt", 3, 0)))], EMPTY),
    ([C("1", "a", "a@x.org", (F("x/y", 1.5, 0.25), F("x/z", True, False), F("x/w", -4, 10 ** 20)))], EMPTY),
    ([C("1", "a", "a@x.org", (F("x/y", None, 0),))], EMPTY),
    ([C("1", "a", "a@x.org", (F("x/y", "3", "4"),))], EMPTY),
    ([C("1", "a", "a@x.org", (F(None, 1, 0),))], EMPTY),
    ([C("1", "a", "a@x.org", (F(b"x/y", 1, 0),))], EMPTY),
    ([C("1", "a", "a@x.org", (F(("x", "y"), 1, 0),))], EMPTY),
    ([C("1", "a", "a@x.org", (F(["x/y"], 1, 0), F(["x/y"], 2, 0), F("x/y", 3, 0)))], EMPTY),
    ([C("1", "a", "a@x.org", [F("x/y", 1, 0), F("x/z", 1, 0)])], EMPTY),
    ([C("1", "a", "a@x.org", (ChangeRow("x/y", 1, 0), ChangeRow("x/y", 2, 0)))], EMPTY),
    ([C("1", "a", "a@x.org", (SimpleNamespace(path="x/y", added=1, deleted=2),))], EMPTY),
    ([C("1", "a", "a@x.org", None)], EMPTY),
    ([C("1", "a", "a@x.org", "x/y")], EMPTY),
    ([C("1", "a", None)], EMPTY),
    ([C("1", None, "a@x.org"), C("2", None, "b@x.org")], EMPTY),
    ([C("1", None, "a@x.org"), C("2", "b", "b@x.org")], EMPTY),
    ([C("1", "a", "")], EMPTY),
    ([C("1", "", "a@x.org")], EMPTY),
    ([C("1", "a", "a@x.org")], None),
    ([], None),
    ([C("1", "a", "a@x.org")], SimpleNamespace(by_email={"a@x.org": ("Alpha", None)}, by_name_and_email={})),
    ([C("1", "a", "a@x.org")], SimpleNamespace(by_email={}, by_name_and_email={("a", "a@x.org"): (None, "new@x.org")})),
    ([C("1", "a", "A@X.org"), C("2", "b", "a@x.org")],
     Mailmap({"a@x.org": ("Alpha", "ALPHA@x.org")}, {("b", "a@x.org"): ("Beta", "beta@x.org")})),
    ([C("1", "a", "a@x.org"), C("2", "b", "b@x.org")], Mailmap({"a@x.org": ("", "")}, {})),
    ([C("1", "a", "a@x.org"), C("2", "b", "b@x.org")], Mailmap({"a@x.org": (None, "b@x.org")}, {})),
    ([C("1", "a", "a@x.org"), C("2", "b", "b@x.org")], Mailmap({"a@x.org": (None, "B@X.ORG")}, {})),
    ([C("1", "b", "b@x.org"), C("2", "a", "a@x.org")], Mailmap({"a@x.org": ("Bee", "b@x.org")}, {})),
    ([C("1", "a", "a@x.org")], Mailmap({"A@x.org": ("Upper", None)}, {})),
    ([C("1", "a", "a@x.org")], Mailmap({"a@x.org": ("Only", None, "extra")}, {})),
    ([C("1", "a", "a@x.org")], Mailmap({"a@x.org": None}, {("a", "a@x.org"): None})),
    ([C("1", "a", "a@x.org")], Mailmap({"a@x.org": ()}, {})),
    ([C("1", "a", "a@x.org")], Mailmap({}, {("a", "a@x.org"): ("", None)})),
    ([C(str(n), f"dev{n % 3}", f"dev{n % 3}@x.org", (F(f"m{n % 4}/f{n % 5}.py", n, n % 3),)) for n in range(40)], EMPTY),
    ([None], EMPTY),
    (None, EMPTY),
    ([SimpleNamespace(author_name="a", author_email="a@x.org", changes=())], EMPTY),
    ([SimpleNamespace(author_name="a", author_email="a@x.org")], EMPTY),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(contributor_stats, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(contributor_stats, reference, mailmap=MAILMAP, commits=BASIC)
    assert_same(contributor_stats, reference, BASIC, mailmap=MAILMAP)


RANDOM_MAILMAP = parse_mailmap("""
Dev Zero <dev0@x.org>
Dev One <dev1@x.org> <dev1@old.org>
<dev2@x.org> <DEV2@OLD.ORG>
Dev Three <dev3@x.org> d3 <shared@x.org>
""")
IDENTITIES = [("Dev Zero", "dev0@x.org"), ("dz", "DEV0@x.org"), ("Dev One", "dev1@old.org"), ("d1", "dev1@x.org"),
              ("dev2", "dev2@old.org"), ("d3", "shared@x.org"), ("someone", "shared@x.org"), ("Zed", "zed@x.org"),
              ("zed", "ZED@x.org"), ("Émile", "emile@x.org")]
PATHS = ["src/a.py", "src/b.py", "src/sub/c.py", "tests/t.py", "docs/i.md", "README", "setup.py", "Src/a.py", ""]


def _random_cases():
    rng = random.Random(1234)
    for _ in range(200):
        commits = []
        for n in range(rng.randint(0, 15)):
            name, email = rng.choice(IDENTITIES)
            changes = tuple(F(rng.choice(PATHS), rng.randint(0, 50), rng.randint(0, 20)) for _ in range(rng.randint(0, 4)))
            commits.append(C(f"{n:04x}", name, email, changes))
        yield commits, rng.choice([RANDOM_MAILMAP, EMPTY])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(contributor_stats, reference, *case)


def test_release_history() -> None:
    """A realistic year: 1500 commits by 40 people, some under old addresses, over 800 files."""
    rng = random.Random(64)
    paths = [f"{rng.choice(['src', 'tests', 'docs', 'tools'])}/m{rng.randint(0, 9)}/f{n}.py" for n in range(800)] + ["README.md"]
    people = [(f"Person {n}", f"p{n}@example.org") for n in range(40)]
    mailmap = parse_mailmap("\n".join(f"{name} <{email}> <{email.replace('example', 'old')}>" for name, email in people[:15]))
    commits = []
    for n in range(1500):
        name, email = rng.choices(people, weights=[1 / (k + 1) for k in range(40)])[0]
        if rng.random() < 0.2:
            email = email.replace("example", "old")
        home = rng.randrange(len(paths))
        changes = tuple(F(paths[(home + rng.randint(-20, 20)) % len(paths)], rng.randint(0, 90), rng.randint(0, 40))
                        for _ in range(rng.randint(1, 5)))
        commits.append(C(f"{n:040x}", name, email, changes))
    assert_same(contributor_stats, reference, commits, mailmap)
