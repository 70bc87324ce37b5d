"""Bring translation catalogs up to date with a freshly extracted message template."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence


@dataclass
class Entry:
    """One message of a gettext catalog."""

    msgid: str
    msgstr: str = ""
    context: str | None = None
    fuzzy: bool = False
    obsolete: bool = False
    references: list[str] = field(default_factory=list)


def normalise_msgid(msgid: str) -> str:
    """Form of a message id used to find near matches: case, spacing and end punctuation ignored."""
    return " ".join(msgid.lower().split()).rstrip(".:!?…")


def merge_catalog(old: Sequence[Entry], template: Sequence[Entry]) -> list[Entry]:
    """The catalog for `template`, reusing the translations found in `old`.

    Each template entry takes the translation of the first live old entry with the same
    msgid and context. Failing that, the first translated old entry whose msgid matches
    after `normalise_msgid` is reused and the result is marked fuzzy. Translated old
    entries that were not reused are kept at the end, marked obsolete.
    """
    merged: list[Entry] = []
    used: list[int] = []
    for tmpl in template:
        match = None
        fuzzy = False
        for index, entry in enumerate(old):
            if not entry.obsolete and entry.msgid == tmpl.msgid and entry.context == tmpl.context:
                match = index
                break
        if match is None:
            wanted = normalise_msgid(tmpl.msgid)
            for index, entry in enumerate(old):
                if not entry.obsolete and entry.msgstr and normalise_msgid(entry.msgid) == wanted:
                    match = index
                    fuzzy = True
                    break
        if match is None:
            merged.append(Entry(tmpl.msgid, "", tmpl.context, False, False, list(tmpl.references)))
            continue
        source = old[match]
        used.append(match)
        merged.append(
            Entry(tmpl.msgid, source.msgstr, tmpl.context, fuzzy or source.fuzzy, False, list(tmpl.references))
        )
    for index, entry in enumerate(old):
        if index not in used and entry.msgstr:
            merged.append(Entry(entry.msgid, entry.msgstr, entry.context, entry.fuzzy, True, []))
    return merged


def statistics(catalog: Sequence[Entry]) -> dict[str, int]:
    """Counts of translated, fuzzy, untranslated and obsolete entries."""
    stats = {"translated": 0, "fuzzy": 0, "untranslated": 0, "obsolete": 0}
    for entry in catalog:
        if entry.obsolete:
            stats["obsolete"] += 1
        elif not entry.msgstr:
            stats["untranslated"] += 1
        elif entry.fuzzy:
            stats["fuzzy"] += 1
        else:
            stats["translated"] += 1
    return stats
