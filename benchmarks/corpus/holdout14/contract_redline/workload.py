"""Accept the counterparty's tracked changes into a long master services agreement."""

import random

from redline.apply import apply_changes
from redline.changes import change_summary, replace_all

CLAUSE = ("{n}. The Supplier shall provide the Services to the Customer in accordance with the Service Levels, "
          "and the Customer shall pay the Charges within thirty (30) days of receipt of a valid invoice. ")


def main() -> None:
    rng = random.Random(1215)
    text = "".join(CLAUSE.format(n=n) for n in range(1, 5600))
    changes = replace_all(text, "Supplier", "Provider")
    changes += replace_all(text, "thirty (30)", "forty-five (45)")
    taken = {start for start, _, _ in changes}
    for _ in range(4500):
        position = rng.randrange(len(text))
        if not any(start in taken for start in range(position - 20, position + 21)):
            taken.add(position)
            changes.append((position, position, rng.choice([" [sic]", " (as amended)", ""])))
    rng.shuffle(changes)
    draft = apply_changes(text, changes)
    print(len(text), "->", len(draft), "characters;", change_summary(text, changes))


if __name__ == "__main__":
    main()
