"""Re-estimate the yield of every monitored array for the annual performance review."""

import math
import random
from datetime import datetime, timedelta

from pvyield.arrays import PVArray, Site
from pvyield.estimate import fleet_yield

SITES = [Site("Bristol", 51.45, -2.59, 0.2), Site("Cardiff", 51.48, -3.18, 0.2), Site("Exeter", 50.72, -3.53, 0.18),
         Site("Swindon", 51.56, -1.78, 0.2), Site("Plymouth", 50.37, -4.14, 0.22)]


def typical_year(rng, site):
    """Hourly records for a synthetic typical meteorological year."""
    records = []
    start = datetime(2023, 1, 1, 0, 30)
    cloud = 0.5
    for hour in range(8760):
        when = start + timedelta(hours=hour)
        day = when.timetuple().tm_yday
        declination = math.radians(23.44) * math.sin(2 * math.pi * (284 + day) / 365)
        hour_angle = math.radians(15 * (when.hour + 0.5 + site.longitude / 15 - 12))
        lat = math.radians(site.latitude)
        cos_zenith = math.sin(lat) * math.sin(declination) + math.cos(lat) * math.cos(declination) * math.cos(hour_angle)
        cloud = min(1.0, max(0.0, cloud + rng.gauss(0, 0.15)))
        if cos_zenith > 0.02:
            clear = 1050 * cos_zenith ** 1.15
            ghi = clear * (1 - 0.85 * cloud ** 1.5)
            diffuse = ghi * (0.15 + 0.8 * cloud)
            direct = max(0.0, (ghi - diffuse) / cos_zenith)
        else:
            ghi = diffuse = direct = 0.0
        seasonal = 10 - 6 * math.cos(2 * math.pi * (day - 20) / 365)
        records.append({"time": when.isoformat(), "ghi": round(ghi), "dni": round(direct), "dhi": round(diffuse),
                        "temp": round(seasonal + 4 * math.sin(2 * math.pi * (when.hour - 9) / 24) + rng.gauss(0, 1.5), 1),
                        "wind": round(abs(rng.gauss(3.5, 2)), 1)})
    return records


def main() -> None:
    rng = random.Random(42)
    sites = {site.name: site for site in SITES}
    weather = {site.name: typical_year(rng, site) for site in SITES}
    arrays = []
    for number in range(60):
        kwp = round(rng.uniform(2.5, 12), 2)
        arrays.append(PVArray(f"INST-{number:04d}", rng.choice(SITES).name, rng.choice([15, 22.5, 30, 35, 40, 45]),
                              rng.choice([90, 135, 160, 180, 180, 200, 225, 270]), kwp,
                              round(kwp * rng.uniform(0.8, 1.0), 1), rng.choice([0.12, 0.14, 0.16])))
    results = fleet_yield(arrays, sites, weather)
    ranked = sorted(results.items(), key=lambda item: -item[1]["specific_yield"])
    print("arrays", len(results), "fleet kWh", round(sum(r["annual_kwh"] for r in results.values())))
    for name, result in ranked[:3]:
        print(name, result["specific_yield"], result["peak_kw"], result["peak_time"])
    print("worst", ranked[-1][0], ranked[-1][1]["specific_yield"])


if __name__ == "__main__":
    main()
