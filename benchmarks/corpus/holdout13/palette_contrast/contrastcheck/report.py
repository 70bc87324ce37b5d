"""The palette audit that the design-system team publishes with every release."""

from __future__ import annotations

from typing import Any, Mapping

from contrastcheck.wcag import contrast_ratio, grade


def contrast_report(palette: Mapping[str, str], min_ratio: float = 3.0) -> dict[str, Any]:
    """Every text-on-background pairing of palette colours whose contrast ratio reaches `min_ratio`.

    Returns a dict with:
      ``pairs``: (foreground, background, ratio rounded to 2 places, grade) tuples, highest
      ratio first, then by background and foreground name;
      ``best_text``: for each background with at least one passing pairing, the foreground
      with the highest contrast (the first one in palette order on a tie);
      ``checked``: how many pairings were compared.
    """
    pairs = []
    best: dict[str, tuple[str, float]] = {}
    checked = 0
    for background_name, background in palette.items():
        for foreground_name, foreground in palette.items():
            if foreground_name == background_name:
                continue
            checked += 1
            ratio = contrast_ratio(foreground, background)
            if ratio < min_ratio:
                continue
            pairs.append((foreground_name, background_name, round(ratio, 2), grade(ratio)))
            if background_name not in best or ratio > best[background_name][1]:
                best[background_name] = (foreground_name, ratio)
    pairs.sort(key=lambda pair: (-pair[2], pair[1], pair[0]))
    return {
        "pairs": pairs,
        "best_text": {background: foreground for background, (foreground, _) in best.items()},
        "checked": checked,
    }
