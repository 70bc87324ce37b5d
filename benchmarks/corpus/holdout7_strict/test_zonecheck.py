"""Strict equivalence tests for resolve_names (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from dnszone.resolver import Record, ResolutionError, resolve_names
from strict_support import assert_same

TARGET = "dnszone/resolver.py:resolve_names"


def _canon(name):
    return name.strip().rstrip(".").lower()


def reference(records, queries, rtype="A", max_depth=8):
    wanted = rtype.upper()
    out = {}
    for query in queries:
        name = _canon(query)
        chain = [name]
        while True:
            owned = [r for r in records if _canon(r.name) == name]
            if not owned and "." in name:
                parent = name[name.index(".") + 1:]
                owned = [r for r in records if _canon(r.name) == "*." + parent]
            values = []
            for r in owned:
                if r.rtype.upper() == wanted and r.value not in values:
                    values.append(r.value)
            if values:
                break
            cnames = [r for r in owned if r.rtype.upper() == "CNAME"]
            if not cnames:
                break
            name = _canon(cnames[0].value)
            if name in chain or len(chain) > max_depth:
                raise ResolutionError(name)
            chain.append(name)
        out[query] = values
    return out


R = Record
ZONE = [
    R("example.com.", "A", "192.0.2.1"),
    R("Example.COM", "A", "192.0.2.1"),
    R("example.com", "a", "192.0.2.2"),
    R("www.example.com.", "CNAME", "web.example.com."),
    R("web.example.com.", "A", "192.0.2.10"),
    R("web.example.com.", "AAAA", "2001:db8::10"),
    R("web.example.com.", "A", "192.0.2.11"),
    R("both.example.com", "A", "192.0.2.50"),
    R("both.example.com", "CNAME", "web.example.com"),
    R("two.example.com", "CNAME", "www.example.com"),
    R("two.example.com", "CNAME", "example.com"),
    R("*.apps.example.com", "CNAME", "web.example.com"),
    R("*.apps.example.com", "TXT", "wild"),
    R("real.apps.example.com", "TXT", "real"),
    R("*.example.com", "A", "192.0.2.99"),
    R("loop1.example.com", "CNAME", "loop2.example.com"),
    R("loop2.example.com", "CNAME", "LOOP1.example.com."),
    R("self.example.com", "CNAME", "self.example.com"),
    R("dangling.example.com", "CNAME", "nowhere.test"),
    R("  spaced.example.com  ", "A", "192.0.2.77"),
    R("bücher.example.com", "A", "192.0.2.88"),
    R("İstanbul.example.com", "A", "192.0.2.90"),
    R("mx.example.com", "MX", "10 mail.example.com."),
]

QUERIES = [
    [],
    ["example.com"],
    ["example.com", "EXAMPLE.com.", "example.com"],
    ["www.example.com"],
    ["both.example.com"],
    ["two.example.com"],
    ["x.apps.example.com", "real.apps.example.com", "a.b.apps.example.com"],
    ["anything.example.com", "deep.anything.example.com"],
    ["dangling.example.com"],
    ["spaced.example.com", " spaced.example.com. "],
    ["BÜCHER.example.com", "i̇stanbul.example.com", "İstanbul.example.com"],
    ["com", "", ".", "localhost"],
    ["*.apps.example.com", "*.example.com"],
    ["mx.example.com"],
    ["loop1.example.com"],
    ["example.com", "self.example.com"],
]


@pytest.mark.parametrize("queries", QUERIES)
@pytest.mark.parametrize("rtype", ["A", "aaaa", "CNAME", "TXT", "MX", "SRV"])
def test_zone_queries(queries, rtype) -> None:
    assert_same(resolve_names, reference, ZONE, queries, rtype)


def _chain(length, tail=True):
    records = [R(f"h{i}.test", "CNAME", f"h{i + 1}.test") for i in range(length)]
    if tail:
        records.append(R(f"h{length}.test", "A", "10.0.0.1"))
    return records


@pytest.mark.parametrize("length", [0, 1, 7, 8, 9, 12])
@pytest.mark.parametrize("max_depth", [0, 1, 8, 9])
def test_chain_depth_limits(length, max_depth) -> None:
    assert_same(resolve_names, reference, _chain(length), ["h0.test"], "A", max_depth)
    assert_same(resolve_names, reference, _chain(length, tail=False), ["h0.test"], "A", max_depth)


EDGE = [
    ([], []),
    ([], ["a.test"]),
    ([R(None, "A", "1")], []),
    ([R(None, "A", "1")], ["a.test"]),
    ([R("a.test", None, "1")], ["b.test"]),
    ([R("a.test", None, "1")], ["a.test"]),
    ([R("a.test", "A", "1"), R("a.test", "A", "1"), R("a.test", "A", "2"), R("a.test", "A", "1")], ["a.test"]),
    ([R("a.test", "CNAME", "b.test"), R("b.test", "A", "1")], ["a.test", "b.test", "a.test."]),
    ([R("a.test", "CNAME", "b.test")], [None]),
    ([R("a.test", "CNAME", None)], ["a.test"]),
    ((R("a.test", "A", "1"),), ("a.test",)),
]


@pytest.mark.parametrize("records,queries", EDGE)
def test_edge_cases(records, queries) -> None:
    assert_same(resolve_names, reference, records, queries)


def test_rtype_none_raises_even_without_queries() -> None:
    assert_same(resolve_names, reference, ZONE, [], None)
    with pytest.raises(AttributeError):
        resolve_names(ZONE, [], None)


def _random_zone(rng):
    names = [f"n{i}.z" for i in range(rng.randint(1, 15))] + ["*.w.z", "*.z"]
    records = []
    for _ in range(rng.randint(0, 30)):
        name = rng.choice(names)
        if rng.random() < 0.3:
            name = name.upper() + rng.choice(["", "."])
        kind = rng.choice(["A", "A", "AAAA", "CNAME", "CNAME", "txt"])
        value = rng.choice(names + ["q.w.z", "x.z"]) if kind == "CNAME" else f"v{rng.randint(0, 5)}"
        records.append(R(name, kind, value))
    queries = [rng.choice(names + ["q.w.z", "x.z", "p.q.z", "N3.Z."]) for _ in range(rng.randint(0, 8))]
    return records, queries


@pytest.mark.parametrize("seed", range(150))
def test_random_zones(seed) -> None:
    rng = random.Random(seed)
    records, queries = _random_zone(rng)
    assert_same(resolve_names, reference, records, queries, rng.choice(["A", "aaaa", "TXT"]), rng.choice([0, 2, 8]))


def test_big_zone() -> None:
    rng = random.Random(1035)
    records = [R(f"host{i}.big.", "A", f"10.0.{i // 256}.{i % 256}") for i in range(600)]
    records += [R(f"alias{i}.big.", "CNAME", f"{rng.choice(['host', 'alias'])}{rng.randint(0, i + 5)}.big.") for i in range(400)]
    queries = [f"alias{rng.randint(0, 420)}.big" for _ in range(150)]
    assert_same(resolve_names, reference, records, queries)


def test_messages_and_untouched_inputs() -> None:
    records = [R("a.t", "CNAME", "b.t"), R("b.t", "CNAME", "a.t")]
    queries = ["ok.t", "a.t"]
    with pytest.raises(ResolutionError, match="a.t: CNAME loop at a.t"):
        resolve_names(records, queries)
    assert queries == ["ok.t", "a.t"] and len(records) == 2
    with pytest.raises(LookupError, match="more than 1 CNAME hops"):
        resolve_names(_chain(3), ["h0.test"], max_depth=1)
