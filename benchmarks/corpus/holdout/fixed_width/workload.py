"""Load the nightly account export."""

import random

from mainframe.records import parse_records


def main() -> None:
    rng = random.Random(97)
    first = ["ANNA", "BJÖRN", "CHLOÉ", "DMITRI", "EMRE", "FATIMA", "GRACE", "HIROSHI", "IDA", "JOÃO"]
    last = ["SMITH", "MÜLLER", "NOWAK", "ROSSI", "GARCÍA", "JENSEN", "SILVA", "KOWALSKI", "DUBOIS"]
    lines = []
    for number in range(24000):
        holder = f"{rng.choice(first)} {rng.choice(last)}"
        lines.append(f"{number:010d}{holder:<28}{rng.randrange(1, 300):04d}{rng.choice(['EUR', 'GBP', 'SEK'])}"
                     f"{rng.randrange(-10**6, 10**9):>14}{rng.randrange(19700101, 20241231):08d}")
    records = parse_records("\n".join(lines) + "\n")
    print(len(records), records[-1])


if __name__ == "__main__":
    main()
