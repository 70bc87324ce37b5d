"""Tracking sheet for a two-act musical's cue list, as printed for the production desk."""

import random

from cuestack.cues import Cue
from cuestack.paperwork import busiest_cues, channel_history, dark_cues
from cuestack.tracking import cue_sheet

CHANNELS = 240
SCENES = ["prologue", "market", "ballroom", "storm", "garden", "finale", "bows"]


def build_cue_list(rng: random.Random) -> list[Cue]:
    """A realistic cue list: looks, fades, specials, blackouts and point cues."""
    cues: list[Cue] = []
    number = 0
    for act in (1, 2):
        for scene in SCENES:
            for _ in range(rng.randint(40, 70)):
                number += 1
                changes: dict[int, int | None] = {}
                if rng.random() < 0.04:
                    changes = {channel: 0 for channel in range(1, CHANNELS + 1)}
                else:
                    for _ in range(rng.randint(3, 45)):
                        channel = rng.randint(1, CHANNELS)
                        changes[channel] = None if rng.random() < 0.07 else rng.choice([0, 10, 25, 40, 55, 70, 85, 100])
                cues.append(Cue(f"{number}", changes, f"act {act} {scene}"))
                if rng.random() < 0.15:  # a point cue added in tech
                    cues.append(Cue(f"{number}.5", {rng.randint(1, CHANNELS): rng.randint(0, 100)}, "point"))
    return cues


def main() -> None:
    rng = random.Random(4471)
    cues = build_cue_list(rng)
    sheet = cue_sheet(cues)
    print(f"{len(sheet)} cues, {sum(len(state.moving) for state in sheet)} channel moves")
    print("busiest:", busiest_cues(sheet, 3))
    print("blackouts:", len(dark_cues(sheet)))
    print("channel 12 moves:", len(channel_history(sheet, 12)))


if __name__ == "__main__":
    main()
