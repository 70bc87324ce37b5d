"""Strict equivalence tests for transitive_licences (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import OrderedDict, defaultdict, namedtuple
from collections.abc import Mapping
from types import SimpleNamespace

import pytest
from licscan.closure import transitive_licences
from licscan.lockfile import Package
from strict_support import assert_same

TARGET = "licscan/closure.py:transitive_licences"


# --- verbatim copy of the original implementation and its helper ---------------------------

def collect_licences(name, packages, path=()):
    if name in path:
        raise ValueError("dependency cycle: " + " -> ".join(path + (name,)))
    package = packages[name]
    found = set(package.licences)
    for dependency in package.dependencies:
        found |= collect_licences(dependency, packages, path + (name,))
    return found


def reference(packages):
    return {name: sorted(collect_licences(name, packages)) for name in packages}


# --- cases -------------------------------------------------------------------------------

def P(name, licences=("MIT",), dependencies=()):
    return Package(name, "1.0.0", tuple(licences) if isinstance(licences, list) else licences, dependencies)


def lock(*packages):
    return {package.name: package for package in packages}


Locked = namedtuple("Locked", "name version licences dependencies")


class Lockfile(Mapping):
    """A read-only mapping view of a parsed lockfile, as the build tool's API returns it."""

    def __init__(self, packages):
        self.packages = dict(packages)

    def __getitem__(self, name):
        return self.packages[name]

    def __iter__(self):
        return iter(self.packages)

    def __len__(self):
        return len(self.packages)


def unknown_package():
    return Package("?", "0", ("NOASSERTION",))


DIAMOND = lock(P("app", ("MIT",), ("b", "c")), P("b", ("ISC",), ("d",)), P("c", ("Apache-2.0",), ("d",)), P("d", ("BSD-3-Clause",)))
DEEP = lock(*[P(f"p{i}", (f"L{i % 3}",), (f"p{i + 1}", f"q{i + 1}") if i < 12 else ()) for i in range(13)],
            *[P(f"q{i}", ("MIT",), (f"p{i + 1}",) if i < 12 else ()) for i in range(1, 13)])

