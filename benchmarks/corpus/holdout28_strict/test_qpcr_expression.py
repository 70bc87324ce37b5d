"""Strict equivalence tests for relative_expression (never shown to wattlens)."""

from __future__ import annotations

import math
import random
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from qpcr.ddct import Expression, relative_expression
from qpcr.plate import Well

TARGET = "qpcr/ddct.py:relative_expression"


# --- verbatim copy of the original implementation and its helpers -----------------------------

def _ref_mean(values):
    return sum(values) / len(values)


def _ref_sample_sd(values):
    if len(values) < 2:
        return 0.0
    centre = _ref_mean(values)
    return math.sqrt(sum((value - centre) ** 2 for value in values) / (len(values) - 1))


def _ref_cts(wells, sample, target):
    return [well.ct for well in wells if well.sample == sample and well.target == target and well.ct is not None]


def reference(wells, reference_gene, calibrator, max_sd=0.5):
    if max_sd < 0:
        raise ValueError("the replicate SD limit cannot be negative")
    if not any(well.target == reference_gene for well in wells):
        raise ValueError(f"no well measures the reference gene {reference_gene!r}")
    pairs = {}
    for well in wells:
        if well.target != reference_gene:
            pairs.setdefault((well.sample, well.target))
    results = []
    for sample, target in pairs:
        cts = _ref_cts(wells, sample, target)
        if not cts:
            continue
        target_mean = _ref_mean(cts)
        delta = delta_delta = fold = None
        reference_cts = _ref_cts(wells, sample, reference_gene)
        if reference_cts:
            delta = target_mean - _ref_mean(reference_cts)
            calibrator_cts = _ref_cts(wells, calibrator, target)
            calibrator_reference = _ref_cts(wells, calibrator, reference_gene)
            if calibrator_cts and calibrator_reference:
                delta_delta = delta - (_ref_mean(calibrator_cts) - _ref_mean(calibrator_reference))
                fold = round(2 ** -delta_delta, 4)
                delta_delta = round(delta_delta, 3)
            delta = round(delta, 3)
        results.append(Expression(sample, target, len(cts), round(target_mean, 3), delta, delta_delta, fold,
                                  _ref_sample_sd(cts) > max_sd))
    return results


# --- cases -------------------------------------------------------------------------------

def W(sample, target, *cts, plate="P1"):
    return [Well(plate, f"A{i + 1}", sample, target, ct) for i, ct in enumerate(cts)]


BASE = (W("Ctrl", "GAPDH", 18.0, 18.2, 18.1) + W("Ctrl", "IL6", 25.0, 25.1, 24.9)
        + W("Treated", "GAPDH", 18.5, 18.4, 18.6) + W("Treated", "IL6", 23.5, 23.4, None))
TWO_GENES = BASE + W("Ctrl", "TNF", 27.0, 27.3) + W("Treated", "TNF", 29.1, 28.8, 29.0)
GAP = ("GAPDH", "Ctrl")

