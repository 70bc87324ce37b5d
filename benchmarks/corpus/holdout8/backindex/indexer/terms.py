"""Back-of-book index: for every index term, the pages on which it appears as a word."""

from __future__ import annotations

from typing import Sequence

PUNCTUATION = ".,;:!?\"'()[]{}\u2018\u2019\u201c\u201d"


def page_words(page: str) -> list[str]:
    """The words of a page, lower-cased, with surrounding punctuation removed."""
    return [word.strip(PUNCTUATION).lower() for word in page.split()]


def build_index(pages: Sequence[str], terms: Sequence[str]) -> dict[str, list[int]]:
    """Map each term that occurs somewhere to the (1-based) numbers of the pages it is on.

    Matching is case-insensitive and by whole word, so "Cat" matches "cat," but not
    "cats". Terms that occur on no page are left out; the dictionary follows the order
    of ``terms`` and each list of pages is in increasing order without repeats.
    """
    index: dict[str, list[int]] = {}
    for term in terms:
        key = term.lower()
        found: list[int] = []
        for number, page in enumerate(pages, start=1):
            if key in page_words(page) and number not in found:
                found.append(number)
        if found:
            index[term] = found
    return index


def format_index(index: dict[str, list[int]]) -> str:
    """Typeset the index: one 'term, 3, 7, 12' line per term, alphabetically."""
    lines = []
    for term in sorted(index, key=str.lower):
        lines.append(term + ", " + ", ".join(str(page) for page in index[term]))
    return "\n".join(lines)
