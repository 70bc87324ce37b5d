import pytest

from redirmap.flatten import flatten_redirects, normalise_path, parse_rules


def test_chain_collapses() -> None:
    flat, looping = flatten_redirects([("/a", "/b"), ("/b", "/c"), ("/c", "/d")])
    assert flat == {"/a": "/d", "/b": "/d", "/c": "/d"}
    assert looping == []


def test_loop_detected() -> None:
    flat, looping = flatten_redirects([("/x", "/a"), ("/a", "/b"), ("/b", "/a"), ("/ok", "/fine")])
    assert flat == {"/ok": "/fine"}
    assert looping == ["/a", "/b", "/x"]


def test_self_redirect_is_a_loop() -> None:
    assert flatten_redirects([("/a/", "/a")]) == ({}, ["/a"])


def test_later_rule_wins() -> None:
    flat, _ = flatten_redirects([("/a", "/b"), ("/a", "/c")])
    assert flat == {"/a": "/c"}


def test_normalise_path() -> None:
    assert normalise_path(" docs/intro/ ") == "/docs/intro"
    assert normalise_path("/") == "/"
    assert normalise_path("///") == "/"


def test_parse_rules() -> None:
    assert parse_rules("# c\n/a /b\n\n  /c   /d  \n") == [("/a", "/b"), ("/c", "/d")]
    with pytest.raises(ValueError):
        parse_rules("/a /b /c")


def test_empty() -> None:
    assert flatten_redirects([]) == ({}, [])
