"""Evening print job for the dispatch bay: a label for every carton shipped today."""

import random

from labelprint.batch import render_batch

STREETS = ["High St", "Station Rd", "Mill Lane", "Church St", "Kingsway", "Victoria Rd", "Bahnhofstraße"]
TOWNS = ["Leeds LS1 4DT", "York YO1 7HH", "Hull HU1 2AA", "Sheffield S1 2HE", "Durham DH1 3NJ"]
NAMES = ["Ava Patel", "Noah Smith", "Zoë O'Brien", "Liam Chen", "Maja Nowak", "Sam_Jones", "Ravi Kumar"]


def main() -> None:
    rng = random.Random(18)
    shipments = []
    serial = 400000
    for number in range(650):
        cartons = rng.choice([1, 1, 1, 2, 2, 3, 4])
        lines = [rng.choice(NAMES), f"{rng.randint(1, 250)} {rng.choice(STREETS)}", rng.choice(TOWNS)]
        if rng.random() < 0.3:
            lines.insert(1, f"Unit {rng.randint(1, 40)}")
        shipments.append({"order": f"SO-{100000 + number}", "carrier": rng.choice(["DPD", "DHL", "UPS", "Royal Mail"]),
                          "ship_to": lines, "cartons": cartons, "first_serial": serial,
                          "weight_kg": round(rng.uniform(0.5, 30.0), 2)})
        serial += cartons
    zpl = render_batch(shipments, "5012345")
    print(len(shipments), "shipments;", zpl.count("^XZ"), "labels;", len(zpl), "bytes of ZPL")


if __name__ == "__main__":
    main()
