"""Build the rehearsal song packs: every song in the library, transposed for each lead singer."""

import random

from chordsheet.chords import pitch_class
from chordsheet.directives import song_title
from chordsheet.transpose import transpose_sheet

KEYS = ["C", "D", "E", "F", "G", "A", "Bb", "Eb", "Am", "Em", "Dm"]
PROGRESSIONS = {
    "major": ["I", "V", "vi", "IV", "I/3", "ii7", "Vsus4", "V"],
    "minor": ["i", "VI", "III", "VII", "iv7", "v", "i"],
}
DEGREES = {"I": (0, ""), "ii7": (2, "m7"), "I/3": (0, "/4"), "iii": (4, "m"), "IV": (5, ""), "V": (7, ""),
           "Vsus4": (7, "sus4"), "vi": (9, "m"), "i": (0, "m"), "III": (3, ""), "iv7": (5, "m7"), "v": (7, "m"),
           "VI": (8, ""), "VII": (10, "")}
NAMES = ["C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"]
WORDS = ("grace mercy light morning river mountain song heart praise holy faithful love anchor "
         "shelter glory rise stand forever hope sing").split()


def chord(key: str, degree: str) -> str:
    steps, quality = DEGREES[degree]
    root = (pitch_class(key.rstrip("m")) + steps) % 12
    if quality == "/4":
        return f"{NAMES[root]}/{NAMES[(root + 4) % 12]}"
    return NAMES[root] + quality


def song(rng: random.Random, number: int) -> str:
    key = rng.choice(KEYS)
    mode = "minor" if key.endswith("m") else "major"
    lines = [f"{{title: Song {number}}}", f"{{artist: Writer {rng.randint(1, 40)}}}", f"{{key: {key}}}", "{tempo: 72}", ""]
    sections = ["verse", "chorus", "verse", "chorus", "bridge", "chorus", "chorus"]
    for section_index, section in enumerate(sections):
        if section_index == 5 and rng.random() < 0.3:
            key = NAMES[(pitch_class(key.rstrip("m")) + 2) % 12] + ("m" if mode == "minor" else "")
            lines.append(f"{{key: {key}}}")
        lines.append("{soc}" if section == "chorus" else f"{{comment: {section.title()}}}")
        for _ in range(rng.randint(4, 8)):
            words = rng.sample(WORDS, 6)
            degrees = PROGRESSIONS[mode]
            parts = [f"[{chord(key, rng.choice(degrees))}]{word}" if i % 2 == 0 else word for i, word in enumerate(words)]
            lines.append(" ".join(parts))
        if rng.random() < 0.2:
            lines.append("[N.C.] (hold)   [x2]")
        lines.append("{eoc}" if section == "chorus" else "")
    return "\n".join(lines) + "\n"


def main() -> None:
    rng = random.Random(3044)
    library = [song(rng, number) for number in range(1, 371)]
    singers = {"Anna": "A", "Ben": "D", "Chloe": "F", "Dan": "C", "Esther": "Eb"}
    packs: dict[str, list[str]] = {name: [] for name in singers}
    for text in library:
        first_key = next(line for line in text.split("\n") if line.startswith("{key:"))[6:-1]
        for name, wanted in singers.items():
            shift = (pitch_class(wanted) - pitch_class(first_key.rstrip("m"))) % 12
            packs[name].append(transpose_sheet(text, shift - 12 if shift > 6 else shift))
    flats = sum(sheet.count("b") for sheets in packs.values() for sheet in sheets)
    print(f"{len(library)} songs x {len(singers)} singers, {sum(len(t) for s in packs.values() for t in s)} characters")
    print(f"first song for Chloe: {song_title(packs['Chloe'][0])}, {flats} 'b' characters in the packs")
    print(packs["Chloe"][0].split("\n")[7])


if __name__ == "__main__":
    main()
