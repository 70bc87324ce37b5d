"""Export a long orchestral score (one track per section) from the notation editor to MIDI."""

import random

from midiwrite.smf import encode_file

SECTIONS = [("piano", 0, 48, 84, 8), ("strings", 1, 40, 88, 4), ("winds", 2, 55, 96, 3), ("brass", 3, 36, 72, 2),
            ("harp", 4, 30, 100, 6), ("percussion", 9, 35, 81, 5)]


def main() -> None:
    rng = random.Random(1812)
    tracks = []
    for name, channel, low, high, density in SECTIONS:
        events = []
        tick = 0
        for bar in range(1700):
            for beat in range(4 * density // 2):
                start = bar * 1920 + beat * (1920 // (2 * density)) + rng.choice([0, 0, 0, 5, -5 if beat else 0])
                for _ in range(rng.choice([1, 1, 2, 3])):
                    note = rng.randint(low, high)
                    length = rng.choice([120, 240, 240, 480, 960])
                    velocity = rng.randint(40, 110)
                    events.append((start, "on", channel, note, velocity))
                    events.append((start + length, "off", channel, note, 0 if rng.random() < 0.5 else 64))
        tracks.append(events)
    data = encode_file(tracks, 480)
    print(len(tracks), "tracks,", sum(len(t) for t in tracks), "events,", len(data), "bytes")


if __name__ == "__main__":
    main()
