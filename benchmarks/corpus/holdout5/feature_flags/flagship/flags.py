"""Feature flags read from a small INI-style rules file.

Example::

    # checkout experiments
    [new-checkout]
    enabled = true
    rollout = 25
    allow = alice, bob
    deny = mallory
    countries = NZ, AU
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

_BOOLEANS = {"true": True, "yes": True, "on": True, "1": True, "false": False, "no": False, "off": False, "0": False}


@dataclass(frozen=True)
class User:
    id: str
    country: Optional[str] = None


@dataclass
class FlagRule:
    name: str
    enabled: bool = True
    rollout: int = 100
    allow: set[str] = field(default_factory=set)
    deny: set[str] = field(default_factory=set)
    countries: Optional[set[str]] = None


def _split_list(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def rollout_bucket(flag: str, user_id: str) -> int:
    """A stable bucket in 0..99 for this flag and user."""
    return zlib.crc32(f"{flag}:{user_id}".encode("utf-8")) % 100


class FlagBook:
    """Flags defined by `source`, the text of a rules file."""

    def __init__(self, source: str) -> None:
        self.source = source

    def _parse(self) -> dict[str, FlagRule]:
        rules: dict[str, FlagRule] = {}
        current: Optional[FlagRule] = None
        for number, raw in enumerate(self.source.splitlines(), 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            if line.startswith("[") and line.endswith("]"):
                name = line[1:-1].strip()
                if not name:
                    raise ValueError(f"line {number}: empty flag name")
                if name in rules:
                    raise ValueError(f"line {number}: flag {name!r} defined twice")
                current = rules[name] = FlagRule(name)
                continue
            if current is None:
                raise ValueError(f"line {number}: setting outside of a [flag] section")
            key, sep, value = line.partition("=")
            key, value = key.strip().lower(), value.strip()
            if not sep:
                raise ValueError(f"line {number}: expected key = value")
            if key == "enabled":
                if value.lower() not in _BOOLEANS:
                    raise ValueError(f"line {number}: not a boolean: {value!r}")
                current.enabled = _BOOLEANS[value.lower()]
            elif key == "rollout":
                try:
                    percent = int(value.rstrip("%"))
                except ValueError:
                    raise ValueError(f"line {number}: rollout must be a whole percentage") from None
                if not 0 <= percent <= 100:
                    raise ValueError(f"line {number}: rollout must be between 0 and 100")
                current.rollout = percent
            elif key == "allow":
                current.allow.update(_split_list(value))
            elif key == "deny":
                current.deny.update(_split_list(value))
            elif key == "countries":
                current.countries = {c.upper() for c in _split_list(value)}
            else:
                raise ValueError(f"line {number}: unknown setting {key!r}")
        return rules

    def flag_names(self) -> list[str]:
        """Flag names in file order."""
        return list(self._parse())

    def is_enabled(self, flag: str, user: User) -> bool:
        """Whether `flag` is on for `user`.

        A denied user never gets the flag and an allowed user always does
        (unless denied). Otherwise the flag must be enabled, the user's country
        must be listed when the flag restricts countries, and the user must
        fall inside the rollout percentage. Raises KeyError for an unknown
        flag and ValueError if the rules file is malformed.
        """
        rules = self._parse()
        if flag not in rules:
            raise KeyError(flag)
        rule = rules[flag]
        if user.id in rule.deny:
            return False
        if user.id in rule.allow:
            return True
        if not rule.enabled:
            return False
        if rule.countries is not None and (user.country or "").upper() not in rule.countries:
            return False
        return rollout_bucket(flag, user.id) < rule.rollout

    def rollout_report(self, users: Sequence[User], flags: Optional[Iterable[str]] = None) -> dict[str, list[str]]:
        """For each flag, the ids of the users who get it, in the order given.

        `flags` defaults to every flag in file order; a name listed twice
        appears once. Raises KeyError for an unknown flag name and ValueError
        if the rules file is malformed, even when there are no users.
        """
        known = self.flag_names()
        names = known if flags is None else list(flags)
        report: dict[str, list[str]] = {}
        for name in names:
            if name not in known:
                raise KeyError(name)
            report[name] = [user.id for user in users if self.is_enabled(name, user)]
        return report
