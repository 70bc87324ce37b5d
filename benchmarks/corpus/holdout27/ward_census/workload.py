"""Replay a winter week of ADT messages through the bed board of a 400-bed district hospital."""

import random
from datetime import datetime, timedelta

from bedboard.dashboard import peak_occupancy, rejection_reasons
from bedboard.events import AdtEvent
from bedboard.replay import replay

WARDS = {"AMU": 36, "Ward 3": 28, "Ward 4": 28, "Ward 5": 30, "Ward 6": 30, "Ward 7": 26, "Ward 8": 26,
         "Ward 9": 24, "Ward 10": 24, "Ward 11": 28, "Stroke": 20, "CCU": 12, "ICU": 10, "HDU": 8, "Surgical 1": 30,
         "Surgical 2": 30, "Orthopaedic": 32, "Maternity": 24}


def adt_feed(rng: random.Random) -> list[AdtEvent]:
    """A plausible feed: the hospital fills up, then patients flow in, move and go home; the PAS makes mistakes."""
    events: list[AdtEvent] = []
    where: dict[str, tuple[str, int]] = {}
    free = [(ward, bed) for ward, beds in WARDS.items() for bed in range(1, beds + 1)]
    rng.shuffle(free)
    clock = datetime(2024, 1, 1)
    number = 0
    for step in range(1850):
        clock += timedelta(minutes=rng.randint(1, 12))
        stamp = clock.strftime("%Y-%m-%d %H:%M")
        roll = rng.random()
        if step < 380 or (roll < 0.4 and free):
            number += 1
            patient = f"RX{number:07d}"
            ward, bed = free.pop() if free else (rng.choice(list(WARDS)), 1)
            events.append(AdtEvent("admit", patient, ward, bed, stamp))
            where[patient] = (ward, bed)
        elif roll < 0.6 and free and where:
            patient = rng.choice(list(where))
            ward, bed = free.pop()
            free.append(where[patient])
            events.append(AdtEvent("transfer", patient, ward, bed, stamp))
            where[patient] = (ward, bed)
        elif where:
            patient = rng.choice(list(where))
            free.insert(rng.randint(0, len(free)), where.pop(patient))
            events.append(AdtEvent("discharge", patient, sent_at=stamp))
        if rng.random() < 0.03:  # duplicate or out-of-order message from the interface engine
            events.append(rng.choice(events[-20:]))
        if rng.random() < 0.02:  # a clerk picks the wrong bed or a ward the bed board does not manage
            ward = rng.choice(list(WARDS) + ["Discharge Lounge"])
            events.append(AdtEvent("admit", f"TMP{step:05d}", ward, rng.randint(1, 40), stamp))
    return events


def main() -> None:
    rng = random.Random(7788)
    events = adt_feed(rng)
    census = replay(events, WARDS)
    occupied = sum(census.occupancy[-1].values())
    print(f"{len(events)} messages, {occupied} of {sum(WARDS.values())} beds occupied at the end")
    print("rejections:", rejection_reasons(census))
    fullest = sorted(peak_occupancy(census, WARDS).items(), key=lambda item: -item[1][1])[:3]
    print("fullest wards:", fullest)


if __name__ == "__main__":
    main()
