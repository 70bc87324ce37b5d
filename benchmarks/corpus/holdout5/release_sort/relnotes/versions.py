"""Semantic-version tags: parsing, precedence and ordering for release notes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cmp_to_key
from typing import Iterable

_TAG = r"[vV]?([0-9]+)\.([0-9]+)\.([0-9]+)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?"


@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int
    prerelease: tuple[str, ...] = ()
    build: str = ""

    def __str__(self) -> str:
        text = f"{self.major}.{self.minor}.{self.patch}"
        if self.prerelease:
            text += "-" + ".".join(self.prerelease)
        if self.build:
            text += "+" + self.build
        return text


def parse_version(tag: str) -> Version:
    """Parse `MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]`, with an optional v prefix.

    Surrounding whitespace is ignored. Raises ValueError for anything else.
    """
    match = re.fullmatch(_TAG, tag.strip())
    if match is None:
        raise ValueError(f"not a semantic version: {tag!r}")
    major, minor, patch, pre, build = match.groups()
    return Version(int(major), int(minor), int(patch), tuple(pre.split(".")) if pre else (), build or "")


def _compare_identifiers(left: str, right: str) -> int:
    left_numeric, right_numeric = left.isdigit(), right.isdigit()
    if left_numeric and right_numeric:
        a, b = int(left), int(right)
    elif left_numeric:
        return -1
    elif right_numeric:
        return 1
    else:
        a, b = left, right
    return (a > b) - (a < b)


def compare_versions(left: str, right: str) -> int:
    """-1, 0 or 1 as tag `left` has lower, equal or higher precedence than `right`.

    Build metadata does not affect precedence. A pre-release ranks below the
    same version without one; pre-release identifiers compare numerically when
    both are numeric, numeric ones rank below alphanumeric ones, and a longer
    list wins when all shared identifiers are equal (SemVer 2.0.0 rules).
    """
    a, b = parse_version(left), parse_version(right)
    core_a, core_b = (a.major, a.minor, a.patch), (b.major, b.minor, b.patch)
    if core_a != core_b:
        return -1 if core_a < core_b else 1
    if not a.prerelease or not b.prerelease:
        return (not a.prerelease) - (not b.prerelease)
    for x, y in zip(a.prerelease, b.prerelease):
        result = _compare_identifiers(x, y)
        if result:
            return result
    return (len(a.prerelease) > len(b.prerelease)) - (len(a.prerelease) < len(b.prerelease))


def sort_releases(
    tags: Iterable[str],
    *,
    newest_first: bool = False,
    include_prereleases: bool = True,
    skip_invalid: bool = False,
) -> list[str]:
    """The tags ordered by version precedence (oldest first by default).

    Tags with equal precedence (for example ones differing only in build
    metadata or the v prefix) keep their input order. Pre-releases are dropped
    when `include_prereleases` is false. Invalid tags raise ValueError unless
    `skip_invalid` is true, in which case they are left out.
    """
    kept = []
    for tag in tags:
        try:
            version = parse_version(tag)
        except ValueError:
            if skip_invalid:
                continue
            raise
        if version.prerelease and not include_prereleases:
            continue
        kept.append(tag)
    return sorted(kept, key=cmp_to_key(compare_versions), reverse=newest_first)


def latest_release(tags: Iterable[str]) -> str | None:
    """The highest non-pre-release tag, or None if there is none."""
    ordered = sort_releases(tags, newest_first=True, include_prereleases=False, skip_invalid=True)
    return ordered[0] if ordered else None
