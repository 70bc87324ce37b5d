"""Screening of new customers against the sanctions list."""

from __future__ import annotations

from dataclasses import dataclass, field

from namescreen.normalise import normalise_name


@dataclass
class ListEntry:
    entry_id: str
    names: list[str]  # primary name first, then aliases
    programme: str
    birth_year: int | None = None


@dataclass
class Customer:
    customer_id: str
    name: str
    birth_year: int | None = None
    country: str = ""
    flags: list[str] = field(default_factory=list)


def name_similarity(left: tuple[str, ...], right: tuple[str, ...]) -> float:
    """Token-set similarity with credit for initials: 'j smith' against 'john smith'.

    Shared tokens count 1, an initial (on either side) matching the start of an unmatched token on
    the other side counts 0.5; the total is divided by the token count of the longer name.
    """
    if not left or not right:
        return 0.0
    if sorted(left) == sorted(right):
        return 1.0
    unmatched_left = []
    unmatched_right = list(right)
    score = 0.0
    for token in left:
        if token in unmatched_right:
            unmatched_right.remove(token)
            score += 1
        else:
            unmatched_left.append(token)
    for token in unmatched_left:
        for other in unmatched_right:
            if (len(token) == 1 and other.startswith(token)) or (len(other) == 1 and token.startswith(other)):
                unmatched_right.remove(other)
                score += 0.5
                break
    return score / max(len(left), len(right))


def screen_customers(customers: list[Customer], entries: list[ListEntry],
                     threshold: float = 0.75) -> list[dict[str, object]]:
    """Possible matches for the compliance analysts, per customer in input order, best first.

    A list entry matches when one of its names scores at least ``threshold`` against the
    customer's name; entries with a known birth year more than a year away from the
    customer's are ruled out. The best-scoring name of the entry is reported (the first
    one on ties), with the score rounded to three decimals. Matched customers get the
    entry's programme added to their ``flags`` (once per programme).
    """
    hits: list[dict[str, object]] = []
    for customer in customers:
        customer_hits = []
        for entry in entries:
            if customer.birth_year is not None and entry.birth_year is not None \
                    and abs(customer.birth_year - entry.birth_year) > 1:
                continue
            best_score, best_name = 0.0, None
            for alias in entry.names:
                score = name_similarity(normalise_name(customer.name), normalise_name(alias))
                if score > best_score:
                    best_score, best_name = score, alias
            if best_name is not None and best_score >= threshold:
                customer_hits.append({"customer": customer.customer_id, "entry": entry.entry_id,
                                      "programme": entry.programme, "matched_name": best_name,
                                      "score": round(best_score, 3)})
                if entry.programme not in customer.flags:
                    customer.flags.append(entry.programme)
        customer_hits.sort(key=lambda hit: (-hit["score"], hit["entry"]))
        hits.extend(customer_hits)
    return hits
