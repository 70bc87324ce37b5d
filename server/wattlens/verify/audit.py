"""What a candidate did in the sandbox that the original did not, as reasons to reject it.

The audit hook (sitecustomize.py.txt) and the harness record lines `KIND DETAIL`;
only records the candidate's runs have and the original's lack reach here.  The
sandbox has already contained each of these acts; rejecting the candidate keeps
a patch that would do them on the user's machine from being offered.
"""

from __future__ import annotations

from collections.abc import Iterable

_SHOWN = 3

# kind → (sentence start, why it matters); the details follow the start.
_REASONS: dict[str, tuple[str, str]] = {
    "network": ("attempted network access", "blocked by the sandbox"),
    "write": (
        "tried to write outside its working copy",
        "the sandbox's root is read-only; a patch may write only where the original writes",
    ),
    "read": (
        "read files outside the project and the Python installation",
        "a rewrite has no reason to read them",
    ),
    "delete": ("deleted files the original keeps", "a rewrite must not remove data"),
    "process": (
        "started processes the original does not start",
        "wattlens offers only rewrites that stay in the original's processes",
    ),
    "signal": ("sent signals to processes", "it may try to stop the measurement"),
    "sleep": (
        "sleeps where the original does not",
        "sleeping saves no work and distorts CPU-time energy figures",
    ),
    "leftover": (
        "left processes running after its run ended",
        "they were killed; a rewrite must not run in the background",
    ),
    "flood": ("flooded its output", "the run was stopped"),
}


def new_records(candidate: Iterable[str], original: Iterable[str]) -> list[str]:
    """The candidate's records the original's runs do not have, in order."""
    known = set(original)
    return [record for record in dict.fromkeys(candidate) if record not in known]


def audit_reasons(records: Iterable[str], during: str) -> list[str]:
    """One sentence per kind of act, e.g. 'The candidate attempted network access during the
    tests: pypi.org:443 (blocked by the sandbox).'"""
    details: dict[str, list[str]] = {}
    for record in records:
        kind, _, detail = record.partition(" ")
        if kind in _REASONS:
            details.setdefault(kind, []).append(detail)
    reasons = []
    for kind, (what, why) in _REASONS.items():
        if kind not in details:
            continue
        found = list(dict.fromkeys(details[kind]))
        shown = ", ".join(found[:_SHOWN]) + (f" and {len(found) - _SHOWN} more" if len(found) > _SHOWN else "")
        reasons.append(f"The candidate {what} {during}: {shown} ({why}).")
    return reasons
