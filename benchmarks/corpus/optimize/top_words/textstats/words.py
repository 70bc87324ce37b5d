import re

WORD = re.compile(r"[a-z']+")


def top_words(text, n=10):
    """The n most frequent words of `text` (lower-cased), as (word, count):
    most frequent first, equal counts in alphabetical order."""
    words = WORD.findall(text.lower())
    counts = []
    for word in set(words):
        counts.append((word, words.count(word)))
    counts.sort(key=lambda pair: (-pair[1], pair[0]))
    return counts[:n]
