"""Cross-matching detected sources to the reference catalogue."""

from __future__ import annotations

import math
import statistics

from skymatch.sky import Source, Star, separation_arcsec


def crossmatch(sources: list[Source], catalogue: list[Star], radius_arcsec: float = 2.0) -> dict[str, object]:
    """Match every source to the nearest catalogue star within ``radius_arcsec``.

    Ties go to the star listed first in the catalogue. Returns the matches in source order
    (source id, star id, separation in arcsec to 3 decimals), the unmatched source ids,
    the ids of stars matched by more than one source (sorted) and the photometric zero
    point: the median of catalogue magnitude + 2.5 log10(flux) over matches with positive
    flux, to 4 decimals (None without any).
    """
    matches = []
    unmatched = []
    matched_stars = []
    offsets = []
    for source in sources:
        best, best_separation = None, None
        for star in catalogue:
            separation = separation_arcsec(source.ra, source.dec, star.ra, star.dec)
            if separation <= radius_arcsec and (best_separation is None or separation < best_separation):
                best, best_separation = star, separation
        if best is None:
            unmatched.append(source.source_id)
            continue
        matches.append({"source": source.source_id, "star": best.star_id, "separation": round(best_separation, 3)})
        matched_stars.append(best.star_id)
        if source.flux > 0:
            offsets.append(best.mag + 2.5 * math.log10(source.flux))
    blended = sorted({star_id for star_id in matched_stars if matched_stars.count(star_id) > 1})
    zero_point = round(statistics.median(offsets), 4) if offsets else None
    return {"matches": matches, "unmatched": unmatched, "blended": blended, "zero_point": zero_point}
