"""The monthly claim run: every service agent's claims checked against the registration register."""

import random
from datetime import date, timedelta

from warranty.assess import assess_claims
from warranty.cover import Policy
from warranty.records import Claim, Registration
from warranty.report import outcome_totals, payable_by_model

POLICIES = {
    "WM-7400": Policy(24, 350.0), "WM-8600": Policy(36, 420.0), "TD-5100": Policy(24, 300.0), "DW-4550": Policy(24, 280.0),
    "FF-9020": Policy(60, 650.0), "OV-3300": Policy(24, 260.0), "HB-1200": Policy(12, 150.0), "MW-0800": Policy(12, 90.0),
}
FAULTS = ["E01 drain pump", "E05 heater", "E12 door lock", "E20 control board", "E31 motor brushes", "E44 inlet valve"]


def main() -> None:
    rng = random.Random(1893)
    models = sorted(POLICIES) + ["WM-7300", "DW-4400"]  # two discontinued ranges with no current policy
    registrations = []
    for number in range(16000):
        serial = f"{rng.choice('ABCDEFGH')}{rng.randint(10, 23)}{number:07d}"
        purchased = date(2019, 1, 1) + timedelta(days=rng.randint(0, 5 * 365))
        registrations.append(Registration(serial, rng.choice(models), purchased, f"{rng.choice('BLMS')}{rng.randint(1, 99)}"))
        if rng.random() < 0.04:  # resold and registered again by the new owner
            registrations.append(Registration(serial, registrations[-1].model, purchased + timedelta(days=rng.randint(200, 900))))
    rng.shuffle(registrations)
    claims = []
    for number in range(2100):
        if rng.random() < 0.92:
            registration = rng.choice(registrations)
            serial = registration.serial
            reported = registration.purchased + timedelta(days=rng.randint(-20, 4 * 365))
        else:
            serial, reported = f"Z99{rng.randint(0, 9999999):07d}", date(2024, 1, 1) + timedelta(days=rng.randint(0, 200))
        amount = round(rng.choice([49.0, 85.5, 120.0, 180.0, 240.0, 310.0, 455.0]) * rng.uniform(0.8, 1.3), 2)
        claims.append(Claim(f"CL-{number:06d}", serial, reported, rng.choice(FAULTS), amount))
    decisions = assess_claims(claims, registrations, POLICIES)
    for outcome, (count, payable) in outcome_totals(decisions).items():
        print(f"{outcome:14s} {count:5d} claims  £{payable:10.2f}")
    print("top models:", payable_by_model(decisions)[:3])


if __name__ == "__main__":
    main()
