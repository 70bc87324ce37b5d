"""The vineyard block register: variety and the pick target for each block."""

from __future__ import annotations

from dataclasses import dataclass

# Typical sugar targets (degrees Brix) by wine style when the register gives none.
STYLE_TARGETS = {"sparkling": 18.5, "white": 22.0, "red": 24.5}


@dataclass(frozen=True)
class Block:
    code: str
    variety: str
    style: str
    hectares: float
    target_brix: float


def parse_register(text: str) -> list[Block]:
    """Parse the register: one "code;variety;style;hectares[;target]" line per block.

    Blank lines and ``#`` comments are skipped. Without a target, the style's default is used.
    Raises ``ValueError`` for an unknown style or a malformed line.
    """
    blocks = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split(";")]
        if len(fields) not in (4, 5):
            raise ValueError(f"line {number}: expected 4 or 5 fields")
        style = fields[2].lower()
        if style not in STYLE_TARGETS:
            raise ValueError(f"line {number}: unknown style {fields[2]!r}")
        target = float(fields[4]) if len(fields) == 5 and fields[4] else STYLE_TARGETS[style]
        blocks.append(Block(fields[0].upper(), fields[1], style, float(fields[3]), target))
    return blocks


def targets_by_block(blocks: list[Block]) -> dict[str, float]:
    return {block.code: block.target_brix for block in blocks}
