import pytest

from flagship.flags import FlagBook, User, rollout_bucket

RULES = """
# experiments
[new-checkout]
enabled = true
rollout = 0
allow = alice
deny = mallory

[dark-mode]   # everyone
enabled = yes

[nz-only]
countries = nz, AU
"""


def test_allow_and_deny() -> None:
    book = FlagBook(RULES)
    assert book.is_enabled("new-checkout", User("alice"))
    assert not book.is_enabled("new-checkout", User("bob"))
    assert not book.is_enabled("new-checkout", User("mallory"))


def test_countries() -> None:
    book = FlagBook(RULES)
    assert book.is_enabled("nz-only", User("x", "NZ"))
    assert not book.is_enabled("nz-only", User("x", "US"))
    assert not book.is_enabled("nz-only", User("x"))


def test_report() -> None:
    users = [User("alice", "NZ"), User("bob", "US")]
    assert FlagBook(RULES).rollout_report(users) == {
        "new-checkout": ["alice"],
        "dark-mode": ["alice", "bob"],
        "nz-only": ["alice"],
    }


def test_bucket_is_stable() -> None:
    assert rollout_bucket("f", "u") == rollout_bucket("f", "u")
    assert 0 <= rollout_bucket("f", "u") < 100


def test_errors() -> None:
    with pytest.raises(KeyError):
        FlagBook(RULES).is_enabled("missing", User("a"))
    with pytest.raises(ValueError, match="line 1"):
        FlagBook("enabled = true").flag_names()
    with pytest.raises(ValueError, match="rollout"):
        FlagBook("[a]\nrollout = 150").rollout_report([])
