"""Calibrate last night's frame of the open cluster field against the reference catalogue."""

import math
import random

from skymatch.crossmatch import crossmatch
from skymatch.sky import Source, Star


def main() -> None:
    rng = random.Random(4242)
    centre_ra, centre_dec, half_width = 132.846, 11.814, 0.35  # M67
    catalogue = []
    for number in range(1900):
        ra = centre_ra + rng.uniform(-half_width, half_width) / math.cos(math.radians(centre_dec))
        dec = centre_dec + rng.uniform(-half_width, half_width)
        catalogue.append(Star(f"GAIA-{604918000000 + number * 7919}", ra, dec, round(rng.uniform(9.0, 18.5), 3)))
    true_zero_point = 23.17
    sources = []
    for number, star in enumerate(catalogue):
        if rng.random() < 0.85:
            flux = 10 ** ((true_zero_point - star.mag) / 2.5) * rng.gauss(1.0, 0.03)
            sources.append(Source(number, star.ra + rng.gauss(0, 0.3) / 3600, star.dec + rng.gauss(0, 0.3) / 3600, flux))
    for number in range(len(catalogue), len(catalogue) + 150):  # cosmic rays, artefacts, uncatalogued objects
        sources.append(Source(number, centre_ra + rng.uniform(-0.3, 0.3), centre_dec + rng.uniform(-0.3, 0.3), rng.uniform(-20, 500)))
    rng.shuffle(sources)
    result = crossmatch(sources, catalogue, radius_arcsec=1.5)
    print("sources", len(sources), "matched", len(result["matches"]), "unmatched", len(result["unmatched"]),
          "blended", len(result["blended"]), "zero point", result["zero_point"])


if __name__ == "__main__":
    main()
