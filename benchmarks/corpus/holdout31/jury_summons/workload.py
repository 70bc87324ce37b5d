"""The jury office's quarterly run: eligible pools and summons for the next three trial weeks."""

import random
from datetime import date, timedelta

from jury_summons.history import parse_excusals, parse_service_log
from jury_summons.roll import parse_roll
from jury_summons.selection import draw_summons, eligible_pool, summons_letters

SURNAMES = ["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas",
            "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards"]
FORENAMES = ["Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Noah", "Mia", "Jack", "Ivy",
             "Leo", "Grace", "Arthur", "Sophia", "Muhammad", "Freya", "Oscar", "Lily"]


def district(rng: random.Random):
    rows = ["elector_no,surname,forenames,postcode,date_of_birth"]
    numbers = []
    for ward in ("AB", "AC", "BD", "BE", "CF", "CG", "DH"):
        for seq in range(4800):
            elector_no = f"{ward}{seq:05d}"
            numbers.append(elector_no)
            born = date(1940, 1, 1) + timedelta(days=rng.randint(0, 31000))
            rows.append(f"{elector_no.lower() if seq % 13 == 0 else elector_no},{rng.choice(SURNAMES)},"
                        f"{rng.choice(FORENAMES)},ls{rng.randint(1, 29)}  {rng.randint(1, 9)}{rng.choice('ABDEFG')}"
                        f"{rng.choice('HJLNPQ')},{born.isoformat()}")
    service = ["# elector_no served_on court"]
    for elector_no in rng.sample(numbers, 6000):
        served = date(2019, 1, 7) + timedelta(weeks=rng.randint(0, 300))
        service.append(f"{elector_no} {served.isoformat()} {rng.choice(['LEEDS-CC', 'BRADFORD-CC'])}")
    excusals = ["# elector_no until reason"]
    for elector_no in rng.sample(numbers, 1800):
        until = date(2024, 6, 1) + timedelta(days=rng.randint(0, 500))
        excusals.append(f"{elector_no} {until.isoformat()} {rng.choice(['medical', 'carer', 'student', 'deferred'])}")
    return "\n".join(rows), service, excusals


def main() -> None:
    rng = random.Random(3109)
    roll_text, service_lines, excusal_lines = district(rng)
    electors = parse_roll(roll_text)
    service = parse_service_log(service_lines)
    excusals = parse_excusals(excusal_lines)
    for week, start in enumerate([date(2024, 9, 2), date(2024, 9, 9), date(2024, 9, 16)]):
        pool = eligible_pool(electors, service, excusals, start)
        letters = summons_letters(draw_summons(pool, 150, seed=2024_09 + week), "LEEDS-CC", start)
        print(f"{start}: pool {len(pool)} of {len(electors)}, {len(letters)} summonses, first {letters[0]}")


if __name__ == "__main__":
    main()
