"""Strict equivalence tests for FlagBook.rollout_report (never shown to wattlens)."""

from __future__ import annotations

import random
import zlib

import pytest
from flagship.flags import FlagBook, FlagRule, User
from strict_support import assert_same

TARGET = "flagship/flags.py:FlagBook.rollout_report"

BOOLS = {"true": True, "yes": True, "on": True, "1": True, "false": False, "no": False, "off": False, "0": False}


def ref_parse(source):
    rules = {}
    current = None
    for number, raw in enumerate(source.splitlines(), 1):
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
        items = [i.strip() for i in value.split(",") if i.strip()]
        if key == "enabled":
            if value.lower() not in BOOLS:
                raise ValueError(f"line {number}: not a boolean: {value!r}")
            current.enabled = BOOLS[value.lower()]
        elif key == "rollout":
            try:
                percent = int(value.rstrip("%"))
            except ValueError:
                raise ValueError(f"line {number}: rollout must be a whole percentage") from None
            if not 0 <= percent <= 100:
                raise ValueError(f"line {number}: rollout must be between 0 and 100")
            current.rollout = percent
        elif key == "allow":
            current.allow.update(items)
        elif key == "deny":
            current.deny.update(items)
        elif key == "countries":
            current.countries = {c.upper() for c in items}
        else:
            raise ValueError(f"line {number}: unknown setting {key!r}")
    return rules


def ref_enabled(rules, flag, user):
    rule = rules[flag]
    if user.id in rule.deny:
        return False
    if user.id in rule.allow:
        return True
    if not rule.enabled:
        return False
    if rule.countries is not None and (user.country or "").upper() not in rule.countries:
        return False
    return zlib.crc32(f"{flag}:{user.id}".encode("utf-8")) % 100 < rule.rollout


def reference(book, users, flags=None):
    rules = ref_parse(book.source)
    known = list(rules)
    names = known if flags is None else list(flags)
    report = {}
    for name in names:
        if name not in known:
            raise KeyError(name)
        report[name] = [u.id for u in users if ref_enabled(rules, name, u)]
    return report


def call(book, users, flags=None):
    return book.rollout_report(users, flags)


def call_default(book, users):
    return book.rollout_report(users)


BASE = """
[a]
rollout = 50
[b]
enabled = off
allow = u1, u2
[c]
countries = nz , au
rollout = 100%
deny = u3
[d]
"""

SOURCES = [
    "",
    "\n\n# only comments\n   # indented\n",
    BASE,
    BASE.replace("\n", "\r\n"),
    BASE + "\n",
    "[x]\nenabled = TRUE\nrollout=30\n",
    "[x]\nenabled = maybe\n",
    "[x]\nrollout = 101\n",
    "[x]\nrollout = -1\n",
    "[x]\nrollout = 12.5\n",
    "[x]\nrollout = 0%\nallow = a,,b, ,c\n",
    "[x]\nrollout\n",
    "[x]\ncolour = red\n",
    "rollout = 5\n[x]\n",
    "[]\n",
    "[ ]\n",
    "[x]\n[x]\n",
    "[x]\n[ x ]\n",
    "[x] # comment\nallow = a # b, c\n",
    "[x]\nallow = a\nallow = b\ndeny = a\n",
    "[x]\ncountries = \n",
    "[x]\ncountries = nz\ncountries = de\n",
    "[x]\nenabled = 0\nallow = ü\n",
    "[x]\r\nrollout = 40\r\n[y]\x0brollout = 60\n",
    "[flag with spaces]\nrollout = 70\n[ünïcode]\nrollout = 20\n",
    "[x]\nENABLED = No\nRollOut = 100\n",
    "[x]\nrollout = 5 %\n",
    "  [x]  \n\t rollout = 3\n",
    "[a]\n[b]\nbroken\n",
]

USERS = [
    [],
    [User("u1"), User("u2", "NZ"), User("u3", "nz"), User("u4", "AU"), User("u5", "de")],
    [User("a"), User("b"), User("c"), User("ü"), User("a")],
    [User(f"user{i}", c) for i, c in enumerate(["NZ", None, "au", "", "US", "nz"] * 6)],
]

FLAG_ARGS = [None, [], ["a"], ["c", "a"], ["a", "a"], ["missing"], ["x"], ("x", "y"), ["d", "zzz"]]


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("users", USERS)
@pytest.mark.parametrize("flags", FLAG_ARGS)
def test_same_as_reference(source, users, flags) -> None:
    assert_same(call, reference, FlagBook(source), users, flags)


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("users", USERS)
def test_default_flags(source, users) -> None:
    assert_same(call_default, reference, FlagBook(source), users)


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("flags", FLAG_ARGS)
def test_same_error_message(source, flags) -> None:
    def message(function):
        try:
            return ("ok", function(FlagBook(source), USERS[1], flags))
        except Exception as error:  # noqa: BLE001
            return (type(error).__name__, str(error))

    assert message(call) == message(reference)


def test_source_changed_between_calls() -> None:
    book = FlagBook("[a]\nrollout = 100\n")
    users = [User("x"), User("y")]
    assert book.rollout_report(users) == {"a": ["x", "y"]}
    book.source = "[a]\nrollout = 0\n[b]\n"
    assert book.rollout_report(users) == reference(book, users)
    book.source = "[a]\nbad\n"
    with pytest.raises(ValueError, match="line 2"):
        book.rollout_report(users)


def test_generator_arguments() -> None:
    book = FlagBook(BASE)
    users = USERS[3]
    assert book.rollout_report(tuple(users), (f for f in ["c", "a"])) == reference(book, users, ["c", "a"])
    assert book.rollout_report(users, iter(["b"])) == reference(book, users, ["b"])


def _random_rules(rng):
    lines = []
    for n in range(rng.randint(1, 8)):
        lines.append(f"[f{n}]")
        if rng.random() < 0.7:
            lines.append(f"rollout = {rng.randint(0, 100)}{rng.choice(['', '%'])}")
        if rng.random() < 0.4:
            lines.append(f"enabled = {rng.choice(['true', 'false', 'on', 'off', 'yes', 'no', '1', '0'])}")
        if rng.random() < 0.4:
            lines.append("allow = " + ", ".join(f"u{rng.randint(0, 30)}" for _ in range(rng.randint(0, 4))))
        if rng.random() < 0.3:
            lines.append("deny = " + ",".join(f"u{rng.randint(0, 30)}" for _ in range(rng.randint(0, 4))))
        if rng.random() < 0.3:
            lines.append("countries = " + ", ".join(rng.sample(["nz", "AU", "us", "De"], rng.randint(0, 3))))
        lines.append(rng.choice(["", "# note", "   "]))
    return "\n".join(lines)


def test_random_books() -> None:
    rng = random.Random(31)
    for _ in range(150):
        source = _random_rules(rng)
        users = [User(f"u{rng.randint(0, 40)}", rng.choice(["NZ", "au", "US", None, "de", "FR"])) for _ in range(rng.randint(0, 40))]
        assert_same(call_default, reference, FlagBook(source), users)
        assert_same(call, reference, FlagBook(source), users, rng.sample([f"f{i}" for i in range(10)], 3))


def test_large_report() -> None:
    rng = random.Random(12)
    source = "\n".join(_random_rules(rng).replace("[f", f"[g{k}-f") for k in range(4))
    users = [User(f"user{n}", rng.choice(["NZ", "AU", None])) for n in range(400)]
    assert_same(call_default, reference, FlagBook(source), users)
