"""Weekly digest: the top keywords of last week's support tickets."""

import itertools
import random

from keywords.extract import STOPWORDS, top_keywords

TOPICS = ["password", "reset", "invoice", "refund", "login", "vpn", "printer", "laptop", "email", "outlook",
          "license", "upgrade", "crash", "slow", "error", "timeout", "certificate", "badge", "monitor", "wifi"]


def main() -> None:
    rng = random.Random(99)
    vocabulary = TOPICS + [f"{rng.choice(TOPICS)}{rng.choice(['ing', 'ed', 's', 'er', '-app', '_v2'])}{n}" for n in range(2000)]
    weights = list(itertools.accumulate([30] * len(TOPICS) + [1] * (len(vocabulary) - len(TOPICS))))
    tickets = []
    for _ in range(2200):
        words = rng.choices(vocabulary, cum_weights=weights, k=rng.randint(4, 14)) + rng.choices(STOPWORDS, k=rng.randint(3, 10))
        rng.shuffle(words)
        tickets.append(("Hi team, " if rng.random() < 0.3 else "") + " ".join(words).capitalize() + rng.choice([".", "!", "?", "\n"]))
    print(top_keywords(tickets, k=8))


if __name__ == "__main__":
    main()
