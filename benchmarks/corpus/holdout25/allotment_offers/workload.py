"""Ten years of plot vacancies offered to the borough's allotment waiting list."""

import random
from datetime import date, timedelta

from plotlist.offers import replay_offers, waiting_summary
from plotlist.records import Applicant, Vacancy

SITES = ["Elm Road", "Mill Lane", "Railway Cutting", "St Anne's", "Brook Farm", "Hillside", "The Glebe", "Canal Side",
         "Park View", "Orchard Way", "Gasworks", "Beech Avenue", "Windmill Hill", "Marsh Lane", "Priory Gardens",
         "Old Rectory", "Victoria Park", "Long Acre"]
SIZES = [63, 125, 125, 250, 250, 250]


def applicants(rng: random.Random) -> list[Applicant]:
    """A backlog from 2008-2014 and a steady stream of new applications from 2015."""
    people = []
    start = date(2008, 1, 1)
    for number in range(1, 7301):
        if number <= 3200:
            joined = start + timedelta(days=rng.randint(0, 7 * 365))
        else:
            joined = date(2015, 1, 1) + timedelta(days=rng.randint(0, 10 * 365))
        sites = tuple(rng.sample(SITES, rng.choice([1, 1, 2, 2, 3, 4])))
        people.append(Applicant(f"APP{number:05d}", joined, sites, rng.choice([63, 125, 125, 250, 250]), rng.random() < 0.85))
    rng.shuffle(people)
    return people


def vacancies(rng: random.Random) -> list[Vacancy]:
    """Plots given up over 2015-2024 (more at the end of each season)."""
    plots = []
    for number in range(1, 3001):
        year = rng.randint(2015, 2024)
        day = date(year, 1, 1) + timedelta(days=min(364, int(rng.triangular(0, 365, 300))))
        site = rng.choice(SITES)
        plots.append(Vacancy(f"{site[:3].upper()}-{number:04d}", site, rng.choice(SIZES), day))
    return plots


def main() -> None:
    rng = random.Random(2015)
    offers = replay_offers(applicants(rng), vacancies(rng))
    summary = waiting_summary(offers)
    print(f"{int(summary['offers'])} plots offered, {int(summary['unwanted'])} unwanted, "
          f"median wait {summary['median_wait_years']} years")
    latest = [offer for offer in offers if offer.offered_on.year == 2024 and offer.waited_days is not None]
    print(f"2024: {len(latest)} offers, longest wait {max(offer.waited_days for offer in latest) / 365.25:.1f} years")
    print(offers[:2])


if __name__ == "__main__":
    main()
