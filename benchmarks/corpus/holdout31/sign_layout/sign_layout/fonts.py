"""Typeface metrics read from Adobe Font Metrics (AFM) files."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Font:
    """Advance widths per character and kerning pairs, in font units (1000 per em).

    ``kerning`` keeps the (left, right, adjustment) pairs in file order; when a pair is listed
    twice the first entry counts, as in the plotter software."""

    name: str
    cap_height: int
    advances: dict[str, int] = field(default_factory=dict)
    kerning: list[tuple[str, str, int]] = field(default_factory=list)
    default_advance: int = 500


def parse_afm(text: str) -> Font:
    """Parse the parts of an AFM file the sign shop needs: FontName, CapHeight, the character
    metrics ("C code ; WX width ; N name ; ...") and the kerning pairs ("KPX left right value").

    Kerning pairs name glyphs; they are mapped to characters through the character metrics and
    pairs with unknown glyph names are skipped. Raises ``ValueError`` without a CapHeight.
    """
    name, cap_height = "", None
    advances: dict[str, int] = {}
    glyphs: dict[str, str] = {}
    kerning: list[tuple[str, str, int]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("FontName "):
            name = line.split(None, 1)[1]
        elif line.startswith("CapHeight "):
            cap_height = int(float(line.split()[1]))
        elif line.startswith("C "):
            fields = dict(part.strip().split(None, 1) for part in line.split(";") if part.strip())
            code = int(fields["C"])
            if code < 0:
                continue
            char = chr(code)
            advances[char] = int(float(fields["WX"]))
            if "N" in fields:
                glyphs[fields["N"]] = char
        elif line.startswith("KPX "):
            _, left, right, value = line.split()
            if left in glyphs and right in glyphs:
                kerning.append((glyphs[left], glyphs[right], int(float(value))))
    if cap_height is None:
        raise ValueError("AFM file has no CapHeight")
    return Font(name, cap_height, advances, kerning, advances.get("n", 500))