CASES = [
    ([],) + GAP,
    ((),) + GAP,
    (BASE,) + GAP,
    (tuple(BASE),) + GAP,
    (BASE[::-1],) + GAP,
    (TWO_GENES,) + GAP,
    (TWO_GENES, "GAPDH", "Treated"),
    (TWO_GENES, "GAPDH", "Nobody"),
    (TWO_GENES, "IL6", "Ctrl"),
    (TWO_GENES, "ACTB", "Ctrl"),
    (TWO_GENES, "gapdh", "Ctrl"),
    (TWO_GENES, "GAPDH ", "Ctrl"),
    (TWO_GENES, None, "Ctrl"),
    (TWO_GENES, "GAPDH", None),
    (TWO_GENES, "GAPDH", "Ctrl", 0),
    (TWO_GENES, "GAPDH", "Ctrl", 0.0),
    (TWO_GENES, "GAPDH", "Ctrl", 0.1),
    (TWO_GENES, "GAPDH", "Ctrl", 10),
    (TWO_GENES, "GAPDH", "Ctrl", -0.01),
    (TWO_GENES, "GAPDH", "Ctrl", True),
    (TWO_GENES, "GAPDH", "Ctrl", float("inf")),
    (TWO_GENES, "GAPDH", "Ctrl", float("nan")),
    (TWO_GENES, "GAPDH", "Ctrl", None),
    ([], "GAPDH", "Ctrl", -1),
    (W("Ctrl", "GAPDH", 18.0),) + GAP,
    (W("Ctrl", "GAPDH", None),) + GAP,
    (W("Ctrl", "GAPDH", None) + W("Ctrl", "IL6", 25.0),) + GAP,
    (W("Ctrl", "GAPDH", 18.0) + W("Ctrl", "IL6", None, None),) + GAP,
    (W("Ctrl", "GAPDH", 18.0) + W("S", "IL6", 25.0),) + GAP,
    (W("Ctrl", "GAPDH", 18.0) + W("S", "IL6", 25.0) + W("S", "GAPDH", 19.0),) + GAP,
    (W("Ctrl", "GAPDH", 18.0) + W("Ctrl", "IL6", 24.0) + W("S", "IL6", 25.0) + W("S", "GAPDH", None),) + GAP,
    (W("Ctrl", "IL6", 24.0) + W("S", "IL6", 25.0) + W("S", "GAPDH", 18.0),) + GAP,
    (W("Ctrl", "GAPDH", 18.0) + W("Ctrl", "IL6", 24.0, 24.0, 24.0),) + GAP,
    (W("Ctrl", "GAPDH", 18, 18) + W("Ctrl", "IL6", 24, 25) + W("S", "GAPDH", 17) + W("S", "IL6", 22),) + GAP,
    (W("Ctrl", "GAPDH", 0.0, 0.0) + W("Ctrl", "IL6", 0.0) + W("S", "GAPDH", 0.0) + W("S", "IL6", 0.0),) + GAP,
    (W("Ctrl", "GAPDH", 0) + W("Ctrl", "IL6", 0) + W("S", "IL6", 1),) + GAP,
    (W("Ctrl", "GAPDH", True) + W("Ctrl", "IL6", False, True),) + GAP,
    (W("Ctrl", "GAPDH", 18.0) + W("Ctrl", "IL6", -0.0, 0.0),) + GAP,
    (W("Ctrl", "GAPDH", 18.0) + W("S", "GAPDH", 18.0) + W("S", "IL6", float("inf")),) + GAP,
    (W("Ctrl", "GAPDH", 18.0) + W("Ctrl", "IL6", 20.0) + W("S", "GAPDH", 18.0) + W("S", "IL6", float("inf")),) + GAP,
    (W("Ctrl", "GAPDH", 18.0) + W("Ctrl", "IL6", 20.0) + W("S", "GAPDH", 18.0) + W("S", "IL6", -1100.0),) + GAP,
    (W("Ctrl", "GAPDH", 18.0) + W("Ctrl", "IL6", 20.0) + W("S", "GAPDH", 18.0) + W("S", "IL6", 2100.0),) + GAP,
    (W("Ctrl", "GAPDH", 18.0) + W("Ctrl", "IL6", 20.0) + W("S", "GAPDH", 18.0) + W("S", "IL6", 1e-9),) + GAP,
    (W("Ctrl", "GAPDH", 18.0) + W("Ctrl", "IL6", 20.0) + W("S", "GAPDH", 18.0) + W("S", "IL6", 10**400),) + GAP,
    (W("Ctrl", "GAPDH", 18.0) + W("Ctrl", "IL6", 20.0) + W("S", "GAPDH", 18.0) + W("S", "IL6", "25.0"),) + GAP,
    (W("Ctrl", "GAPDH", 18.0) + W("Ctrl", "IL6", 20.0) + W("S", "GAPDH", 18.0) + W("S", "IL6", 20.0004999),) + GAP,
    (W("Ctrl", "GAPDH", 18.0) + W("Ctrl", "IL6", 20.0) + W("S", "GAPDH", 18.0) + W("S", "IL6", 20.0005),) + GAP,
    (W("Ctrl", "GAPDH", 18.0) + W("Ctrl", "IL6", 20.0) + W("S", "GAPDH", 18.0) + W("S", "IL6", 19.5, 20.5),) + GAP,
    (W("Ctrl", "GAPDH", 18.0) + W("Ctrl", "IL6", 20.0) + W("S", "GAPDH", 18.0) + W("S", "IL6", 19.5, 20.5), "GAPDH", "Ctrl", 0.7071067811865476),
    (W("Ctrl", "GAPDH", 18.0) + W("Ctrl", "IL6", 20.0) + W("S", "GAPDH", 18.0) + W("S", "IL6", 19.5, 20.5), "GAPDH", "Ctrl", 0.7071067811865475),
    (W("S", "IL6", 22.0) + W("Ctrl", "GAPDH", 18.0) + W("S", "GAPDH", 17.0) + W("Ctrl", "IL6", 20.0) + W("S", "IL6", 22.4),) + GAP,
    (W("S", "IL6", 22.0) * 3 + W("Ctrl", "GAPDH", 18.0) * 2,) + GAP,
    (W("S", "IL6", 22.0, plate="P1") + W("S", "IL6", 23.0, plate="P2") + W("S", "GAPDH", 18.0, plate="P2"),) + GAP,
    (W("ctrl", "GAPDH", 18.0) + W("Ctrl", "IL6", 20.0) + W("CTRL", "IL6", 21.0),) + GAP,
    (W("Ctrl ", "GAPDH", 18.0) + W("Ctrl", "IL6", 20.0) + W("Ctrl", "GAPDH", 17.0) + W("Ctrl ", "IL6", 21.0),) + GAP,
    (W("Kontrolle \u00fc", "GAPDH", 18.0) + W("Kontrolle \u00fc", "IL6", 20.0) + W("\u5904\u7406\u7ec4", "GAPDH", 18.5) + W("\u5904\u7406\u7ec4", "IL6", 21.0), "GAPDH", "Kontrolle \u00fc"),
    (W("Ctrl", "GAPDH", 18.0) + W("Ctrl", "IL-6", 20.0) + W("Ctrl", "IL6", 21.0) + W("S", "IL-6", 22.0) + W("S", "GAPDH", 18.0),) + GAP,
    (W(1, "GAPDH", 18.0) + W(1, "IL6", 20.0) + W(1.0, "IL6", 21.0) + W(True, "IL6", 22.0) + W("1", "IL6", 23.0), "GAPDH", 1),
    (W(1, "GAPDH", 18.0) + W(1.0, "IL6", 20.0) + W(1, "IL6", 21.0), "GAPDH", 1.0),
    (W(None, "GAPDH", 18.0) + W(None, "IL6", 20.0) + W("S", "IL6", 21.0) + W("S", "GAPDH", 19.0), "GAPDH", None),
    (W("Ctrl", None, 18.0) + W("Ctrl", "IL6", 20.0), None, "Ctrl"),
    (W("Ctrl", "GAPDH", 18.0) + W("Ctrl", None, 20.0),) + GAP,
    (W("Ctrl", "GAPDH", 18.0) + W("Ctrl", ("IL6", 1), 20.0),) + GAP,
    (W("Ctrl", "GAPDH", 18.0) + W(["unhashable"], "IL6", 20.0),) + GAP,
    (W("Ctrl", "GAPDH", 18.0) + W("Ctrl", "IL6", [20.0]),) + GAP,
    ([SimpleNamespace(sample="Ctrl", target="GAPDH", ct=18.0), SimpleNamespace(sample="Ctrl", target="IL6", ct=21.0),
      SimpleNamespace(sample="S", target="GAPDH", ct=18.2), SimpleNamespace(sample="S", target="IL6", ct=19.0)],) + GAP,
    ([SimpleNamespace(sample="Ctrl", target="GAPDH"), SimpleNamespace(sample="Ctrl", target="IL6", ct=21.0)],) + GAP,
    ([SimpleNamespace(target="GAPDH", ct=18.0)],) + GAP,
    ([SimpleNamespace(sample="Ctrl", target="GAPDH", ct=18.0)],) + GAP,
    ([None],) + GAP,
    (BASE + [None],) + GAP,
    (None,) + GAP,
    ("GAPDH",) + GAP,
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(relative_expression, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(relative_expression, reference, wells=TWO_GENES, reference_gene="GAPDH", calibrator="Treated", max_sd=0.05)
    assert_same(relative_expression, reference, TWO_GENES, "GAPDH", calibrator="Ctrl")


def test_wells_are_reusable() -> None:
    run = list(TWO_GENES)
    assert relative_expression(run, *GAP) == relative_expression(run, *GAP) == reference(run, *GAP)
    assert run == TWO_GENES


GENES = ["GAPDH", "IL6", "TNF", "MYC", "ACTB"]
SAMPLES = ["Ctrl", "S1", "S2", "S3", "Vehicle"]


def _random_cases():
    rng = random.Random(28006)
    for _ in range(230):
        wells = []
        for sample in rng.sample(SAMPLES, rng.randint(1, 5)):
            for gene in rng.sample(GENES, rng.randint(1, 4)):
                for _ in range(rng.randint(1, 3)):
                    ct = None if rng.random() < 0.15 else rng.choice([round(rng.uniform(15, 35), 3), 20.0, 30])
                    wells.append(Well(f"P{rng.randint(1, 2)}", f"{rng.choice('ABCD')}{rng.randint(1, 12)}", sample, gene, ct))
        rng.shuffle(wells)
        yield (wells, rng.choice(["GAPDH", "GAPDH", "ACTB"]), rng.choice(SAMPLES + ["Nobody"]), rng.choice([0.5, 0.5, 0.0, 0.25, 2]))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(relative_expression, reference, *case)


def test_two_plate_run() -> None:
    """A realistic run: 24 samples x 8 genes in triplicate over two 384-well plates."""
    rng = random.Random(505)
    genes = ["GAPDH", "IL6", "TNF", "CXCL8", "MYC", "BAX", "HMOX1", "VEGFA"]
    base = {gene: rng.uniform(18, 31) for gene in genes}
    wells = []
    index = 0
    for sample in ["Untreated"] + [f"Drug-{dose}uM-{hours}h" for dose in (1, 10, 50) for hours in (2, 6, 12, 24, 36, 48, 72, 96)][:23]:
        load = rng.gauss(0, 0.6)
        for gene in genes:
            effect = 0.0 if gene == "GAPDH" or sample == "Untreated" else rng.gauss(0, 1.4)
            for _ in range(3):
                ct = None if rng.random() < 0.02 else round(base[gene] + load - effect + rng.gauss(0, 0.2), 3)
                wells.append(Well(f"PL{index // 384 + 1}", f"{'ABCDEFGHIJKLMNOP'[index % 384 // 24]}{index % 24 + 1}", sample, gene, ct))
                index += 1
    rng.shuffle(wells)
    assert_same(relative_expression, reference, wells, "GAPDH", "Untreated")
