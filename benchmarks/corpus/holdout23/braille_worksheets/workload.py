"""Transcribe this term's maths and science worksheets for the braille readers."""

import random

from brailler.pages import paginate, wrap_braille
from brailler.transcribe import transcribe

WORDS = ("the a of and to in is it that for on with as was at by this from they we you are be have not "
         "number total answer question measure length width area volume litres metres grams kilograms "
         "plant cell energy force magnet circuit battery water temperature degrees experiment result table "
         "divide multiply fraction decimal percent angle triangle rectangle circle radius diameter").split()


def worksheet(rng: random.Random, number: int) -> str:
    lines = [f"Worksheet {number}: {rng.choice(['Fractions', 'FORCES', 'Measuring', 'Circuits', 'Plants'])}", ""]
    for question in range(1, rng.randint(25, 40)):
        words = []
        for _ in range(rng.randint(8, 22)):
            roll = rng.random()
            if roll < 0.08:
                words.append(str(rng.randint(0, 5000)))
            elif roll < 0.11:
                words.append(f"{rng.randint(0, 99)}.{rng.randint(0, 9)}{rng.choice(['cm', 'kg', 'ml', '%', ''])}")
            elif roll < 0.14:
                words.append(rng.choice(WORDS).capitalize())
            else:
                words.append(rng.choice(WORDS))
        lines.append(f"{question}. {' '.join(words).capitalize()}{rng.choice(['?', '.', '!', ' (2 marks)'])}")
    return "\n".join(lines) + "\n"


def main() -> None:
    rng = random.Random(1829)
    sheets = [worksheet(rng, number) for number in range(1, 49)]
    page_count = 0
    cells = 0
    for text in sheets:
        braille = transcribe(text)
        cells += sum(1 for char in braille if "\u2800" <= char <= "\u28ff")
        page_count += len(paginate(wrap_braille(braille)))
    print("worksheets", len(sheets), "pages", page_count, "cells", cells)
    print(transcribe(sheets[0].splitlines()[0]))


if __name__ == "__main__":
    main()
