"""Strict equivalence tests for reconcile (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import namedtuple
from dataclasses import dataclass

import pytest
from biobank.records import Sample, Scan
from biobank.reconcile import reconcile
from strict_support import assert_same

TARGET = "biobank/reconcile.py:reconcile"


# --- verbatim copy of the original implementation and its helpers -------------------------

NO_READ = ("", "NO READ", "NOREAD", "NO TUBE", "EMPTY")


def find_sample(manifest, barcode):
    for sample in manifest:
        if sample.barcode == barcode:
            return sample
    return None


def reference(scans, manifest):
    report = {}
    scanned = set()
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


# --- cases -------------------------------------------------------------------------------

M, S = Sample, Scan


@dataclass
class Aliquot:  # a look-alike row from the old freezer spreadsheet
    barcode: object
    box: object
    position: object
    volume_ul: int = 250


@dataclass
class Read:  # a look-alike read from the hand-held scanner app
    box: object
    position: object
    barcode: object
    operator: str = "jk"


MRow = namedtuple("MRow", "barcode study box position")
SRow = namedtuple("SRow", "box position barcode")

MANIFEST = [M("BB1", "S", "B1", "A1"), M("BB2", "S", "B1", "A2"), M("BB3", "S", "B2", "A1"), M("BB4", "S", "B1", "A3"),
            M("BB3", "T", "B9", "H12"), M("BB5", "S", "B2", "A2"), M("BB6", "S", "B3", "A1")]
SCANS = [S("B1", "A1", "bb1 "), S("B1", "A2", "BB3"), S("B1", "A3", "NO TUBE"), S("B1", "A4", "XX7"),
         S("B2", "A1", "BB2"), S("B2", "A2", "BB5\n"), S("B2", "A3", "no read")]

CASES = [
    ([], []),
    ((), ()),
    ([], MANIFEST),
    (SCANS, []),
    (SCANS, MANIFEST),
    (tuple(SCANS), tuple(MANIFEST)),
    (SCANS[::-1], MANIFEST),
    (SCANS, MANIFEST[::-1]),
    (SCANS + SCANS, MANIFEST),
    (SCANS, MANIFEST + MANIFEST),
    ([S("B1", "A1", "BB1")], [M("BB1", "S", "B1", "A1"), M("BB1", "S", "B1", "A2")]),
    ([S("B1", "A1", "BB1")], [M("BB1", "S", "B1", "A2"), M("BB1", "S", "B1", "A1")]),
    ([S("B1", "A1", "BB1")], [M("BB1", "S", "B2", "A1"), M("BB1", "S", "B1", "A1")]),
    ([S("B2", "A1", "BB1")], [M("BB1", "S", "B1", "A1"), M("BB1", "S", "B2", "A1")]),
    ([S("B1", "A1", "BB1"), S("B1", "A2", "BB1")], [M("BB1", "S", "B1", "A1")]),
    ([S("B1", "A1", "BB1"), S("B2", "A1", "BB1")], [M("BB1", "S", "B1", "A1")]),
    ([S("B1", "A1", "BB1")], [M("bb1", "S", "B1", "A1")]),
    ([S("B1", "A1", "bb1")], [M("BB1", "S", "B1", "A1")]),
    ([S("B1", "A1", "BB1")], [M("BB1 ", "S", "B1", "A1")]),
    ([S("B1", "A1", " \tBB1\r\n")], [M("BB1", "S", "B1", "A1")]),
    ([S("B1", "A1", "B B1")], [M("B B1", "S", "B1", "A1")]),
    ([S("B1", "A1", "ß1")], [M("SS1", "S", "B1", "A1")]),
    ([S("B1", "A1", "ﬁ9")], [M("FI9", "S", "B1", "A1"), M("ﬁ9", "S", "B1", "A2")]),
    ([S("B1", "A1", "éa")], [M("ÉA", "S", "B1", "A1")]),
    ([S("B1", "A1", "\u00a0BB1\u2003")], [M("BB1", "S", "B1", "A1")]),
    ([S("B1", "A1", "")], MANIFEST),
    ([S("B1", "A1", "   ")], MANIFEST),
    ([S("B1", "A1", "No Tube"), S("B1", "A2", "noread"), S("B1", "A3", "Empty"), S("B1", "A4", "NO  READ")], MANIFEST),
    ([S("B1", "A1", "NO READ")], [M("NO READ", "S", "B1", "A1")]),
    ([S("B1", "A1", "N/A")], MANIFEST),
    ([S("B1", "A1", "BB1")], [M("BB1", "S", "b1", "A1")]),
    ([S("B1", "A1", "BB1")], [M("BB1", "S", "B1", "a1")]),
    ([S("B1", "A1", "BB1")], [M("BB1", "S", "B2", "A1")]),
    ([S("B1", "A1", "BB1")], [M("BB1", "S", "B1", "A2")]),
    ([S("B1", "A1", "BB9")], [M("BB1", "S", "B1", "A1")]),
    ([S("Z9", "A1", "BB1")], MANIFEST),
    ([S("B3", "A1", "NO READ")], MANIFEST),
    ([S("B3", "A1", "NO READ"), S("B1", "A1", "BB6")], MANIFEST),
    ([S(1, "A1", "BB1"), S(2, "A1", "BB2")], [M("BB1", "S", 1, "A1"), M("BB2", "S", 1.0, "A1"), M("BB7", "S", 2, "A2")]),
    ([S(True, "A1", "BB1")], [M("BB1", "S", 1, "A1"), M("BB2", "S", True, "A2")]),
    ([S(1, "A1", "BB1"), S("B1", "A1", "BB1")], MANIFEST),
    ([S(None, "A1", "BB1")], [M("BB1", "S", None, "A1")]),
    ([S(None, "A1", "BB1"), S("B1", "A1", "BB1")], MANIFEST),
    ([S(("F1", 2), "A1", "BB1"), S(("F1", 1), "A1", "BB2")], [M("BB1", "S", ("F1", 2), "A1")]),
    ([S("B1", 1, "BB1"), S("B1", None, "BB2")], [M("BB1", "S", "B1", 1), M("BB2", "S", "B1", 2)]),
    ([S("B1", "A1", None)], MANIFEST),
    ([S("B1", "A1", 123)], MANIFEST),
    ([S("B1", "A1", b"BB1")], MANIFEST),
    ([S("B1", "A1", "123")], [M(123, "S", "B1", "A1")]),
    ([S("B1", "A1", "BB1")], [M(["BB1"], "S", "B7", "A1"), M("BB1", "S", "B1", "A1")]),
    ([S("B1", "A1", "BB1")], [M(["BB1"], "S", "B1", "A2"), M("BB1", "S", "B1", "A1")]),
    ([S("B1", "A1", "BB1")], [M(None, "S", "B1", "A2"), M("BB1", "S", "B1", "A1")]),
    ([S("B1", "A1", "BB1")], [M("BB1", "S", "B1", "A1"), None]),
    ([S("B1", "A1", "BB9")], [M("BB1", "S", "B1", "A1"), None]),
    ([S("B1", "A1", "BB1"), None], MANIFEST),
    ([None], MANIFEST),
    ([S("B1", "A1", "BB1")], None),
    (None, MANIFEST),
    ([S("B1", "A1", "NO READ")], None),
    ([Read("B1", "A1", "bb1"), Read("B1", "A2", "BB4")], [Aliquot("BB1", "B1", "A1"), Aliquot("BB4", "B1", "A3")]),
    ([SRow("B1", "A1", "bb1"), SRow("B1", "A2", "BB4")], [MRow("BB1", "S", "B1", "A1"), MRow("BB4", "S", "B1", "A3")]),
    ([SRow("B1", "A1", "bb1"), S("B1", "A2", "BB4")], [Aliquot("BB1", "B1", "A1"), M("BB4", "S", "B1", "A3")]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(reconcile, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(reconcile, reference, manifest=MANIFEST, scans=SCANS)


def _random_cases():
    rng = random.Random(707)
    for _ in range(230):
        boxes = ["B1", "B2", "B3", "B4"][: rng.randint(1, 4)]
        wells = ["A1", "A2", "A3", "B1", "B2", "B3"]
        manifest = [M(f"BB{rng.randint(1, 30)}", "S", rng.choice(boxes), rng.choice(wells)) for _ in range(rng.randint(0, 40))]
        scans = []
        for box in rng.sample(boxes, rng.randint(0, len(boxes))):
            for well in wells:
                roll = rng.random()
                if roll < 0.5:
                    here = [m.barcode for m in manifest if m.box == box and m.position == well]
                    code = here[0] if here else "NO TUBE"
                elif roll < 0.65:
                    code = rng.choice(["NO READ", "", "EMPTY"])
                elif roll < 0.85 and manifest:
                    code = rng.choice(manifest).barcode
                else:
                    code = f"BB{rng.randint(1, 40)}"
                if rng.random() < 0.2:
                    code = rng.choice([code.lower(), f" {code}", f"{code}\n"])
                scans.append(S(box, well, code))
        if rng.random() < 0.3:
            rng.shuffle(scans)
        yield scans, manifest


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(reconcile, reference, *case)


def test_freezer_shelf() -> None:
    rng = random.Random(11)
    wells = [f"{row}{column}" for row in "ABCDEFGH" for column in range(1, 13)]
    boxes = [f"F07-R1-B{n:02d}" for n in range(1, 31)]
    manifest = [M(f"BB{rng.randint(10 ** 6, 10 ** 7)}", "COHORT", box, well) for box in boxes for well in wells[: rng.randint(50, 96)]]
    rng.shuffle(manifest)
    location = {(m.box, m.position): m.barcode for m in manifest}
    scans = []
    for box in boxes[:6]:
        for well in wells:
            code = location.get((box, well), "NO TUBE")
            if rng.random() < 0.05:
                code = rng.choice([rng.choice(manifest).barcode, "NO READ", "BB1"])
            scans.append(S(box, well, code))
    assert_same(reconcile, reference, scans, manifest)
