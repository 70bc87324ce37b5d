"""A quarter of a community station's playout log against the society's recordings list."""

import itertools
import random
import string

from playreport.playout import Play
from playreport.returns import return_rows, usage_return
from playreport.works import Recording


def isrc(rng: random.Random) -> str:
    """A random ISRC in its normalised form."""
    country = rng.choice(["GB", "US", "DE", "FR", "IE", "NL", "SE", "AU"])
    registrant = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(3))
    return f"{country}{registrant}{rng.randint(60, 99):02d}{rng.randint(0, 99999):05d}"


def display_form(code: str, rng: random.Random) -> str:
    """The ISRC as the playout system's music database happens to store it."""
    form = rng.random()
    if form < 0.5:
        return code
    if form < 0.8:
        return f"{code[:2]}-{code[2:5]}-{code[5:7]}-{code[7:]}"
    return code.lower()


def main() -> None:
    rng = random.Random(2024)
    recordings = []
    for number in range(9000):
        work = f"W-{rng.randint(1, 6000):06d}"
        recordings.append(Recording(isrc(rng), work, f"Track {number}", f"Artist {rng.randint(1, 1500)}"))
    library = rng.sample(recordings, 2500) + [Recording(isrc(rng), "", f"Local {n}", "Local act") for n in range(300)]
    cumulative = list(itertools.accumulate(rng.paretovariate(1.2) for _ in library))
    plays = []
    for day in range(91):
        for slot in range(210):
            item = rng.choices(library, cum_weights=cumulative)[0]
            seconds = rng.randint(150, 330) if rng.random() < 0.93 else rng.randint(5, 29)
            started = f"2024-{1 + day // 31:02d}-{1 + day % 31:02d}T{slot // 10:02d}:{(slot * 6) % 60:02d}:00"
            plays.append(Play(started, display_form(item.isrc, rng), item.artist, item.title, seconds))
    lines, unmatched = usage_return(plays, recordings)
    rows = return_rows(lines)
    print(f"{len(plays)} plays: {len(lines)} works reported, {len(unmatched)} plays unmatched")
    busiest = max(lines.values(), key=lambda line: (line.plays, line.work_id))
    print(f"most played work {busiest.work_id}: {busiest.plays} plays, {busiest.seconds // 60} minutes")
    print(rows[:3])


if __name__ == "__main__":
    main()
