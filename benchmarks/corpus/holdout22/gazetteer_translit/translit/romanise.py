"""Romanisation of single names and of whole gazetteer extracts."""

from __future__ import annotations

from translit.rules import VOWELS_AND_SIGNS, Rule


def _at_initial(lower: str, index: int) -> bool:
    if index == 0:
        return True
    previous = lower[index - 1]
    return previous in VOWELS_AND_SIGNS or not previous.isalpha()


def romanise(text: str, rules: list[Rule]) -> str:
    """Transliterate ``text`` with the longest matching rule at each position.

    Longer sources win; for sources of equal length an "initial" rule is tried before an
    "any" rule, otherwise the table order decides. Characters without a rule are copied.
    A match at an upper-case character gives a capitalised target.
    """
    ordered = sorted(rules, key=lambda rule: (-len(rule.source), rule.context != "initial"))
    lower = text.lower()
    out = []
    index = 0
    while index < len(text):
        for rule in ordered:
            if not lower.startswith(rule.source, index):
                continue
            if rule.context == "initial" and not _at_initial(lower, index):
                continue
            target = rule.target
            if text[index].isupper():
                target = target[:1].upper() + target[1:]
            out.append(target)
            index += len(rule.source)
            break
        else:
            out.append(text[index])
            index += 1
    return "".join(out)


def romanise_gazetteer(entries: list[dict], rules: list[Rule]) -> list[dict]:
    """Romanised gazetteer rows, ordered by Latin name (case-insensitive) then id.

    Each entry has an ``id``, a Cyrillic ``name`` and optionally ``alternates`` (a list of
    other names). Rows carry the id, the original name, the Latin name and the Latin
    alternates with duplicates of the Latin name or of each other removed.
    """
    rows = []
    for entry in entries:
        latin = romanise(entry["name"].strip(), rules)
        alternates = []
        for alternate in entry.get("alternates") or []:
            converted = romanise(alternate.strip(), rules)
            if converted and converted != latin and converted not in alternates:
                alternates.append(converted)
        rows.append({"id": entry["id"], "name": entry["name"], "latin": latin, "alternates": alternates})
    rows.sort(key=lambda row: (row["latin"].casefold(), row["id"]))
    return rows
