"""A subset of git's ``.mailmap`` format: map recorded author identities to canonical ones."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ENTRY = re.compile(r"^\s*([^<]*?)\s*<([^>]*)>\s*(?:([^<]*?)\s*<([^>]*)>)?\s*$")


@dataclass(frozen=True)
class Mailmap:
    """Parsed entries, keyed by the commit e-mail in lower case (and the commit name, for name-specific entries).

    Values are (proper name, proper e-mail); either may be ``None`` when the entry leaves it unchanged.
    """

    by_email: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    by_name_and_email: dict[tuple[str, str], tuple[str | None, str | None]] = field(default_factory=dict)


def parse_mailmap(text: str) -> Mailmap:
    """Parse ``.mailmap`` text. Comments start with ``#``; later entries override earlier ones.

    Supported forms: ``Proper Name <commit@email>``, ``<proper@email> <commit@email>``,
    ``Proper Name <proper@email> <commit@email>`` and
    ``Proper Name <proper@email> Commit Name <commit@email>``. Raises ``ValueError`` for other lines.
    """
    mailmap = Mailmap()
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0]
        if not line.strip():
            continue
        match = _ENTRY.match(line)
        if match is None:
            raise ValueError(f".mailmap line {number}: cannot parse {raw!r}")
        proper_name, first_email, commit_name, commit_email = match.groups()
        if commit_email is None:
            mailmap.by_email[first_email.lower()] = (proper_name or None, None)
        elif commit_name:
            mailmap.by_name_and_email[(commit_name, commit_email.lower())] = (proper_name or None, first_email)
        else:
            mailmap.by_email[commit_email.lower()] = (proper_name or None, first_email)
    return mailmap


def resolve(mailmap: Mailmap, name: str, email: str) -> tuple[str, str]:
    """The canonical (name, e-mail) for an identity as recorded in a commit.

    A name-specific entry wins over an e-mail-only entry; e-mails match case-insensitively,
    names exactly.
    """
    key = email.lower()
    proper = mailmap.by_name_and_email.get((name, key)) or mailmap.by_email.get(key)
    if proper is None:
        return name, email
    proper_name, proper_email = proper
    return proper_name or name, proper_email or email
