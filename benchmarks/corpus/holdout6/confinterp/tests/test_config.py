import pytest

from layeredconf.interpolate import InterpolationError, interpolate
from layeredconf.loader import ConfigSyntaxError, load, merge_layers

BASE = """
# defaults
name = shop
[paths]
root = /srv/${name}
logs = ${paths.root}/logs
[db]
url = postgres://${db.host}/${name}
host = localhost
"""


def test_load() -> None:
    settings = load("a = 1\n[s]\nb = two words \n; comment\n")
    assert settings == {"a": "1", "s.b": "two words"}
    with pytest.raises(ConfigSyntaxError):
        load("[s]\njust text\n")


def test_layers_override() -> None:
    merged = merge_layers(load(BASE), load("[db]\nhost = db.internal\n"))
    assert interpolate(merged)["db.url"] == "postgres://db.internal/shop"


def test_nested_references() -> None:
    settings = interpolate(load(BASE))
    assert settings["paths.logs"] == "/srv/shop/logs"
    assert settings["db.url"] == "postgres://localhost/shop"


def test_missing_reference() -> None:
    with pytest.raises(KeyError):
        interpolate({"a": "${b}"})


def test_cycle() -> None:
    with pytest.raises(InterpolationError):
        interpolate({"a": "${b}", "b": "x${a}", "c": "ok"})


def test_input_not_modified() -> None:
    settings = {"a": "${b}", "b": "1"}
    assert interpolate(settings) == {"a": "1", "b": "1"}
    assert settings == {"a": "${b}", "b": "1"}
