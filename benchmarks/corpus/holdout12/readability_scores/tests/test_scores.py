import pytest

from readscore.scores import count_sentences, count_syllables, is_familiar, score_article

FAMILIAR = ["a", "cat", "dog", "the", "sat", "on", "mat", "run", "big", "happy", "walk"]


def test_syllables() -> None:
    assert count_syllables("cat") == 1
    assert count_syllables("happy") == 2
    assert count_syllables("table") == 2
    assert count_syllables("make") == 1
    assert count_syllables("rhythm") == 1
    assert count_syllables("Dog's") == 1


def test_sentences() -> None:
    assert count_sentences("One. Two! Three?") == 3
    assert count_sentences("no punctuation") == 1
    assert count_sentences("Version 2.5 is out. Really!") == 2


def test_familiar_with_endings() -> None:
    assert is_familiar("Cats", FAMILIAR)
    assert is_familiar("walked", FAMILIAR)
    assert is_familiar("walking", FAMILIAR)
    assert not is_familiar("zebra", FAMILIAR)


def test_simple_text_is_easy() -> None:
    result = score_article("The cat sat on the mat. The dog sat on the mat.", FAMILIAR)
    assert result.words == 12
    assert result.sentences == 2
    assert result.difficult_words == 0
    assert result.flesch_reading_ease > 90
    assert result.hardest == ()


def test_difficult_words_counted() -> None:
    result = score_article("The antidisestablishmentarian cat sat. Zebras run.", FAMILIAR)
    assert result.difficult_words == 2
    assert result.hardest == ("antidisestablishmentarian", "zebras")
    assert result.dale_chall > 3.6365


def test_hardest_ordered_by_frequency() -> None:
    result = score_article("Zebra yak yak. Zebra yak. Okapi.", FAMILIAR, top=2)
    assert result.hardest == ("yak", "zebra")


def test_empty_text_rejected() -> None:
    with pytest.raises(ValueError):
        score_article("  1234 ... ", FAMILIAR)


def test_unicode_words() -> None:
    result = score_article("Le café était fermé.", FAMILIAR)
    assert result.words == 4
    assert "café" in result.hardest
