"""Split social-media hashtags into dictionary words."""

from __future__ import annotations

from collections.abc import Container


def split_hashtag(tag: str, vocabulary: Container[str], max_word: int = 20) -> list[str] | None:
    """Split `tag` into the fewest words of `vocabulary`.

    A leading "#" is dropped and the rest is lower-cased before matching (vocabulary
    words are expected in lower case). Words longer than `max_word` characters are never
    tried. Among the splits with the fewest words, the one whose first word is shortest
    wins, then the one whose second word is shortest, and so on. Returns the words,
    [] for an empty tag (or a lone "#"), and None when the tag cannot be split.
    Raises TypeError if `tag` is not a str and ValueError if `max_word` is below 1.
    """
    if not isinstance(tag, str):
        raise TypeError(f"tag must be a str, not {type(tag).__name__}")
    if max_word < 1:
        raise ValueError("max_word must be at least 1")
    text = (tag[1:] if tag.startswith("#") else tag).lower()

    def best(start: int) -> list[str] | None:
        if start == len(text):
            return []
        found = None
        for end in range(start + 1, min(len(text), start + max_word) + 1):
            word = text[start:end]
            if word in vocabulary:
                rest = best(end)
                if rest is not None and (found is None or len(rest) + 1 < len(found)):
                    found = [word, *rest]
        return found

    return best(0)
