"""Recorded voice clips and the segments a prompt is built from."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Clip:
    name: str
    samples: list[int] = field(default_factory=list)  # signed 16-bit mono samples


@dataclass
class Say:
    clip: str
    gain_db: float = 0.0  # level correction applied when the clip is spliced in


@dataclass
class Pause:
    ms: int


def db_to_gain(gain_db: float) -> float:
    return 10 ** (gain_db / 20)


def clamp16(value: int) -> int:
    """Saturate to the signed 16-bit range instead of wrapping around."""
    if value > 32767:
        return 32767
    if value < -32768:
        return -32768
    return value


def spell_amount(pounds: int, pence: int) -> list[str]:
    """Clip names for an amount such as 'one hundred and five pounds twenty pence'."""
    words = _number_words(pounds) + ["pound" if pounds == 1 else "pounds"]
    if pence:
        words += ["and"] + _number_words(pence) + ["penny" if pence == 1 else "pence"]
    return words


_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _number_words(number: int) -> list[str]:
    if number < 20:
        return [_SMALL[number]]
    if number < 100:
        tens, units = divmod(number, 10)
        return [_TENS[tens]] + ([_SMALL[units]] if units else [])
    if number < 1000:
        hundreds, rest = divmod(number, 100)
        return [_SMALL[hundreds], "hundred"] + (["and"] + _number_words(rest) if rest else [])
    thousands, rest = divmod(number, 1000)
    words = _number_words(thousands) + ["thousand"]
    if rest:
        words += (["and"] if rest < 100 else []) + _number_words(rest)
    return words
