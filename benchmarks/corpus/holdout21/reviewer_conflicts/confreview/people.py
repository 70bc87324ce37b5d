"""Normalising people's names, organisations and e-mail addresses for matching."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

GENERIC_DOMAINS = {"gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com",
                   "protonmail.com", "proton.me", "qq.com", "163.com", "126.com", "gmx.de", "web.de"}


@dataclass(frozen=True)
class Author:
    name: str
    affiliation: str
    email: str


@dataclass(frozen=True)
class Paper:
    paper_id: int
    title: str
    authors: tuple[Author, ...]


@dataclass(frozen=True)
class Reviewer:
    reviewer_id: str
    name: str
    email: str
    affiliations: tuple[str, ...] = field(default=())


def normalise_name(name: str) -> str:
    """'Dr. José  García-López' -> 'jose garcia lopez' (accents, titles, punctuation dropped)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(char for char in text if not unicodedata.combining(char)).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    words = [word for word in text.split() if word not in ("dr", "prof", "mr", "ms", "mrs")]
    return " ".join(words)


def normalise_org(name: str) -> str:
    """Organisation names compared case- and punctuation-insensitively, without a leading 'the'."""
    text = re.sub(r"[^\w\s]", " ", name.casefold())
    text = re.sub(r"\buniv\b", "university", text)
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def email_domain(email: str) -> str | None:
    """The institutional domain of an address (last two labels), or None for webmail and junk."""
    _, at, host = email.strip().casefold().rpartition("@")
    if not at or "." not in host:
        return None
    labels = host.split(".")
    domain = ".".join(labels[-3:] if labels[-2] in ("ac", "co", "edu", "com") and len(labels) > 2 else labels[-2:])
    return None if domain in GENERIC_DOMAINS else domain
