"""Measuring lines of cut lettering."""

from __future__ import annotations

import math

from .fonts import Font


def line_width(text: str, font: Font, cap_height_mm: float, tracking: int = 0) -> float:
    """Cut width in millimetres of one line of lettering set at ``cap_height_mm``.

    Each character takes its advance width (``font.default_advance`` for characters the font
    lacks), adjusted by the kerning of the pair it forms with the previous character, plus
    ``tracking`` font units between characters. The result is rounded to 0.1 mm.
    """
    scale = cap_height_mm / font.cap_height
    units = 0
    previous = None
    for char in text:
        units += font.advances.get(char, font.default_advance)
        if previous is not None:
            for left, right, adjust in font.kerning:
                if left == previous and right == char:
                    units += adjust
                    break
        previous = char
    units += tracking * max(len(text) - 1, 0)
    return round(units * scale, 1)


def fit_cap_height(lines: list[str], font: Font, panel_width_mm: float, max_cap_height_mm: float,
                   step_mm: float = 5.0, tracking: int = 0) -> float:
    """The largest cap height, a multiple of ``step_mm`` up to ``max_cap_height_mm``, at which every
    line fits the panel width. 0.0 when even one step does not fit."""
    widest = max((line_width(line, font, 1000.0, tracking) for line in lines), default=0.0) / 1000.0
    if widest <= 0:
        return max_cap_height_mm
    steps = math.floor(min(max_cap_height_mm, panel_width_mm / widest) / step_mm)
    return round(steps * step_mm, 1)
