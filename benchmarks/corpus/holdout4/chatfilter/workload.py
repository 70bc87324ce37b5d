"""Moderate a burst of chat messages in a busy game lobby."""

import random
import string

from moderation.wordfilter import ProfanityFilter

CHAT = ["gg", "anyone", "want", "to", "queue", "ranked", "lol", "nice", "shot", "mid", "lane", "is", "open",
        "brb", "that", "was", "close", "report", "the", "jungler", "please", "wp", "team", "push", "top"]


def main() -> None:
    rng = random.Random(404)
    blocked = sorted({"".join(rng.choices(string.ascii_lowercase, k=rng.randint(4, 9))) for _ in range(700)})
    blocked += ["noob team", "uninstall the game", "trash"]
    chat = ProfanityFilter(blocked)
    messages = []
    for _ in range(50):
        words = rng.choices(CHAT, k=rng.randint(3, 15))
        if rng.random() < 0.4:
            words.insert(rng.randrange(len(words)), rng.choice(blocked).upper() if rng.random() < 0.3 else rng.choice(blocked))
        messages.append(" ".join(words))
    cleaned = [chat.censor(message) for message in messages]
    print(sum(a != b for a, b in zip(messages, cleaned)), cleaned[0])


if __name__ == "__main__":
    main()
