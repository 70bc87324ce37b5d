"""Standard forms of the names written in the registers.

Clerks spelled surnames as they heard them (Smyth, Smith, Smithe) and abbreviated or
latinised forenames (Wm, Gulielmus, Willm for William). Two entries can only be the same
person when their standard forms agree.
"""

from __future__ import annotations

import unicodedata

FORENAME_FORMS = {
    "wm": "william", "willm": "william", "will": "william", "gulielmus": "william", "guilielmus": "william",
    "jno": "john", "joh": "john", "johannes": "john", "johes": "john",
    "thos": "thomas", "tho": "thomas", "thomas": "thomas",
    "richd": "richard", "ricd": "richard", "ricardus": "richard",
    "jas": "james", "jacobus": "james",
    "geo": "george", "georgius": "george",
    "chas": "charles", "carolus": "charles",
    "saml": "samuel", "samuell": "samuel",
    "eliz": "elizabeth", "elizth": "elizabeth", "elizabetha": "elizabeth", "eliza": "elizabeth",
    "hy": "henry", "henricus": "henry",
    "robt": "robert", "robertus": "robert",
    "edw": "edward", "edwd": "edward", "edwardus": "edward",
    "benj": "benjamin", "benjn": "benjamin",
    "jos": "joseph", "josephus": "joseph",
    "margt": "margaret", "margareta": "margaret",
    "maria": "mary", "anna": "ann", "anne": "ann",
    "susan": "susanna", "susannah": "susanna",
}

SURNAME_SPELLINGS = (
    ("ph", "f"),
    ("ck", "k"),
    ("gh", ""),
    ("y", "i"),
    ("ea", "e"),
    ("ee", "e"),
    ("oo", "o"),
    ("ou", "o"),
    ("mac", "mc"),
    ("z", "s"),
)


def _letters(name: str) -> str:
    """The letters of ``name``, lower-cased, with accents and everything else removed."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if ch.isalpha() and not unicodedata.combining(ch)).lower()


def normalise_forename(name: str) -> str:
    """The standard form of a forename: its letters, with abbreviations and Latin forms expanded."""
    key = _letters(name)
    return FORENAME_FORMS.get(key, key)


def normalise_surname(name: str) -> str:
    """The standard form of a surname.

    The letters are lower-cased and stripped of accents, the usual spelling variants are
    replaced in the order of SURNAME_SPELLINGS, doubled letters are collapsed and a final
    ``e`` is dropped from keys longer than three letters.
    """
    key = _letters(name)
    for old, new in SURNAME_SPELLINGS:
        key = key.replace(old, new)
    collapsed = "".join(ch for i, ch in enumerate(key) if i == 0 or ch != key[i - 1])
    if len(collapsed) > 3 and collapsed.endswith("e"):
        collapsed = collapsed[:-1]
    return collapsed
