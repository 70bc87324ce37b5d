"""Decode three weeks of archived reports for the club's home field and its alternates."""

import random

from metarwx.decode import decode_reports
from metarwx.summary import flight_category, station_summary

STATIONS = ["EGKA", "EGHH", "EGLL", "EGKK", "EGMC", "EGSS", "EGBB", "EGCC", "EGNX", "EGGD", "EGTE", "EGHI",
            "EGKB", "EGLF", "EGMD", "EGTK", "EGBJ", "EGFF", "EGNT", "EGPH"]
WEATHER = ["-RA", "RA", "+RA", "-DZ", "BR", "FG", "HZ", "-SHRA", "SHRA", "TSRA", "+TSRA", "-SN", "BCFG", "VCSH", "VCTS"]


def synthetic_report(rng: random.Random, station: str, day: int, hour: int, minute: int) -> str:
    """One plausible report, with the usual mix of fine days, showers and fog."""
    groups = [rng.choice(["METAR", "METAR", "SPECI"]), station, f"{day:02d}{hour:02d}{minute:02d}Z"]
    speed = rng.randint(0, 30)
    direction = "VRB" if speed < 4 and rng.random() < 0.5 else f"{rng.randrange(0, 360, 10):03d}"
    gust = f"G{speed + rng.randint(8, 20)}" if speed > 15 and rng.random() < 0.5 else ""
    groups.append(f"{direction}{speed:02d}{gust}KT")
    if rng.random() < 0.2:
        groups.append("CAVOK")
    else:
        groups.append(rng.choice(["9999", "9999", "8000", "6000", "4000", "2500", "1200", "0800", "0300"]))
        groups.extend(rng.sample(WEATHER, rng.choice([0, 0, 0, 1, 1, 2])))
        for base in sorted(rng.sample(range(2, 60), rng.randint(0, 3))):
            groups.append(f"{rng.choice(['FEW', 'SCT', 'BKN', 'OVC'])}{base:03d}{rng.choice(['', '', '', 'CB', 'TCU'])}")
    temperature = rng.randint(-8, 28)
    dewpoint = temperature - rng.randint(0, 10)
    groups.append(f"{'M' if temperature < 0 else ''}{abs(temperature):02d}/{'M' if dewpoint < 0 else ''}{abs(dewpoint):02d}")
    groups.append(f"Q{rng.randint(985, 1038)}")
    if rng.random() < 0.1:
        groups.append("RMK " + rng.choice(["AO2", "SLP182", "RAB15 FG BANK NW"]))
    return " ".join(groups)


def main() -> None:
    rng = random.Random(5120)
    lines = []
    for day in range(1, 23):
        for hour in range(24):
            for minute in (20, 50):
                for station in STATIONS[:rng.randint(12, 20)]:
                    lines.append(synthetic_report(rng, station, day, hour, minute))
                lines.append("")
    observations = decode_reports(lines)
    categories: dict[str, int] = {}
    for observation in observations:
        category = flight_category(observation)
        categories[category] = categories.get(category, 0) + 1
    print(f"{len(observations)} reports decoded:", dict(sorted(categories.items())))
    summary = station_summary(observations)
    windiest = max(summary, key=lambda station: (summary[station]["max_gust"], station))
    print("windiest station:", windiest, summary[windiest])


if __name__ == "__main__":
    main()
