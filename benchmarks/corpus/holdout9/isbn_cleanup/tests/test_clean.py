from isbnkit.clean import clean_isbns, isbn10_is_valid, isbn13_check_digit, normalize_isbn


def test_isbn10_check() -> None:
    assert isbn10_is_valid("0306406152")
    assert not isbn10_is_valid("0306406153")
    assert isbn10_is_valid("080442957X")


def test_isbn13_check_digit() -> None:
    assert isbn13_check_digit("978030640615") == "7"


def test_normalize_isbn10_to_13() -> None:
    assert normalize_isbn("0-306-40615-2") == "9780306406157"
    assert normalize_isbn("080442957x") == "9780804429573"


def test_normalize_isbn13_with_prefix() -> None:
    assert normalize_isbn("ISBN-13: 978-0-306-40615-7") == "9780306406157"


def test_invalid_values() -> None:
    assert normalize_isbn("9780306406158") is None
    assert normalize_isbn("12345") is None
    assert normalize_isbn("") is None


def test_clean_dedupes_across_formats() -> None:
    cleaned, rejected = clean_isbns(["0306406152", "978-0-306-40615-7", "bad", "9780804429573", "bad"])
    assert cleaned == ["9780306406157", "9780804429573"]
    assert rejected == ["bad", "bad"]


def test_clean_empty() -> None:
    assert clean_isbns([]) == ([], [])
