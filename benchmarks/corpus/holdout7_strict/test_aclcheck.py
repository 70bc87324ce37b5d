"""Strict equivalence tests for Policy.check_all (never shown to wattlens)."""

from __future__ import annotations

import functools
import random

import pytest
from access.policy import Policy, Request, Rule
from strict_support import assert_same

TARGET = "access/policy.py:Policy.check_all"


def _glob(pattern, value):
    tokens = []
    i = 0
    while i < len(pattern):
        if pattern[i:i + 2] == "**":
            tokens.append("**")
            i += 2
        else:
            tokens.append(pattern[i])
            i += 1
    text = value
    size = len(text)

    @functools.lru_cache(maxsize=None)
    def at(t, v):
        if t == len(tokens):
            return v == size
        tok = tokens[t]
        if tok == "**":
            return any(at(t + 1, w) for w in range(v, size + 1))
        if tok == "*":
            w = v
            while True:
                if at(t + 1, w):
                    return True
                if w == size or text[w] == "/":
                    return False
                w += 1
        if v == size:
            return False
        if tok == "?":
            return text[v] != "/" and at(t + 1, v + 1)
        return text[v] == tok and at(t + 1, v + 1)

    return at(0, 0)


def candidate(policy, requests):
    return policy.check_all(requests)


def reference(policy, requests):
    out = []
    for request in requests:
        keyed = [(-rule.priority, 0 if rule.effect == "deny" else 1, n) for n, rule in enumerate(policy.rules)]
        for _, _, n in sorted(keyed):
            rule = policy.rules[n]
            if not _glob(rule.principal, request.principal):
                continue
            if not _glob(rule.action, request.action):
                continue
            if not _glob(rule.resource, request.resource):
                continue
            policy.hits[n] += 1
            out.append(rule.effect == "allow")
            break
        else:
            policy.default_hits += 1
            out.append(policy.default == "allow")
    return out


Q = Request
A = lambda p, a, r, prio=0: Rule("allow", p, a, r, prio)  # noqa: E731
N = lambda p, a, r, prio=0: Rule("deny", p, a, r, prio)  # noqa: E731

GLOB_PATTERNS = ["", "*", "**", "***", "?", "??", "a*", "*a", "a**b", "a*b", "/x/*", "/x/**", "/x/**/y", "/x/*/y", "a.b", "a+b", "(a)", "[ab]", "a\\b", "$^", "a|b", "{a,b}", "ü*", "é?", "*.md", "**.md", "日本/*"]
GLOB_VALUES = ["", "a", "b", "ab", "a/b", "axb", "a.b", "a+b", "(a)", "[ab]", "a\\b", "$^", "a|b", "{a,b}", "/x/", "/x/y", "/x/z/y", "/x/z/w/y", "/x//y", "a\nb", "\n", "über", "é/", "ée", "r.md", "d/r.md", "日本/語", "A", "AB"]


@pytest.mark.parametrize("pattern", GLOB_PATTERNS)
def test_glob_semantics(pattern) -> None:
    requests = [Q(value, "read", "/r") for value in GLOB_VALUES]
    assert_same(candidate, reference, Policy([A(pattern, "*", "**")]), requests)
    assert_same(candidate, reference, Policy([A("**", pattern, "**")]), [Q("p", v, "/r") for v in GLOB_VALUES])
    assert_same(candidate, reference, Policy([N("**", "**", pattern)], default="allow"), [Q("p", "read", v) for v in GLOB_VALUES])


RULESETS = [
    [],
    [A("*", "*", "**")],
    [N("*", "*", "**")],
    [A("*", "*", "**"), N("*", "*", "**")],
    [N("*", "*", "**"), A("*", "*", "**")],
    [A("*", "*", "**"), A("bob", "*", "**")],
    [A("*", "*", "**", 1), N("*", "*", "**")],
    [N("*", "*", "**", -1), A("*", "*", "**", -2)],
    [A("*", "*", "**", 0.5), N("*", "*", "**", 0)],
    [A("*", "*", "**", 2), N("*", "*", "**", 2.0), A("bob", "*", "**", 3)],
    [A("bob", "read", "/docs/*"), N("bob", "read", "/docs/secret"), A("*", "*", "/pub/**", 5)],
    [A("team-?", "write", "/t/*/**"), N("team-x", "*", "/t/x/**", 0), A("**", "**", "**", -10)],
]
REQUESTS = [
    [],
    [Q("bob", "read", "/docs/a")],
    [Q("bob", "read", "/docs/secret"), Q("bob", "read", "/docs/secret"), Q("ann", "read", "/pub/x/y")],
    [Q("team-x", "write", "/t/x/1"), Q("team-y", "write", "/t/y/1/2"), Q("team-xy", "write", "/t/x/1"), Q("", "", "")],
    [Q("Bob", "READ", "/Docs/a"), Q("bob", "read", "/docs/a/b"), Q("bob", "read", "/docs/")],
]


