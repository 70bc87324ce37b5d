import pytest

from access.policy import Policy, Request, Rule, glob_match


def test_globs() -> None:
    assert glob_match("/docs/*.md", "/docs/a.md")
    assert not glob_match("/docs/*.md", "/docs/sub/a.md")
    assert glob_match("/docs/**", "/docs/sub/a.md")
    assert glob_match("team-?", "team-a")
    assert not glob_match("a.b", "axb")


def test_priority_then_deny_wins() -> None:
    policy = Policy([
        Rule("allow", "*", "read", "/public/**"),
        Rule("deny", "guest", "*", "/public/secret/**"),
        Rule("allow", "admin", "*", "**", priority=10),
    ])
    requests = [
        Request("guest", "read", "/public/index.html"),
        Request("guest", "read", "/public/secret/key"),
        Request("admin", "read", "/public/secret/key"),
        Request("guest", "write", "/other"),
    ]
    assert policy.check_all(requests) == [True, False, True, False]
    assert policy.hits == [1, 1, 1]
    assert policy.default_hits == 1


def test_default_allow() -> None:
    policy = Policy([Rule("deny", "bob", "*", "**")], default="allow")
    assert policy.check_all([Request("alice", "read", "/x"), Request("bob", "read", "/x")]) == [True, False]


def test_unused_rules() -> None:
    rules = [Rule("allow", "a", "read", "/x"), Rule("allow", "b", "read", "/y")]
    policy = Policy(rules)
    policy.check_all([Request("a", "read", "/x")])
    assert policy.unused_rules() == [rules[1]]


def test_bad_effect() -> None:
    with pytest.raises(ValueError):
        Policy([Rule("permit", "*", "*", "**")])
