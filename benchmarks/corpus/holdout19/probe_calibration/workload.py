"""Convert the last six weeks of greenhouse logger data for the irrigation trial."""

import random
from datetime import datetime, timedelta

from calcurve.readings import RawReading, calibrate


def certificate(rng):
    points = []
    raw = rng.uniform(1100, 1400)
    vwc = 0.0
    for _ in range(rng.randint(14, 24)):
        points.append(f"{raw:.1f}:{vwc:.3f}")
        raw += rng.uniform(60, 160)
        vwc += rng.uniform(1.5, 4.0)
    rng.shuffle(points)  # the lab's export is not in any particular order
    return " ; ".join(points) + ";"


def main() -> None:
    rng = random.Random(4416)
    probes = [f"GH{house}-B{bench:02d}-{depth}" for house in (1, 2) for bench in range(1, 11) for depth in ("10cm", "30cm")]
    certificates = {probe: certificate(rng) for probe in probes}
    offsets = {probe: rng.choice([-12.5, -4.0, 0.0, 3.5, 8.0]) for probe in probes[::3]}
    start = datetime(2024, 4, 1)
    stamps = [(start + timedelta(minutes=15 * step)).isoformat() for step in range(42 * 96)]
    levels = {probe: rng.uniform(1500, 2600) for probe in probes}
    readings = []
    for stamp in stamps:
        for probe in probes:
            levels[probe] = min(max(levels[probe] + rng.gauss(0, 12), 1000), 4200)
            readings.append(RawReading(probe, stamp, None if rng.random() < 0.01 else int(levels[probe])))
    calibrated = calibrate(readings, certificates, offsets)
    valid = [row.vwc for row in calibrated if row.vwc is not None]
    print("readings", len(calibrated), "dropouts", len(calibrated) - len(valid),
          "out of range", sum(row.out_of_range for row in calibrated))
    print("mean VWC", round(sum(valid) / len(valid), 3), "last", calibrated[-1])


if __name__ == "__main__":
    main()
