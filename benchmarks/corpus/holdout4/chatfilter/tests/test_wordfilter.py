import pytest

from moderation.wordfilter import ProfanityFilter, load_blocklist


def test_whole_words_any_case() -> None:
    chat = ProfanityFilter(["darn", "heck"])
    assert chat.censor("Darn it, what the HECK. darnation!") == "**** it, what the ****. darnation!"


def test_phrases_and_custom_mask() -> None:
    chat = ProfanityFilter(["shut up"], mask="#")
    assert chat.censor("oh shut up already") == "oh ####### already"


def test_is_clean() -> None:
    chat = ProfanityFilter(["spam"])
    assert chat.is_clean("hello there")
    assert not chat.is_clean("buy SPAM now")


def test_blocklist_file() -> None:
    assert load_blocklist("darn  # mild\n\n# comment\n heck \n") == ["darn", "heck"]


def test_entries_are_normalised_and_deduplicated() -> None:
    assert ProfanityFilter([" Darn", "darn", "", "HECK "]).words == ("darn", "heck")
    with pytest.raises(ValueError):
        ProfanityFilter([], mask="**")
