"""Per-contributor totals for the annual report."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from authormap.history import Commit, Contributor
from authormap.mailmap import Mailmap, resolve


@dataclass
class _Tally:
    name: str
    email: str
    commits: int = 0
    added: int = 0
    deleted: int = 0
    files: list[str] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)


def contributor_stats(commits: Iterable[Commit], mailmap: Mailmap) -> list[Contributor]:
    """Totals per person, most commits first, then by name (case-insensitively) and e-mail.

    Commits are attributed through the mailmap; identities whose canonical e-mails match
    case-insensitively are one person, shown with the canonical name and e-mail of their first
    commit in ``commits``.
    """
    tallies: dict[str, _Tally] = {}
    for commit in commits:
        name, email = resolve(mailmap, commit.author_name, commit.author_email)
        tally = tallies.get(email.lower())
        if tally is None:
            tally = tallies[email.lower()] = _Tally(name, email)
        tally.commits += 1
        if commit.author_email not in tally.emails:
            tally.emails.append(commit.author_email)
        for change in commit.changes:
            tally.added += change.added
            tally.deleted += change.deleted
            if change.path not in tally.files:
                tally.files.append(change.path)
            area = change.path.split("/", 1)[0] if "/" in change.path else "."
            if area not in tally.areas:
                tally.areas.append(area)
    contributors = [
        Contributor(tally.name, tally.email, tally.commits, tally.added, tally.deleted, len(tally.files),
                    tuple(tally.areas), tuple(tally.emails))
        for tally in tallies.values()
    ]
    contributors.sort(key=lambda person: (-person.commits, person.name.casefold(), person.email))
    return contributors
