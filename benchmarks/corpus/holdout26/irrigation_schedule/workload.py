"""The cooperative's end-of-season water report: every member's fields simulated over the season's weather."""

import random

from soilwater.crops import CROPS
from soilwater.season import Field, Weather, simulate_season
from soilwater.weather import extraterrestrial_radiation, hargreaves_et0

SOILS = [(0.22, 0.10), (0.30, 0.15), (0.36, 0.22), (0.18, 0.07)]  # field capacity, wilting point


def season_weather(rng: random.Random, days: int) -> list[Weather]:
    """Weather from mid-April: warming temperatures, showers and the odd storm."""
    weather = []
    for day in range(days):
        doy = 105 + day
        t_max = 17 + 12 * min(1.0, day / 90) + rng.gauss(0, 3)
        t_min = t_max - rng.uniform(8, 14)
        rain = 0.0 if rng.random() < 0.72 else round(rng.expovariate(1 / 6), 1)
        weather.append(Weather(hargreaves_et0(t_min, t_max, extraterrestrial_radiation(41.5, doy)), rain))
    return weather


def main() -> None:
    rng = random.Random(1956)
    weather = season_weather(rng, 170)
    fields = []
    for number in range(170):
        soil = rng.choice(SOILS)
        fields.append(Field(f"pivot-{number:03d}", rng.choice(sorted(CROPS)), rng.randint(0, 30), soil[0], soil[1],
                            rng.choice([0.4, 0.6, 0.8, 1.0]), rng.choice([6.0, 7.0, 8.0, 10.0])))
    results = simulate_season(fields, weather)
    total = sum(result["total_mm"] for result in results.values())
    stressed = sorted(results.items(), key=lambda item: -item[1]["stress_days"])[:3]
    print(f"{len(fields)} fields, {round(total)} mm applied in total, {sum(len(r['events']) for r in results.values())} pivot passes")
    for name, result in stressed:
        print(f"  {name}: {result['stress_days']} stress days, {result['total_mm']} mm")


if __name__ == "__main__":
    main()
