"""Link a century of burials to baptisms for the society's online index of a market-town parish."""

import random

from parishreg.linkage import link_burials, link_counts
from parishreg.records import Baptism, Burial

SURNAMES = [
    ["Smith", "Smyth", "Smithe"], ["Cook", "Cooke"], ["Phillips", "Philips", "Phelps"], ["Taylor", "Tayler", "Tailor"],
    ["Clarke", "Clark"], ["Browne", "Brown"], ["Greene", "Green"], ["Wright", "Wrighte"], ["Baker"], ["Mayhew", "Mahew"],
    ["Fuller"], ["Cooper", "Couper"], ["Ward", "Warde"], ["Hawkins"], ["Osborne", "Osborn"], ["Pettit", "Petitt"],
    ["Sparrow", "Sparrowe"], ["Everard"], ["Goodchild"], ["Hammond", "Hamond"], ["Kemp", "Kempe"], ["Last"],
    ["Munnings", "Muninges"], ["Nunn", "Nun"], ["Rushbrook", "Rushbrooke"], ["Sillitoe", "Sillito"], ["Thurston"],
    ["Whiting", "Whyting"], ["Aldous", "Aldus"], ["Bird", "Byrd"], ["Catchpole"], ["Death", "Deeth"], ["Frost"],
    ["Gooch"], ["Howlett", "Howlet"], ["King", "Kinge"], ["Lambert"], ["Mann", "Man"], ["Moye", "Moy"], ["Pawsey"],
]
FORENAMES = [
    ["William", "Wm", "Willm", "Gulielmus"], ["John", "Jno", "Johannes"], ["Thomas", "Thos"], ["Richard", "Richd"],
    ["James", "Jas"], ["George", "Geo"], ["Charles", "Chas"], ["Samuel", "Saml"], ["Robert", "Robt"],
    ["Mary", "Maria"], ["Elizabeth", "Eliz", "Elizth"], ["Ann", "Anne", "Anna"], ["Sarah"], ["Susanna", "Susannah"],
    ["Margaret", "Margt"], ["Hannah"], ["Martha"], ["Joseph", "Jos"], ["Henry", "Hy"], ["Edward", "Edw"],
]


def register(rng: random.Random) -> tuple[list[Baptism], list[Burial]]:
    """Baptisms 1700-1799 and burials 1720-1819, about half of them of children baptised here."""
    baptisms = []
    for number in range(1, 1401):
        surname = rng.choice(SURNAMES)
        forename = rng.choice(FORENAMES)
        father = f"{rng.choice(FORENAMES[:9])[0]} {surname[0]}"
        baptisms.append(Baptism(f"B{number:05d}", rng.randint(1700, 1799), rng.choice(forename), rng.choice(surname), father))
    burials = []
    for number in range(1, 521):
        if rng.random() < 0.55:
            person = rng.choice(baptisms)
            age_at_death = min(int(rng.expovariate(1 / 35)), 95)
            year = person.year + age_at_death + rng.choice([0, 0, 0, 1, -1])
            surname = next(group for group in SURNAMES if any(person.surname == s for s in group))
            forename = next(group for group in FORENAMES if any(person.forename == f for f in group))
        else:
            year, age_at_death = rng.randint(1720, 1819), rng.randint(0, 90)
            surname, forename = rng.choice(SURNAMES), rng.choice(FORENAMES)
        age = age_at_death if rng.random() < 0.7 else None
        burials.append(Burial(f"D{number:05d}", year, rng.choice(forename), rng.choice(surname), age))
    return baptisms, burials


def main() -> None:
    rng = random.Random(1741)
    baptisms, burials = register(rng)
    links = link_burials(baptisms, burials)
    counts = link_counts(links)
    print(f"{len(burials)} burials against {len(baptisms)} baptisms: {counts}")
    widest = max(links, key=lambda link: len(link[1]))
    print(f"most candidates: {widest[0]} with {len(widest[1])}")
    print("first links:", links[:3])


if __name__ == "__main__":
    main()