@pytest.mark.parametrize("rules", RULESETS)
@pytest.mark.parametrize("requests", REQUESTS)
@pytest.mark.parametrize("default", ["deny", "allow"])
def test_rule_ordering(rules, requests, default) -> None:
    assert_same(candidate, reference, Policy(rules, default), requests)
    assert_same(candidate, reference, Policy(rules, default), tuple(requests))


def test_counters_accumulate_across_calls() -> None:
    policy = Policy([A("a", "*", "**"), N("b", "*", "**")])
    policy.check_all([Q("a", "r", "/"), Q("c", "r", "/")])
    policy.default_hits = 10
    assert_same(candidate, reference, policy, [Q("a", "r", "/"), Q("b", "r", "/"), Q("z", "r", "/")])
    policy.check_all([Q("b", "r", "/")])
    assert policy.hits == [1, 1] and policy.default_hits == 10


def test_rules_added_after_construction() -> None:
    policy = Policy([A("a", "*", "**")])
    policy.rules.append(N("b", "*", "**", 9))
    assert_same(candidate, reference, policy, [Q("a", "r", "/")])
    assert_same(candidate, reference, policy, [Q("a", "r", "/"), Q("b", "r", "/"), Q("a", "r", "/")])
    with pytest.raises(IndexError):
        policy.check_all([Q("a", "r", "/"), Q("b", "r", "/")])
    assert policy.hits == [1]


def test_errors_happen_only_when_evaluated() -> None:
    bad_action = Policy([A("x", None, "**"), A("*", "*", "**", -1)])
    assert_same(candidate, reference, bad_action, [Q("y", "r", "/"), Q("z", "r", "/")])
    assert_same(candidate, reference, bad_action, [Q("y", "r", "/"), Q("x", "r", "/"), Q("z", "r", "/")])
    assert_same(candidate, reference, Policy([A("x", "*", "**")]), [Q("y", None, None)])
    assert_same(candidate, reference, Policy([A("x", "*", "**")]), [Q("x", "r", None)])
    assert_same(candidate, reference, Policy([A("x", "*", "**")]), [Q(None, "r", "/")])
    assert_same(candidate, reference, Policy([]), [Q(None, None, None)])
    assert_same(candidate, reference, Policy([]), ["not a request"])
    assert_same(candidate, reference, Policy([A("x", "*", "**")]), [Q("y", "r", "/"), "not a request"])
    none_priority = Policy([Rule("allow", "*", "*", "**", None), A("*", "*", "**")])
    assert_same(candidate, reference, none_priority, [])
    assert_same(candidate, reference, none_priority, [Q("a", "b", "c")])


def test_generator_requests() -> None:
    policy = Policy([A("a*", "*", "**"), N("ab", "*", "**")])
    result = policy.check_all(Q(who, "read", "/x") for who in ["a", "ab", "b"])
    assert result == [True, False, False]
    assert policy.hits == [1, 1] and policy.default_hits == 1


def _random_policy(rng):
    parts = ["*", "**", "?", "a", "b", "/", "x"]
    rules = []
    for _ in range(rng.randint(0, 8)):
        make = rng.choice([A, N])
        rules.append(make(
            "".join(rng.choice(parts) for _ in range(rng.randint(0, 3))),
            rng.choice(["*", "read", "write", "?ead"]),
            "".join(rng.choice(parts) for _ in range(rng.randint(0, 4))),
            rng.randint(-1, 2),
        ))
    chars = ["a", "b", "x", "/", ""]
    requests = [Q("".join(rng.choice(chars) for _ in range(rng.randint(0, 3))), rng.choice(["read", "write", "bead"]), "".join(rng.choice(chars) for _ in range(rng.randint(0, 5)))) for _ in range(rng.randint(0, 20))]
    return Policy(rules, rng.choice(["allow", "deny"])), requests


@pytest.mark.parametrize("seed", range(150))
def test_random_policies(seed) -> None:
    policy, requests = _random_policy(random.Random(seed))
    assert_same(candidate, reference, policy, requests)


def test_large_policy() -> None:
    rng = random.Random(9)
    teams = ["infra", "data", "web", "ops"]
    rules = [A("admin-*", "*", "/**", 100), N("*", "*", "/p/*/secrets/**", 50)]
    for team in teams:
        rules.append(A(f"{team}-*", "*", f"/p/{team}/**"))
        for n in range(15):
            rules.append(rng.choice([A, N])(f"{team}-u{n}", rng.choice(["read", "write"]), f"/s/{rng.choice(teams)}/*/r-??.pdf", rng.randint(0, 3)))
    requests = [Q(rng.choice([f"{t}-u{rng.randint(0, 18)}" for t in teams] + ["admin-1"]), rng.choice(["read", "write"]), f"/{rng.choice('ps')}/{rng.choice(teams)}/{rng.choice(['q', 'secrets'])}/r-{rng.randint(0, 99):02d}.pdf") for _ in range(300)]
    assert_same(candidate, reference, Policy(rules), requests)
