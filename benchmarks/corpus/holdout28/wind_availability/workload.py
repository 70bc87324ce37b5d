"""Quarterly availability figures for every turbine of the wind farm, for the O&M contract review."""

import random

from scada.availability import monthly_availability
from scada.powercurve import PowerCurve
from scada.records import TenMinuteRecord, TurbineLog

CURVE = PowerCurve(((3.0, 0.0), (4.0, 66.0), (5.0, 171.0), (6.0, 352.0), (7.0, 623.0), (8.0, 1002.0), (9.0, 1497.0),
                    (10.0, 2011.0), (11.0, 2530.0), (12.0, 2920.0), (13.0, 3200.0), (14.0, 3300.0), (25.0, 3300.0)))
MONTHS = {"January": 31, "February": 29, "March": 31}


def month_of_records(rng: random.Random, days: int) -> list[TenMinuteRecord]:
    records = []
    wind = rng.uniform(5, 10)
    status = 0
    for period in range(days * 144):
        wind = min(max(wind + rng.gauss(0, 0.6), 0.0), 28.0)
        if status == 0 and rng.random() < 0.002:
            status = rng.choice([2, 2, 3, 4])
        elif status != 0 and rng.random() < 0.08:
            status = 0
        if wind < 3.0 or wind > 25.0:
            code = 1
        else:
            code = status
        power = 0.0 if code else min(3300.0, max(0.0, (wind - 3.0) ** 3 * 3.1 + rng.gauss(0, 40)))
        if rng.random() < 0.003:
            continue
        records.append(TenMinuteRecord(period * 10, round(wind, 2), round(power if code == 0 else -rng.uniform(0, 15), 1), code))
    return records


def main() -> None:
    rng = random.Random(6140)
    total_produced = total_lost = 0.0
    worst = (101.0, "")
    for turbine in range(1, 7):
        name = f"WTG-{turbine:02d}"
        for month, days in MONTHS.items():
            log = TurbineLog(name, 3300.0, month_of_records(rng, days))
            report = monthly_availability(log, CURVE, days * 1440)
            total_produced += report.produced_mwh
            total_lost += report.lost_mwh
            worst = min(worst, (report.time_availability, f"{name} {month}"))
    print(f"produced {total_produced:.1f} MWh, lost {total_lost:.1f} MWh; lowest availability {worst[0]:.2f}% ({worst[1]})")


if __name__ == "__main__":
    main()
