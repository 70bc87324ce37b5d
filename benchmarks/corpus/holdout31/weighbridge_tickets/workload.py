"""Prepare the permit return for a quarter of deliveries to the recycling facility."""

import random
from datetime import date, timedelta

from weighbridge_tickets.checks import check_tickets
from weighbridge_tickets.notes import parse_portal_export
from weighbridge_tickets.permit import accepted_tonnage
from weighbridge_tickets.tickets import parse_weighbridge_log

CODES = ["20 03 01", "15 01 01", "15 01 02", "15 01 07", "17 09 04", "20 01 38", "20 02 01", "19 12 12"]
HAULIERS = ["Greenway Skips", "Northern Waste Ltd", "A. Patel Haulage", "City Recycling", "Moss & Sons"]


def quarter(rng: random.Random):
    rows = ["note_no,haulier,ewc_code,declared_tonnes,collected_on"]
    loads = []
    for number in range(20000):
        note_no = f"WTN-{rng.randint(10**7, 10**8 - 1)}"
        code = rng.choice(CODES)
        declared = round(rng.uniform(1.5, 24.0), 2)
        day = date(2024, 7, 1) + timedelta(days=number * 92 // 20000)
        written = code.replace(" ", "") if number % 5 == 0 else code
        rows.append(f"{note_no.lower() if number % 19 == 0 else note_no},{rng.choice(HAULIERS)},{written},{declared},{day}")
        loads.append((note_no, code, declared))
    log = ["# ticket;note;reg;ewc;gross;tare"]
    weighed = rng.sample(loads, 9500)
    weighed += rng.sample(weighed, 50)
    weighed += [(f"WTN-{rng.randint(10**7, 10**8 - 1)}", rng.choice(CODES), 8.0) for _ in range(70)]
    rng.shuffle(weighed)
    for number, (note_no, code, declared) in enumerate(weighed):
        tare = rng.randint(9000, 16000)
        net = declared * (rng.uniform(1.12, 1.4) if rng.random() < 0.04 else rng.uniform(0.85, 1.05))
        if rng.random() < 0.03:
            code = rng.choice(CODES)
        gross = tare + int(net * 1000) if rng.random() > 0.002 else tare
        log.append(f"T{number:06d};{note_no};{rng.choice(['YX19 ', 'BD68 ', 'LK21 '])}{rng.randint(100, 999)};"
                   f"{code.replace(' ', '-')};{gross};{tare}")
    return "\n".join(rows) + "\n", log


def main() -> None:
    rng = random.Random(3125)
    portal, log = quarter(rng)
    notes = parse_portal_export(portal)
    tickets = parse_weighbridge_log(log)
    findings = check_tickets(tickets, notes)
    issues = {}
    for finding in findings:
        issues[finding.issue] = issues.get(finding.issue, 0) + 1
    print(f"{len(tickets)} tickets, {len(findings)} discrepancies: {issues}")
    print(accepted_tonnage(tickets, findings))


if __name__ == "__main__":
    main()
