import pytest

from hyphenkit.liang import Hyphenator, parse_exception, parse_pattern, split_at

PATTERNS = ["a1n", "1na", "2nn", "1ta", "2tion", "1ti", "n2a."]


def test_parse_pattern() -> None:
    assert parse_pattern(".ex1a") == (".exa", (0, 0, 0, 1, 0))
    assert parse_pattern("2tion") == ("tion", (2, 0, 0, 0, 0))
    assert parse_pattern("a4") == ("a", (0, 4))


def test_pattern_needs_letters() -> None:
    with pytest.raises(ValueError):
        parse_pattern("12")


def test_parse_exception() -> None:
    assert parse_exception("ta-ble") == ("table", [2])
    assert parse_exception("as-so-ciate") == ("associate", [2, 4])


def test_split_at() -> None:
    assert split_at("banana", [2, 4]) == ["ba", "na", "na"]
    assert split_at("word", []) == ["word"]


def test_hyphenate_banana() -> None:
    hyphenator = Hyphenator(PATTERNS, left_min=2, right_min=2)
    assert hyphenator.hyphenate("banana") == ["ba", "na", "na"]
    assert Hyphenator(PATTERNS).hyphenate("bananas") == ["ba", "na", "nas"]


def test_keeps_original_case() -> None:
    hyphenator = Hyphenator(PATTERNS)
    assert hyphenator.hyphenate("Bananas") == ["Ba", "na", "nas"]


def test_short_words_untouched() -> None:
    hyphenator = Hyphenator(PATTERNS)
    assert hyphenator.hyphenate("bana") == ["bana"]


def test_even_weight_blocks_break() -> None:
    assert Hyphenator(["1na", "2na"]).hyphenate("banana") == ["banana"]


def test_exceptions_override_patterns() -> None:
    hyphenator = Hyphenator(PATTERNS, ["bana-na"])
    assert hyphenator.hyphenate("banana") == ["bana", "na"]
    assert hyphenator.hyphenate("BANANA") == ["BANA", "NA"]


def test_hyphenate_text() -> None:
    hyphenator = Hyphenator(PATTERNS)
    text = "A banana, more bananas!\n"
    assert hyphenator.hyphenate_text(text, "-") == "A ba-nana, more ba-na-nas!\n"
    assert hyphenator.hyphenate_text(text).count("\u00ad") == 3
