"""Backfill two hours of outlet readings into InfluxDB after a poller outage, one batch per hour."""

import random

from pdu_metrics.capacity import over_contract, rack_peaks
from pdu_metrics.lineproto import to_line_protocol
from pdu_metrics.readings import parse_poller_csv

CUSTOMERS = ["Acme Hosting", "Northwind, Ltd", "blue=green labs", "", "Globex", "Initech", "Umbrella Health"]


def poller_export(rng: random.Random, start: int) -> str:
    rows = ["site,rack,pdu,outlet,customer,epoch,watts,amps,kwh"]
    racks = [(f"LD{rng.choice([5, 8])}", f"{hall}{row:02d}-{pos:02d}", rng.choice(CUSTOMERS))
             for hall in "ABC" for row in range(1, 7) for pos in range(1, 6)]
    counters = {}
    for minute in range(0, 60, 5):
        epoch = start + minute * 60
        for site, rack, customer in racks:
            for pdu in ("A", "B"):
                for outlet in range(1, 12):
                    watts = max(0.0, rng.gauss(180, 60))
                    key = (rack, pdu, outlet)
                    counters[key] = counters.get(key, rng.uniform(100, 9000)) + watts * 5 / 60 / 1000
                    missing = rng.random() < 0.01
                    rows.append(f"{site},{rack},{rack}-{pdu},{outlet},\"{customer}\",{epoch},"
                                f"{'' if missing else round(watts, 1)},{round(watts / 230, 3)},{round(counters[key], 3)}")
    return "\n".join(rows) + "\n"


def main() -> None:
    rng = random.Random(3127)
    contracted = {f"{hall}{row:02d}-{pos:02d}": rng.choice([4.0, 5.0, 8.0])
                  for hall in "ABC" for row in range(1, 7) for pos in range(1, 6)}
    for hour in range(2):
        readings = parse_poller_csv(poller_export(rng, 1_730_419_200 + hour * 3600))
        body = to_line_protocol(readings)
        peaks = rack_peaks(readings)
        lines = body.count(b"\n")
        print(f"hour {hour}: {len(readings)} readings, {lines} lines, {len(body)} bytes, "
              f"{len(over_contract(peaks, contracted))} racks near their contract")
    print(body[:150])


if __name__ == "__main__":
    main()
