"""Annual audit of the freezers in room 2 (F06-F08): scan every rack and reconcile against the LIMS manifest."""

import random

from biobank.records import Sample, parse_rack_csv, positions
from biobank.reconcile import reconcile
from biobank.report import audit_lines

STUDIES = ["COHORT-2", "PREG-ENV", "DIAB-FU", "ASTHMA-KIDS", "LONGCOVID", "BIOMARK-3"]


def main() -> None:
    rng = random.Random(707)
    wells = positions()
    boxes = [f"F{freezer:02d}-R{rack}-B{box:02d}" for freezer in range(1, 10) for rack in range(1, 6) for box in range(1, 6)]
    manifest, used = [], set()
    for box in boxes:
        for position in wells[: rng.randint(60, 96)]:
            barcode = f"BB{rng.randint(10 ** 7, 10 ** 8 - 1)}"
            while barcode in used:
                barcode = f"BB{rng.randint(10 ** 7, 10 ** 8 - 1)}"
            used.add(barcode)
            manifest.append(Sample(barcode, rng.choice(STUDIES), box, position))
    rng.shuffle(manifest)  # the LIMS lists aliquots in registration order, not by location
    audited = [box for box in boxes if box[:3] in ("F06", "F07", "F08")]
    location = {(s.box, s.position): s.barcode for s in manifest}
    scans = []
    for box in audited:
        lines = ["Position,Barcode"]
        for position in wells:
            barcode = location.get((box, position), "NO TUBE")
            roll = rng.random()
            if roll < 0.01:
                barcode = "NO READ"
            elif roll < 0.015:
                barcode = f"BB{rng.randint(10 ** 7, 10 ** 8 - 1)}"  # a tube never registered
            elif roll < 0.03:
                barcode = rng.choice(manifest).barcode.lower() + " "  # a tube put back in the wrong box
            lines.append(f"{position},{barcode}")
        scans += parse_rack_csv(box, "\n".join(lines))
    report = reconcile(scans, manifest)
    lines = audit_lines(report)
    print(f"manifest {len(manifest)} aliquots, scanned {len(scans)} wells")
    print(*lines[:6], sep="\n")


if __name__ == "__main__":
    main()
