"""Pre-send check of the quarterly newsletter bundle: every regional variant in one file."""

import random

from mailmerge.audit import audit_template

FIELDS = ["first_name", "last_name", "customer", "offer_code", "expiry", "store", "points", "tier", "unsubscribe_url"]
FILTERS = ["upper", "lower", "title", "date", "currency", "default"]
WORDS = ("the our new season offer members exclusive save on garden tools lighting paint flooring "
         "visit your local store today and enjoy free delivery when you spend over").split()


def main() -> None:
    rng = random.Random(77)
    parts = []
    for paragraph in range(5200):
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 30))]
        for _ in range(rng.randint(1, 4)):
            field = rng.choice(FIELDS + ["frist_name", "customer.city", "customer.loyalty.tier", "voucher"])
            filt = rng.choice([None, None] + FILTERS + ["shout"])
            placeholder = "{{ " + field + (" | " + filt if filt else "") + " }}"
            if rng.random() < 0.02:
                placeholder = placeholder[:-2]
            words.insert(rng.randrange(len(words) + 1), placeholder)
        parts.append(" ".join(words))
    text = "\n".join(parts) + "\n"
    problems = audit_template(text, FIELDS)
    kinds = {}
    for problem in problems:
        kinds[problem["problem"]] = kinds.get(problem["problem"], 0) + 1
    print(len(text), "characters,", text.count("{{"), "placeholders;", len(problems), "problems", kinds)


if __name__ == "__main__":
    main()
