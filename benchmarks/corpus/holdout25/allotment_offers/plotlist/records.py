"""Applications to the waiting list and plot vacancies, as exported from the allotments database."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Applicant:
    """A person on the waiting list.

    ``sites`` are the allotment sites the applicant will accept, ``max_size`` the largest
    plot in square metres they want, and ``resident`` whether they live in the borough
    (residents are offered plots before non-residents).
    """

    applicant_id: str
    joined: date
    sites: tuple[str, ...]
    max_size: int
    resident: bool = True


@dataclass(frozen=True)
class Vacancy:
    """A plot that became free on ``available``."""

    plot_id: str
    site: str
    size: int
    available: date


def parse_applicants(text: str) -> list[Applicant]:
    """Applicants from the CSV export (``id,joined,sites,max_size,resident``, with a header row).

    ``joined`` is an ISO date, ``sites`` a ``;``-separated list and ``resident`` ``Y`` or ``N``.
    Raises ValueError for a bad date, size or resident flag.
    """
    applicants: list[Applicant] = []
    for row in csv.DictReader(io.StringIO(text)):
        flag = row["resident"].strip().upper()
        if flag not in ("Y", "N"):
            raise ValueError(f"applicant {row['id']}: resident must be Y or N, not {flag!r}")
        sites = tuple(site.strip() for site in row["sites"].split(";") if site.strip())
        applicants.append(Applicant(row["id"].strip(), date.fromisoformat(row["joined"].strip()), sites,
                                    int(row["max_size"]), flag == "Y"))
    return applicants


def parse_vacancies(text: str) -> list[Vacancy]:
    """Vacancies from the CSV export (``plot,site,size,available``, with a header row)."""
    return [Vacancy(row["plot"].strip(), row["site"].strip(), int(row["size"]), date.fromisoformat(row["available"].strip()))
            for row in csv.DictReader(io.StringIO(text))]
