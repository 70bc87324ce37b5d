"""Election night: seat allocations for every municipal council, under both methods for the commission's report."""

import random

from seatcount.councils import Council, election_results, national_seat_totals

PARTIES = ["Social Democrats", "Conservatives", "Liberals", "Greens", "Left Alliance", "Centre", "Christian Democrats",
           "Pensioners", "Local List", "Pirates", "Farmers", "Regionalists", "Citizens' Initiative", "Independents"]


def councils(rng, count):
    result = []
    for number in range(count):
        electorate = rng.randint(2_000, 400_000)
        seats = 15 + 2 * min(20, electorate // 12_000) + rng.choice([0, 2])
        standing = rng.sample(PARTIES, rng.randint(5, len(PARTIES)))
        strength = {party: rng.paretovariate(1.6) for party in standing}
        turnout = int(electorate * rng.uniform(0.45, 0.8))
        scale = turnout / sum(strength.values())
        result.append(Council(f"Municipality {number:04d}", seats,
                              {party: int(share * scale) for party, share in strength.items()}))
    return result


def main() -> None:
    rng = random.Random(1899)
    municipalities = councils(rng, 7500)
    dhondt = election_results(municipalities, "dhondt", threshold=0.02)
    sainte_lague = election_results(municipalities, "sainte-lague", threshold=0.02)
    print("councils", len(municipalities), "seats", sum(council.seats for council in municipalities))
    totals_d, totals_s = national_seat_totals(dhondt), national_seat_totals(sainte_lague)
    for party in list(totals_d)[:6]:
        print(f"  {party:<22} d'Hondt {totals_d[party]:>6}  Sainte-Laguë {totals_s[party]:>6}")


if __name__ == "__main__":
    main()
