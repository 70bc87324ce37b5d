"""Nightly rebuild of the tracking timelines from the day's three scanner feeds."""

import random
from datetime import datetime, timedelta, timezone

from parceltrack.timeline import build_timelines

JOURNEY = ["collected", "arrived_depot", "sorted", "departed_depot", "arrived_depot", "sorted", "out_for_delivery", "delivered"]
DEPOTS = ["LHR1", "MAN2", "BHX1", "GLA3", "BRS1", "LDS2"]


def render(moment: datetime, rng: random.Random) -> str:
    style = rng.random()
    if style < 0.4:
        offset = rng.choice([0, 1, 2])
        local = moment.astimezone(timezone(timedelta(hours=offset)))
        return local.strftime("%Y-%m-%dT%H:%M:%S%z")
    if style < 0.7:
        return moment.strftime("%d/%m/%Y %H:%M:%S")
    if style < 0.85:
        return moment.strftime("%d/%m/%Y %H:%M")
    return moment.strftime("%Y%m%d%H%M%SZ")


def main() -> None:
    rng = random.Random(5150)
    start = datetime(2024, 5, 2, 4, 0, tzinfo=timezone.utc)
    scans = []
    for number in range(1700):
        parcel = f"JD{number:08d}"
        moment = start + timedelta(minutes=rng.randint(0, 600))
        for event in JOURNEY[: rng.randint(3, len(JOURNEY))]:
            moment += timedelta(minutes=rng.randint(5, 240))
            scans.append({"parcel": parcel, "time": render(moment, rng), "event": event,
                          "depot": rng.choice(DEPOTS), "scanner": f"HH-{rng.randint(1, 400)}"})
            if rng.random() < 0.01:
                scans.append({"parcel": parcel, "time": "00/00/0000 00:00", "event": event, "depot": "???", "scanner": "HH-0"})
    rng.shuffle(scans)
    result = build_timelines(scans, since=start)
    delivered = sum(event == "delivered" for event in result["latest"].values())
    print(len(scans), "scans;", len(result["timelines"]), "parcels;", delivered, "delivered;", result["rejected"], "rejected")


if __name__ == "__main__":
    main()
