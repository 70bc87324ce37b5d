"""Numbering-continuity audit of two years of the wholesaler's sales ledger."""

import random
from datetime import date, timedelta

from seqaudit.continuity import series_findings
from seqaudit.ledger import read_ledger
from seqaudit.report import exception_count, format_report

SERIES = {"INV-2023-": 8600, "INV-2024-": 9200, "CN-2024-": 1400, "EXP-": 2300, "POS-": 5000}
CUSTOMERS = [f"C{n:05d}" for n in range(1, 1800)]


def ledger_csv(rng: random.Random) -> str:
    lines = ["number,issued,customer,net,status"]
    rows = []
    for prefix, count in SERIES.items():
        start = date(2023, 1, 2) if "2023" in prefix else date(2024, 1, 2)
        number = rng.randint(1, 40)
        day = start
        for _ in range(count):
            if rng.random() < 0.004:
                number += rng.randint(2, 6)  # numbers skipped by the old till software
            else:
                number += 1
            if rng.random() < 0.05:
                day += timedelta(days=1)
            issued = day - timedelta(days=3) if rng.random() < 0.002 else day
            status = "void" if rng.random() < 0.01 else "issued"
            rows.append((f"{prefix}{number:06d}", issued.isoformat(), rng.choice(CUSTOMERS),
                         f"{rng.uniform(-50 if prefix.startswith('CN') else 20, 9000):.2f}", status))
            if rng.random() < 0.002:  # re-sent after an interface timeout
                rows.append(rows[-1])
    rng.shuffle(rows)
    rows.sort(key=lambda row: row[1])
    lines.extend(",".join(row) for row in rows)
    return "\n".join(lines) + "\n"


def main() -> None:
    rng = random.Random(3301)
    invoices = read_ledger(ledger_csv(rng))
    findings = series_findings(invoices)
    print(format_report(findings))
    print(f"{len(invoices)} ledger rows, {exception_count(findings)} findings to explain")


if __name__ == "__main__":
    main()
