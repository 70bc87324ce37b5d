from gradedvocab.text import split_chapters, words
from gradedvocab.vocab import new_words_by_chapter, over_limit, teacher_notes


def test_words_keep_contractions_and_hyphens() -> None:
    assert words("Don’t go, Anna! It's a well-known 3-storey house_boat.") == [
        "don't", "go", "anna", "it's", "a", "well-known", "storey", "house", "boat"]
    assert words("") == []


def test_split_chapters() -> None:
    text = "Contents\nChapter 1: The Letter\nAnna opens it.\n\nCHAPTER 2\nShe goes to London.\n"
    assert split_chapters(text) == [("The Letter", "Anna opens it."), ("Chapter 2", "She goes to London.")]


def test_new_words_first_use_only() -> None:
    chapters = [["the", "cat", "sat", "on", "the", "mat"], ["the", "dog", "sat", "by", "the", "cat"], []]
    assert new_words_by_chapter(chapters, ["the", "on"]) == [["cat", "sat", "mat"], ["dog", "by"], []]
    assert new_words_by_chapter(chapters) == [["the", "cat", "sat", "on", "mat"], ["dog", "by"], []]


def test_known_list_is_not_changed() -> None:
    known = ["the"]
    new_words_by_chapter([["the", "end"]], known)
    assert known == ["the"]


def test_notes_and_limits() -> None:
    introduced = [["cat", "sat", "mat"], ["dog"]]
    assert teacher_notes(["One", "Two"], introduced, per_line=2) == [
        "One (3 new)", "    cat, sat", "    mat", "Two (1 new)", "    dog"]
    assert over_limit(introduced, 2) == [1]
