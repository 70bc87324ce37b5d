from concord.kwic import Hit, concordance, format_hits

TEXT = "The storm came at night.\nAfter the Storm, silence.\n\nStorms pass; the storm-cloud stays.\n"


def test_finds_whole_words_case_insensitively() -> None:
    hits = concordance(TEXT, ["storm"])
    assert [hit.word for hit in hits["storm"]] == ["storm", "Storm", "storm"]


def test_line_numbers() -> None:
    hits = concordance(TEXT, ["storm", "silence"])
    assert [hit.line for hit in hits["storm"]] == [1, 2, 4]
    assert [hit.line for hit in hits["silence"]] == [2]


def test_context_is_collapsed_and_cut() -> None:
    hits = concordance(TEXT, ["silence"], width=12)
    assert hits["silence"][0] == Hit(2, "r the Storm,", "silence", ". Storms pas")
    hits = concordance(TEXT, ["night"], width=20)
    assert hits["night"][0].right == ". After the Storm, s"


def test_keyword_spelling_kept_from_query() -> None:
    hits = concordance(TEXT, ["STORM", "storm"])
    assert list(hits) == ["STORM"]
    assert len(hits["STORM"]) == 3


def test_missing_keyword_has_empty_list() -> None:
    assert concordance(TEXT, ["rainbow"]) == {"rainbow": []}


def test_apostrophes_are_part_of_words() -> None:
    hits = concordance("It's late. It is late.", ["it's", "it"])
    assert len(hits["it's"]) == 1
    assert len(hits["it"]) == 1


def test_zero_width() -> None:
    hits = concordance("a storm b", ["storm"], width=0)
    assert hits["storm"] == [Hit(1, "", "storm", "")]


def test_format_hits() -> None:
    hits = concordance("a storm b", ["storm"], width=5)
    assert format_hits(hits["storm"], 5) == "     1      a [storm] b"
