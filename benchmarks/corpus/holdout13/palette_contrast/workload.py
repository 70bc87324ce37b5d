"""Release check: contrast audit of the full design-system palette (all hues, all shades)."""

import colorsys
import random

from contrastcheck.report import contrast_report

HUES = ["red", "orange", "amber", "yellow", "lime", "green", "teal", "cyan", "sky", "blue", "indigo",
        "violet", "purple", "pink", "rose", "slate", "stone", "mint", "coral", "plum", "sand", "navy", "olive"]


def main() -> None:
    rng = random.Random(515)
    palette = {"white": "#FFFFFF", "black": "#000", "ink": "#1A1A1A"}
    for index, hue in enumerate(HUES):
        base = index / len(HUES) + rng.uniform(-0.01, 0.01)
        saturation = 0.08 if hue in ("slate", "stone", "sand") else rng.uniform(0.55, 0.9)
        for step in range(32):
            shade = 50 + step * 30
            lightness = 0.97 - step * 0.028
            r, g, b = colorsys.hls_to_rgb(base % 1.0, lightness, saturation)
            colour = f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"
            palette[f"{hue}-{shade}"] = colour.upper() if step % 2 else colour
    report = contrast_report(palette, min_ratio=4.5)
    grades: dict[str, int] = {}
    for _, _, _, level in report["pairs"]:
        grades[level] = grades.get(level, 0) + 1
    top = report["pairs"][0]
    print(len(palette), "colours,", report["checked"], "pairings;", grades, "; best:", top)


if __name__ == "__main__":
    main()
