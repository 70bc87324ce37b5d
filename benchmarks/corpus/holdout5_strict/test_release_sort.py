"""Strict equivalence tests for sort_releases (never shown to wattlens)."""

from __future__ import annotations

import random
import re
from functools import cmp_to_key

import pytest
from relnotes.versions import sort_releases
from strict_support import assert_same

TARGET = "relnotes/versions.py:sort_releases"

PATTERN = r"[vV]?([0-9]+)\.([0-9]+)\.([0-9]+)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?"


def ref_parse(tag):
    m = re.fullmatch(PATTERN, tag.strip())
    if m is None:
        raise ValueError(f"not a semantic version: {tag!r}")
    a, b, c, pre, _ = m.groups()
    return (int(a), int(b), int(c)), tuple(pre.split(".")) if pre else ()


def ref_cmp(left, right):
    (ca, pa), (cb, pb) = ref_parse(left), ref_parse(right)
    if ca != cb:
        return -1 if ca < cb else 1
    if not pa or not pb:
        return (not pa) - (not pb)
    for x, y in zip(pa, pb):
        if x.isdigit() and y.isdigit():
            r = (int(x) > int(y)) - (int(x) < int(y))
        elif x.isdigit():
            r = -1
        elif y.isdigit():
            r = 1
        else:
            r = (x > y) - (x < y)
        if r:
            return r
    return (len(pa) > len(pb)) - (len(pa) < len(pb))


def reference(tags, *, newest_first=False, include_prereleases=True, skip_invalid=False):
    kept = []
    for tag in tags:
        try:
            _, pre = ref_parse(tag)
        except ValueError:
            if skip_invalid:
                continue
            raise
        if pre and not include_prereleases:
            continue
        kept.append(tag)
    return sorted(kept, key=cmp_to_key(ref_cmp), reverse=newest_first)


SEMVER_SPEC = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0"]

CASES = [
    [],
    ["1.0.0"],
    SEMVER_SPEC,
    SEMVER_SPEC[::-1],
    ["1.0.0", "v1.0.0", "V1.0.0", "1.0.0+a", "1.0.0+b", " 1.0.0 ", "1.0.0\n", "01.0.0", "1.00.0"],
    ["1.0.0+b", "1.0.0", "1.0.0+a"],
    ["1.0.0-0", "1.0.0-00", "1.0.0-1", "1.0.0-01", "1.0.0-a", "1.0.0-A", "1.0.0--", "1.0.0-a-b", "1.0.0-0a"],
    ["1.0.0-a.1", "1.0.0-a.b", "1.0.0-a", "1.0.0-a.1.0", "1.0.0-a.1.a", "1.0.0-a.0.b"],
    ["1.0.0-99999999999999999999", "1.0.0-100000000000000000000", "1.0.0-9"],
    ["10.0.0", "9.0.0", "1.10.0", "1.9.0", "1.1.10", "1.1.9", "0.0.0"],
    ["2.0.0-rc.1+build.1", "2.0.0-rc.1+build.2", "2.0.0-rc.1"],
    ["1.0", "1.0.0"],
    ["1.0.0", "nightly", "2.0.0", "1.2"],
    ["1.0.0-", "1.0.0+", "1.0.0-a..b", "1.0.0-é", "١.٠.٠", "1.0.0 beta", "v", "", " "],
    ["vv1.0.0", "1.0.0.0", "-1.0.0", "+1.0.0", "1.0.0-alpha_1"],
    ["1.0.0-Alpha", "1.0.0-alpha", "1.0.0-ALPHA", "1.0.0-alpha1", "1.0.0-alpha10", "1.0.0-alpha2"],
    ["3.0.0", "3.0.0", "3.0.0-rc.1", "3.0.0-rc.1"],
]
FLAGS = [
    {},
    {"newest_first": True},
    {"include_prereleases": False},
    {"skip_invalid": True},
    {"newest_first": True, "include_prereleases": False, "skip_invalid": True},
    {"newest_first": True, "skip_invalid": True},
]


@pytest.mark.parametrize("tags", CASES)
@pytest.mark.parametrize("flags", FLAGS)
def test_same_as_reference(tags, flags) -> None:
    assert_same(sort_releases, reference, tags, **flags)


@pytest.mark.parametrize("tags", CASES)
@pytest.mark.parametrize("flags", FLAGS)
def test_same_error_message(tags, flags) -> None:
    def message(function):
        try:
            return ("ok", function(tags, **flags))
        except Exception as error:  # noqa: BLE001
            return (type(error).__name__, str(error))

    assert message(sort_releases) == message(reference)


def test_identity_of_equal_tags_order() -> None:
    tags = ["v2.0.0+x", "2.0.0", "2.0.0+y", "V2.0.0"]
    assert sort_releases(tags) == tags
    assert sort_releases(tags, newest_first=True) == tags


def test_iterables() -> None:
    tags = ["1.2.0", "v1.10.0-rc.1", "1.2.0-beta", "bad"]
    want = reference(tags, skip_invalid=True)
    assert sort_releases(iter(tags), skip_invalid=True) == want
    assert sort_releases(tuple(tags), skip_invalid=True) == want
    assert sort_releases((t for t in tags), skip_invalid=True) == want
    assert sort_releases({"1.0.0": 1, "0.1.0": 2}) == ["0.1.0", "1.0.0"]


def test_non_string_tag() -> None:
    assert_same(sort_releases, reference, ["1.0.0", 5])
    assert_same(sort_releases, reference, ["1.0.0", None], skip_invalid=True)


def _random_tags(rng, n):
    idents = ["alpha", "beta", "rc", "0", "1", "2", "10", "01", "a1", "A", "x-y", "-"]
    tags = []
    for _ in range(n):
        core = ".".join(str(rng.choice([0, 1, 2, 10, 11])) for _ in range(3))
        tag = rng.choice(["", "v", "V", " "]) + core
        if rng.random() < 0.5:
            tag += "-" + ".".join(rng.choice(idents) for _ in range(rng.randint(1, 3)))
        if rng.random() < 0.2:
            tag += "+" + rng.choice(["b1", "sha.abc", "001"])
        if rng.random() < 0.05:
            tag = rng.choice(["1.0", "1.0.0-", "junk", tag + ".."])
        tags.append(tag)
    return tags


def test_random() -> None:
    rng = random.Random(271)
    for _ in range(200):
        tags = _random_tags(rng, rng.randint(0, 40))
        flags = rng.choice(FLAGS)
        assert_same(sort_releases, reference, tags, **flags)


def test_large() -> None:
    rng = random.Random(3)
    tags = _random_tags(rng, 3000)
    for flags in FLAGS[1:]:
        assert_same(sort_releases, reference, tags, **flags)
