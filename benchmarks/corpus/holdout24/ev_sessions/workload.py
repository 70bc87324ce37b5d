"""Month-end run: rebuild March's sessions from the back-office export and total them per charger."""

import random

from chargepoint.meterlog import summarise_sessions
from chargepoint.report import busiest_days, charger_totals


def connector_day(rng: random.Random, charger: str, connector: int, day: int, meter: int) -> tuple[list[str], int]:
    """The log lines of one connector on one day of March 2024, and its meter at the end of the day."""
    lines = []
    minute = rng.randint(6 * 60, 9 * 60)

    def stamp(at: int) -> str:
        date = f"2024-03-{day + at // 1440:02d}" if day + at // 1440 <= 31 else "2024-04-01"
        at %= 1440
        return f"{date} {at // 60:02d}:{at % 60:02d}:{rng.randint(0, 59):02d}"

    while minute < 21 * 60:
        lines.append(f"{stamp(minute)},{charger},{connector},START,{meter}")
        power = rng.choice([3600, 7000, 7000, 11000, 22000])
        charging = rng.randint(20, 200)
        plugged = charging + rng.choice([0, 5, 15, 40, 90, 150])
        for elapsed in range(5, plugged, 5):
            if elapsed <= charging:
                meter += power * 5 // 60
            lines.append(f"{stamp(minute + elapsed)},{charger},{connector},METER,{meter}")
        lines.append(f"{stamp(minute + plugged)},{charger},{connector},STOP,{meter}")
        if rng.random() < 0.01:
            lines.append(f"# {charger} gateway reconnected")
        minute += plugged + rng.randint(10, 180)
    return lines, meter


def main() -> None:
    rng = random.Random(303)
    log = []
    for number in range(36):
        charger = f"CP-{1100 + number:04d}"
        meters = [rng.randint(0, 10 ** 7), rng.randint(0, 10 ** 7)]
        for day in range(1, 32):
            for connector in (1, 2):
                lines, meters[connector - 1] = connector_day(rng, charger, connector, day, meters[connector - 1])
                log.extend(line + "\n" for line in lines)
    sessions = summarise_sessions(log)
    totals = charger_totals(sessions)
    print(f"{len(log)} log lines, {len(sessions)} sessions on {len(totals)} chargers")
    print("energy (kWh):", sum(row["energy_wh"] for row in totals.values()) // 1000)
    print("overstay fees (pence):", sum(row["idle_fees"] for row in totals.values()))
    print("busiest days:", busiest_days(sessions))


if __name__ == "__main__":
    main()
