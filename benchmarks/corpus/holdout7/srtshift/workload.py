"""Re-time a feature-length subtitle track (with a long director's commentary)."""

import random

from subtitles.srt import Cue, format_srt, parse_srt, shift


def main() -> None:
    rng = random.Random(77)
    words = "the a you we it ship captain star engine now never always run hold fire left right".split()
    cues = []
    clock = 2000
    for number in range(1, 30001):
        duration = rng.randint(800, 4000)
        text = " ".join(rng.choices(words, k=6)).capitalize()
        if number % 3 == 0:
            text = text.replace(" ", "\n", 1)
        cues.append(Cue(number, clock, clock + duration, text))
        clock += duration + rng.randint(50, 900)
    text = format_srt(cues)
    parsed = parse_srt(text)
    moved = shift(parsed, -1250)
    print(len(parsed), moved[-1].end_ms, sum(len(cue.text) for cue in moved))


if __name__ == "__main__":
    main()
