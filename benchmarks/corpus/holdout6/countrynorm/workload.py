"""Clean the 'country of residence' column of a customer survey export."""

import random

from surveyclean.countries import ALIASES, resolve_countries


def main() -> None:
    rng = random.Random(31337)
    aliases = list(ALIASES)
    for number in range(700):
        aliases.append((f"Region {number} Autonomous Territory", f"Q{number % 26:02d}"))
    spellings = [alias for alias, _ in aliases[:60]] + ["Atlantis", "Narnia", "Middle-earth", "N/A", "", "Earth"]
    answers = []
    for _ in range(3000):
        text = rng.choice(spellings)
        if rng.random() < 0.3:
            text = text.upper()
        if rng.random() < 0.2:
            text = f"  {text}. "
        answers.append(text)
    codes, unknown = resolve_countries(answers, aliases)
    print(sum(code is None for code in codes), unknown)


if __name__ == "__main__":
    main()
