"""Sign orders from the shop's order system and the vinyl they use."""

from __future__ import annotations

from dataclasses import dataclass

from .fonts import Font
from .layout import fit_cap_height, line_width

WEED_MARGIN_MM = 20.0


@dataclass(frozen=True)
class SignJob:
    order: str
    panel_width_mm: float
    max_cap_height_mm: float
    lines: tuple[str, ...]
    tracking: int = 0


def parse_orders(text: str) -> list[SignJob]:
    """Orders, one per line: "order|panel width mm|max cap height mm|tracking|line 1/line 2/...".

    Blank lines and ``#`` comments are skipped. Raises ``ValueError`` for a malformed order.
    """
    jobs = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        fields = raw.split("|")
        if len(fields) != 5:
            raise ValueError(f"line {number}: expected 5 fields")
        order, width, height, tracking, wording = fields
        lines = tuple(part.strip() for part in wording.split("/") if part.strip())
        if not lines:
            raise ValueError(f"line {number}: no lettering")
        jobs.append(SignJob(order.strip(), float(width), float(height), lines, int(tracking or 0)))
    return jobs


def plot_sheet(job: SignJob, font: Font) -> dict[str, object]:
    """Cap height, line widths and the vinyl area (m²) for one order, with a weeding margin around
    each line."""
    height = fit_cap_height(list(job.lines), font, job.panel_width_mm, job.max_cap_height_mm,
                            tracking=job.tracking)
    widths = [line_width(line, font, height, job.tracking) for line in job.lines]
    area = sum((width + WEED_MARGIN_MM) * (height + WEED_MARGIN_MM) for width in widths) / 1e6
    return {"order": job.order, "cap_height_mm": height, "widths_mm": widths, "vinyl_m2": round(area, 3)}
