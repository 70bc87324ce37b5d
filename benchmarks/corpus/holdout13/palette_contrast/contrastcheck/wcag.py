"""Relative luminance and contrast ratio as defined by WCAG 2.1."""

from __future__ import annotations


def parse_hex(colour: str) -> tuple[int, int, int]:
    """(red, green, blue) from ``#RRGGBB`` or ``#RGB`` notation (the ``#`` is optional)."""
    value = colour.strip().lstrip("#")
    if len(value) == 3:
        value = "".join(char * 2 for char in value)
    if len(value) != 6:
        raise ValueError(f"not a hex colour: {colour!r}")
    try:
        return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
    except ValueError:
        raise ValueError(f"not a hex colour: {colour!r}") from None


def linear_channel(value: int) -> float:
    """An sRGB channel (0-255) converted to linear light."""
    scaled = value / 255
    if scaled <= 0.04045:
        return scaled / 12.92
    return ((scaled + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """Relative luminance of a hex colour, from 0 (black) to 1 (white)."""
    red, green, blue = parse_hex(colour)
    return 0.2126 * linear_channel(red) + 0.7152 * linear_channel(green) + 0.0722 * linear_channel(blue)


def contrast_ratio(foreground: str, background: str) -> float:
    """The WCAG contrast ratio between two colours, from 1 to 21."""
    first = relative_luminance(foreground)
    second = relative_luminance(background)
    lighter, darker = max(first, second), min(first, second)
    return (lighter + 0.05) / (darker + 0.05)


def grade(ratio: float) -> str:
    """The best WCAG level that a text/background pair with this contrast ratio meets."""
    if ratio >= 7:
        return "AAA"
    if ratio >= 4.5:
        return "AA"
    if ratio >= 3:
        return "AA-large"
    return "fail"
