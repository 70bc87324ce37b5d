"""Bidding opens tomorrow: screen every submission against the programme committee."""

import random

from confreview.conflicts import find_conflicts
from confreview.people import Author, Paper, Reviewer

FIRST = ["José", "Anna", "Wei", "Priya", "Lukas", "Sofía", "Hiroshi", "Fatima", "Olivier", "Zoë", "Mateusz", "Chloé",
         "Ahmed", "Ingrid", "Ravi", "Mei", "Björn", "Camille", "Tomás", "Yuki", "Elena", "Kwame", "Sven", "Noor"]
LAST = ["García-López", "Müller", "Zhang", "Sharma", "Novák", "O'Connor", "Tanaka", "Haddad", "Dubois", "Kowalski",
        "Rossi", "Nguyen", "Andersson", "Okafor", "Petrov", "Silva", "Kim", "Fischer", "Moreau", "Costa", "Yamamoto",
        "Ivanova", "Mensah", "Lindqvist", "Chen", "Patel", "Santos", "Weber", "Jensen", "Lefèvre"]
INSTITUTIONS = [("University of {}", "{}.ac.uk"), ("{} Institute of Technology", "{}.edu"), ("Univ. of {}", "uni-{}.de"),
                ("The University of {}", "{}.edu.au"), ("{} Research Lab", "{}-labs.com")]
CITIES = ["Leeds", "Lyon", "Kyoto", "Porto", "Gdansk", "Uppsala", "Zurich", "Austin", "Perth", "Delft", "Turin",
          "Aarhus", "Nagoya", "Boston", "Leuven", "Tartu", "Graz", "Bergen", "Cork", "Dundee", "Brno", "Bologna",
          "Lund", "Ghent", "Basel", "Padua", "Bath", "Exeter", "Toulouse", "Sendai", "Osaka", "Seville", "Krakow",
          "Vilnius", "Riga", "Oulu", "Tampere", "Aalborg", "Bremen", "Dresden", "Passau", "Ulm", "Trento", "Pisa",
          "Coimbra", "Braga", "Malaga", "Bilbao", "Nantes", "Lille", "Grenoble", "Utrecht", "Twente", "Namur",
          "Lausanne", "Bern", "Linz", "Innsbruck", "Waterloo", "Calgary", "Halifax", "Auckland", "Otago", "Hobart"]
DEPARTMENTS = ["", "", "School of Computing, ", "Department of Computer Science, ", "Dept. of Informatics, "]


def person(rng: random.Random) -> tuple[str, str, str]:
    name = f"{rng.choice(['', 'Dr. ', 'Prof. ', ''])}{rng.choice(FIRST)} {rng.choice(LAST)}"
    org, domain = rng.choice(INSTITUTIONS)
    city = rng.choice(CITIES)
    email = f"{name.split()[-1].lower()}@" + (rng.choice(["gmail.com", "outlook.com"]) if rng.random() < 0.25
                                             else domain.format(city.lower()))
    return name, rng.choice(DEPARTMENTS) + org.format(city), email


def main() -> None:
    rng = random.Random(2025)
    reviewers = []
    for n in range(95):
        name, org, email = person(rng)
        extra = (person(rng)[1],) if rng.random() < 0.3 else ()
        reviewers.append(Reviewer(f"pc{n:03d}", name, email, (org,) + extra))
    papers = []
    for paper_id in range(1, 131):
        authors = tuple(Author(*person(rng)) for _ in range(rng.randint(2, 6)))
        papers.append(Paper(paper_id, f"Submission {paper_id}", authors))
    people = [reviewer.name for reviewer in reviewers] + [author.name for paper in papers for author in paper.authors]
    coauthorships = [(rng.choice(people), rng.choice(people), rng.randint(2012, 2025)) for _ in range(700)]
    conflicts = find_conflicts(papers, reviewers, coauthorships, since=2022)
    reasons = {}
    for found in conflicts.values():
        for _, reason in found:
            reasons[reason] = reasons.get(reason, 0) + 1
    print("papers with conflicts", len(conflicts), "of", len(papers))
    print("conflicts by reason", dict(sorted(reasons.items())))


if __name__ == "__main__":
    main()
