"""A member downloads their whole tree: a large one-name study exported as one GEDCOM file."""

import random
from datetime import date, timedelta

from gedcom.export import export_gedcom
from gedcom.people import Family, Person

GIVEN_M = ["John", "William", "Thomas", "James", "George", "Henry", "Jóhann", "Søren", "Pierre", "Giuseppe", "Wojciech", "Seán"]
GIVEN_F = ["Mary", "Elizabeth", "Sarah", "Ann", "Margaret", "Jane", "Ingrid", "Zoë", "Brigid", "Małgorzata", "Hélène", "Maria"]
SURNAMES = ["Ashworth", "Baines", "Crossley", "Dewhurst", "Eccles", "Fairbank", "Greenhalgh", "Horsfall", "Ó Briain", "Nørgaard"]
PLACES = ["Halifax, Yorkshire, England", "Rochdale, Lancashire, England", "Cork, Ireland", "Aarhus, Denmark", "Kraków, Poland",
          "Lyon, France", "Boston, Massachusetts, USA"]
NOTE_WORDS = "census lodger weaver mill apprentice baptised witness emigrated parish register transcription according to the".split()


def person(rng: random.Random, xref: str, sex: str, surname: str, born: date) -> Person:
    """One person with the kind of detail members type in: places, death dates and research notes."""
    given = rng.choice(GIVEN_M if sex == "M" else GIVEN_F)
    died = born + timedelta(days=rng.randint(300, 90 * 365)) if born.year < 1940 and rng.random() < 0.8 else None
    notes = ""
    if rng.random() < 0.35:
        paragraphs = [" ".join(rng.choice(NOTE_WORDS) for _ in range(rng.randint(8, 90))) for _ in range(rng.randint(1, 3))]
        notes = "\n".join(paragraphs)
    return Person(xref, given, surname, sex, born if rng.random() < 0.9 else None, rng.choice(PLACES), died, notes)


def tree(rng: random.Random, families: int) -> tuple[list[Person], list[Family]]:
    """Generations of couples with children, each child possibly founding a family of their own."""
    people: list[Person] = []
    result: list[Family] = []
    founders = []
    for number in range(30):
        founders.append((rng.choice(SURNAMES), date(1750 + rng.randint(0, 40), rng.randint(1, 12), rng.randint(1, 28))))
    queue = list(founders)
    while queue and len(result) < families:
        surname, born = queue.pop(0)
        husband = person(rng, f"I{len(people) + 1}", "M", surname, born)
        people.append(husband)
        wife = person(rng, f"I{len(people) + 1}", "F", rng.choice(SURNAMES), born + timedelta(days=rng.randint(-2000, 1500)))
        people.append(wife)
        family = Family(f"F{len(result) + 1}", husband.xref, wife.xref, [], born + timedelta(days=rng.randint(6000, 11000)))
        for child in range(rng.randint(0, 6)):
            child_born = family.married + timedelta(days=rng.randint(300, 700) * (child + 1))
            sex = rng.choice("MF")
            kid = person(rng, f"I{len(people) + 1}", sex, surname, child_born)
            people.append(kid)
            family.children.append(kid.xref)
            if sex == "M" and child_born.year < 1990:
                queue.append((surname, child_born))
        result.append(family)
    return people, result


def main() -> None:
    rng = random.Random(1837)
    people, families = tree(rng, 170)
    text = export_gedcom(people, families, submitter="Crossley One-Name Study")
    lines = text.split("\r\n")
    print(f"{len(people)} people, {len(families)} families, {len(lines)} lines, {len(text.encode('utf-8'))} bytes")
    print("continued lines:", sum(1 for line in lines if line[2:6] in ("CONC", "CONT")))


if __name__ == "__main__":
    main()
