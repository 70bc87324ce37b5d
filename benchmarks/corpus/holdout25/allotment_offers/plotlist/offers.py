"""Offering vacant plots to the waiting list."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from plotlist.records import Applicant, Vacancy


@dataclass(frozen=True)
class Offer:
    """A plot offered to an applicant, or recorded as unwanted (``applicant_id`` None)."""

    plot_id: str
    applicant_id: str | None
    offered_on: date
    waited_days: int | None


def priority(applicant: Applicant) -> tuple[bool, date, str]:
    """Waiting-list order: residents first, then the earliest joining date, then the applicant id."""
    return (not applicant.resident, applicant.joined, applicant.applicant_id)


def replay_offers(applicants: Iterable[Applicant], vacancies: Iterable[Vacancy]) -> list[Offer]:
    """The offers made for ``vacancies``, taken in order of availability (ties in the order given).

    An applicant is on the waiting list from their joining date, so a plot that becomes
    free that day can already go to them. Each vacancy goes to the first applicant in
    waiting-list order (see ``priority``; applicants with equal priority keep the order of
    their joining dates, then the order given) who accepts its site and size; that
    applicant then leaves the list. A vacancy nobody on the list wants is recorded with
    ``applicant_id`` None.
    """
    pending = sorted(applicants, key=lambda applicant: applicant.joined)
    waiting: list[Applicant] = []
    offers: list[Offer] = []
    next_pending = 0
    for vacancy in sorted(vacancies, key=lambda vacancy: vacancy.available):
        while next_pending < len(pending) and pending[next_pending].joined <= vacancy.available:
            waiting.append(pending[next_pending])
            next_pending += 1
        waiting.sort(key=priority)
        for position, applicant in enumerate(waiting):
            if vacancy.site in applicant.sites and vacancy.size <= applicant.max_size:
                del waiting[position]
                waited = (vacancy.available - applicant.joined).days
                offers.append(Offer(vacancy.plot_id, applicant.applicant_id, vacancy.available, waited))
                break
        else:
            offers.append(Offer(vacancy.plot_id, None, vacancy.available, None))
    return offers


def waiting_summary(offers: Sequence[Offer]) -> dict[str, float]:
    """Offers made, plots nobody wanted, and the median wait in years of the offers made."""
    waits = sorted(offer.waited_days for offer in offers if offer.waited_days is not None)
    unwanted = sum(1 for offer in offers if offer.applicant_id is None)
    if not waits:
        median = 0.0
    elif len(waits) % 2:
        median = waits[len(waits) // 2] / 365.25
    else:
        median = (waits[len(waits) // 2 - 1] + waits[len(waits) // 2]) / 2 / 365.25
    return {"offers": float(len(waits)), "unwanted": float(unwanted), "median_wait_years": round(median, 2)}
