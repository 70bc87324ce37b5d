"""Reconcile rack scans against the LIMS manifest.

The LIMS export lists every aliquot in registration order; the audit team scans whole
freezer racks and needs, per box, what is where it should be and what is not.
"""

from __future__ import annotations

from collections.abc import Sequence

from biobank.records import Sample, Scan

NO_READ = ("", "NO READ", "NOREAD", "NO TUBE", "EMPTY")


def find_sample(manifest: Sequence[Sample], barcode: str) -> Sample | None:
    """The first manifest entry with this barcode, or None."""
    for sample in manifest:
        if sample.barcode == barcode:
            return sample
    return None


def reconcile(scans: Sequence[Scan], manifest: Sequence[Sample]) -> dict[str, dict[str, list]]:
    """The audit of every scanned box, sorted by box.

    A scanned barcode is stripped and upper-cased, then looked up in the manifest (the
    first entry counts when a barcode is registered twice). Each box gets:

    - ``matched``: positions holding the tube the manifest puts there, in scan order;
    - ``misplaced``: (position, barcode, manifest box, manifest position) for tubes the
      manifest puts somewhere else, in scan order;
    - ``unexpected``: (position, barcode) for barcodes not in the manifest, in scan order;
    - ``unread``: positions where the scanner saw no tube or could not read it (NO_READ);
    - ``missing``: (position, barcode) of the manifest entries for the box whose barcode
      was not scanned in any box, in manifest order.
    """
    report: dict[str, dict[str, list]] = {}
    scanned: set[str] = set()
    for scan in scans:
        box = report.setdefault(scan.box, {"matched": [], "misplaced": [], "unexpected": [], "unread": [], "missing": []})
        code = scan.barcode.strip().upper()
        if code in NO_READ:
            box["unread"].append(scan.position)
            continue
        scanned.add(code)
        sample = find_sample(manifest, code)
        if sample is None:
            box["unexpected"].append((scan.position, code))
        elif sample.box == scan.box and sample.position == scan.position:
            box["matched"].append(scan.position)
        else:
            box["misplaced"].append((scan.position, code, sample.box, sample.position))
    for sample in manifest:
        if sample.box in report and sample.barcode not in scanned:
            report[sample.box]["missing"].append((sample.position, sample.barcode))
    return dict(sorted(report.items()))
