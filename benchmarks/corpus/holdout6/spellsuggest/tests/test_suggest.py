from speller.distance import levenshtein
from speller.suggest import suggest, tokenize

DICTIONARY = ["the", "cat", "cart", "car", "sat", "on", "mat", "hat", "chat"]


def test_levenshtein() -> None:
    assert levenshtein("kitten", "sitting") == 3
    assert levenshtein("", "abc") == 3
    assert levenshtein("same", "same") == 0


def test_tokenize() -> None:
    assert tokenize("The cat's hat, 3 times!") == ["the", "cat's", "hat", "times"]


def test_known_words_are_skipped() -> None:
    assert suggest(["the", "cat", "sat"], DICTIONARY) == {}


def test_closest_first_then_alphabetical() -> None:
    assert suggest(["caat"], DICTIONARY) == {"caat": ["cart", "cat", "chat"]}
    assert suggest(["caat"], DICTIONARY, limit=5) == {"caat": ["cart", "cat", "chat", "car", "hat"]}


def test_no_close_match() -> None:
    assert suggest(["zzzzzz"], DICTIONARY) == {"zzzzzz": []}
    assert suggest(["mta"], DICTIONARY, max_distance=1) == {"mta": []}
