"""Export the week's topographic survey jobs for the GIS team."""

import random
from datetime import date

from shpout.dbf import write_dbf
from shpout.points import SurveyPoint
from shpout.shapefile import write_point_shapefile

CODES = ["FH", "TREE", "BDY", "MH", "LP", "KERB", "GND", "GND", "GND", "WALL", "FENCE"]


def main() -> None:
    rng = random.Random(27700)
    total_bytes = 0
    for job in range(3):
        origin_e, origin_n = rng.uniform(400000, 600000), rng.uniform(100000, 300000)
        points = [SurveyPoint(f"{job + 1}{number:05d}", rng.choice(CODES), round(origin_e + rng.uniform(0, 800), 3),
                              round(origin_n + rng.uniform(0, 600), 3), round(rng.uniform(30, 75), 3))
                  for number in range(rng.randint(18000, 22000))]
        shp, shx = write_point_shapefile(points)
        dbf = write_dbf(points, date(2024, 5, 10))
        total_bytes += len(shp) + len(shx) + len(dbf)
        print(f"job {job + 1}: {len(points)} points, shp {len(shp)} bytes, shx {len(shx)} bytes")
    print("total", total_bytes)


if __name__ == "__main__":
    main()