CASES = [
    ({},),
    (lock(P("a")),),
    (lock(P("a", ())),),
    (lock(P("a", ("MIT", "MIT", "Apache-2.0"))),),
    (lock(P("a", ("b-licence", "B-licence", "a-licence", "Zlib", "0BSD", "ÉUPL", "_x"))),),
    (DIAMOND,),
    (OrderedDict(reversed(list(DIAMOND.items()))),),
    (DEEP,),
    (lock(P("a", ("MIT",), ("b", "b", "b")), P("b", ("ISC",))),),
    (lock(P("a", ("MIT",), ("a",))),),
    (lock(P("a", ("MIT",), ("b",)), P("b", ("MIT",), ("a",))),),
    (lock(P("a", ("MIT",), ("b",)), P("b", ("MIT",), ("c",)), P("c", ("MIT",), ("b",))),),
    (lock(P("c", ("MIT",), ("b",)), P("b", ("MIT",), ("c",)), P("a", ("MIT",))),),
    (lock(P("a", ("MIT",), ("missing",))),),
    (lock(P("a", ("MIT",), ("missing", "a"))),),
    (lock(P("a", ("MIT",), ("a", "missing"))),),
    (lock(P("a", ("MIT",), ("b",)), P("b", ("MIT",), ("missing", "a"))),),
    (lock(P("a", ("MIT",), ("b",)), P("b", ("MIT",), ("a", "missing"))),),
    (lock(P("z", ("MIT",)), P("a", ("MIT",), ("missing",))),),
    (lock(P("a", "MIT")),),
    (lock(P("a", "MIT", ("b",)), P("b", ("MIT",))),),
    (lock(P("a", ("MIT",), "b"), P("b", ("ISC",))),),
    (lock(P("a", ("MIT",), "bc"), P("b", ("ISC",)), P("c", ("Zlib",))),),
    (lock(P("a", ("MIT",), "abc")),),
    (lock(P("a", ("MIT",), ["b"]), P("b", ["ISC"])),),
    (lock(P("a", frozenset({"MIT", "ISC"}))),),
    (lock(P("a", {"MIT": 1, "ISC": 2})),),
    (lock(P("a", (None,))),),
    (lock(P("a", (None, "MIT"))),),
    (lock(P("a", (1, 2.5, True))),),
    (lock(P("a", (1, "MIT"))),),
    (lock(P("a", (("MIT",), ("ISC",)))),),
    (lock(P("a", (["MIT"],))),),
    (lock(P("a", None)),),
    (lock(P("a", ("MIT",), None)),),
    (lock(P("a", ("MIT",), (None,))),),
    ({"a": P("a", ("MIT",), (None,)), None: P(None, ("ISC",))},),
    ({1: P(1, ("MIT",), (2,)), 2: P(2, ("ISC",))},),
    ({1: P(1, ("MIT",), (2.0,)), 2: P(2, ("ISC",))},),
    ({1: P(1, ("MIT",), (True,))},),
    ({1: P(1, ("MIT",), (1,))},),
    ({"a": P("a", ("MIT",), ("b",)), "b": P("b", ("ISC",), (("a",),)), ("a",): P("x", ("Zlib",))},),
    ({("a", 1): P("a", ("MIT",), (("b", 2),)), ("b", 2): P("b", ("ISC",))},),
    ({"a": P("different-name", ("MIT",), ("b",)), "b": P("a", ("ISC",))},),
    ({"a": None},),
    ({"a": P("a", ("MIT",), ("b",)), "b": None},),
    ({"a": Locked("a", "1", ("MIT",), ("b",)), "b": P("b", ("ISC",))},),
    ({"a": SimpleNamespace(licences=("MIT",), dependencies=("b",)), "b": SimpleNamespace(licences=["ISC"], dependencies=[])},),
    ({"a": SimpleNamespace(licences=("MIT",))},),
    ({"a": SimpleNamespace(dependencies=())},),
    ({"a": ("MIT", ())},),
    (Lockfile(DIAMOND),),
    (Lockfile(lock(P("a", ("MIT",), ("b",)))),),
    (defaultdict(unknown_package, DIAMOND),),
    (defaultdict(unknown_package, lock(P("a", ("MIT",), ("ghost",)))),),
    (defaultdict(unknown_package, lock(P("a", ("MIT",), ()))),),
    ([P("a")],),
    (["a"],),
    ("a",),
    (None,),
    (lock(P("ä", ("MIT",), ("日本",)), P("日本", ("ISC",)), P("", ("Zlib",), ("ä",))),),
    (lock(P("a ", ("MIT",), ("a",)), P("a", ("ISC",))),),
    (lock(P("A", ("MIT",), ("a",)), P("a", ("ISC",))),),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(transitive_licences, reference, *case)


def test_keyword_argument() -> None:
    assert_same(transitive_licences, reference, packages=DIAMOND)


POOL = ["MIT", "ISC", "Apache-2.0", "BSD-3-Clause", "GPL-3.0-or-later", "MPL-2.0", "Zlib"]


def _random_cases():
    rng = random.Random(1912)
    for _ in range(260):
        count = rng.randint(0, 14)
        names = [f"n{i}" for i in range(count)]
        packages = {}
        for i, name in enumerate(names):
            deps = [rng.choice(names[i + 1:]) for _ in range(rng.randint(0, 3))] if i + 1 < count else []
            if rng.random() < 0.04:
                deps.append(rng.choice(names[:i + 1]))  # a cycle back up
            if rng.random() < 0.04:
                deps.append("not-locked")
            licences = tuple(rng.sample(POOL, rng.choice([0, 1, 1, 1, 2])))
            packages[name] = P(name, licences, tuple(deps))
        if rng.random() < 0.3:
            items = list(packages.items())
            rng.shuffle(items)
            packages = dict(items)
        yield packages


@pytest.mark.parametrize("packages", list(_random_cases()))
def test_random(packages) -> None:
    assert_same(transitive_licences, reference, packages)


def test_product_lockfile() -> None:
    rng = random.Random(7)
    packages = {}
    by_layer = []
    for layer in range(12):
        names = []
        for index in range(30):
            name = f"pkg-{layer:02d}-{index:03d}"
            deps = tuple(dict.fromkeys(rng.choice(by_layer[max(0, layer - rng.choice([1, 1, 2]))])
                                       for _ in range(rng.choice([1, 2, 2, 3])))) if layer else ()
            packages[name] = P(name, (rng.choice(POOL),), deps)
            names.append(name)
        by_layer.append(names)
    assert_same(transitive_licences, reference, packages)
