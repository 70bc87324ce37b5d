"""Strict equivalence tests for clean_isbns (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from isbnkit.clean import clean_isbns
from strict_support import assert_same

TARGET = "isbnkit/clean.py:clean_isbns"


def _isbn10_ok(digits):
    if len(digits) != 10 or not digits[:9].isdigit() or digits[9] not in "0123456789X":
        return False
    total = sum((10 - position) * int(char) for position, char in enumerate(digits[:9]))
    total += 10 if digits[9] == "X" else int(digits[9])
    return total % 11 == 0


def _check13(first12):
    total = sum(int(char) * (3 if position % 2 else 1) for position, char in enumerate(first12))
    return str((10 - total % 10) % 10)


def _normalize(raw):
    text = raw.strip().upper()
    for prefix in ("ISBN-13:", "ISBN-10:", "ISBN:", "ISBN"):
        if text.startswith(prefix):
            text = text[len(prefix):]
            break
    digits = "".join(char for char in text if char not in "- \t")
    if len(digits) == 10:
        if not _isbn10_ok(digits):
            return None
        first12 = "978" + digits[:9]
        return first12 + _check13(first12)
    if len(digits) == 13 and digits.isdigit() and digits[:3] in ("978", "979"):
        if _check13(digits[:12]) != digits[12]:
            return None
        return digits
    return None


def reference(raw_values):
    cleaned = []
    rejected = []
    for raw in raw_values:
        isbn = _normalize(raw)
        if isbn is None:
            rejected.append(raw)
        elif isbn not in cleaned:
            cleaned.append(isbn)
    return cleaned, rejected


CASES = [
    [],
    [""],
    ["", ""],
    ["   "],
    ["\n"],
    ["0306406152"],
    ["0306406152", "0306406152"],
    ["0306406152", "978-0-306-40615-7", "9780306406157 "],
    ["978-0-306-40615-7\n", " ISBN 0306406152\t"],
    ["080442957X", "080442957x", "0-8044-2957-X"],
    ["9780306406158", "9780306406157", "9780306406158"],
    ["isbn-13: 9780306406157", "ISBN-10: 0306406152", "ISBN:0306406152", "ISBNISBN0306406152"],
    ["979-10-90636-07-1", "9791090636071", "979 1090636071"],
    ["9770306406157"],
    ["X306406152", "03064061X2"],
    ["030640615"],
    ["03064061522"],
    ["0306406152\r\n"],
    ["0306406152\u00a0"],
    ["0306406152\u2010"],
    ["٠٣٠٦٤٠٦١٥٢"],
    ["０３０６４０６１５２"],
    ["978０３０６４０６１５７"],
    ["b", "a", "b", "a"],
    ["zoë", "ISBN"],
    ["9780306406157", "9780804429573", "9780306406157", "0306406152", "080442957X"],
    [None],
    ["0306406152", None],
    ["0306406152", 306406152],
    [b"0306406152"],
    ("0306406152", "080442957X"),
    ["ISBN-13:"],
    ["-" * 10],
    ["0 3 0 6 4 0 6 1 5 2"],
    ["0-3-0-6-4-0-6-1-5-2-"],
]


def _make13(rng):
    first12 = rng.choice(["978", "979"]) + "".join(rng.choice("0123456789") for _ in range(9))
    return first12 + _check13(first12)


def _to10(isbn13):
    body = isbn13[3:12]
    total = sum((10 - i) * int(c) for i, c in enumerate(body))
    check = (11 - total % 11) % 11
    return body + ("X" if check == 10 else str(check))


def _random():
    rng = random.Random(1984)
    for _ in range(150):
        pool = [_make13(rng) for _ in range(rng.randint(1, 12))]
        values = []
        for _v in range(rng.randint(0, 25)):
            isbn = rng.choice(pool)
            form = rng.random()
            if form < 0.3 and isbn.startswith("978"):
                value = _to10(isbn)
                if rng.random() < 0.3:
                    value = value.lower()
            elif form < 0.5:
                value = f"{isbn[:3]}-{isbn[3:6]}-{isbn[6:12]}-{isbn[12]}"
            elif form < 0.6:
                value = rng.choice(["ISBN ", "isbn:", "ISBN-13: ", " "]) + isbn + rng.choice(["", " ", "\n"])
            else:
                value = isbn
            if rng.random() < 0.1:
                position = rng.randrange(len(value))
                value = value[:position] + rng.choice("0123456789X-") + value[position + 1:]
            values.append(value)
        yield values


@pytest.mark.parametrize("values", CASES + list(_random()))
def test_same_as_reference(values) -> None:
    assert_same(clean_isbns, reference, values)


@pytest.mark.parametrize("seed", range(3))
def test_large_upload(seed) -> None:
    rng = random.Random(seed)
    pool = [_make13(rng) for _ in range(1500)]
    values = [rng.choice(pool) if rng.random() < 0.9 else _to10(rng.choice(pool)) for _ in range(3000)]
    values += ["junk"] * 5
    assert_same(clean_isbns, reference, values)


def test_generator_input() -> None:
    values = ["0306406152", "bad", "9780306406157"]
    assert clean_isbns(v for v in values) == reference(values)


def test_result_is_a_tuple_of_lists() -> None:
    result = clean_isbns(["0306406152"])
    assert type(result) is tuple and type(result[0]) is list and type(result[1]) is list
