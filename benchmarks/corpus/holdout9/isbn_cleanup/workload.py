"""Nightly merge of booksellers' catalogue uploads into the marketplace's ISBN list."""

import random

from isbnkit.clean import clean_isbns, isbn13_check_digit


def _format(rng: random.Random, isbn13: str) -> str:
    style = rng.random()
    if style < 0.3 and isbn13.startswith("978"):
        body = isbn13[3:12]
        total = sum((10 - i) * int(c) for i, c in enumerate(body))
        check = (11 - total % 11) % 11
        isbn10 = body + ("X" if check == 10 else str(check))
        return isbn10 if rng.random() < 0.5 else f"{isbn10[0]}-{isbn10[1:4]}-{isbn10[4:9]}-{isbn10[9]}"
    if style < 0.55:
        return f"{isbn13[:3]}-{isbn13[3]}-{isbn13[4:8]}-{isbn13[8:12]}-{isbn13[12]}"
    if style < 0.6:
        return f"ISBN {isbn13}"
    return isbn13


def main() -> None:
    rng = random.Random(451)
    titles = []
    for _ in range(14000):
        first12 = rng.choice(["978", "978", "979"]) + "".join(rng.choice("0123456789") for _ in range(9))
        titles.append(first12 + isbn13_check_digit(first12))
    column = []
    for _ in range(26000):
        value = _format(rng, rng.choice(titles))
        if rng.random() < 0.04:
            position = rng.randrange(len(value))
            value = value[:position] + rng.choice("0123456789") + value[position + 1:]
        column.append(value)
    cleaned, rejected = clean_isbns(column)
    print(f"{len(column)} rows -> {len(cleaned)} unique ISBNs, {len(rejected)} rejected; first {cleaned[0]}")


if __name__ == "__main__":
    main()
