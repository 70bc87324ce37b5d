"""Crew-pay and maintenance hours for a quarter of the regional fleet's OOOI messages."""

import random
from datetime import date, timedelta

from oooi_times.hours import airframe_hours, monthly_block_hours
from oooi_times.times import flight_times


def gateway_export(rng: random.Random, days: int, tails: int) -> list[str]:
    lines = ["tail,flight,date,event,time"]
    start = date(2024, 3, 1)
    for day in range(days):
        stamp = (start + timedelta(days=day)).isoformat()
        for tail in range(tails):
            minute = rng.randint(330, 420)
            for leg in range(rng.randint(4, 7)):
                flight = f"QX{2000 + tail * 10 + leg}"
                taxi_out, air, taxi_in = rng.randint(6, 25), rng.randint(35, 150), rng.randint(3, 15)
                times = [minute, minute + taxi_out, minute + taxi_out + air, minute + taxi_out + air + taxi_in]
                for event, at in zip(("OUT", "OFF", "ON", "IN"), times):
                    if rng.random() < 0.004:
                        continue
                    line = f"N{400 + tail}QX,{flight},{stamp},{event},{(at // 60) % 24:02d}{at % 60:02d}"
                    lines.append(line)
                    if rng.random() < 0.03:
                        lines.append(line)
                minute = times[-1] + rng.randint(30, 70)
    return lines


def main() -> None:
    rng = random.Random(2909)
    lines = gateway_export(rng, days=91, tails=85)
    flights = flight_times(lines)
    hours = airframe_hours(flights)
    busiest = max(hours, key=lambda tail: hours[tail][0])
    statuses: dict[str, int] = {}
    for flight in flights:
        statuses[flight.status] = statuses.get(flight.status, 0) + 1
    print(f"{len(lines) - 1} messages, {len(flights)} flights: {statuses}")
    print(f"block hours by month {monthly_block_hours(flights)}; busiest airframe {busiest} "
          f"{hours[busiest][0] / 60:.1f} h in {hours[busiest][1]} cycles")


if __name__ == "__main__":
    main()
